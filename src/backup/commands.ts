import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { printJson } from '../cli/output.js';
import { readConfig } from '../config.js';
import { DatabaseInUseError } from '../db/lock.js';
import { listMigrations } from '../db/migrate.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { readSecretFile } from './archive.js';
import type { BackupManifest } from './format.js';
import { checkBackup } from './read.js';
import { restoreBackup } from './restore.js';
import { writeBackup } from './write.js';

/** `precursor backup FILE`: written beside FILE first and renamed when whole, so FILE is never half a backup. */
export async function backupCommand(file: string, o: { passphraseFile?: string; json?: boolean }) {
  const secret = o.passphraseFile ? await readSecretFile(o.passphraseFile) : undefined;
  const runtime = await open('backup');
  const partial = `${file}.partial`;
  try {
    const manifest = await writeBackup(runtime, createWriteStream(partial, { mode: 0o600 }), { secret });
    await rename(partial, file);
    report(manifest, o.json, `backup written to ${file}${secret ? ' (encrypted)' : ''}`);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  } finally {
    await runtime.close();
  }
}

/** `precursor restore FILE`: nothing is touched unless the whole backup checks out. */
export async function restoreCommand(file: string, o: { passphraseFile?: string; replace?: boolean; check?: boolean; json?: boolean }) {
  const secret = o.passphraseFile ? await readSecretFile(o.passphraseFile) : undefined;
  const source = () => createReadStream(file);
  if (o.check) {
    report(await checkBackup(source, secret, listMigrations()), o.json, `${file} is a whole backup`);
    return;
  }
  const runtime = await open('restore');
  try {
    const manifest = await restoreBackup(runtime, source, { secret, replace: o.replace, onProgress: (stage) => process.stderr.write(`restore: ${stage}\n`) });
    report(manifest, o.json, `restored ${file}`);
  } finally {
    await runtime.close();
  }
}

async function open(command: 'backup' | 'restore'): Promise<Runtime> {
  try {
    return await openRuntime(readConfig());
  } catch (err) {
    if (err instanceof DatabaseInUseError && command === 'backup' && err.url) {
      err.message += ` To back it up while it runs: curl -X POST ${err.url}api/backup -o precursor.tar.gz`;
    }
    throw err;
  }
}

function report(manifest: BackupManifest, json: boolean | undefined, done: string) {
  if (json) {
    printJson(manifest);
    return;
  }
  const evidence = manifest.parts.filter((p) => p.path.startsWith('evidence/')).length;
  process.stdout.write(
    `${done}: made ${manifest.createdAt} by Precursor ${manifest.precursorVersion} (${manifest.engine}), ` +
      `${manifest.rowCounts.incidents ?? 0} incidents, ${manifest.rowCounts.audit_entries ?? 0} audit entries, ${evidence} evidence files\n`,
  );
  if (manifest.missingEvidence.length) {
    process.stdout.write(`warning: ${manifest.missingEvidence.length} evidence files named by the database were not on disk: ${manifest.missingEvidence.join(', ')}\n`);
  }
}
