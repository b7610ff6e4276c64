import type { Command } from 'commander';

/**
 * `precursor dedup scan|list|merge|dismiss|undo`: names, options and help only; the work is in
 * ./commands.ts, imported when a command runs (src/cli/main.ts says why).
 */

const commands = () => import('./commands.js');

export function registerDedupCommands(program: Command) {
  const dedup = program.command('dedup').description('Likely duplicates across sources: scan for them, review, merge or dismiss, undo a merge');
  dedup
    .command('scan')
    .description('Scan the incidents for pairs that look like one event reported twice, and store them for review')
    .option('--country <codes...>', 'only these countries (ISO 3166-1 alpha-3)')
    .option('--threshold <score>', 'lowest score proposed, 0.05–1 (default 0.5)')
    .option('--json', 'machine-readable output')
    .action(async (o: { country?: string[]; threshold?: string; json?: boolean }) => (await commands()).scanCommand(o));
  dedup
    .command('list')
    .description('Likely duplicates, best first (new ones unless --status says otherwise)')
    .option('--status <status>', 'new | dismissed | merged', 'new')
    .option('--limit <n>', 'how many pairs', '50')
    .option('--json', 'machine-readable output')
    .action(async (o: { status: string; limit: string; json?: boolean }) => (await commands()).listCommand(o));
  dedup
    .command('merge <a> <b>')
    .description('One event: merge the other incident into --keep (its acts, sources, evidence and links move; it is deleted)')
    .requiredOption('--keep <id>', 'the incident that stays: a or b')
    .option('--json', 'machine-readable output')
    .action(async (a: string, b: string, o: { keep: string; json?: boolean }) => (await commands()).mergeCommand(a, b, o));
  dedup
    .command('dismiss <a> <b>')
    .description('Not one event: set the pair aside (later scans do not propose it again)')
    .requiredOption('--reason <text>', 'why they are two events')
    .option('--json', 'machine-readable output')
    .action(async (a: string, b: string, o: { reason: string; json?: boolean }) => (await commands()).dismissCommand(a, b, o));
  dedup
    .command('undo <a> <b>')
    .description('Undo the merge of a pair: both incidents back as they were (refused if the kept one was edited since)')
    .option('--json', 'machine-readable output')
    .action(async (a: string, b: string, o: { json?: boolean }) => (await commands()).undoCommand(a, b, o));
}
