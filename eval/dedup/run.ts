/**
 * Measures the duplicate scorer (src/dedup) on a generated set with known duplicates (seed 2:
 * not the set the weights were fitted on) and on the demo data set with planted duplicates.
 * Writes eval/dedup/results.json.
 *
 *   npx tsx eval/dedup/run.ts [--events 20000]
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { findDuplicates } from '../../src/dedup/scan.js';
import { likelyDuplicate } from '../../src/dedup/score.js';
import { figuresAt } from './metrics.js';
import { generateSet, pairKey } from './generate.js';
import { plantedDemo } from './demo.js';

const eventsAt = process.argv.indexOf('--events');
const events = eventsAt > 0 ? Number(process.argv[eventsAt + 1]) : 20_000;
if (!Number.isInteger(events) || events < 1) throw new Error('--events takes a positive whole number');
const thresholds = [0.3, 0.4, likelyDuplicate, 0.6, 0.7, 0.8, 0.9];

/**
 * `judged` limits precision to the pairs that involve a planted record: the demo's own
 * incidents come from templates, and some of its pairs are as alike as any duplicate (same
 * text, place and group, a day apart) without being planted — counted apart as `unplanted`.
 */
function measure(label: string, set: { records: Parameters<typeof findDuplicates>[0]; truth: Set<string> }, judged?: (id: string) => boolean) {
  const t0 = performance.now();
  // Everything the blocking lets through, so each threshold can be read off one run.
  const result = findDuplicates(set.records, { threshold: 0 });
  const ms = performance.now() - t0;
  const candidates = new Set(result.pairs.map((p) => pairKey(p.a, p.b)));
  const blockingRecall = [...set.truth].filter((k) => candidates.has(k)).length / Math.max(1, set.truth.size);
  const pairs = judged ? result.pairs.filter((p) => judged(p.a) || judged(p.b)) : result.pairs;
  const unplanted = judged ? result.pairs.filter((p) => p.score >= likelyDuplicate && !judged(p.a) && !judged(p.b)).length : 0;
  const rows = thresholds.map((t) => figuresAt(pairs, set.truth, t));
  console.log(`\n${label}: ${set.records.length} reports, ${set.truth.size} duplicate pairs; ${result.stats.scored} pairs scored in ${Math.round(ms)} ms; blocking keeps ${(blockingRecall * 100).toFixed(1)}% of duplicates`);
  if (judged) console.log(`  (${unplanted} pairs of the demo's own incidents score ≥ ${likelyDuplicate}: not judged)`);
  for (const r of rows) console.log(`  ≥${r.threshold.toFixed(1)}  proposed ${r.proposed}  precision ${(r.precision * 100).toFixed(1)}%  recall ${(r.recall * 100).toFixed(1)}%  F1 ${r.f1.toFixed(3)}`);
  return { reports: set.records.length, unplantedPairsAboveThreshold: unplanted, duplicatePairs: set.truth.size, scoredPairs: result.stats.scored, capped: result.stats.capped, ms: Math.round(ms), blockingRecall, thresholds: rows };
}

const generated = measure(`generated (seed 2, ${events} events)`, generateSet(2, events));
const demo = measure('demo data with planted duplicates', plantedDemo(3), (id) => id.startsWith('planted-'));
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}`, loadavg: loadavg(), threshold: likelyDuplicate, generated, demo }, null, 2)}\n`,
);
