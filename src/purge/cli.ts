import type { Command } from 'commander';

/** The purge command's options and help; what it does is imported when it runs (see src/incidents/cli.ts). */
export function registerPurgeCommands(program: Command) {
  const purge = program.command('purge').description('Remove a record for good, leaving a tombstone (administrators; cannot be undone)');
  purge
    .command('incident')
    .description('Purge an incident: it, what hangs from it, the evidence only it links to, and the documents of its audit entries')
    .argument('<id>', 'incident id')
    .requiredOption('--reason <text>', 'why (kept only as a SHA-256 digest: it may name who is endangered)')
    .option('--json', 'machine-readable output')
    .action(async (id: string, o: { reason: string; json?: boolean }) => (await import('./commands.js')).purgeIncidentCommand(id, o));
}
