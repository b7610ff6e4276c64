import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { createContext, type RequestContext } from '../../context.js';
import { IncidentInput } from '../../incidents/schema.js';
import { createIncidents } from '../../incidents/service.js';
import { createRecord } from '../../registry/service.js';
import { exportStream, type ExportFormat } from './index.js';
import { retainedHeap } from './retainedHeap.js';

/**
 * An export of 20,000 incidents streams with flat memory: the heap retained while it is read
 * (measured after a full collection, every few chunks) stays within a bound far below the
 * export's size, and every incident is there — no row cap.
 */
const size = 20_000;
const narrative = 'A long account of what happened, as a monitor wrote it down. '.repeat(16); // ~1 kB

// On the embedded engine only: what is measured is the Node side of the export (pages, chunks,
// the XLSX zip); the engine behind the same keyset query does not change it, and loading 20,000
// incidents twice would double the test's time.
describe(`streamed export of ${size} incidents`, () => {
  const engine = 'pglite';
  let t: TestDatabase;
  let ctx: RequestContext;
  const heap = retainedHeap();

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    ctx = createContext(t.db);
    const group = await createRecord(ctx, 'groups', { name: 'Osk', basis: 'religion', aliases: [], country: 'XVR', description: '', countingUnit: 'people-in-general', sizeEstimate: null });
    const actor = await createRecord(ctx, 'actors', { name: 'Lake Guard', kind: 'militia', country: 'XVR', description: '' });
    for (let start = 0; start < size; start += 2000) {
      const inputs = Array.from({ length: 2000 }, (_, k) => {
        const n = start + k;
        return IncidentInput.parse({
          title: `=Incident ${n}`,
          narrative,
          startDate: `20${10 + (n % 14)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
          country: 'XVR',
          admin1: 'North',
          acts: [{ violationType: 'arson', groupId: group.id, victims: { injured: n % 5 }, perpetrators: [{ actorId: actor.id }] }],
        });
      });
      await createIncidents(ctx, inputs);
    }
  }, 600_000);
  afterAll(async () => t?.dispose());

  /** Reads the whole export, counting bytes and lines, with the retained heap every 8 chunks. */
  async function drain(stream: Readable) {
    const before = heap();
    let bytes = 0;
    let newlines = 0;
    let chunks = 0;
    let peak = before;
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) newlines += 1;
      if (++chunks % 8 === 0) peak = Math.max(peak, heap());
    }
    return { bytes, newlines, growth: peak - before };
  }

  it.each(['csv', 'esf', 'xlsx'] as ExportFormat[])('%s: every incident, heap retained flat', async (format) => {
    const { bytes, newlines, growth } = await drain(exportStream(ctx, format, { deleted: 'exclude' }, { public: false }));
    if (format === 'csv') expect(newlines).toBe(size + 1); // a header and one line per incident (no line breaks in these cells)
    if (format === 'esf') expect(newlines).toBe(2 + 2 + size * 3); // header line, 2 persons, event+act+involvement per incident, closing line
    expect(bytes).toBeGreaterThan(format === 'xlsx' ? 1_000_000 : 20_000_000);
    // One page (500 incidents, ~1 MB of documents) with its strings in flight; never the export.
    expect(growth, `${format}: ${(growth / 1e6).toFixed(1)} MB retained while ${(bytes / 1e6).toFixed(1)} MB were written`).toBeLessThan(16_000_000);
  }, 600_000);
});
