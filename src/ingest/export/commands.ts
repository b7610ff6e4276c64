import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { printJson } from '../../cli/output.js';
import { withContext } from '../../cli/withContext.js';
import { parseOptions } from '../../cli/zod.js';
import { resolveNames } from '../../incidents/commands.js';
import { IncidentFilterQuery } from '../../incidents/schema.js';
import { exportFormats, exportStream } from './index.js';

/** What `precursor export` does (options in ./cli.ts). */
export async function exportCommand(o: Record<string, unknown>) {
  const { format } = parseOptions(z.object({ format: z.enum(exportFormats) }), { format: o.format });
  const out = o.out ? String(o.out) : undefined;
  let incidents = 0;
  await withContext(async (ctx) => {
    const filters = parseOptions(IncidentFilterQuery, {
      q: o.q,
      country: o.country,
      admin1: o.admin1,
      group: await resolveNames(ctx, 'groups', o.group as string[] | undefined, '--group'),
      basis: o.basis,
      type: o.type,
      perpetrator: await resolveNames(ctx, 'actors', o.perpetrator as string[] | undefined, '--perpetrator'),
      source: await resolveNames(ctx, 'sources', o.source as string[] | undefined, '--source'),
      level: o.level,
      verification: o.verification,
      confidentiality: o.confidentiality,
      from: o.from,
      to: o.to,
      deleted: o.deleted,
    });
    const stream = exportStream(ctx, format, filters, { public: Boolean(o.public), onPage: (n) => (incidents += n) });
    const target: Writable = out ? createWriteStream(out) : process.stdout;
    // Standard output is not closed after the export: the process may still print to it.
    await pipeline(stream, target, { end: Boolean(out) });
  });
  if (out) {
    if (o.json) printJson({ format, incidents, out, public: Boolean(o.public) });
    else process.stderr.write(`exported ${incidents} incident(s) as ${format} to ${out}\n`);
  }
}
