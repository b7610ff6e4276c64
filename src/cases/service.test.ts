import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fullScope, type Scope } from '../access/scope.js';
import { createContext } from '../context.js';
import { IncidentFilterQuery } from '../incidents/schema.js';
import { createIncidents } from '../incidents/service.js';
import { createRecord } from '../registry/service.js';
import { GroupInput } from '../registry/schema.js';
import { caseCalendar } from './calendar.js';
import { getCaseForums } from './forums.js';
import { addCaseItem, removeCaseItem, replaceCaseItem } from './items.js';
import { CalendarQuery, CaseCreate, CaseListQuery, OutcomeInput, RemedyInput, RequestedMeasureInput, TaskInput, VictimInput } from './schema.js';
import { addCaseIncidents, createCase, getCase, listCases, removeCaseIncident, updateCaseFields } from './service.js';

/** Case files on both engines: made from incidents, edited and audited, read through the door. */
describe.each(engines)('case files on %s', (engine) => {
  let t: TestDatabase;
  const ctx = (scope: Scope = fullScope, id = 'lead') => createContext(t.db, { id, name: id, scope });
  const analyst: Scope = { role: 'analyst', clearance: 'confidential', teams: [], allTeams: false };
  const lawyer: Scope = { role: 'lawyer', clearance: 'strictly-confidential', teams: ['legal'], allTeams: false };
  const none = { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 };
  const incident = (title: string, startDate: string, type: string, over: Record<string, unknown> = {}) => ({
    title,
    narrative: '',
    startDate,
    dateEstimated: false,
    country: 'XVR',
    admin1: 'Eastern Lakes',
    acts: [{ violationType: type, groupId: groupId, victims: { ...none, detained: 2 }, perpetrators: [] }],
    sources: [],
    evidenceIds: [],
    links: [],
    verificationStatus: 'not-yet-verified',
    confidentiality: 'internal',
    monitoringStatus: 'open',
    ...over,
  });
  let groupId: string;
  let ids: { detention: string; disappearance: string; secret: string; other: string };

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    groupId = (await createRecord(ctx(), 'groups', GroupInput.parse({ name: 'Teral', basis: 'ethnicity' }))).id;
    const [detention, disappearance, secret, other] = await createIncidents(ctx(), [
      incident('Teral men detained in Lakeside', '2024-03-14', 'arbitrary-detention'),
      incident('Teral family disappeared', '2024-04', 'enforced-disappearance'),
      incident('Informant report', '2024-05-02', 'torture', { confidentiality: 'strictly-confidential' }),
      incident('Elsewhere', '2024-06-01', 'hate-speech', { admin1: 'Capital District' }),
    ] as never);
    ids = { detention: detention!.id, disappearance: disappearance!.id, secret: secret!.id, other: other!.id };
  });
  afterAll(() => t?.dispose());

  it('makes a case from the incident list’s filters, with the country, groups and owner taken from them, and a chronology', async () => {
    const c = await createCase(ctx(), CaseCreate.parse({ title: 'Teral family', incidentFilter: IncidentFilterQuery.parse({ country: 'XVR', admin1: 'Eastern Lakes' }) }));
    expect(new Set(c.incidentIds)).toEqual(new Set([ids.detention, ids.disappearance, ids.secret]));
    // The most sensitive incident sets the case's confidentiality: a case is at least as sensitive.
    expect(c).toMatchObject({ country: 'XVR', targetedGroupIds: [groupId], ownerId: 'lead', status: 'draft', version: 1, confidentiality: 'strictly-confidential', withheldIncidents: false });
    expect(c.chronology.slice(0, 3).map((e) => [e.date, e.kind])).toEqual([
      ['2024-03-14', 'incident'],
      ['2024-04', 'incident'],
      ['2024-05-02', 'incident'],
    ]);
    expect(c.chronology.map((e) => e.kind)).toContain('case-created');
    const ccpr9 = c.suggestedProvisions.find((p) => p.provision === 'ICCPR art. 9(1)')!;
    expect(ccpr9).toEqual({ provision: 'ICCPR art. 9(1)', violationTypes: ['arbitrary-detention', 'enforced-disappearance'], incidents: 2, engaged: false });
    const audit = await t.db.query<{ action: string; after: any }>(`select action, after from audit_entries where entity = 'case' and entity_id = $1`, [c.id]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'case.create', after: { title: 'Teral family', incidentIds: expect.arrayContaining([ids.secret]) } });
  });

  it('names each incident the writer may not read, and asks for the country when the incidents span several', async () => {
    await expect(createCase(ctx(analyst, 'ana'), CaseCreate.parse({ title: 'x', incidentIds: [ids.detention, ids.secret] }))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createCase(ctx({ ...lawyer, clearance: 'internal' }, 'law'), CaseCreate.parse({ title: 'x', incidentIds: [ids.detention, ids.secret] }))).rejects.toMatchObject({
      code: 'invalid',
      fields: [{ field: 'incidentIds.1', code: 'not-found' }],
    });
    const zaf = (await createIncidents(ctx(), [incident('South', '2024-01-01', 'assault', { country: 'ZAF', admin1: null })] as never))[0]!;
    await expect(createCase(ctx(), CaseCreate.parse({ title: 'x', incidentIds: [ids.detention, zaf.id] }))).rejects.toMatchObject({ code: 'invalid', fields: [{ field: 'country', code: 'required' }] });
  });

  it('adds, replaces and removes remedies, victims, tasks and outcomes; measures keep their ids; a stale edit is refused', async () => {
    let c = await createCase(ctx(), CaseCreate.parse({ title: 'Edits', incidentIds: [ids.detention], targetMechanisms: ['CCPR', 'CERD'] }));
    c = await addCaseItem(ctx(), c.id, 'remedies', RemedyInput.parse({ body: 'High Court', filed: '2024-05', decided: '2025-01-20', outcome: 'dismissed', final: true }));
    c = await addCaseItem(ctx(), c.id, 'remedies', RemedyInput.parse({ body: 'Ombudsman', notPursuedReason: 'no power to order release' }));
    c = await addCaseItem(ctx(), c.id, 'victims', VictimInput.parse({ description: 'Amon Teral, 34', consent: true }));
    c = await addCaseItem(ctx(), c.id, 'tasks', TaskInput.parse({ title: 'File with CCPR', due: '2026-12-01' }));
    c = await addCaseItem(ctx(), c.id, 'outcomes', OutcomeInput.parse({ mechanism: 'CCPR', kind: 'views', date: '2026-03', violationFound: true, measures: [{ text: 'Release' }, { text: 'Compensation' }] }));
    expect(c.version).toBe(6);
    expect(c.remedies.map((r) => r.body)).toEqual(['High Court', 'Ombudsman']);
    expect(c.chronology.filter((e) => e.kind === 'remedy-decided').map((e) => e.text)).toEqual(['High Court decided: dismissed (final)']);
    const [release] = c.outcomes[0]!.measures;
    c = await replaceCaseItem(ctx(), c.id, 'outcomes', c.outcomes[0]!.id, OutcomeInput.parse({ mechanism: 'CCPR', kind: 'views', date: '2026-03', violationFound: true, measures: [{ id: release!.id, text: 'Release', status: 'implemented' }] }));
    expect(c.outcomes[0]!.measures).toEqual([{ id: release!.id, text: 'Release', status: 'implemented' }]);
    await expect(replaceCaseItem(ctx(), c.id, 'outcomes', c.outcomes[0]!.id, OutcomeInput.parse({ mechanism: 'CCPR', kind: 'views', measures: [{ id: c.id, text: 'x' }] }))).rejects.toMatchObject({
      fields: [{ field: 'measures.0.id', code: 'not-found' }],
    });
    c = await removeCaseItem(ctx(), c.id, 'remedies', c.remedies[1]!.id);
    expect(c.remedies).toHaveLength(1);
    // A fresh id, not the remedy's with a digit changed: one in sixteen already ends in that digit.
    await expect(removeCaseItem(ctx(), c.id, 'remedies', randomUUID())).rejects.toMatchObject({ code: 'not-found' });

    const patched = await updateCaseFields(ctx(), c.id, { version: c.version, status: 'preparing', provisions: ['ICCPR art. 9(1)'] });
    expect(patched).toMatchObject({ status: 'preparing', version: c.version + 1, provisions: ['ICCPR art. 9(1)'] });
    expect(patched.suggestedProvisions.find((p) => p.provision === 'ICCPR art. 9(1)')!.engaged).toBe(true);
    await expect(updateCaseFields(ctx(), c.id, { version: c.version, status: 'submitted' })).rejects.toMatchObject({ code: 'conflict', fields: [{ field: 'version', code: 'stale-version' }] });

    c = await addCaseIncidents(ctx(), c.id, [ids.disappearance]);
    c = await removeCaseIncident(ctx(), c.id, ids.detention);
    expect(c.incidentIds).toEqual([ids.disappearance]);
    const actions = (await t.db.query<{ action: string }>(`select action from audit_entries where entity = 'case' and entity_id = $1 order by id`, [c.id])).map((a) => a.action);
    expect(actions).toEqual(['case.create', 'case.add-remedy', 'case.add-remedy', 'case.add-victim', 'case.add-task', 'case.add-outcome', 'case.update-outcome', 'case.remove-remedy', 'case.update', 'case.add-incidents', 'case.remove-incident']);
  });

  it('stores requested measures (interim and final) in order, replaces and removes them, audited with the case; the boundary names a bad kind', async () => {
    let c = await createCase(ctx(), CaseCreate.parse({ title: 'Measures', incidentIds: [ids.detention], targetMechanisms: ['CCPR'] }));
    expect(c.requestedMeasures).toEqual([]);
    c = await addCaseItem(ctx(), c.id, 'requestedMeasures', RequestedMeasureInput.parse({ text: 'Disclose where the family is held', kind: 'interim', addressedTo: 'the State party' }));
    c = await addCaseItem(ctx(), c.id, 'requestedMeasures', RequestedMeasureInput.parse({ text: 'Find a violation of article 9', kind: 'final' }));
    expect(c.requestedMeasures.map(({ id: _id, ...m }) => m)).toEqual([
      { text: 'Disclose where the family is held', kind: 'interim', addressedTo: 'the State party', status: 'proposed' },
      { text: 'Find a violation of article 9', kind: 'final', addressedTo: null, status: 'proposed' },
    ]);
    const [interim, final] = c.requestedMeasures;
    c = await replaceCaseItem(ctx(), c.id, 'requestedMeasures', interim!.id, RequestedMeasureInput.parse({ ...interim, status: 'granted' }));
    expect(c.requestedMeasures[0]).toEqual({ ...interim, status: 'granted' });
    c = await removeCaseItem(ctx(), c.id, 'requestedMeasures', final!.id);
    expect(c.requestedMeasures.map((m) => m.id)).toEqual([interim!.id]);
    await expect(replaceCaseItem(ctx(), c.id, 'requestedMeasures', final!.id, RequestedMeasureInput.parse({ text: 'x', kind: 'final' }))).rejects.toMatchObject({ code: 'not-found' });
    expect(RequestedMeasureInput.safeParse({ text: 'x', kind: 'urgent' }).error?.issues[0]?.path).toEqual(['kind']);
    expect(RequestedMeasureInput.safeParse({ text: ' ', kind: 'final' }).error?.issues[0]?.path).toEqual(['text']);
    const audit = await t.db.query<{ action: string; after: any }>(`select action, after from audit_entries where entity = 'case' and entity_id = $1 order by id`, [c.id]);
    expect(audit.map((a) => a.action)).toEqual(['case.create', 'case.add-requested-measure', 'case.add-requested-measure', 'case.update-requested-measure', 'case.remove-requested-measure']);
    expect(audit.at(-1)!.after.requestedMeasures).toEqual([{ ...interim, status: 'granted' }]);
  });

  it('is closed to viewers and the public; a reader sees only the incidents it may read, and victims’ identities only with persons.read-identity', async () => {
    const c = await createCase(ctx(), CaseCreate.parse({ title: 'Mixed', incidentIds: [ids.detention, ids.secret], confidentiality: 'confidential' }));
    // Raised to the most sensitive incident's level: strictly confidential, so an analyst does not find it at all.
    expect(c.confidentiality).toBe('strictly-confidential');
    await expect(getCase(ctx(analyst, 'ana'), c.id)).rejects.toMatchObject({ code: 'not-found' });
    const lowered = await updateCaseFields(ctx(), c.id, { version: c.version, confidentiality: 'confidential' });
    await addCaseItem(ctx(), c.id, 'victims', VictimInput.parse({ description: 'Amon Teral, 34' }));
    const seen = await getCase(ctx(analyst, 'ana'), lowered.id);
    expect(seen.incidentIds).toEqual([ids.detention]);
    expect(seen.withheldIncidents).toBe(true);
    expect(seen.chronology.some((e) => e.ref === ids.secret)).toBe(false);
    expect(seen.victims).toEqual([expect.objectContaining({ description: 'Victim 1 (identity withheld)', identityWithheld: true })]);
    expect((await getCase(ctx(lawyer, 'law'), c.id)).victims[0]).toMatchObject({ description: 'Amon Teral, 34', identityWithheld: false });
    for (const role of ['viewer', 'public'] as const) {
      await expect(getCase(ctx({ role, clearance: 'public', teams: [], allTeams: false }, role), c.id)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(listCases(ctx({ role, clearance: 'public', teams: [], allTeams: false }, role), CaseListQuery.parse({}))).rejects.toMatchObject({ code: 'forbidden' });
    }
    // Teams: a case of the legal team is not listed to an analyst outside it.
    const team = await createCase(ctx(lawyer, 'law'), CaseCreate.parse({ title: 'Legal only', incidentIds: [ids.detention], teams: ['legal'] }));
    expect((await listCases(ctx(analyst, 'ana'), CaseListQuery.parse({ limit: 200 }))).items.map((i) => i.id)).not.toContain(team.id);
    expect((await listCases(ctx(lawyer, 'law'), CaseListQuery.parse({ limit: 200 }))).items.map((i) => i.id)).toContain(team.id);
    await expect(createCase(ctx(lawyer, 'law'), CaseCreate.parse({ title: 'x', country: 'XVR', teams: ['other'] }))).rejects.toMatchObject({ fields: [{ field: 'teams', code: 'not-in-team' }] });
  });

  it('raises the case to the level of a more sensitive incident joined later', async () => {
    const c = await createCase(ctx(), CaseCreate.parse({ title: 'Raised', incidentIds: [ids.detention], confidentiality: 'internal' }));
    expect(c.confidentiality).toBe('internal');
    expect((await addCaseIncidents(ctx(), c.id, [ids.disappearance])).confidentiality).toBe('internal');
    const raised = await addCaseIncidents(ctx(), c.id, [ids.secret]);
    expect(raised).toMatchObject({ confidentiality: 'strictly-confidential', version: 3 });
    await expect(getCase(ctx(analyst, 'ana'), c.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('finds the forums of a stored case from its facts, and puts a target mechanism’s submission deadline on the calendar', async () => {
    const c = await createCase(ctx(), CaseCreate.parse({ title: 'Forums', incidentIds: [ids.detention], targetMechanisms: ['CERD'], authorIsVictim: true, authorAnonymous: false, status: 'preparing' }));
    await addCaseItem(ctx(), c.id, 'remedies', RemedyInput.parse({ body: 'Supreme Court', filed: '2026-03-10', decided: '2026-08-14', outcome: 'dismissed', final: true }));
    const { facts, forums } = await getCaseForums(ctx(), c.id, '2026-11-30');
    expect(facts).toMatchObject({ state: 'XVR', finalDomesticDecision: '2026-08-14', violation: { start: '2024-03-14', end: '2024-03-14', continuing: false } });
    const cerd = forums.find((f) => f.code === 'CERD')!;
    // Veridia's ICERD art. 14 declaration is in data/mechanisms/acceptance-fictional.csv.
    expect(cerd.open).toBe(true);
    expect(cerd.check!.conditions.find((x) => x.condition === 'non_exhaustion')!.status).toBe('met');
    expect(cerd.deadlines.map((d) => d.date)).toContain('2027-02-14');
    expect(forums.find((f) => f.code === 'CCPR')!.open).toBe(true);
    const calendar = await caseCalendar(ctx(), CalendarQuery.parse({ from: '2027-02-01', to: '2027-02-28' }), '2026-11-30');
    expect(calendar.filter((e) => e.caseId === c.id).map((e) => [e.date, e.kind])).toEqual([['2027-02-14', 'submission-deadline']]);
    await expect(getCaseForums(ctx(analyst, 'ana'), '00000000-0000-4000-8000-000000000000', '2026-11-30')).rejects.toMatchObject({ code: 'not-found' });
    await expect(getCaseForums(ctx({ role: 'viewer', clearance: 'internal', teams: [], allTeams: false }), c.id, '2026-11-30')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lists in keyset pages with filters, and counts only the incidents the reader may read', async () => {
    const first = await listCases(ctx(), CaseListQuery.parse({ limit: 2 }));
    expect(first.items).toHaveLength(2);
    const second = await listCases(ctx(), CaseListQuery.parse({ limit: 2, cursor: first.nextCursor! }));
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]!.id);
    expect((await listCases(ctx(), CaseListQuery.parse({ status: 'preparing' }))).items.map((i) => i.title)).toEqual(['Forums', 'Edits']);
    expect((await listCases(ctx(), CaseListQuery.parse({ owner: 'law' }))).items.map((i) => i.title)).toEqual(['Legal only']);
    const mixed = (await listCases(ctx(analyst, 'ana'), CaseListQuery.parse({ limit: 200 }))).items.find((i) => i.title === 'Mixed')!;
    expect(mixed.incidents).toBe(1);
    await expect(listCases(ctx(), CaseListQuery.parse({ cursor: 'nonsense' }))).rejects.toMatchObject({ code: 'invalid' });
  });

  it('puts every due date of the cases a reader may read on the calendar', async () => {
    const c = await createCase(ctx(), CaseCreate.parse({ title: 'Calendar', country: 'XVR', confidentiality: 'strictly-confidential' }));
    await addCaseItem(ctx(), c.id, 'tasks', TaskInput.parse({ title: 'Secret task', due: '2026-12-03' }));
    await addCaseItem(ctx(), c.id, 'tasks', TaskInput.parse({ title: 'Done task', due: '2026-12-04', done: true }));
    await addCaseItem(ctx(), c.id, 'outcomes', OutcomeInput.parse({ mechanism: 'CCPR', kind: 'state-observations', due: '2027-02-01', summary: 'observations transmitted' }));
    const all = (await caseCalendar(ctx(), CalendarQuery.parse({ from: '2026-12-02' }), '2026-11-30')).filter((e) => e.kind !== 'submission-deadline');
    expect(all.map((e) => [e.date, e.kind, e.title])).toEqual([
      ['2026-12-03', 'task', 'Secret task'],
      ['2027-02-01', 'outcome-due', 'CCPR: state-observations — observations transmitted'],
    ]);
    expect((await caseCalendar(ctx(), CalendarQuery.parse({ from: '2026-12-02', includeDone: 'true' }), '2026-11-30')).map((e) => e.title)).toContain('Done task');
    const forAnalyst = await caseCalendar(ctx(analyst, 'ana'), CalendarQuery.parse({}), '2026-11-30');
    expect(forAnalyst.map((e) => e.caseTitle)).not.toContain('Calendar');
    expect(forAnalyst.map((e) => e.title)).toContain('File with CCPR');
  });
});
