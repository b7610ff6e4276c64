import type { Command } from 'commander';

/**
 * The case files' commands in the `cases` group (`cases create`, `list`, `show`, `forums`, `add-incidents`,
 * `remedy add`, `outcome add`, `measure add|remove`, `calendar`): names, options and help only; the work is in
 * ./files.commands.ts, imported when a command runs (src/cli/main.ts says why). The `cases` group
 * is shared with the acceptance table and the admissibility check: src/cli/main.ts creates it once.
 */

const commands = () => import('./files.commands.js');
const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

export function registerCaseFileCommands(cases: Command) {
  cases
    .command('create')
    .description('Open a case file from incidents: by id (--incident) and/or the incident list’s filters (--filter "country=XVR&admin1=Eastern Lakes")')
    .requiredOption('--title <text>', 'what the case is called')
    .option('--country <iso3>', 'the state complained against (default: the incidents’ country when they share one)')
    .option('--incident <ids>', 'incident ids (repeat, or separate with commas)', collect)
    .option('--filter <query>', 'incident list filters, written as the API’s query string (country=XVR&type=enforced-disappearance&from=2024)')
    .option('--mechanism <codes>', 'target mechanisms (CCPR, CERD …; repeat or separate with commas)', collect)
    .option('--summary <text>', 'the case in a few sentences')
    .option('--confidentiality <level>', 'public, internal, confidential or strictly-confidential (default: confidential, or the most sensitive incident’s level)')
    .option('--json', 'machine-readable output')
    .action(async (o) => (await commands()).createCommand(o));
  cases
    .command('list')
    .description('Case files you may read, newest change first')
    .option('--status <status>', 'draft, preparing, submitted, registered, decided, follow-up or closed')
    .option('--country <iso3>', 'the state complained against')
    .option('--owner <id>', 'the owner’s user id')
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', 'machine-readable output')
    .action(async (o) => (await commands()).listCommand(o));
  cases
    .command('show <caseId>')
    .description('A case file: incidents, victims, remedies, procedures, tasks, outcomes, chronology and the provisions its incidents suggest')
    .option('--json', 'machine-readable output')
    .action(async (id: string, o) => (await commands()).showCommand(id, o));
  cases
    .command('forums <caseId>')
    .description('Every mechanism for a stored case: open or not, each admissibility condition with its reason and rule, the outcome and the deadlines')
    .option('--as-of <day>', 'the day a not-yet-submitted case is assessed for (default: today, UTC)')
    .option('--json', 'machine-readable output: { caseId, facts, forums: [{ code, name, kind, open, openReason, check, deadlines }] }')
    .action(async (id: string, o) => (await commands()).forumsCommand(id, o));
  cases
    .command('add-incidents <caseId> <incidentIds...>')
    .description('Join incidents to a case')
    .option('--json', 'machine-readable output')
    .action(async (id: string, incidentIds: string[], o) => (await commands()).addIncidentsCommand(id, incidentIds, o));
  cases
    .command('remedy')
    .description('Domestic remedies of a case')
    .command('add <caseId>')
    .description('Record a domestic remedy pursued (court, dates, outcome, whether final) or one not pursued and why (--not-pursued)')
    .option('--body <name>', 'the court or authority')
    .option('--filed <date>', 'when it was filed (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--decided <date>', 'when it was decided')
    .option('--outcome <text>', 'what it decided')
    .option('--final', 'the decision is final (no further ordinary appeal)')
    .option('--not-pursued <reason>', 'a remedy not pursued, and why')
    .option('--json', 'machine-readable output')
    .action(async (id: string, o) => (await commands()).addRemedyCommand(id, o));
  cases
    .command('outcome')
    .description('What the bodies did in a case')
    .command('add <caseId>')
    .description('Record what a body did: registration, observations due, interim measures, admissibility, Views (with remedies ordered as trackable measures) …')
    .requiredOption('--mechanism <code>', 'the body (CCPR, CERD …)')
    .requiredOption('--kind <kind>', 'registration, state-observations, author-comments, interim-measures, admissibility, views, follow-up, upr-recommendation or concluding-observations')
    .option('--date <date>', 'when the body acted')
    .option('--due <day>', 'the date it set (observations or comments due …), YYYY-MM-DD')
    .option('--summary <text>', 'what it said')
    .option('--violation-found <yes|no>', 'for Views: whether a violation was found')
    .option('--measure <text>', 'a remedy ordered or a recommendation, tracked until implemented (repeat)', (v: string, p: string[] = []) => [...p, v])
    .option('--json', 'machine-readable output')
    .action(async (id: string, o) => (await commands()).addOutcomeCommand(id, o));
  const measure = cases.command('measure').description('Requested measures of a case: interim measures and the findings and remedies sought, printed in its submissions');
  measure
    .command('add <caseId>')
    .description('Record a measure the author asks for: interim (to prevent irreparable harm while the body considers the case) or final')
    .requiredOption('--text <text>', 'the measure, as the submission says it')
    .option('--kind <kind>', 'interim or final', 'final')
    .option('--to <addressee>', 'who is to act: the State party, the Committee …')
    .option('--status <status>', 'proposed, requested, granted, refused or withdrawn (default: proposed)')
    .option('--json', 'machine-readable output')
    .action(async (id: string, o) => (await commands()).addMeasureCommand(id, o));
  measure
    .command('remove <caseId> <measureId>')
    .description('Remove a requested measure from the case (to keep it on record instead, give it the status withdrawn)')
    .option('--json', 'machine-readable output')
    .action(async (id: string, measureId: string, o) => (await commands()).removeMeasureCommand(id, measureId, o));
  cases
    .command('calendar')
    .description('Every due date of the cases you may read: open tasks and the dates bodies set')
    .option('--from <day>', 'on or after this day (YYYY-MM-DD)')
    .option('--to <day>', 'on or before this day')
    .option('--ics', 'print an iCalendar document (RFC 5545) instead')
    .option('--json', 'machine-readable output')
    .action(async (o) => (await commands()).calendarCommand(o));
}
