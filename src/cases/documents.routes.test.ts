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
});
