import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { ImportEngine } from './engine.js';
import { ImportFiles } from './files.js';
import type { EvidenceFiles } from '../../evidence/files.js';
import { ingestEngineWith } from './ingestEngine.js';
import { ImportJobRunner } from './runner.js';
import type { ImportDeps } from './service.js';

/** What an app is given for imports; see AppDeps.imports. */
export interface ImportOptions {
  files: ImportFiles;
  engine?: ImportEngine;
}

/** The default for an app given nothing (tests of other modules, the API document): a directory of its own under the system's temporary one. */
const defaultFiles = () => new ImportFiles(join(tmpdir(), `precursor-imports-${process.pid}`), 100 * 1024 * 1024);

/** The import routes' dependencies, with a job runner of the app's own. */
export function importDeps(options: ImportOptions | undefined, log: FastifyBaseLogger, evidence?: EvidenceFiles): ImportDeps {
  const files = options?.files ?? defaultFiles();
  // Imported files (ODK media, capture bundles) go to the app's evidence store.
  const engine = options?.engine ?? ingestEngineWith(evidence);
  const runner = new ImportJobRunner(engine, files, (jobId, err) => log.error({ err, jobId }, 'import job failed'));
  return { engine, files, runner };
}
