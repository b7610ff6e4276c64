import type { Command } from 'commander';
import { printJson } from '../cli/output.js';
import { readConfig } from '../config.js';

/** `precursor db …`: database maintenance. The database modules load when a command runs, not for --help. */
export function registerDbCommands(program: Command) {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Apply the schema migrations not yet applied')
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }) => {
      const [{ migrate }, { openDatabase }] = await Promise.all([import('./migrate.js'), import('./open.js')]);
      const database = await openDatabase(readConfig(), { migrate: false });
      try {
        const applied = await migrate(database);
        if (opts.json) printJson({ applied });
        else process.stdout.write(applied.length ? `applied ${applied.join(', ')}\n` : 'the schema is up to date\n');
      } finally {
        await database.close();
      }
    });
}
