/**
 * Submission documents benchmark: how long a caseworker waits for a DOCX and a PDF built from the
 * demo data's pattern against the Teral (every demo incident targeting them), assembled through the
 * access door and rendered with the chart and the map; and for the case page's word counts (every
 * form's count for the case, GET /api/cases/:id/documents), in wall and CPU time.
 *
 *   npx tsx bench/submissions.ts [--engine pglite|postgres] [--runs 3] [--out DIR]
 *
 * Medians over the runs, with the load average beside them (other work on the machine stretches
 * every figure). Writes the last run's documents to --out (default .bench/submissions/) to look at.
 * Results: bench/results/submissions.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fullScope } from '../src/access/scope.js';
import type { CaseRecord } from '../src/cases/types.js';
import { assembleSubmission } from '../src/cases/documents/assemble.js';
import { renderDocx } from '../src/cases/documents/docx.js';
import { submissionChoices } from '../src/cases/documents/generate.js';
import { renderPdf } from '../src/cases/documents/pdf.js';
import { templateFor } from '../src/cases/documents/template.js';
import { createContext } from '../src/context.js';
import { loadDemo } from '../src/demo/load.js';
import { wireModules } from '../src/wiring.js';
import { openScratchDatabase } from './scratchDatabase.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: { engine: { type: 'string', default: 'pglite' }, runs: { type: 'string', default: '3' }, out: { type: 'string', default: join(root, '.bench/submissions') } },
});
const runs = Number(args.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
};

wireModules();
const { db, dispose } = await openScratchDatabase(args.engine!, 'precursor_bench_submissions');
try {
  await loadDemo({ db });
  const ctx = createContext(db, { id: 'bench', name: 'bench', scope: fullScope });
  // A benchmark's own look-up of its fixture; the documents themselves read through the services.
  const [teral] = await db.query<{ id: string }>(`select id from groups where name = 'Teral'`);
  const incidentIds = (await db.query<{ incident_id: string }>(`select distinct incident_id from acts where group_id = $1`, [teral!.id])).map((r) => r.incident_id);
  const caseRecord: CaseRecord = {
    id: '00000000-0000-4000-8000-00000000be01',
    title: 'The escalation against the Teral (demo data)',
    status: 'preparing',
    ownerId: 'bench',
    country: 'XVR',
    targetedGroupIds: [teral!.id],
    summary: 'Every demo incident that targets the Teral.',
    incidentIds,
    victims: [],
    evidenceIds: [],
    provisions: ['ICERD art. 2', 'ICERD art. 4', 'ICERD art. 5(b)'],
    remedies: [],
    remediesException: null,
    procedures: [],
    targetMechanisms: ['CERD'],
    tasks: [],
    outcomes: [],
    requestedMeasures: [],
    authorIsVictim: null,
    authorAnonymous: null,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  };
  const template = templateFor('cerd-early-warning', 'CERD-EWUA')!;
  const times = { assemble: [] as number[], docx: [] as number[], pdf: [] as number[], wordCounts: [] as number[], wordCountsCpu: [] as number[] };
  let sizes = { docx: 0, pdf: 0 };
  for (let i = 0; i < runs; i++) {
    const [input, assembleMs] = await timed(() => assembleSubmission(ctx, caseRecord, 'cerd-early-warning', 'CERD-EWUA'));
    const [docx, docxMs] = await timed(() => renderDocx(input, template));
    const [pdf, pdfMs] = await timed(() => renderPdf(input, template));
    times.assemble.push(assembleMs);
    times.docx.push(docxMs);
    times.pdf.push(pdfMs);
    const cpu = process.cpuUsage();
    const [, countsMs] = await timed(() => submissionChoices(ctx, caseRecord));
    const used = process.cpuUsage(cpu);
    times.wordCounts.push(countsMs);
    times.wordCountsCpu.push((used.user + used.system) / 1000);
    sizes = { docx: docx.length, pdf: pdf.length };
    if (i === runs - 1) {
      mkdirSync(args.out!, { recursive: true });
      writeFileSync(join(args.out!, 'teral-early-warning.docx'), docx);
      writeFileSync(join(args.out!, 'teral-early-warning.pdf'), pdf);
    }
  }
  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    engine: args.engine,
    incidents: incidentIds.length,
    runs,
    medianMs: {
      assemble: Math.round(median(times.assemble)),
      docx: Math.round(median(times.docx)),
      pdf: Math.round(median(times.pdf)),
      wordCounts: Math.round(median(times.wordCounts)),
      wordCountsCpu: Math.round(median(times.wordCountsCpu)),
    },
    bytes: sizes,
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/submissions.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await dispose();
}
