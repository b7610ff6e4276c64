import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openActorsApi, type ActorsApi, type As } from '../../test/actors.js';
import { incidentBody, multipart } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * A case's audit trail through the door (issue 15 §5 × issue 18 §2): a reader sees a case's
 * entries when it may read the case (with `cases.read`), and in them no more than GET
 * /api/cases/:id shows it — not the incidents, files or persons of another team, not a victim's
 * identity without `persons.read-identity`. The administrator writes everything through the API;
 * the trail is read as analysts and lawyers of teams a and b.
 */
describe.each(engines)('a case’s audit trail through the door on %s', (engine) => {
  let api: ActorsApi;
  const analystA: As = { role: 'analyst', teams: ['a'] };
  const analystB: As = { role: 'analyst', teams: ['b'] };
  const lawyerA: As = { role: 'lawyer', teams: ['a'] };
  const victimName = 'Amon Teral, 34';
  const ids = { incidentA: '', incidentB: '', fileB: '', personA: '', personB: '', caseA: '', caseB: '', moved: '' };

  const write = async (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => {
    const res = await api.send('administrator', { method, url, body: body as never });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    return res.body;
  };

  beforeAll(async () => {
    api = await openActorsApi(engine);
    const { payload, headers } = multipart([{ name: 'file', filename: 'b.bin', contentType: 'application/octet-stream', content: randomBytes(32) }]);
    const file = await api.send('administrator', { method: 'POST', url: '/api/evidence', payload, headers });
    expect(file.status).toBe(201);
    ids.fileB = file.body.id;
    ids.incidentA = (await write('POST', '/api/incidents', incidentBody({ title: 'Of team a', confidentiality: 'internal', teams: ['a'] }))).id;
    ids.incidentB = (await write('POST', '/api/incidents', incidentBody({ title: 'Of team b', confidentiality: 'internal', teams: ['b'], evidenceIds: [ids.fileB] }))).id;
    ids.personA = (await write('POST', '/api/persons', { incidentId: ids.incidentA, role: 'victim', name: 'Amon Teral' })).id;
    ids.personB = (await write('POST', '/api/persons', { incidentId: ids.incidentB, role: 'victim', name: 'Sefa Teral' })).id;

    // Team a's case joins an incident (and a file, and a person) of team b, which the administrator may read.
    ids.caseA = (await write('POST', '/api/cases', { title: 'Teral detentions', incidentIds: [ids.incidentA], confidentiality: 'internal', teams: ['a'] })).id;
    await write('POST', `/api/cases/${ids.caseA}/incidents`, { incidentIds: [ids.incidentB] });
    await write('POST', `/api/cases/${ids.caseA}/evidence`, { evidenceIds: [ids.fileB] });
    await write('POST', `/api/cases/${ids.caseA}/victims`, { description: victimName, personId: ids.personA, consent: true });
    await write('POST', `/api/cases/${ids.caseA}/victims`, { description: 'Sefa Teral, 29', personId: ids.personB, consent: null });
    ids.caseB = (await write('POST', '/api/cases', { title: 'Team b only', incidentIds: [ids.incidentB], confidentiality: 'internal', teams: ['b'] })).id;
    // Team b's once, team a's since: its earlier history stays with those who could read it then.
    const moved = await write('POST', '/api/cases', { title: 'Moved', country: 'XVR', summary: 'team b strategy', confidentiality: 'internal', teams: ['b'] });
    const patched = await write('PATCH', `/api/cases/${moved.id}`, { version: moved.version, teams: ['a'], summary: 'shared strategy' });
    await write('POST', `/api/cases/${moved.id}/tasks`, { title: 'Draft the complaint', due: null });
    expect(patched.teams).toEqual(['a']);
    // An edit that leaves the owner out keeps it (the history showed every status change clearing it).
    expect(patched.ownerId).toBe(moved.ownerId);
    ids.moved = moved.id;
  });
  afterAll(async () => {
    await api?.close();
  });

  type Entry = { id: number; entity: string; entityId: string; action: string; before: any; after: any };
  const trail = async (as: As, query = '') => {
    const res = await api.get(as, `/api/audit?limit=500${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items as Entry[];
  };
  const casesSeen = async (as: As) => {
    const names = new Map([
      [ids.caseA, 'caseA'],
      [ids.caseB, 'caseB'],
      [ids.moved, 'moved'],
    ]);
    const seen: Record<string, string[]> = {};
    for (const e of await trail(as, '&entity=case')) (seen[names.get(e.entityId) ?? e.entityId] ??= []).unshift(e.action);
    return seen;
  };

  it('shows a case’s entries to readers of the case, and only as far back as its documents were theirs to read', async () => {
    const caseA = ['case.create', 'case.add-incidents', 'case.add-evidence', 'case.add-victim', 'case.add-victim'];
    expect(await casesSeen('administrator')).toEqual({ caseA, caseB: ['case.create'], moved: ['case.create', 'case.update', 'case.add-task'] });
    // The move's own entry names team b in its `before`: team a sees the case from the next write on.
    expect(await casesSeen(analystA)).toEqual({ caseA, moved: ['case.add-task'] });
    expect(await casesSeen(lawyerA)).toEqual({ caseA, moved: ['case.add-task'] });
    expect(await casesSeen(analystB)).toEqual({ caseB: ['case.create'] });
    expect(JSON.stringify(await trail(analystA))).not.toContain('team b strategy');
    // Asked by id, another team's case has no entries; without cases.read there are none at all.
    expect(await trail(analystA, `&entity=case&entityId=${ids.caseB}`)).toEqual([]);
    expect(await trail('viewer', '&entity=case')).toEqual([]);
    expect((await trail({ role: 'viewer', teams: ['a'] })).some((e) => e.entity === 'case')).toBe(false);
  });

  it('leaves out of a case’s documents the incidents, files and persons of another team', async () => {
    const full = await trail('administrator', `&entity=case&entityId=${ids.caseA}`);
    expect(full[0]!.after.incidentIds).toEqual(expect.arrayContaining([ids.incidentA, ids.incidentB]));
    expect(full[0]!.after.evidenceIds).toEqual([ids.fileB]);
    expect(full[0]!.after.victims.map((v: { personId: string }) => v.personId)).toEqual([ids.personA, ids.personB]);

    const seen = await trail(analystA, `&entity=case&entityId=${ids.caseA}`);
    expect(seen.map((e) => e.action)).toEqual(full.map((e) => e.action));
    const text = JSON.stringify(seen);
    for (const hidden of [ids.incidentB, ids.fileB, ids.personB]) expect(text).not.toContain(hidden);
    expect(seen[0]!.after).toMatchObject({ incidentIds: [ids.incidentA], withheldIncidents: true, evidenceIds: [] });
    expect(seen.find((e) => e.action === 'case.add-incidents')!.before).toMatchObject({ incidentIds: [ids.incidentA], withheldIncidents: false });
    expect(seen[0]!.after.victims.map((v: { personId: string | null }) => v.personId)).toEqual([ids.personA, null]);
    // Team b's reader may not read this case at all, so neither does it see the incident of its own team here.
    expect(JSON.stringify(await trail(analystB))).not.toContain(ids.caseA);
  });

  it('never shows a victim’s identity to a reader without persons.read-identity', async () => {
    const analyst = await trail(analystA, '&entity=case');
    expect(JSON.stringify(analyst)).not.toContain('Teral,');
    const victims = analyst.find((e) => e.entityId === ids.caseA)!.after.victims;
    expect(victims).toEqual([
      expect.objectContaining({ description: 'Victim 1 (identity withheld)', identityWithheld: true }),
      expect.objectContaining({ description: 'Victim 2 (identity withheld)', identityWithheld: true }),
    ]);
    // Over the whole trail, not only the case's entries.
    expect(JSON.stringify(await trail(analystA))).not.toContain(victimName);
    const lawyer = (await trail(lawyerA, '&entity=case')).find((e) => e.entityId === ids.caseA)!.after.victims;
    expect(lawyer.map((v: { description: string }) => v.description)).toEqual([victimName, 'Sefa Teral, 29']);
  });

  it('shows in the latest entry exactly the case GET /api/cases/:id shows the same reader', async () => {
    for (const as of ['administrator', analystA, lawyerA] as As[]) {
      const [latest] = await trail(as, `&entity=case&entityId=${ids.caseA}`);
      const res = await api.get(as, `/api/cases/${ids.caseA}`);
      expect(res.status).toBe(200);
      const { chronology: _c, suggestedProvisions: _s, ...shown } = res.body;
      expect(latest!.after, JSON.stringify(as)).toEqual(shown);
    }
  });
});
