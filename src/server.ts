import { join } from 'node:path';
import { accountsAccess } from './accounts/authenticate.js';
import { userExists } from './accounts/store.js';
import { isLoopback, type Config } from './config.js';
import { recordServerUrl } from './db/lock.js';
import { scheduleVacuum } from './db/maintenance.js';
import { embeddedDirectory } from './db/open.js';
import { loadDemoOnce } from './demo/load.js';
import { buildApp } from './http/app.js';
import { ImportFiles } from './ingest/jobs/files.js';
import { interruptUnfinishedJobs } from './ingest/jobs/store.js';
import { siteOf } from './http/guards.js';
import { checkMasterKey } from './persons/keys.js';
import { sealPlainTotpSecrets } from './accounts/totpSecret.js';
import { openRuntime, packageVersion } from './runtime.js';
import { loadTaxonomy, taxonomyNames } from './taxonomies/load.js';
import { loadFramework } from './framework/taxonomy.js';

/** Opens the database, optionally loads the demo data once, and serves the API until a signal. */
export async function serve(config: Config, options: { demo: boolean }) {
  // Schemas read taxonomies on first use; a server reads them all now, so that a broken
  // taxonomy file stops it at start rather than at some later request.
  for (const name of taxonomyNames) loadTaxonomy(name);
  loadFramework();
  const runtime = await openRuntime(config);
  // Uploads a crash cut off are never completed: remove them before accepting new ones.
  await runtime.files.removePartialUploads();
  const importFiles = new ImportFiles(join(config.dataDir, 'imports'), config.maxImportBytes);
  await importFiles.removeStaleUploads();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  // A wrong or missing master key stops the start here, not at the first request for a person.
  await checkMasterKey(runtime.db).catch(async (err) => {
    await runtime.close();
    throw err;
  });
  // TOTP secrets stored in plain text before migration 012 are sealed now, before any sign-in.
  const sealed = await sealPlainTotpSecrets(runtime.db);
  if (sealed) log(`sealed ${sealed} TOTP secret(s) stored in plain text by an earlier version`);
  log(`Precursor ${packageVersion} — database: ${runtime.db.engine === 'pglite' ? `embedded (${config.dataDir})` : 'PostgreSQL server'}`);
  if (options.demo) {
    const loaded = await loadDemoOnce(runtime, log);
    if (!loaded) log('demo data: already loaded once (not loaded again)');
  }
  // Jobs a stopped server was running are not running any more: they show as interrupted, to resume.
  const interrupted = await interruptUnfinishedJobs(runtime.db);
  if (interrupted.length) log(`imports: ${interrupted.length} job(s) interrupted when the server last stopped — resume them from the Import page or POST /api/imports/jobs/<id>/resume`);
  const loopback = isLoopback(config.host);
  const haveAccounts = await userExists(runtime.db);
  if (!loopback && !haveAccounts) {
    // Refused rather than serving a first-run page to the network: whoever reached it first
    // would become the administrator.
    await runtime.close();
    throw new Error(
      `refusing to serve on ${config.host}: a server reachable from other machines needs accounts, and none exists yet.\n` +
        `Create the first administrator, then start again:\n  npx precursor users add --role administrator --login <name>\n` +
        `(or serve on 127.0.0.1, where the web app's first-run page can create it)`,
    );
  }
  const accounts = accountsAccess(runtime.db, { loopback, secureCookies: config.publicUrl?.protocol === 'https:' });
  const app = await buildApp({
    db: runtime.db,
    files: runtime.files,
    version: packageVersion,
    logger: { level: process.env.LOG_LEVEL ?? 'warn' },
    accounts,
    imports: { files: importFiles },
    site: siteOf(config),
    https: config.publicUrl?.protocol === 'https:',
    ...(config.writesPerMinute > 0 ? { writeRateLimit: { writesPerMinute: config.writesPerMinute } } : {}),
  });
  const stopVacuum = scheduleVacuum(runtime.db, 15, (err) => app.log.error({ err }, 'vacuum failed'));
  const stop = async () => {
    stopVacuum();
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shown}:${config.port}/`;
  // A command refused while we hold the embedded database can then say where we are.
  if (runtime.db.engine === 'pglite') recordServerUrl(embeddedDirectory(config), url);
  log(`Precursor is running at ${url}`);
  log(
    haveAccounts
      ? 'Accounts: sign-in required (accounts exist; anyone not signed in sees published records only)'
      : 'Local mode: no sign-in — anyone who can reach this address acts as the administrator; bound to a loopback address, that is this machine only. Create an administrator (first-run page or `precursor users add`) to require sign-in.',
  );
  log(`API documentation: http://${shown}:${config.port}/api/docs`);
  return app;
}
