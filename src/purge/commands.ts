import { z } from 'zod';
import { printJson } from '../cli/output.js';
import { parseOptions } from '../cli/zod.js';
import { readConfig } from '../config.js';
import { createContext } from '../context.js';
import { openRuntime } from '../runtime.js';
import { purgeIncident } from './service.js';

/** What the purge command does (its options are in ./cli.ts). */

export async function purgeIncidentCommand(id: string, o: { reason: string; json?: boolean }) {
  const { id: incidentId } = parseOptions(z.object({ id: z.uuid() }), { id }, { id: '<id>' });
  const runtime = await openRuntime(readConfig());
  try {
    const report = await purgeIncident(createContext(runtime.db), runtime.files, incidentId, o.reason);
    if (o.json) return printJson(report);
    process.stdout.write(
      `purged incident ${incidentId}: ${report.evidencePurged.length} evidence file(s) removed, ${report.auditEntriesErased} audit entries erased; tombstone left (reason digest ${report.tombstone.reasonDigest})\n`,
    );
  } finally {
    await runtime.close();
  }
}
