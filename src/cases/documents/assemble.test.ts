import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { fullScope, type Scope } from '../../access/scope.js';
import { createContext } from '../../context.js';
import { EvidenceFiles } from '../../evidence/files.js';
import { uploadEvidence } from '../../evidence/service.js';
import { createIncidents } from '../../incidents/service.js';
import { GroupInput, PlaceInput } from '../../registry/schema.js';
import { createRecord } from '../../registry/service.js';
import type { CaseRecord } from '../types.js';
import { assembleSubmission, measuresOf, patternOf } from './assemble.js';
import { renderDocx } from './docx.js';
import { generateSubmission } from './generate.js';
import { documentText, unzip } from './docxText.js';
import { templateFor } from './template.js';

/**
 * Assembly through the access door: a reader below an incident's confidentiality gets a document
 * without that incident, its place and its evidence — in the input and in the rendered file.
 */
describe.each(engines)('submission assembly on %s', (engine) => {
  let t: TestDatabase;
  let files: EvidenceFiles;
  const dir = mkdtempSync(join(tmpdir(), 'precursor-assemble-'));
  const ctx = (scope: Scope = fullScope, id = 'lead') => createContext(t.db, { id, name: id, scope });
  const analyst: Scope = { role: 'analyst', clearance: 'internal', teams: [], allTeams: false };
  const none = { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 };
  const ids = { open: '', secret: '', yearOnly: '', openEvidence: '', secretEvidence: '', openSha: '', secretSha: '' };
  let caseRecord: CaseRecord;

  const incident = (title: string, startDate: string, violationType: string, over: Record<string, unknown>) => ({
    title,
    narrative: '',
    startDate,
    dateEstimated: false,
    country: 'XVR',
    admin1: 'Eastern Lakes',
    sources: [],
    links: [],
    verificationStatus: 'not-yet-verified',
    monitoringStatus: 'open',
    confidentiality: 'internal',
    evidenceIds: [],
    acts: [{ violationType, victims: none, perpetrators: [] }],
    ...over,
  });

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    files = new EvidenceFiles(dir, 10_000_000);
    const teral = await createRecord(ctx(), 'groups', GroupInput.parse({ name: 'Teral', basis: 'ethnicity' }));
    const lakeport = await createRecord(ctx(), 'places', PlaceInput.parse({ name: 'Lakeport', country: 'XVR', admin1: 'Eastern Lakes', latitude: -26.62345, longitude: -13.18123 }));
    const safehouse = await createRecord(ctx(), 'places', PlaceInput.parse({ name: 'Witness safehouse', country: 'XVR', admin1: 'Eastern Lakes', latitude: -26.95, longitude: -13.55 }));
    const up = async (filename: string) => (await uploadEvidence(ctx(), files, { content: Readable.from(randomBytes(300)), filename, description: '' })).evidence;
    const openEvidence = await up('market-photo.jpg');
    const secretEvidence = await up('witness-statement.pdf');
    const acts = (violationType: string, victims = none) => [{ violationType, groupId: teral.id, victims, perpetrators: [] }];
    const [open, secret, yearOnly] = await createIncidents(ctx(), [
      incident('Teral shop owners beaten by a mob', '2024-01-14', 'assault', { placeId: lakeport.id, evidenceIds: [openEvidence.id], acts: acts('assault', { ...none, injured: 3 }) }),
      incident('Witness to the detention threatened', '2024-03-05', 'threats-of-violence', {
        placeId: safehouse.id,
        confidentiality: 'strictly-confidential',
        evidenceIds: [secretEvidence.id],
        acts: acts('threats-of-violence', { ...none, affected: 1 }),
      }),
      incident('Leaflets calling the Teral traitors', '2023', 'dehumanising-speech', { acts: acts('dehumanising-speech') }),
    ] as never);
    Object.assign(ids, {
      open: open!.id,
      secret: secret!.id,
      yearOnly: yearOnly!.id,
      openEvidence: openEvidence.id,
      secretEvidence: secretEvidence.id,
      openSha: openEvidence.sha256,
      secretSha: secretEvidence.sha256,
    });
    caseRecord = {
      id: '00000000-0000-4000-8000-0000000000c1',
      title: 'Attacks on the Teral of the Eastern Lakes',
      status: 'preparing',
      ownerId: 'lead',
      country: 'XVR',
      targetedGroupIds: [teral.id],
      summary: 'A pattern of attacks on the Teral.',
      incidentIds: [ids.open, ids.secret, ids.yearOnly],
      victims: [],
      // The case names the secret file directly too: the evidence door still decides.
      evidenceIds: [ids.secretEvidence],
      provisions: ['ICERD art. 5(b)'],
      remedies: [],
      remediesException: null,
      procedures: [],
      targetMechanisms: ['CERD'],
      tasks: [],
      outcomes: [],
      requestedMeasures: [],
      authorIsVictim: true,
      authorAnonymous: false,
      createdAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-01T00:00:00Z',
    };
  });
  afterAll(async () => {
    await t?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives a reader with full clearance every incident, place and item of evidence, the pattern by the counting rule', async () => {
    const input = await assembleSubmission(ctx(), caseRecord, 'individual', 'CERD', { now: new Date('2026-11-30T12:00:00Z') });
    expect(input.mechanism.code).toBe('CERD');
    expect(input.countryName).toContain('Veridia');
    expect(input.targetedGroups.map((g) => g.name)).toEqual(['Teral']);
    expect(input.chronology.map((c) => [c.date, c.title, c.place])).toEqual([
      ['2023', 'Leaflets calling the Teral traitors', 'Eastern Lakes'],
      ['2024-01-14', 'Teral shop owners beaten by a mob', 'Lakeport'],
      ['2024-03-05', 'Witness to the detention threatened', 'Witness safehouse'],
    ]);
    expect(input.chronology[1]!.violationTypes).toEqual(['Assault']);
    // The year-only incident counts in its year's month-unknown bucket, never in January.
    expect(input.pattern).toEqual([
      { month: '2023-??', byLevel: [0, 1, 0, 0, 0], victims: 0 },
      { month: '2024-01', byLevel: [0, 0, 0, 1, 0], victims: 3 },
      { month: '2024-03', byLevel: [0, 0, 0, 1, 0], victims: 0 },
    ]);
    expect(input.places.map((p) => [p.name, p.lat, p.lon])).toEqual([
      ['Lakeport', -26.62345, -13.18123],
      ['Witness safehouse', -26.95, -13.55],
    ]);
    expect(input.annex.map((a) => a.sha256).sort()).toEqual([ids.openSha, ids.secretSha].sort());
    expect(input.annex.find((a) => a.sha256 === ids.openSha)).toMatchObject({ title: 'market-photo.jpg', custody: [{ action: 'uploaded', by: 'lead' }] });
    expect(input.generatedAt).toBe('2026-11-30T12:00:00.000Z');
  });

  it("leaves out of a restricted reader's document the incident they may not read, its place and its evidence", async () => {
    const input = await assembleSubmission(ctx(analyst, 'ana'), caseRecord, 'individual', 'CERD');
    expect(input.chronology.map((c) => c.incidentId)).toEqual([ids.yearOnly, ids.open]);
    expect(input.pattern.reduce((s, r) => s + r.byLevel.reduce((a, b) => a + b, 0), 0)).toBe(2);
    expect(input.places.map((p) => p.name)).toEqual(['Lakeport']);
    expect(input.annex.map((a) => a.sha256)).toEqual([ids.openSha]);
    const text = documentText((await unzip(await renderDocx(input, templateFor('individual', 'CERD')!))).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('Teral shop owners beaten by a mob');
    expect(text).toContain(ids.openSha);
    expect(text).not.toContain('Witness to the detention threatened');
    expect(text).not.toContain('Witness safehouse');
    expect(text).not.toContain(ids.secretSha);
  });

  it("rounds a place's coordinates for a reader from whom an incident naming it is hidden", async () => {
    const lakeportId = (await t.db.query<{ id: string }>(`select id from places where name = 'Lakeport'`))[0]!.id;
    await createIncidents(ctx(), [incident('Secret meeting at Lakeport', '2024-04-03', 'threats-of-violence', { placeId: lakeportId, confidentiality: 'strictly-confidential' })] as never);
    const input = await assembleSubmission(ctx(analyst, 'ana'), { ...caseRecord, incidentIds: [ids.open] }, 'individual', 'CERD');
    expect(input.places).toEqual([{ name: 'Lakeport', lat: -26.62, lon: -13.18, incidents: 1 }]);
    // The full reader still gets the exact place.
    expect((await assembleSubmission(ctx(), { ...caseRecord, incidentIds: [ids.open] }, 'individual', 'CERD')).places[0]).toMatchObject({ lat: -26.62345, lon: -13.18123 });
  });

  it('generates the file the API and the CLI answer: its type, name and word count', async () => {
    const pdf = await generateSubmission(ctx(), caseRecord, { kind: 'upr', mechanism: 'UPR', format: 'pdf' }, { now: new Date('2026-11-30T12:00:00Z') });
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf).toMatchObject({ contentType: 'application/pdf', filename: 'upr-UPR-00000000-2026-11-30.pdf', words: { limit: 2815, over: 0 } });
    expect(pdf.words.words).toBeGreaterThan(20);
    const docx = await generateSubmission(ctx(), caseRecord, { kind: 'individual', mechanism: 'CERD', format: 'docx' });
    expect(docx.body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.words.limit).toBeNull();
  });

  it("prints the case's requested measures in their sections, interim measures apart and a withdrawn one left out (the DOCX parsed back)", async () => {
    const withMeasures: CaseRecord = {
      ...caseRecord,
      requestedMeasures: [
        { id: 'm1', text: 'Find that the State violated article 5(b) of the Convention', kind: 'final', addressedTo: 'the Committee', status: 'proposed' },
        { id: 'm2', text: 'Disclose at once where the family is held', kind: 'interim', addressedTo: 'the State party', status: 'requested' },
        { id: 'm3', text: 'A public apology on television', kind: 'final', addressedTo: null, status: 'withdrawn' },
        { id: 'm4', text: 'Compensate the family', kind: 'final', addressedTo: null, status: 'refused' },
      ],
    };
    const input = await assembleSubmission(ctx(), withMeasures, 'individual', 'CERD');
    expect(input.requestedMeasures).toEqual(['Find that the State violated article 5(b) of the Convention (addressed to: the Committee)', 'Compensate the family']);
    expect(input.interimMeasures).toEqual(['Disclose at once where the family is held (addressed to: the State party)']);
    const doc = await generateSubmission(ctx(), withMeasures, { kind: 'individual', mechanism: 'CERD', format: 'docx' });
    const text = documentText((await unzip(doc.body)).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain(
      'Requested measures\nFind that the State violated article 5(b) of the Convention (addressed to: the Committee)\nCompensate the family\nInterim measures\nDisclose at once where the family is held (addressed to: the State party)\n',
    );
    expect(text).not.toContain('A public apology on television');
    // The form's guidance is printed only where the case holds nothing: not here.
    const template = templateFor('individual', 'CERD')!;
    for (const fills of ['requested-measures', 'interim-measures']) expect(text).not.toContain(template.sections.find((s) => s.fills === fills)!.guidance);
    // Without measures, the guidance tells the author what to add.
    const bare = documentText((await unzip((await generateSubmission(ctx(), caseRecord, { kind: 'individual', mechanism: 'CERD', format: 'docx' })).body)).get('word/document.xml')!.toString('utf8'));
    expect(bare).toContain(template.sections.find((s) => s.fills === 'interim-measures')!.guidance);
  });

  it('refuses a reader without cases.read, and names the field of an unknown mechanism with the choices', async () => {
    const viewer: Scope = { role: 'viewer', clearance: 'internal', teams: [], allTeams: false };
    await expect(assembleSubmission(ctx(viewer, 'vi'), caseRecord, 'individual', 'CERD')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(assembleSubmission(ctx(), caseRecord, 'individual', 'CMW')).rejects.toMatchObject({
      code: 'invalid',
      fields: [{ field: 'mechanism', code: 'invalid-enum', params: { options: expect.arrayContaining(['CCPR', 'CERD', 'CEDAW']) } }],
    });
  });
});

