import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fullScope, type Scope } from '../access/scope.js';
import { createContext } from '../context.js';
import { getIncident } from '../incidents/read.js';
import { createIncidents } from '../incidents/service.js';
import { IncidentFilterQuery } from '../incidents/schema.js';
import { assignIncidents, bulkVerification, listAssignments, reviewSummary } from './service.js';

/** The review queue on both engines: bulk verification through the door, audited; assignments. */
describe.each(engines)('review queue on %s', (engine) => {
  let t: TestDatabase;
  const ctx = (scope: Scope = fullScope, id = 'lead') => createContext(t.db, { id, name: id, scope });
  const restricted: Scope = { role: 'editor', clearance: 'internal', teams: [], allTeams: false };
  const incident = (title: string, over: Record<string, unknown> = {}) => ({
    title,
    narrative: '',
    startDate: '2024-03-02',
    dateEstimated: false,
    country: 'KEN',
    admin1: 'Nyanza',
    acts: [{ violationType: 'harassment', victims: { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 }, perpetrators: [] }],
    sources: [],
    evidenceIds: [],
    links: [],
    verificationStatus: 'not-yet-verified',
    confidentiality: 'internal',
    monitoringStatus: 'open',
    ...over,
  });

  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t?.dispose());

  it('sets the status of a filtered selection the caller may read, one audit entry per incident, and keeps unverifiable apart', async () => {
    const made = await createIncidents(ctx(), [
      incident('a', { admin1: 'Kisumu' }),
      incident('b', { admin1: 'Kisumu' }),
      incident('hidden', { admin1: 'Kisumu', confidentiality: 'strictly-confidential' }),
      incident('elsewhere', { admin1: 'Mombasa' }),
    ] as never);
    const filter = IncidentFilterQuery.parse({ country: 'KEN', admin1: 'Kisumu' });
    const before = await reviewSummary(ctx());
    // A restricted editor's selection does not reach the strictly confidential one.
    const result = await bulkVerification(ctx(restricted, 'editor'), { filter, status: 'unverifiable', expected: 2 });
    expect(result).toMatchObject({ matched: 2, changed: 2 });
    expect((await getIncident(ctx(), made[2]!.id)).verificationStatus).toBe('not-yet-verified');
    expect((await getIncident(ctx(), made[3]!.id)).verificationStatus).toBe('not-yet-verified');
    const changed = await getIncident(ctx(), made[0]!.id);
    expect(changed.verificationStatus).toBe('unverifiable');
    expect(changed.version).toBe(2);
    const audit = await t.db.query<{ before: any; after: any; actor: string }>(`select before, after, actor from audit_entries where entity_id = $1 and action = 'incident.update'`, [made[0]!.id]);
    expect(audit).toHaveLength(1);
    expect([audit[0]!.before.verificationStatus, audit[0]!.after.verificationStatus, audit[0]!.actor]).toEqual(['not-yet-verified', 'unverifiable', 'editor']);
    const after = await reviewSummary(ctx());
    expect(after.unverifiable - before.unverifiable).toBe(2);
    expect(before.notYetVerified - after.notYetVerified).toBe(2);
    // The same change again changes nothing.
    expect(await bulkVerification(ctx(), { filter, status: 'unverifiable' })).toMatchObject({ matched: 3, changed: 1 });
  });

  it('refuses when the selection changed since the person saw its count', async () => {
    await createIncidents(ctx(), [incident('c', { admin1: 'Kakamega' })] as never);
    const filter = IncidentFilterQuery.parse({ country: 'KEN', admin1: 'Kakamega' });
    await expect(bulkVerification(ctx(), { filter, status: 'verified', expected: 5 })).rejects.toThrow(/selection changed: 1 incidents match now, 5 were shown/);
  });

  it("puts incidents on a reviewer's list, shows them only to readers of the incident, and takes them off", async () => {
    const [open, secret] = await createIncidents(ctx(), [incident('to check'), incident('secret', { confidentiality: 'strictly-confidential' })] as never);
    await assignIncidents(ctx(), { ids: [open!.id, secret!.id], assignee: 'editor', note: 'check the sources' });
    const mine = await listAssignments(ctx(restricted, 'editor'), { assignee: 'me', limit: 50 });
    expect(mine.items.map((a) => a.incident.title)).toEqual(['to check']);
    expect(mine.items[0]).toMatchObject({ assignee: 'editor', assignedBy: 'lead', note: 'check the sources' });
    expect((await listAssignments(ctx(), { assignee: 'editor', limit: 50 })).items).toHaveLength(2);
    expect((await reviewSummary(ctx(restricted, 'editor'))).assignedToMe).toBe(1);
    await assignIncidents(ctx(), { ids: [open!.id], assignee: null, note: '' });
    expect((await listAssignments(ctx(restricted, 'editor'), { assignee: 'me', limit: 50 })).items).toEqual([]);
    await expect(assignIncidents(ctx(restricted, 'editor'), { ids: [secret!.id], assignee: 'me', note: '' })).rejects.toThrow(/does not exist/);
  });
});
