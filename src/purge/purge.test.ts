import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, expectStatus, get, incidentBody, openTestApi, post, put, seed, upload, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';
import { fullScope, scopeFor } from '../access/scope.js';
import { verifyChain } from '../audit/verify.js';
import { createContext } from '../context.js';
import { DomainError } from '../errors.js';
import { buildApp } from '../http/app.js';
import { IncidentInput } from '../incidents/schema.js';
import { createIncidents } from '../incidents/service.js';
import * as incidentStore from '../incidents/store/index.js';
import { isTombstoned, readTombstones, reapplyTombstones } from './tombstones.js';

/**
 * Purge: a record that endangers someone is removed from every read, from the documents of the
 * audit trail and from the evidence store; the chain still verifies, a tombstone keeps the id
 * from coming back (by a create or import, or the restore of an older backup).
 */
describe.each(engines)('purging an incident on %s', (engine) => {
  let t: TestApi;
  const secret = 'Yusra Qadiri';
  let incident: any;
  let sole: any;
  let shared: any;
  let other: any;

  const rollupAgrees = async () => {
    for (const by of [['country'], ['group', 'month'], []] as const) {
      expect(await incidentStore.selectStats(t.db, fullScope, { deleted: 'exclude' }, by, true)).toEqual(await incidentStore.selectStats(t.db, fullScope, { deleted: 'exclude' }, by, false));
    }
  };

  beforeAll(async () => {
    t = await openTestApi(engine);
    const group = await seed.group(t.app);
    const acts = [{ violationType: 'killing', groupId: group.id, victims: { killed: 3 } }];
    sole = (await upload(t.app, Buffer.from(`statement of ${secret}, witness`), 'statement.txt', { description: `what ${secret} saw` })).body;
    shared = (await upload(t.app, Buffer.from('a photograph of the market'), 'market.txt')).body;
    other = await seed.incident(t.app, { evidenceIds: [shared.id], acts: [{ violationType: 'harassment', groupId: group.id }] });
    incident = await seed.incident(t.app, {
      title: 'Threats at the market',
      narrative: `${secret} saw the attack and was threatened afterwards.`,
      evidenceIds: [sole.id, shared.id],
      links: [{ incidentId: other.id, kind: 'precedes' }],
      acts,
    });
    const edited = await put(t.app, `/api/incidents/${incident.id}`, { ...incidentBody(), title: incident.title, narrative: `${secret} saw it. She now lives elsewhere.`, version: 1, evidenceIds: [sole.id, shared.id], acts });
    expectStatus(edited, 200);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is refused to a role other than administrator, and without a reason', async () => {
    const editor = await buildApp({ db: t.db, files: t.files, version: 'test', authenticate: async () => ({ id: 'ed', name: 'Editor', scope: scopeFor('editor') }) });
    try {
      expectProblem(await post(editor, `/api/incidents/${incident.id}/purge`, { reason: 'danger' }), 403);
      expectProblem(await get(editor, '/api/audit/verify'), 403);
    } finally {
      await editor.close();
    }
    expectProblem(await post(t.app, `/api/incidents/${incident.id}/purge`, { reason: '  ' }), 400, ['reason']);
    expectStatus(await get(t.app, `/api/incidents/${incident.id}`), 200);
  });

  it('removes the incident from every read, its audit documents and its own evidence, and the chain still verifies', async () => {
    const before = (await get(t.app, '/api/stats?by=country')).body.totals;
    const res = await post(t.app, `/api/incidents/${incident.id}/purge`, { reason: `the narrative names ${secret}` });
    expectStatus(res, 200);
    expect(res.body.tombstone).toMatchObject({ entity: 'incident', id: incident.id, purgedBy: 'local' });
    expect(res.body.tombstone.reasonDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.evidencePurged).toEqual([sole.id]);
    expect(res.body.vacuumed).toBe(true);
    expect(res.body.auditEntriesErased).toBeGreaterThanOrEqual(3); // created, updated, and the evidence's upload

    expectProblem(await get(t.app, `/api/incidents/${incident.id}`), 404);
    for (const q of ['Qadiri', 'market']) {
      const found = (await get(t.app, `/api/incidents?q=${q}&deleted=include`)).body.items.map((i: any) => i.id);
      expect(found).not.toContain(incident.id);
    }
    const after = (await get(t.app, '/api/stats?by=country')).body.totals;
    expect(after.incidents).toBe(before.incidents - 1);
    expect(after.killed).toBe(before.killed - 3);
    await rollupAgrees();
    // The other incident lost its link, nothing else.
    expect((await get(t.app, `/api/incidents/${other.id}`)).body.evidenceIds).toEqual([shared.id]);

    expectProblem(await get(t.app, `/api/evidence/${sole.id}`), 404);
    expect(existsSync(t.files.pathOf(sole.sha256))).toBe(false);
    expect(existsSync(t.files.pathOf(shared.sha256))).toBe(true);

    // Nowhere in the database does the name remain.
    const [left] = await t.db.query<{ n: number }>(
      `select (select count(*) from audit_entries where coalesce(before::text, '') || coalesce(after::text, '') || coalesce(detail::text, '') like '%Qadiri%')
            + (select count(*) from incident_texts where narrative like '%Qadiri%')
            + (select count(*) from evidence where description like '%Qadiri%') as n`,
    );
    expect(Number(left!.n)).toBe(0);
    const audit = (await get(t.app, `/api/audit?entity=incident&entityId=${incident.id}`)).body.items;
    expect(audit.map((e: any) => e.action)).toEqual(['incident.purge', 'incident.update', 'incident.create']);
    expect(audit.every((e: any) => e.before === null && e.after === null)).toBe(true);
    expect(audit[0].detail).toMatchObject({ reasonDigest: res.body.tombstone.reasonDigest, evidencePurged: 1 });
    expect(await verifyChain(t.db)).toMatchObject({ ok: true, problem: null });
    const verified = await get(t.app, '/api/audit/verify');
    expectStatus(verified, 200);
    expect(verified.body).toMatchObject({ ok: true, problem: null, lastGood: { seq: verified.body.checked } });
  });

  it('says when an incident was already purged', async () => {
    const again = expectProblem(await post(t.app, `/api/incidents/${incident.id}/purge`, { reason: 'again' }), 404);
    expect(again.detail).toMatch(/already purged/);
  });

  it('refuses to record an incident under a purged id again', async () => {
    const ctx = createContext(t.db);
    const err = await createIncidents(ctx, [IncidentInput.parse(incidentBody())], { ids: [incident.id] }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'conflict' });
    expect(err.message).toMatch(/purged/);
    expect(await isTombstoned(t.db, 'incident', [incident.id, other.id])).toEqual(new Set([incident.id]));
  });

  it('removes again, after a restore, a purged incident the restored data still holds', async () => {
    // What the restore of a backup made before the purge brings back: the incident's rows and
    // an audit entry with its documents (restored as they were, outside the app's checks).
    await t.db.transaction(async (tx) => {
      const [copy] = await tx.query<incidentStore.IncidentRow>('select * from incidents where id = $1', [other.id]);
      const { pyramid_level: _l, version: _v, created_at: _c, updated_at: _u, deleted_at: _d, ...write } = { ...copy!, id: incident.id, title: 'restored', narrative: `${secret} again` };
      await incidentStore.insertIncidents(tx, [write]);
      await tx.query(
        `insert into audit_entries (actor, action, entity, entity_id, before, after) values ('local', 'incident.create', 'incident', $1, null, $2::jsonb)`,
        [incident.id, JSON.stringify({ narrative: `${secret} again` })],
      );
    });
    expectStatus(await get(t.app, `/api/incidents/${incident.id}`), 200);

    // And a tombstone from the database the restore replaced, which the older backup did not hold.
    const carried = await createIncidents(createContext(t.db), [IncidentInput.parse(incidentBody({ narrative: 'purged after the backup' }))]);
    const tombstones = [...(await readTombstones(t.db)), { entity: 'incident', id: carried[0]!.id, purgedAt: new Date().toISOString(), purgedBy: 'local', reasonDigest: 'f'.repeat(64) }];

    const result = await t.db.transaction((tx) => reapplyTombstones(tx, { carried: tombstones, files: t.files }));
    expect(result.incidents.sort()).toEqual([incident.id, carried[0]!.id].sort());
    expect(result.auditEntriesErased).toBeGreaterThanOrEqual(2);
    expectProblem(await get(t.app, `/api/incidents/${incident.id}`), 404);
    expectProblem(await get(t.app, `/api/incidents/${carried[0]!.id}`), 404);
    expect(await isTombstoned(t.db, 'incident', [carried[0]!.id])).toEqual(new Set([carried[0]!.id]));
    await rollupAgrees();
    const [left] = await t.db.query<{ n: number }>(`select count(*) as n from audit_entries where after::text like '%Qadiri%'`);
    expect(Number(left!.n)).toBe(0);
    expect(await verifyChain(t.db)).toMatchObject({ ok: true });
  });

  it('keeps tombstones permanent', async () => {
    await expect(t.db.query('delete from tombstones')).rejects.toThrow(/permanent/);
    await expect(t.db.query("update tombstones set purged_by = 'x'")).rejects.toThrow(/permanent/);
  });
});
