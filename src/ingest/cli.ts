import type { Command } from 'commander';

/**
 * `precursor import` and `precursor imports …`: names, options and help only. What they do is
 * in ./commands.ts, imported when a command runs (src/cli/main.test.ts checks `--help` loads
 * no database, schema or taxonomy).
 */
const commands = () => import('./commands.js');

export function registerImportCommands(program: Command) {
  program
    .command('import')
    .description('Import incidents from a file (CSV, XLSX, JSON, NDJSON, GeoJSON, and the tools with a profile): streamed, re-runnable without duplicates. Exit 0: every row imported, updated or unchanged; 5: some rows rejected (listed, and written to the error file); 2: invalid use')
    .argument('<file>', 'the file to import')
    .option('--format <format>', 'the format, when detection should not decide (csv, xlsx, json, ndjson, geojson, …)')
    .option('--mapping <name|path>', 'a mapping shipped in data/mappings/ (by name) or a mapping file (by path)')
    .option('--sheet <name>', 'the XLSX sheet to read (default: the first)')
    .option('--encoding <encoding>', 'the CSV encoding, when detection should not decide: utf8, utf16le, utf16be, windows1252')
    .option('--delimiter <char>', "the CSV delimiter, when detection should not decide: ',', ';', 'tab' or '|'")
    .option('--error-file <path>', 'where to write the rejected rows (default: beside the file, <name>.errors.csv; with --dry-run only when given)')
    .option('--dry-run', 'read, map and plan everything, and write nothing')
    .option('--json', 'print the report as one JSON object on stdout (progress stays on stderr)')
    .action(async (file: string, o: Record<string, unknown>) => {
      await (await commands()).importCommand(file, o);
    });

  const imports = program.command('imports').description('Imports recorded as batches: list, inspect, roll back');
  imports
    .command('list')
    .description('Every import batch, newest first')
    .option('--json', 'machine-readable output')
    .action(async (o: { json?: boolean }) => (await commands()).listImportsCommand(o));
  imports
    .command('show')
    .description("One batch: who, when, the file and its SHA-256, the format, the mapping, the counts")
    .argument('<id>', 'batch id')
    .option('--json', 'machine-readable output')
    .action(async (id: string, o: { json?: boolean }) => (await commands()).showImportCommand(id, o));
  imports
    .command('rollback')
    .description('Undo a batch: deletes what it created and reverts what it updated (audited); refused when its records were edited since')
    .argument('<id>', 'batch id')
    .option('--json', 'machine-readable output')
    .action(async (id: string, o: { json?: boolean }) => (await commands()).rollbackImportCommand(id, o));
}
