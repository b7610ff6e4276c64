import type { Command } from 'commander';

/**
 * `precursor cases acceptance list|set|validate`: names, options and help only; the work is in
 * ./acceptance.commands.ts, imported when a command runs (src/cli/main.ts says why). Every
 * command takes `--file` so that a script or a test can work on a copy of the table.
 */

const commands = () => import('./acceptance.commands.js');
const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerAcceptanceCommands(cases: Command) {
  const acceptance = cases
    .command('acceptance')
    .description("Which States accepted which UN individual-complaints procedure, from when, with the reservations that bear on admissibility (data/mechanisms/acceptance.csv)");
  acceptance
    .command('list')
    .description('The rows of the table, for a State and/or an instrument')
    .option('--state <code>', 'ISO 3166-1 alpha-3 code, e.g. FRA')
    .option('--instrument <instrument>', 'ICCPR-OP1, ICERD-14, CAT-22, OP-CEDAW, OP-CRPD, ICPPED-31, OP-ICESCR or OP3-CRC')
    .option('--file <path>', 'another table file (default: the shipped one)')
    .option('--json', 'machine-readable output')
    .action(async (o: { state?: string; instrument?: string; file?: string; json?: boolean }) => (await commands()).listCommand(o));
  acceptance
    .command('set')
    .description("Add a ratification, accession, succession or declaration, or replace the row with the same State, instrument, action and deposit; validated before the file is written; the entry into force is computed by the instrument's rule unless given")
    .requiredOption('--state <code>', 'ISO 3166-1 alpha-3 code of a real country, e.g. FRA')
    .requiredOption('--instrument <instrument>', 'ICCPR-OP1, ICERD-14, CAT-22, OP-CEDAW, OP-CRPD, ICPPED-31, OP-ICESCR or OP3-CRC')
    .requiredOption('--action <action>', 'ratification, accession, succession, declaration or signature')
    .requiredOption('--deposited <day>', 'day the instrument or declaration was deposited (YYYY-MM-DD)')
    .option('--in-force <day>', "entry into force for that State (default: by the instrument's rule)")
    .option('--withdrawn <day>', 'day a denunciation or withdrawal took effect')
    .option('--reservation <text>', 'a reservation or declaration bearing on admissibility (repeat for several)', collect, [])
    .requiredOption('--source <text>', 'where the date comes from: title and URL')
    .option('--source-date <day>', 'date of the copy of the source that was read')
    .option('--verified', 'the row was compared with the source (leave out for a row from memory)')
    .option('--file <path>', 'another table file (default: the shipped one)')
    .option('--json', 'machine-readable output')
    .action(async (o: Record<string, unknown>) => (await commands()).setCommand(o));
  acceptance
    .command('validate [file]')
    .description("Check a table file: its format, every State code, and every entry into force against its instrument's rule")
    .option('--json', 'machine-readable output')
    .action(async (file: string | undefined, o: { json?: boolean }) => (await commands()).validateCommand(file, o));
}
