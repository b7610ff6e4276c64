import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { createContext, type RequestContext } from '../../context.js';
import { getIncident } from '../../incidents/service.js';
import type { ImportedIncident } from '../types.js';
import { importWriter } from './index.js';

/**
 * Links of imported rows (issue 16 §1): to a row of the same call, to an incident imported
 * before, or waiting for one not imported yet; a link to a row refused in the same call waits
 * (its incident does not exist) instead of failing the call; an unknown link kind refuses its row.
 */
const row = (key: string, links: ImportedIncident['links'] = [], over: Partial<ImportedIncident> = {}): ImportedIncident => ({
  origin: { row: Number(key.replace(/\D/g, '')) + 1 },
  key,
  title: `Incident ${key}`,
  startDate: '2024-05-01',
  place: { country: 'XVR', admin1: 'North' },
  acts: [{ violationType: 'harassment' }],
  links,
  ...over,
});

describe.each(engines)('imported links on %s', (engine) => {
  let t: TestDatabase;
  let ctx: RequestContext;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    ctx = createContext(t.db);
  });
  afterAll(() => t?.dispose());

  const write = async (file: string, rows: ImportedIncident[]) => {
    const batch = await importWriter.beginBatch(ctx, { sourceSystem: 'links-test', fileName: file, fileSha256: file.padEnd(64, '0').slice(0, 64).replace(/[^0-9a-f]/g, '0'), format: 'json', mappingName: file, mapping: null });
    const outcomes = await importWriter.writeIncidents(ctx, batch, rows);
    await importWriter.finishBatch(ctx, batch, { batch: batch.id, dryRun: false, imported: 0, updated: 0, unchanged: 0, skipped: 0, conflicts: 0, rejectedCount: 0, rejected: [], errorFile: null, unknownCodes: [] }, 'finished');
    return outcomes;
  };
  const linksOf = async (id: string) => (await getIncident(ctx, id)).links.map((l) => ({ to: l.incidentId, kind: l.kind, direction: l.direction }));

  it('a link to a row refused in the same call waits for it, and is made when the row comes back fixed', async () => {
    const [a, b] = await write('a1', [row('r1', [{ key: 'r2', kind: 'precedes' }]), row('r2', [{ key: 'r1', kind: 'nonsense' }])]);
    expect(a).toMatchObject({ status: 'imported', pendingLinks: [{ key: 'r2', kind: 'precedes' }] });
    expect(b).toMatchObject({ status: 'rejected', problems: [{ target: 'links.0.kind' }] });
    const first = (a as { incidentId: string }).incidentId;
    expect(await linksOf(first)).toEqual([]);
    const [fixed] = await write('b2', [row('r2', [{ key: 'r1', kind: 'follows' }])]);
    const second = (fixed as { incidentId: string }).incidentId;
    expect(fixed).toMatchObject({ status: 'imported' });
    expect(fixed).not.toHaveProperty('pendingLinks');
    expect(await linksOf(first)).toEqual([
      { to: second, kind: 'follows', direction: 'incoming' },
      { to: second, kind: 'precedes', direction: 'outgoing' },
    ].sort((x, y) => x.kind.localeCompare(y.kind)));
    // The link made later is the linking incident's own change, audited with the batch that made it.
    const audit = await t.db.query<{ detail: { linksAdded?: unknown[] } }>(`select detail from audit_entries where entity_id = $1 and action = 'incident.update'`, [first]);
    expect(audit.map((e) => e.detail.linksAdded)).toEqual([[{ incidentId: second, kind: 'precedes' }]]);
  });

  it('a link by incident id to an incident on record is made at once; one to nothing waits', async () => {
    const [on] = await write('c3', [row('r3')]);
    const target = (on as { incidentId: string }).incidentId;
    const [linked] = await write('d4', [row('r4', [{ key: target, kind: 'causes' }, { key: 'not-yet', kind: 'part-of' }])]);
    expect(linked).toMatchObject({ status: 'imported', pendingLinks: [{ key: 'not-yet', kind: 'part-of' }] });
    expect(await linksOf((linked as { incidentId: string }).incidentId)).toEqual([{ to: target, kind: 'causes', direction: 'outgoing' }]);
  });
});
