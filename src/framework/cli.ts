import type { Command } from 'commander';

/**
 * `precursor framework show COUNTRY`: names, options and help only; the work is in
 * ./commands.ts, imported when a command runs (src/cli/main.ts says why).
 */

const commands = () => import('./commands.js');

export function registerFrameworkCommands(program: Command) {
  const framework = program.command('framework').description('The UN Framework of Analysis for Atrocity Crimes: a country scorecard of its 14 risk factors');
  framework
    .command('show <country>')
    .description("A country's scorecard: each factor's status and indicator counts, the indicators assessed, and what changed since --since")
    .option('--since <day>', 'compare with the scorecard as it stood on this day (YYYY-MM-DD)')
    .option('--json', 'machine-readable output')
    .action(async (country: string, o: { since?: string; json?: boolean }) => (await commands()).showCommand(country, o));
}
