import { Command, CommanderError } from 'commander';
import { registerAccountCommands } from '../accounts/cli.js';
import { registerAuditCommands } from '../audit/cli.js';
import { registerBackupCommands } from '../backup/cli.js';
import { registerCasesCommands } from '../cases/cli.js';
import { readConfig } from '../config.js';
import { registerDbCommands } from '../db/cli.js';
import { registerDedupCommands } from '../dedup/cli.js';
import { registerDemoCommands } from '../demo/cli.js';
import { registerFrameworkCommands } from '../framework/cli.js';
import { registerAcceptanceCommands } from '../cases/acceptance.cli.js';
import { registerIncidentCommands, registerStatsCommand } from '../incidents/cli.js';
import { registerForecastCommands } from '../forecast/cli.js';
import { registerExportCommands } from '../ingest/export/cli.js';
import { registerImportCommands } from '../ingest/cli.js';
import { registerKeysCommands, registerPersonCommands } from '../persons/cli.js';
import { registerPurgeCommands } from '../purge/cli.js';
import { registerRegionCommands } from '../regions/cli.js';
import { packageVersion } from '../version.js';
import { registerWarnCommands } from '../warning/cli.js';
import { exitCodes, reportError } from './output.js';

/**
 * `precursor …`: every command has --help; --json prints machine-readable output; an error
 * prints a clear message and exits non-zero (see exitCodes in ./output.ts).
 *
 * Each module registers its commands with a `register…Commands(program)` function that
 * declares names, options and help only, and imports what the command does inside its
 * action. So `precursor --help` starts in a tenth of a second and loads no database,
 * schema or taxonomy (main.test.ts checks it): keep new commands to that shape.
 */
export function buildProgram(): Command {
  const program = new Command('precursor')
    .description('Record, search and count violations against identity groups on the Pyramid of Hate')
    .version(packageVersion)
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('serve')
    .description('Start the HTTP API (PORT, HOST, PRECURSOR_DATA_DIR, DATABASE_URL)')
    .option('--demo', 'load the demo data set if this database has never had it')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 8080)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .action(async (opts: { demo?: boolean; port?: string; host?: string }) => {
      const config = readConfig({ ...process.env, ...(opts.port ? { PORT: opts.port } : {}), ...(opts.host ? { HOST: opts.host } : {}) });
      const { serve } = await import('../server.js');
      await serve(config, { demo: Boolean(opts.demo) });
    });

  registerDbCommands(program);
  registerDemoCommands(program);
  registerIncidentCommands(program);
  registerStatsCommand(program);
  registerRegionCommands(program);
  registerAuditCommands(program);
  registerPurgeCommands(program);
  registerDedupCommands(program);
  registerPersonCommands(program);
  registerKeysCommands(program);
  registerAccountCommands(program);
  registerBackupCommands(program);
  registerExportCommands(program);
  registerImportCommands(program);
  registerFrameworkCommands(program);
  registerWarnCommands(program);
  registerForecastCommands(program);
  // One `cases` group: each capability adds its subcommands to the group registerCasesCommands returns.
  const cases = registerCasesCommands(program);
  registerAcceptanceCommands(cases);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const program = buildProgram();
  // Commander would exit by itself on a usage error; make it throw so usage errors follow
  // our exit codes (2) and, with --json, print JSON instead of text.
  const override = (cmd: Command) => {
    cmd.exitOverride();
    if (json) cmd.configureOutput({ outputError: () => {}, writeErr: () => {} });
    cmd.commands.forEach(override);
  };
  override(program);
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return err.exitCode;
      if (json) process.stderr.write(`${JSON.stringify({ error: 'invalid', message: err.message.replace(/^error: /, ''), errors: [] })}\n`);
      return exitCodes.invalid;
    }
    return reportError(err, json);
  }
}
