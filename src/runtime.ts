import { join } from 'node:path';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open.js';
import { EvidenceFiles } from './evidence/files.js';
import { keyringForConfig, useKeyring } from './persons/keys.js';
import { watchForWarningScans } from './warning/schedule.js';
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
  const stopWarningScans = watchForWarningScans(db);
  return {
    config,
    db,
    files: new EvidenceFiles(join(config.dataDir, 'evidence'), config.maxUploadBytes),
    // A scan a write has scheduled runs before the database closes (a CLI import ends with its alerts).
    close: async () => {
      await stopWarningScans();
      await db.close();
    },
  };
}
