import { join } from 'node:path';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open.js';
import { EvidenceFiles } from './evidence/files.js';
import { keyringForConfig, useKeyring } from './persons/keys.js';
import { wireModules } from './wiring.js';

export { packageVersion } from './version.js';

/** What a running Precursor holds open: the database and the evidence store. */
export interface Runtime {
  config: Config;
  db: Database;
  files: EvidenceFiles;
  close(): Promise<void>;
}

export async function openRuntime(config: Config): Promise<Runtime> {
  wireModules();
  const db = await openDatabase(config);
  useKeyring(db, keyringForConfig(config));
  return {
    config,
    db,
    files: new EvidenceFiles(join(config.dataDir, 'evidence'), config.maxUploadBytes),
    close: () => db.close(),
  };
}
