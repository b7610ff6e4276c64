import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, expectProblem, expectStatus, get, put, rowCounts, seed, openTestApi, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';
import { inputOf } from './document.js';

/**
 * Two editors on one incident (issue 14, "no edit ever lost"): both read version N; A saves
 * first; B's save, sent with `merge: true`, is merged three-way against version N so that
 * neither loses the other's change, and only a field both changed asks a person to decide.
 */
describe.each(engines)('merging stale incident edits on %s', (engine) => {
  let t: TestApi;
  let group: any;

  beforeAll(async () => {
    t = await openTestApi(engine);
    group = await seed.group(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  const make = () =>
    seed.incident(t.app, {
      narrative: 'Stones were thrown at the shrine.',
      acts: [{ violationType: 'harassment', groupId: group.id, victims: { affected: 3 } }],
    });
  /** What an editor who read `incident` sends, with their changes. */
  const editOf = (incident: any, change: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ ...inputOf(incident), ...change, version: incident.version, ...extra });

  it('keeps both edits: A changes the narrative, B (from the same version) only the verification status', async () => {
    const read = await make();
    const a = await put(t.app, `/api/incidents/${read.id}`, editOf(read, { narrative: 'Stones were thrown; the keeper was injured.' }));
    expectStatus(a, 200);

    // Without merge, a stale save is refused as before.
    expectProblem(await put(t.app, `/api/incidents/${read.id}`, editOf(read, { verificationStatus: 'verified' })), 409, ['version']);

    const b = await put(t.app, `/api/incidents/${read.id}`, editOf(read, { verificationStatus: 'verified' }, { merge: true }));
    expectStatus(b, 200);
    expect(b.body).toMatchObject({ version: 3, narrative: 'Stones were thrown; the keeper was injured.', verificationStatus: 'verified' });
    expect(b.body.merged).toEqual({ baseVersion: 1, theirsVersion: 2, fromTheirs: ['narrative'] });
    expect(b.body.acts.map((x: any) => x.id)).toEqual(read.acts.map((x: any) => x.id));
    const { merged: _m, ...record } = b.body;
    expect((await get(t.app, `/api/incidents/${read.id}`)).body).toEqual(record);

    const [entry] = await auditOf(t.app, 'incident', read.id);
    expect(entry!.action).toBe('incident.merge');
    expect(entry!.before).toMatchObject({ version: 2, narrative: 'Stones were thrown; the keeper was injured.', verificationStatus: 'not-yet-verified' });
    expect(entry!.after).toEqual(record);
    const full = (await get(t.app, `/api/audit?entity=incident&entityId=${read.id}&limit=1`)).body.items[0];
    expect(full.detail).toEqual({ baseVersion: 1, theirsVersion: 2, fromTheirs: ['narrative'] });
  });

  it('merges inside an act: A changes one count, B another', async () => {
    const read = await make();
    const act = inputOf(read).acts[0]!;
    expectStatus(await put(t.app, `/api/incidents/${read.id}`, editOf(read, { acts: [{ ...act, victims: { ...act.victims, affected: 5 } }] })), 200);
    const b = await put(t.app, `/api/incidents/${read.id}`, editOf(read, { acts: [{ ...act, victims: { ...act.victims, injured: 2 } }] }, { merge: true }));
    expectStatus(b, 200);
    expect(b.body.acts).toHaveLength(1);
    expect(b.body.acts[0]).toMatchObject({ id: act.id, victims: { affected: 5, injured: 2 } });
    expect(b.body.merged.fromTheirs).toEqual([`acts.${act.id}.victims.affected`]);
  });

  it('both change the title: 409 with exactly one conflict, nothing saved; the resolved document saves as incident.merge', async () => {
    const read = await make();
    expectStatus(await put(t.app, `/api/incidents/${read.id}`, editOf(read, { title: 'Shrine attacked at night', narrative: 'Changed by A.' })), 200);
    const before = await rowCounts(t.db);
    const res = await put(t.app, `/api/incidents/${read.id}`, editOf(read, { title: 'Shrine stoned', verificationStatus: 'verified' }, { merge: true }));
    const p = expectProblem(res, 409, ['version']);
    expect(p.type).toBe('urn:precursor:problem:conflict');
    expect(p.current).toMatchObject({ version: 2, title: 'Shrine attacked at night' });
    expect(p.merge).toMatchObject({ baseVersion: 1, theirsVersion: 2, baseFound: true });
    expect(p.merge.conflicts).toEqual([{ path: 'title', base: read.title, mine: 'Shrine stoned', theirs: 'Shrine attacked at night' }]);
    // Every change that does not conflict is already applied; the conflict holds mine.
    expect(p.merge.merged).toMatchObject({ title: 'Shrine stoned', narrative: 'Changed by A.', verificationStatus: 'verified' });
    expect(await rowCounts(t.db)).toEqual(before);

    const resolved = await put(t.app, `/api/incidents/${read.id}`, {
      ...p.merge.merged,
      title: p.merge.conflicts[0].theirs,
      version: p.merge.theirsVersion,
      resolvedMergeOf: p.merge.baseVersion,
      merge: true,
    });
    expectStatus(resolved, 200);
    expect(resolved.body).toMatchObject({ version: 3, title: 'Shrine attacked at night', narrative: 'Changed by A.', verificationStatus: 'verified' });
    const [entry] = await auditOf(t.app, 'incident', read.id);
    expect(entry!.action).toBe('incident.merge');
    expect(entry!.before).toMatchObject({ version: 2 });
    expect(entry!.after).toMatchObject({ version: 3, title: 'Shrine attacked at night' });
  });

  it('an act removed by one and changed by the other is one conflict on that act', async () => {
    const read = await seed.incident(t.app, { acts: [{ violationType: 'harassment' }, { violationType: 'arson', victims: { displaced: 4 } }] });
    const [first, second] = inputOf(read).acts;
    expectStatus(await put(t.app, `/api/incidents/${read.id}`, editOf(read, { acts: [first] })), 200);
    const res = await put(t.app, `/api/incidents/${read.id}`, editOf(read, { acts: [first, { ...second!, victims: { ...second!.victims, displaced: 9 } }] }, { merge: true }));
    const p = expectProblem(res, 409);
    expect(p.merge.conflicts.map((c: any) => c.path)).toEqual([`acts.${second!.id}`]);
    expect(p.merge.conflicts[0].theirs).toBeNull();
    // Keeping mine restores the act under its own id.
    const kept = await put(t.app, `/api/incidents/${read.id}`, { ...p.merge.merged, version: p.merge.theirsVersion, resolvedMergeOf: p.merge.baseVersion });
    expectStatus(kept, 200);
    expect(kept.body.acts.map((a: any) => a.id)).toEqual([first!.id, second!.id]);
    expect(kept.body.acts[1].victims.displaced).toBe(9);
  });

  it('without the base version in the audit trail, every difference is a conflict', async () => {
    const read = await make();
    expectStatus(await put(t.app, `/api/incidents/${read.id}`, editOf(read, { narrative: 'Changed by A.' })), 200);
    // Audit entries cannot be deleted (append-only); erasing their documents is how a version leaves the trail.
    await t.db.query(`update audit_entries set before = null, after = null, erased_at = now() where entity_id = $1 and action = 'incident.create'`, [read.id]);
    const res = await put(t.app, `/api/incidents/${read.id}`, editOf(read, { verificationStatus: 'verified' }, { merge: true }));
    const p = expectProblem(res, 409);
    expect(p.merge.conflicts.map((c: any) => c.path).sort()).toEqual(['narrative', 'verificationStatus']);
    expect(p.merge.conflicts.every((c: any) => c.base === null)).toBe(true);
    expect(p.merge.baseFound).toBe(false);
  });

  it('a merge that would be invalid as a whole is refused naming the field', async () => {
    const read = await seed.incident(t.app, { startDate: '2023-05-01', endDate: '2023-05-10' });
    expectStatus(await put(t.app, `/api/incidents/${read.id}`, editOf(read, { endDate: '2023-05-03' })), 200);
    const res = await put(t.app, `/api/incidents/${read.id}`, editOf(read, { startDate: '2023-05-06' }, { merge: true }));
    expectProblem(res, 400, ['endDate']);
  });
});
