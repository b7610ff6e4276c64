import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openActorsApi, type ActorsApi } from '../../test/actors.js';
import { incidentBody } from '../../test/api.js';
import { engines } from '../../test/databases.js';
import { documentText, unzip } from './documents/docxText.js';

/**
 * GET /api/cases/:id/documents/:kind through the door: the document holds what the requester may
 * read, and says its word count in headers as in the text.
 */
describe.each(engines)('case documents over HTTP on %s', (engine) => {
  let api: ActorsApi;
  let caseId = '';

  beforeAll(async () => {
    api = await openActorsApi(engine);
    const add = async (over: Record<string, unknown>) => {
      const res = await api.post('administrator', '/api/incidents', incidentBody(over));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as string;
    };
    const open = await add({ title: 'Teral family detained at home', startDate: '2024-03-02', confidentiality: 'internal' });
    // Restricted to a team: a case (confidential) that a lawyer outside the team may read, joining an incident it may not.
    const secret = await add({ title: 'Witness moved to a safehouse', startDate: '2024-03-09', confidentiality: 'confidential', teams: ['east'] });
    const made = await api.post('administrator', '/api/cases', { title: 'Teral family', incidentIds: [open, secret], targetMechanisms: ['CCPR'], confidentiality: 'confidential' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    caseId = made.body.id;
  });
  afterAll(async () => api?.close());

  it('answers the DOCX with its name and word count, and a restricted lawyer gets one without the incident it may not read', async () => {
    const full = await api.get('administrator', `/api/cases/${caseId}/documents/individual?mechanism=CCPR&format=docx`);
    expect(full.status).toBe(200);
    expect(full.headers['content-type']).toContain('wordprocessingml');
    expect(full.headers['content-disposition']).toMatch(/^attachment; filename="individual-CCPR-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.docx"$/);
    expect(Number(full.headers['x-word-count'])).toBeGreaterThan(0);
    expect(full.headers['x-word-limit']).toBe('none');
    const fullText = documentText((await unzip(full.raw)).get('word/document.xml')!.toString('utf8'));
    expect(fullText).toContain('Witness moved to a safehouse');

    const lawyer = await api.get({ role: 'lawyer', clearance: 'confidential' }, `/api/cases/${caseId}/documents/individual?mechanism=CCPR&format=docx`);
    expect(lawyer.status).toBe(200);
    const text = documentText((await unzip(lawyer.raw)).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('Teral family detained at home');
    expect(text).not.toContain('Witness moved to a safehouse');
  });

  it('answers a PDF, and refuses a mechanism without a template naming the field, and the viewer', async () => {
    const pdf = await api.get('administrator', `/api/cases/${caseId}/documents/upr?mechanism=UPR&format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.raw.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.headers['x-word-limit']).toBe('2815');
    const wrong = await api.get('administrator', `/api/cases/${caseId}/documents/individual?mechanism=CMW`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors ?? wrong.body.fields ?? wrong.body).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'mechanism' })]));
    expect((await api.get('viewer', `/api/cases/${caseId}/documents/individual?mechanism=CCPR`)).status).toBe(403);
  });
  it("lists the forms with the case's word count against each limit — the count of the caller's own document — and prints a requested measure added over HTTP", async () => {
    const added = await api.post('administrator', `/api/cases/${caseId}/requested-measures`, { text: 'Disclose where the Teral family is held', kind: 'interim', addressedTo: 'the State party' });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.body.requestedMeasures).toEqual([expect.objectContaining({ kind: 'interim', status: 'proposed' })]);
    const bad = await api.post('administrator', `/api/cases/${caseId}/requested-measures`, { text: '', kind: 'soon' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'text']);

    const list = await api.get('administrator', `/api/cases/${caseId}/documents`);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    const items = list.body.items as { kind: string; mechanisms: { code: string }[]; words: { words: number; limit: number | null; jointLimit: number | null; over: number } }[];
    expect([...new Set(items.map((i) => i.kind))]).toEqual(['individual', 'special-procedure', 'cerd-early-warning', 'upr']);
    const upr = items.find((i) => i.kind === 'upr')!;
    expect(upr).toMatchObject({ mechanisms: [{ code: 'UPR' }], words: { limit: 2815, jointLimit: 5630, over: 0 } });
    expect(items.find((i) => i.mechanisms.some((m) => m.code === 'CCPR'))!.words.limit).toBeNull();
    const doc = await api.get('administrator', `/api/cases/${caseId}/documents/upr?mechanism=UPR&format=docx`);
    expect(Number(doc.headers['x-word-count'])).toBe(upr.words.words);

    const ccpr = await api.get('administrator', `/api/cases/${caseId}/documents/individual?mechanism=CCPR&format=docx`);
    const text = documentText((await unzip(ccpr.raw)).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('Interim measures\nDisclose where the Teral family is held (addressed to: the State party)\n');

    // The restricted lawyer's count is of the document it would get: without the incident it may not read.
    const lawyer = await api.get({ role: 'lawyer', clearance: 'confidential' }, `/api/cases/${caseId}/documents`);
    expect(lawyer.status).toBe(200);
    expect(lawyer.body.items.find((i: { kind: string }) => i.kind === 'upr').words.words).toBeLessThan(upr.words.words);
    expect((await api.get('viewer', `/api/cases/${caseId}/documents`)).status).toBe(403);
  });
});