describe('requested measures as a document prints them', () => {
  it('keeps those of the kind asked, in order, with whom they are addressed to, and leaves out a withdrawn one', () => {
    const m = (text: string, kind: 'interim' | 'final', status: CaseRecord['requestedMeasures'][number]['status'], addressedTo: string | null = null) => ({ id: text, text, kind, status, addressedTo });
    const record = { requestedMeasures: [m('A', 'final', 'proposed'), m('B', 'interim', 'granted', 'the State party'), m('C', 'final', 'withdrawn'), m('D', 'final', 'requested', 'the Committee')] };
    expect(measuresOf(record, 'final')).toEqual(['A', 'D (addressed to: the Committee)']);
    expect(measuresOf(record, 'interim')).toEqual(['B (addressed to: the State party)']);
    expect(measuresOf({ requestedMeasures: [] }, 'interim')).toEqual([]);
  });
});

describe('the pattern by the counting rule', () => {
  it('counts an incident once in the month it began, a year-only one apart, and adds the kinds of harm', () => {
    const victims = { killed: 1, injured: 2, detained: 0, disappeared: 1, displaced: 0, affected: 40 };
    expect(
      patternOf([
        { startDate: '2024-05-01', startPrecision: 'month', pyramidLevel: 5, victims },
        { startDate: '2024-05-31', startPrecision: 'day', pyramidLevel: 2, victims },
        { startDate: '2024-01-01', startPrecision: 'year', pyramidLevel: 1, victims },
      ]),
    ).toEqual([
      { month: '2024-05', byLevel: [0, 1, 0, 0, 1], victims: 8 },
      { month: '2024-??', byLevel: [1, 0, 0, 0, 0], victims: 4 },
    ]);
  });
});
