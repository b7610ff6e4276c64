import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fullScope, scopeFor, type Scope } from '../access/scope.js';
import { listAudit } from '../audit/service.js';
import { createContext } from '../context.js';
import { createIncidents, setIncidentDeleted } from '../incidents/service.js';
import { ActorInput, GroupInput, PlaceInput } from '../registry/schema.js';
import { createRecord } from '../registry/service.js';
import { watchForWarningScans } from './schedule.js';
import { listAlerts, scanAlerts, setAlertStatus } from './service.js';
import type { ScanResult } from './service.js';

/**
 * Alerts through the service, on both engines: a scan raises what the history shows, a re-scan
 * never duplicates, an alert that no longer holds is withdrawn (kept, audited) and raised again
 * when it holds again; the door shows an alert only to who may read all its incidents; status
 * changes are audited; writes schedule a debounced scan of their country.
 */
describe.each(engines)('alerts on %s', (engine) => {
  let t: TestDatabase;
  const ctx = (scope: Scope = fullScope) => createContext(t.db, { id: 'analyst-1', name: 'Analyst', scope });
  const victims = (detained = 0) => ({ killed: 0, injured: 0, detained, disappeared: 0, displaced: 0, affected: 0 });
  let ids: { place: string; group: string; militia: string; police: string };
  let detention: { id: string; version: number };

  const incident = (startDate: string, violationType: string, actorId: string, over: Record<string, unknown> = {}, detained = 0) => ({
    title: `${violationType} in Mirrow`,
    narrative: `A ${violationType} against Teral residents of Mirrow.`,
    startDate,
    dateEstimated: false,
    placeId: ids.place,
    acts: [{ violationType, groupId: ids.group, victims: victims(detained), perpetrators: [{ actorId, involvement: 'carried-out' }] }],
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
    const schemas = { places: PlaceInput, groups: GroupInput, actors: ActorInput };
    const make = async (kind: keyof typeof schemas, body: Record<string, unknown>) => (await createRecord(ctx(), kind, schemas[kind].parse(body) as never)).id;
    ids = {
      place: await make('places', { name: 'Mirrow', country: 'XVR', admin1: 'Eastern Lakes', latitude: 1.5, longitude: 30.2 }),
      group: await make('groups', { name: 'Teral', basis: 'ethnicity' }),
      militia: await make('actors', { name: 'Lake Guard', kind: 'militia' }),
      police: await make('actors', { name: 'National Police', kind: 'state-force' }),
    };
    // A year of hate speech by a militia, one a month; then, in January 2025, a detention of 14 by the
    // police (team b, confidential) and more speech (team a).
    const months = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}-10`);
    await createIncidents(ctx(), months.map((d) => incident(d, 'hate-speech', ids.militia) as never));
    const [made] = await createIncidents(ctx(), [incident('2025-01-15', 'arbitrary-detention', ids.police, { confidentiality: 'confidential', teams: ['team-b'] }, 14) as never]);
    detention = { id: made!.id, version: made!.version };
    await createIncidents(ctx(), [incident('2025-01-20', 'hate-speech', ids.militia, { teams: ['team-a'] }) as never]);
  });
  afterAll(() => t?.dispose());

  it('raises what the history shows, with explanations, and never twice', async () => {
    const first = await scanAlerts(ctx(), { countries: ['XVR'] });
    expect(first).toMatchObject({ countries: ['XVR'], incidents: 14, raised: 3, updated: 0, withdrawn: 0 });
    const page = await listAlerts(ctx(), { limit: 50 });
    expect(page.items.map((a) => a.rule).sort()).toEqual(['climb', 'severity', 'spread']);
    const climb = page.items.find((a) => a.rule === 'climb')!;
    expect(climb).toMatchObject({ month: '2025-01', country: 'XVR', admin1: 'Eastern Lakes', groupId: ids.group, level: 4, severity: 'high', status: 'new', confidentiality: 'confidential', teams: ['team-a', 'team-b'] });
    expect(climb.explanation).toBe('Teral in Eastern Lakes: 1 incident of bias-motivated violence (level 4) in January 2025, after at most acts of bias (level 2) in the 12 months before (12 incidents); 1 level skipped.');
    expect(climb.incidentIds).toHaveLength(2);
    expect(page.items.find((a) => a.rule === 'severity')!.explanation).toBe('Teral in Eastern Lakes: 14 people detained (threshold 10) in January 2025.');

    const again = await scanAlerts(ctx());
    expect(again).toMatchObject({ countries: null, raised: 0, updated: 0, unchanged: 3, withdrawn: 0 });
    expect((await listAlerts(ctx(), { limit: 50 })).items).toHaveLength(3);
  });

  it('shows an alert only to a reader of every incident behind it', async () => {
    const reader = (clearance: Scope['clearance'], teams: string[]): Scope => ({ role: 'analyst', clearance, teams, allTeams: false });
    expect((await listAlerts(ctx(reader('internal', ['team-a', 'team-b'])), { limit: 50 })).items).toHaveLength(0);
    // Team a reads the speech, not the detention of team b: the union of teams is not enough.
    expect((await listAlerts(ctx(reader('confidential', ['team-a'])), { limit: 50 })).items).toHaveLength(0);
    expect((await listAlerts(ctx(reader('confidential', ['team-a', 'team-b'])), { limit: 50 })).items).toHaveLength(3);
    await expect(listAlerts(ctx({ role: 'public', clearance: 'public', teams: [], allTeams: false }), { limit: 50 })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('pages newest month first and filters', async () => {
    const first = await listAlerts(ctx(), { limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await listAlerts(ctx(), { limit: 2, cursor: first.nextCursor! });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((a) => a.id)).size).toBe(3);
    expect((await listAlerts(ctx(), { limit: 50, rule: 'severity' })).items).toHaveLength(1);
    expect((await listAlerts(ctx(), { limit: 50, to: '2024-12' })).items).toHaveLength(0);
    await expect(listAlerts(ctx(), { limit: 2, cursor: 'nonsense' })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('audits status changes and asks why an alert is dismissed', async () => {
    const [alert] = (await listAlerts(ctx(), { limit: 1, rule: 'spread' })).items;
    await expect(setAlertStatus(ctx(), alert!.id, { status: 'dismissed' })).rejects.toMatchObject({ code: 'invalid' });
    const dismissed = await setAlertStatus(ctx(), alert!.id, { status: 'dismissed', reason: 'The police were called in by the families.' });
    expect(dismissed).toMatchObject({ status: 'dismissed', statusReason: 'The police were called in by the families.' });
    const audit = await listAudit(ctx(), { entity: 'alert', entityId: alert!.id, limit: 10 } as never);
    expect(audit.items[0]).toMatchObject({ action: 'alert.status', before: { status: 'new' }, after: { status: 'dismissed' } });
    // The entry follows the alert through the door: read by who may read all its incidents, and by nobody else.
    const auditAs = async (scope: Scope) => (await listAudit(ctx(scope), { entity: 'alert', entityId: alert!.id, limit: 10 } as never)).items.length;
    expect(await auditAs(scopeFor('analyst', { clearance: 'confidential', teams: ['team-a', 'team-b'] }))).toBe(audit.items.length);
    expect(await auditAs(scopeFor('analyst', { clearance: 'internal', teams: ['team-a', 'team-b'] }))).toBe(0);
    expect(await auditAs(scopeFor('analyst', { clearance: 'confidential', teams: ['team-a'] }))).toBe(0);
    // A re-scan keeps the analyst's status.
    await scanAlerts(ctx());
    expect((await listAlerts(ctx(), { limit: 1, rule: 'spread' })).items[0]).toMatchObject({ status: 'dismissed' });
  });

  it('withdraws what no longer holds after an edit, keeps it, and raises it again when it holds again', async () => {
    const deleted = await setIncidentDeleted(ctx(), detention.id, detention.version, true);
    const scan = await scanAlerts(ctx(), { countries: ['XVR'] });
    expect(scan).toMatchObject({ raised: 0, withdrawn: 3 });
    const withdrawn = (await listAlerts(ctx(), { limit: 50, status: 'withdrawn' })).items;
    expect(withdrawn).toHaveLength(3);
    expect(withdrawn[0]!.statusReason).toMatch(/no longer hold/);
    await expect(setAlertStatus(ctx(), withdrawn[0]!.id, { status: 'acknowledged' })).rejects.toMatchObject({ code: 'conflict' });
    const audit = await listAudit(ctx(), { entity: 'alert', entityId: withdrawn[0]!.id, limit: 10 } as never);
    expect(audit.items.map((e) => e.action)).toContain('alert.withdraw');

    await setIncidentDeleted(ctx(), detention.id, deleted.version, false);
    expect(await scanAlerts(ctx())).toMatchObject({ raised: 0, reinstated: 3, withdrawn: 0 });
    expect((await listAlerts(ctx(), { limit: 50, status: 'new' })).items).toHaveLength(3);
  });

  it('scans the countries written to once writes pause (debounced)', async () => {
    const scans: ScanResult[] = [];
    const stop = watchForWarningScans(t.db, { debounceMs: 30, onScan: (r) => void scans.push(r), onError: (e) => void scans.push(e as never) });
    try {
      await createIncidents(ctx(), [incident('2025-02-03', 'arbitrary-detention', ids.police, { confidentiality: 'public' }, 60) as never]);
      await createIncidents(ctx(), [incident('2025-02-04', 'hate-speech', ids.militia, { confidentiality: 'public' }) as never]);
      await expect.poll(() => scans.length, { timeout: 20_000 }).toBe(1);
      expect(scans[0]).toMatchObject({ countries: ['XVR'] });
      expect(scans[0]!.raised).toBeGreaterThan(0);
    } finally {
      await stop();
    }
  });
});
