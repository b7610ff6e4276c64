import type { Command } from 'commander';

/**
 * `precursor cases …`: names, options and help only; the work is imported when a command runs
 * (src/cli/main.ts says why). `registerCasesCommands` creates the group and returns it, and each
 * capability adds its subcommands with its own function taking the group — `check` here;
 * case files add `create`, `list`, `show`, `forums` … in their own file, registered in
 * main.ts right after this one — so no two helpers edit the same lines.
 */

const checkCommands = () => import('./checkCommand.js');

export function registerCasesCommands(program: Command): Command {
  const cases = program.command('cases').description('UN cases: which mechanism is open to a documented pattern, whether each admissibility condition is met and by when, and the States that accepted each procedure');
  registerCheckCommand(cases);
  return cases;
}

export function registerCheckCommand(cases: Command) {
  cases
    .command('check <file>')
    .description('Check facts given as JSON (FILE, or - for standard input) against one treaty body\'s admissibility rules: each condition met / not-met / needs-information with its rule, the outcome and the deadlines')
    .option('--as-of <day>', 'the day a not-yet-submitted communication is assessed for, when submissionDate is null (default: today, UTC)')
    .option('--json', 'machine-readable output: { mechanism, outcome, conditions, deadlines }')
    .action(async (file: string, o: { asOf?: string; json?: boolean }) => (await checkCommands()).checkCommand(file, o));
}
