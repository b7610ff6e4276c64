import { printJson, printTable, printText } from '../cli/output.js';
import { withContext } from '../cli/withContext.js';
import { parseOptions } from '../cli/zod.js';
import type { RequestContext } from '../context.js';
import { RegionListQuery, RegionMergeInput } from './schema.js';
import { listRegions, mergeRegions } from './service.js';

/**
 * What the regions commands do (their options are in ./cli.ts). Imported when a command
 * runs, never for `--help`.
 */

export async function listRegionsCommand(o: { country: string; q?: string; level?: string; json?: boolean }) {
  await withContext(async (ctx) => {
    const query = parseOptions(RegionListQuery, { country: o.country, q: o.q, level: o.level });
    const { items } = await listRegions(ctx, query);
    if (o.json) return printJson({ items });
    printTable(
      items.map((r) => ({ ...r, within: r.parentName ?? '', shape: r.hasBoundary ? 'boundary' : '' })),
      [
        { key: 'name', title: 'REGION', max: 40 },
        { key: 'level', title: 'LEVEL' },
        { key: 'within', title: 'IN', max: 30 },
        { key: 'places', title: 'PLACES' },
        { key: 'incidents', title: 'INCIDENTS' },
        { key: 'shape', title: 'SHAPE' },
      ],
    );
    process.stdout.write(`\n${items.length} regions in ${query.country}\n`);
  });
}

export async function mergeRegionsCommand(o: { country: string; from: string; into: string; level: string; admin1?: string; json?: boolean }) {
  await withContext(async (ctx) => {
    const input = parseOptions(RegionMergeInput, { country: o.country, from: o.from, into: o.into, level: o.level, admin1: o.admin1 });
    const result = await mergeRegions(ctx, input);
    if (o.json) return printJson(result);
    printText(`merged '${result.from}' into '${result.into.name}' (${input.country}): ${result.places} places and ${result.incidents} incidents moved\n`);
  });
}
