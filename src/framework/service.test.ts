import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fullScope, type Scope } from '../access/scope.js';
import { createContext } from '../context.js';
import { createIncidents } from '../incidents/service.js';
import { createRecord } from '../registry/service.js';
import { GroupInput } from '../registry/schema.js';
import { AssessmentInput } from './schema.js';
import { confirmSuggestion, getScorecard, listSuggestions, recordAssessment, withheldReason } from './service.js';

/** The scorecard on both engines: history and change, evidence through the door, suggestions confirmed by a person. */
describe.each(engines)('Framework scorecard on %s', (engine) => {
  let t: TestDatabase;
  const ctx = (scope: Scope = fullScope, id = 'lead') => createContext(t.db, { id, name: id, scope });
  const analyst: Scope = { role: 'analyst', clearance: 'internal', teams: [], allTeams: false };
  const none = { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 };
  const incident = (country: string, startDate: string, acts: unknown[], confidentiality = 'internal') => ({
    title: `${country} ${startDate}`,
    narrative: '',
    startDate,
    dateEstimated: false,
    country,
    acts,
    sources: [],
    evidenceIds: [],
    links: [],
    verificationStatus: 'not-yet-verified',
    confidentiality,
    monitoringStatus: 'open',
  });
  const assess = (over: Record<string, unknown>) => AssessmentInput.parse({ indicator: 'indicator-9-1', status: 'partly', assessedOn: '2024-01-10', ...over });

  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t?.dispose());

  it('keeps every assessment, takes the newest assessed day as current, and says what changed since a day', async () => {
    await recordAssessment(ctx(), 'KEN', assess({ status: 'partly', assessedOn: '2024-01-10' }));
    await recordAssessment(ctx(), 'KEN', assess({ status: 'present', assessedOn: '2024-06-01' }));
    // Back-dated: recorded later, assessed earlier — history, not the current one.
    await recordAssessment(ctx(), 'KEN', assess({ status: 'absent', assessedOn: '2023-12-01' }));
    await recordAssessment(ctx(), 'KEN', assess({ indicator: 'indicator-9-2', status: 'absent', assessedOn: '2024-02-01' }));
    const card = await getScorecard(ctx(), 'KEN', '2024-03-01');
    const f9 = card.factors.find((f) => f.number === 9)!;
    expect(f9.indicators.slice(0, 2).map((i) => [i.code, i.status, i.statusSince])).toEqual([
      ['indicator-9-1', 'present', 'partly'],
      ['indicator-9-2', 'absent', 'absent'],
    ]);
    expect(f9).toMatchObject({ status: 'present', assessed: 2, changedSince: 1, counts: { present: 1, partly: 0, absent: 1, unknown: 4 } });
    expect(card.changes).toEqual([{ indicator: 'indicator-9-1', from: 'partly', to: 'present', assessedOn: '2024-06-01' }]);
    expect(card.factors.find((f) => f.number === 1)).toMatchObject({ status: 'unknown', assessed: 0, counts: { unknown: 11 } });
    // Without `since`, nothing is compared.
    expect((await getScorecard(ctx(), 'KEN')).changes).toEqual([]);
    const audit = await t.db.query<{ after: any; actor: string }>(`select after, actor from audit_entries where entity = 'framework-assessment' order by id`);
    expect(audit.length).toBeGreaterThanOrEqual(4);
    expect(audit[0]!.after).toMatchObject({ indicator: 'indicator-9-1', status: 'partly', evidence: 0 });
  });

  it('lets a reader see only the evidence it may read, and refuses evidence the writer may not read, naming the field', async () => {
    const [open, secret] = await createIncidents(ctx(), [incident('UGA', '2024-01-01', [{ violationType: 'harassment', victims: none, perpetrators: [] }]), incident('UGA', '2024-01-02', [{ violationType: 'harassment', victims: none, perpetrators: [] }], 'strictly-confidential')] as never);
    await recordAssessment(ctx(), 'UGA', assess({ incidentIds: [open!.id, secret!.id] }));
    const seen = (await getScorecard(ctx(analyst, 'ana'), 'UGA')).factors[8]!.indicators[0]!.current!;
    expect(seen.incidentIds).toEqual([open!.id]);
    await expect(recordAssessment(ctx(analyst, 'ana'), 'UGA', assess({ incidentIds: [open!.id, secret!.id] }))).rejects.toMatchObject({ code: 'invalid', fields: [{ field: 'incidentIds.1', code: 'not-found' }] });
  });

  it('is closed to the public and to viewers, and read-only to lawyers', async () => {
    const as = (role: Scope['role']) => ctx({ role, clearance: 'public', teams: [], allTeams: false }, role);
    await expect(getScorecard(as('public'), 'KEN')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getScorecard(as('viewer'), 'KEN')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getScorecard(as('lawyer'), 'KEN')).resolves.toBeDefined();
    await expect(recordAssessment(as('lawyer'), 'KEN', assess({}))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('suggests from the incidents (never setting anything), and a confirmation records the suggestion as an assessment', async () => {
    const teral = await createRecord(ctx(), 'groups', GroupInput.parse({ name: 'Teral', basis: 'ethnicity' }));
    await createIncidents(ctx(), [
      incident('TZA', '2024-02-01', [{ violationType: 'dehumanising-speech', groupId: teral.id, victims: none, perpetrators: [] }]),
      incident('TZA', '2024-05-01', [{ violationType: 'killing', groupId: teral.id, victims: { ...none, killed: 4 }, perpetrators: [] }]),
      incident('TZA', '2024-05-03', [{ violationType: 'killing', groupId: teral.id, victims: { ...none, killed: 9 }, perpetrators: [] }], 'strictly-confidential'),
    ] as never);
    // The analyst does not see the strictly confidential killing: fewer killed, so only "partly".
    const forAnalyst = (await listSuggestions(ctx(analyst, 'ana'), 'TZA')).find((s) => s.indicator === 'indicator-10-2')!;
    expect(forAnalyst).toMatchObject({ status: 'partly', factor: 10, currentStatus: 'unknown', figures: { killed: 4 } });
    expect(forAnalyst.reason).toBe('Against Teral: 1 incident of dehumanising speech or incitement (in 2024-02) and 1 incident with killings (4 persons killed, in 2024-05).');
    const full = (await listSuggestions(ctx(), 'TZA')).find((s) => s.indicator === 'indicator-10-2')!;
    expect(full).toMatchObject({ status: 'present', figures: { killed: 13 } });
    expect((await getScorecard(ctx(), 'TZA')).factors[9]!.status).toBe('unknown');

    const confirmed = await confirmSuggestion(ctx(analyst, 'ana'), 'TZA', forAnalyst.id, { assessedOn: '2024-06-01', note: 'checked the two reports' });
    expect(confirmed).toMatchObject({ indicator: 'indicator-10-2', status: 'partly', assessedBy: 'ana', incidentIds: forAnalyst.incidentIds, suggestion: { id: forAnalyst.id, reason: forAnalyst.reason } });
    const card = await getScorecard(ctx(), 'TZA');
    expect(card.factors[9]).toMatchObject({ status: 'partly', assessed: 1 });
    expect((await listSuggestions(ctx(), 'TZA')).find((s) => s.indicator === 'indicator-10-2')!.currentStatus).toBe('partly');
    // Confirmed by someone who reads all three: the analyst gets the assessment without its counts.
    await confirmSuggestion(ctx(), 'TZA', full.id, { assessedOn: '2024-07-01', note: '' });
    const asAnalyst = (await getScorecard(ctx(analyst, 'ana'), 'TZA')).factors[9]!.indicators[1]!.current!;
    expect(asAnalyst).toMatchObject({ status: 'present', suggestion: { id: full.id, reason: withheldReason }, incidentIds: forAnalyst.incidentIds });
    expect((await getScorecard(ctx(), 'TZA')).factors[9]!.indicators[1]!.current!.suggestion!.reason).toBe(full.reason);
    await expect(confirmSuggestion(ctx(), 'TZA', 'indicator-10-2:00000000-0000-4000-8000-000000000000', { assessedOn: '2024-06-01', note: '' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
