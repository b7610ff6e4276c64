import { printJson, printTable, printText } from '../cli/output.js';
import { withContext } from '../cli/withContext.js';
import { parseOptions } from '../cli/zod.js';
import { invalid } from '../errors.js';
import { DismissInput, DuplicateListQuery, DuplicateScanInput, PairParams } from './schema.js';
import { dismissCandidate, listCandidates, mergeCandidate, scanDuplicates, undoMerge } from './service.js';

/** What the dedup commands do (their options are in ./cli.ts). Imported when a command runs. */

export async function scanCommand(o: { country?: string[]; threshold?: string; json?: boolean }) {
  const input = parseOptions(DuplicateScanInput, { countries: o.country?.map((c) => c.toUpperCase()), threshold: o.threshold === undefined ? undefined : Number(o.threshold) });
  await withContext(async (ctx) => {
    const summary = await scanDuplicates(ctx, { ...input, onCountry: o.json ? undefined : (country, n) => process.stderr.write(`scanning ${country} (${n} incidents)\n`) });
    if (o.json) return printJson(summary);
    printText(
      `${summary.incidents} incidents in ${summary.countries} countries: ${summary.scored} pairs compared, ${summary.proposed} likely duplicates (${summary.stored} new or re-scored) in ${(summary.ms / 1000).toFixed(1)} s\n` +
        (summary.capped ? `${summary.capped} records met the comparison cap (see the README)\n` : ''),
    );
  });
}

export async function listCommand(o: { status: string; limit: string; json?: boolean }) {
  const q = parseOptions(DuplicateListQuery, { status: o.status, limit: o.limit });
  await withContext(async (ctx) => {
    const { items } = await listCandidates(ctx, q);
    if (o.json) return printJson({ items });
    printTable(
      items.map((p) => ({ score: p.score.toFixed(2), a: p.a.id, aTitle: p.a.title, aDate: p.a.startDate, b: p.b.id, bTitle: p.b.title, bDate: p.b.startDate })),
      [
        { key: 'score', title: 'SCORE' },
        { key: 'a', title: 'A' },
        { key: 'aDate', title: 'DATE' },
        { key: 'aTitle', title: 'TITLE', max: 30 },
        { key: 'b', title: 'B' },
        { key: 'bDate', title: 'DATE' },
        { key: 'bTitle', title: 'TITLE', max: 30 },
      ],
    );
    process.stdout.write(`\n${items.length} pairs (${q.status})\n`);
  });
}

function pair(a: string, b: string) {
  return parseOptions(PairParams, { a, b });
}

export async function mergeCommand(a: string, b: string, o: { keep: string; json?: boolean }) {
  const p = pair(a, b);
  if (o.keep !== p.a && o.keep !== p.b) throw invalid([{ field: 'keep', code: 'invalid', message: 'keep must be one of the two ids' }]);
  await withContext(async (ctx) => {
    const kept = await mergeCandidate(ctx, o.keep, o.keep === p.a ? p.b : p.a);
    if (o.json) return printJson(kept);
    printText(`merged into ${kept.id} (version ${kept.version}): ${kept.acts.length} acts, ${kept.sources.length} sources\n`);
  });
}

export async function dismissCommand(a: string, b: string, o: { reason: string; json?: boolean }) {
  const p = pair(a, b);
  const { reason } = parseOptions(DismissInput, { reason: o.reason });
  await withContext(async (ctx) => {
    const row = await dismissCandidate(ctx, p.a, p.b, reason);
    if (o.json) return printJson({ status: row.status });
    printText('dismissed\n');
  });
}

export async function undoCommand(a: string, b: string, o: { json?: boolean }) {
  const p = pair(a, b);
  await withContext(async (ctx) => {
    const { kept, restored } = await undoMerge(ctx, p.a, p.b);
    if (o.json) return printJson({ kept, restored });
    printText(`undone: ${kept.id} and ${restored.id} are as they were before the merge\n`);
  });
}
