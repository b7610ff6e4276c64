import type { Command } from 'commander';

/**
 * `precursor export`: options and help only; the work (./commands.ts) is imported when the
 * command runs, so `--help` loads no database (src/cli/main.test.ts).
 */
const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

export function registerExportCommands(program: Command) {
  program
    .command('export')
    .description('Export incidents (the list filters) as csv, xlsx, geojson, hxl, json, ndjson or esf (HURIDOCS ESF JSON), streamed, no row cap')
    .requiredOption('--format <format>', 'csv | xlsx | geojson | hxl | json | ndjson | esf')
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--public', 'public mode: what the public may read, no sources, sensitive coordinates rounded')
    .option('--q <words>', 'full-text search of titles and narratives')
    .option('--country <codes>', 'ISO 3166-1 alpha-3 codes (repeat or comma-separate)', collect)
    .option('--admin1 <names>', 'first-level administrative areas', collect)
    .option('--group <names|ids>', 'targeted groups', collect)
    .option('--basis <codes>', 'identity bases', collect)
    .option('--type <codes>', 'violation types', collect)
    .option('--perpetrator <names|ids>', 'perpetrators', collect)
    .option('--source <names|ids>', 'sources', collect)
    .option('--level <levels>', 'pyramid levels 1–5', collect)
    .option('--verification <codes>', 'verification statuses', collect)
    .option('--confidentiality <codes>', 'confidentiality levels', collect)
    .option('--from <date>', 'dated range ends on or after this (YYYY, YYYY-MM or YYYY-MM-DD): incidents overlapping the period')
    .option('--to <date>', 'dated range begins on or before this')
    .option('--deleted <mode>', 'exclude | include | only', 'exclude')
    .option('--json', 'with --out: print { format, incidents, out, public } as JSON')
    .action(async (o: Record<string, unknown>) => (await import('./commands.js')).exportCommand(o));
}
