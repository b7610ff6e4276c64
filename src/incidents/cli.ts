import type { Command } from 'commander';

/**
 * The incidents commands as a person types them: names, options and help only. What each
 * command does lives in ./commands.ts and is imported when the command runs, so `--help`
 * and every other command start without loading the database, the schemas or the
 * taxonomies (src/cli/main.test.ts checks this).
 */

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

const commands = () => import('./commands.js');

function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--country <codes>', 'ISO 3166-1 alpha-3 codes (repeat or comma-separate)', collect)
    .option('--admin1 <names>', 'first-level administrative areas', collect)
    .option('--group <names|ids>', 'targeted groups', collect)
    .option('--basis <codes>', 'identity bases, e.g. ethnicity,religion', collect)
    .option('--type <codes>', 'violation types, e.g. killing,arbitrary-detention', collect)
    .option('--perpetrator <names|ids>', 'perpetrators', collect)
    .option('--level <levels>', 'pyramid levels 1–5', collect)
    .option('--verification <codes>', 'verification statuses', collect)
    .option('--from <date>', 'dated range ends on or after this (YYYY, YYYY-MM or YYYY-MM-DD): incidents overlapping the period')
    .option('--to <date>', 'dated range begins on or before this')
    .option('--deleted <mode>', 'exclude | include | only', 'exclude')
    .option('--json', 'machine-readable output');
}

export function registerIncidentCommands(program: Command) {
  const incidents = program.command('incidents').description('Record, list, show and search incidents');

  incidents
    .command('add')
    .description('Record an incident: one act per violation type × targeted group')
    .option('--title <text>', 'what happened, in a line')
    .option('--narrative <text>', 'the account', '')
    .option('--date <date>', 'when it started: YYYY-MM-DD, YYYY-MM or YYYY (the precision follows)')
    .option('--end-date <date>', 'when it ended')
    .option('--country <code>', 'ISO 3166-1 alpha-3 country code')
    .option('--admin1 <name>', 'first-level administrative area')
    .option('--place <id>', 'a place on record')
    .option('--type <codes>', 'violation types (repeat or comma-separate)', collect)
    .option('--group <names|ids>', 'targeted groups', collect)
    .option('--perpetrator <names|ids>', 'perpetrators', collect)
    .option('--involvement <code>', 'degree of involvement of the perpetrators', 'carried-out')
    .option('--killed <n>', 'people killed', Number)
    .option('--injured <n>', 'people injured', Number)
    .option('--detained <n>', 'people detained', Number)
    .option('--disappeared <n>', 'people disappeared', Number)
    .option('--displaced <n>', 'people displaced', Number)
    .option('--affected <n>', 'people otherwise affected', Number)
    .option('--verification <code>', 'verification status', 'not-yet-verified')
    .option('--confidentiality <code>', 'confidentiality level', 'internal')
    .option('--from-json <file>', "the whole incident as the API's JSON body ('-' for standard input); other options are ignored")
    .option('--json', 'print the stored incident as JSON')
    .action(async (o: Record<string, unknown>) => (await commands()).addIncident(o));

  addFilterOptions(
    incidents
      .command('list')
      .description('List incidents, newest first, with filters')
      .option('--sort <sort>', 'date:desc | date:asc | level:desc | updated:desc')
      .option('--limit <n>', 'how many', '50')
      .option('--cursor <cursor>', 'the next page, from a previous --json output'),
  ).action(async (o) => (await commands()).listIncidentsCommand(o));

  addFilterOptions(
    incidents
      .command('search')
      .description('Full-text search of titles and narratives ("quoted phrase", or, -word), newest first (--sort relevance for best match first)')
      .argument('<query...>', 'words to search for')
      .option('--sort <sort>', 'relevance | date:desc | date:asc | level:desc | updated:desc')
      .option('--limit <n>', 'how many', '50')
      .option('--cursor <cursor>', 'the next page, from a previous --json output'),
  ).action(async (words: string[], o) => (await commands()).listIncidentsCommand(o, words.join(' ')));

  incidents
    .command('show')
    .description('Show one incident: its place, acts (groups, perpetrators), sources, evidence and links, by name')
    .argument('<id>', 'incident id')
    .option('--json', 'machine-readable output (the API document, with ids)')
    .action(async (id: string, o: { json?: boolean }) => (await commands()).showIncident(id, o));
}

export function registerStatsCommand(program: Command) {
  addFilterOptions(
    program
      .command('stats')
      .description('Count incidents by month × pyramid level × group × country (or --by), for the filters; by month, one known only to its year counts in YYYY-??')
      .option('--by <dimensions>', 'month, year, level, country, admin1, group, basis, type, perpetrator, verification', collect),
  ).action(async (o) => (await commands()).statsCommand(o));
}
