import type { Command } from 'commander';

/**
 * `precursor cases document CASE_ID --kind K --mechanism M --format docx|pdf --out FILE`: names,
 * options and help only; the work is in ./documents.commands.ts, imported when the command runs.
 * The `cases` group is shared with the case files and the check: whichever registers first creates it.
 */
const commands = () => import('./documents.commands.js');

export function registerCaseDocumentCommand(program: Command) {
  const cases = program.commands.find((c) => c.name() === 'cases') ?? program.command('cases').description('UN cases: case files, their forums, deadlines and outcomes');
  cases
    .command('document <caseId>')
    .description("Write the case's submission (DOCX or PDF) in the form the mechanism expects, with the pattern chart, the map and the evidence annex")
    .requiredOption('--kind <kind>', 'individual, special-procedure, cerd-early-warning or upr')
    .requiredOption('--mechanism <code>', 'CCPR, CERD, CAT, CEDAW, CRPD, CED, CESCR, CRC; a special procedure (WGEID …); CERD-EWUA; UPR')
    .option('--format <format>', 'docx or pdf', 'docx')
    .requiredOption('--out <file>', 'where to write the document')
    .option('--json', 'machine-readable output')
    .action(async (caseId: string, o: { kind: string; mechanism: string; format: string; out: string; json?: boolean }) => (await commands()).documentCommand(caseId, o));
}
