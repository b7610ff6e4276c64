import type { Command } from 'commander';

/** The demo commands' options and help; what they do is imported when they run (see src/incidents/cli.ts). */
export function registerDemoCommands(program: Command) {
  const demo = program.command('demo').description('The demo data set (fictional Veridia)');
  demo
    .command('load')
    .description('Load the demo data set: 4½ years of incidents in a fictional country, with an escalation against one group')
    .option('--force', 'load it even if this database has had it before (adds another copy, from another seed)')
    .option('--seed <n>', 'seed of the generator (with --force; default: from the clock)', Number)
    .option('--json', 'machine-readable output')
    .action(async (o: { force?: boolean; seed?: number; json?: boolean }) => (await import('./commands.js')).loadDemoCommand(o));
}
