import type { Command } from 'commander';

/**
 * `precursor warn scan|list|watchlist|status`: names, options and help only; the work is in ./commands.ts,
 * imported when a command runs (src/cli/main.ts says why).
 */
const commands = () => import('./commands.js');

export function registerWarnCommands(program: Command) {
  const warn = program.command('warn').description('Early warning: escalation alerts per place and targeted group, with their explanations');
  warn
    .command('scan')
    .description('Run the detectors over the whole history, as of every month, and bring the alerts in line (raise, update, withdraw)')
    .option('--country <code>', 'only this country (ISO 3166-1 alpha-3)')
    .option('--json', 'machine-readable output')
    .action(async (o: { country?: string; json?: boolean }) => (await commands()).scanCommand(o));
  warn
    .command('list')
    .description('Alerts, newest month first')
    .option('--country <code>', 'only this country')
    .option('--rule <rule>', 'surge | climb | spread | severity | speech-lead')
    .option('--status <status>', 'new | acknowledged | escalated | dismissed | withdrawn')
    .option('--from <month>', 'first month, YYYY-MM')
    .option('--to <month>', 'last month, YYYY-MM')
    .option('--limit <n>', 'how many alerts', '50')
    .option('--json', 'machine-readable output')
    .action(async (o: Record<string, string | boolean | undefined>) => (await commands()).listCommand(o));
  warn
    .command('watchlist')
    .description('Countries (or regions) ranked by the forecast, the Framework scorecard and the active alerts, each with its reason')
    .option('--level <level>', 'country | region', 'country')
    .option('--limit <n>', 'how many positions', '50')
    .option('--json', 'machine-readable output')
    .action(async (o: { level?: string; limit?: string; json?: boolean }) => (await import('../watchlist/commands.js')).watchlistCommand(o));
  warn
    .command('status <id> <status>')
    .description('Set an alert’s status: new | acknowledged | escalated | dismissed (with --reason)')
    .option('--reason <text>', 'why (required to dismiss)')
    .option('--json', 'machine-readable output')
    .action(async (id: string, status: string, o: { reason?: string; json?: boolean }) => (await commands()).statusCommand(id, status, o));
}
