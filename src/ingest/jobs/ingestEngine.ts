import { errorFileKind } from '../errorFile.js';
import { loadMapping, parseMapping, shippedMappings } from '../mapping/load.js';
import { mappingTargetNames } from '../mapping/targets.js';
import { previewImport, runImport } from '../pipeline.js';
import type { Mapping } from '../types.js';
import type { EvidenceFiles } from '../../evidence/files.js';
import { createImportWriter } from '../write/index.js';
import type { ImportEngine, ShippedMapping } from './engine.js';

/**
 * The real engine of the import routes: core's pipeline (src/ingest/pipeline.ts), the writer
 * (src/ingest/write/, with the app's evidence store) and the mappings shipped in data/mappings/. The routes' own tests pass a
 * fake (test/fakeImportEngine.ts); this is what the app runs.
 */
export function ingestEngineWith(files?: EvidenceFiles): ImportEngine {
  const writer = createImportWriter({ files });
  return {
  async previewImport(ctx, file, options) {
    const preview = await previewImport(ctx, file, options);
    // The page edits a copy of the mapping applied: the document, not only its name.
    const mapping: Mapping | null = typeof options.mapping === 'object' ? options.mapping : preview.mapping ? loadMapping(preview.mapping) : null;
    return {
      format: preview.format,
      notes: preview.notes,
      columns: preview.columns,
      mapping,
      rows: preview.rows.map((r) => ({ origin: r.origin, fields: r.fields, incident: r.incident ?? null, problems: r.problems })),
      unknownCodes: preview.unknownCodes,
    };
  },
  runImport: (ctx, file, options) => runImport(ctx, file, { ...options, errorFilePath: (format) => `${options.errorFilePath}.${errorFileKind(format)}` }),
  writer,
  mappingTargets: mappingTargetNames,
  shippedMappings: async () => shipped(),
  checkMapping: (document) => parseMapping(document),
  };
}

/** The engine without an evidence store (rows that bring files are rejected, saying so). */
export const ingestEngine: ImportEngine = ingestEngineWith();

/** Read once: the shipped files do not change while the server runs. */
let shippedList: ShippedMapping[] | undefined;
function shipped(): ShippedMapping[] {
  shippedList ??= shippedMappings().map((name) => {
    const m = loadMapping(name);
    return { name, description: m.description, format: m.format };
  });
  return shippedList;
}
