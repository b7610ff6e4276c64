import { describe, expect, it } from 'vitest';
import { loadMechanisms } from '../mechanisms.js';
import { treatyBodies } from '../types.js';
import { loadTemplates, parseTemplates, templateFor } from './template.js';

const minimal = (over: string[] = []) =>
  [
    'id: t1',
    'kind: individual',
    'title: A form',
    'mechanisms: [{ code: CCPR, name: Human Rights Committee }]',
    "form: { title: The form, url: 'https://example.org/form', asOf: '2026-11-30', verified: true }",
    'wordLimit: null',
    'sections:',
    '  - { heading: Facts, fills: chronology, guidance: The facts in order. }',
    ...over,
  ].join('\n');

describe('submission templates (data/submissions)', () => {
  it('ship one individual-communication template for every treaty body, each citing its form', () => {
    for (const body of treatyBodies) {
      const t = templateFor('individual', body);
      expect(t, body).toBeDefined();
      expect(t!.form.url).toMatch(/^https?:\/\//);
      expect(t!.form.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Every individual communication shows the pattern, the map, the remedies and the annex.
      expect(t!.sections.map((s) => s.fills)).toEqual(expect.arrayContaining(['chronology', 'pattern', 'map', 'provisions', 'remedies', 'procedures', 'requested-measures', 'interim-measures', 'annex']));
    }
    // CCPR, CAT and CERD share OHCHR's model form; CEDAW has its own.
    expect(templateFor('individual', 'CAT')!.id).toBe(templateFor('individual', 'CCPR')!.id);
    expect(templateFor('individual', 'CEDAW')!.id).toBe('individual-cedaw');
  });

  it('ship the special-procedures, CERD early-warning and UPR templates, the UPR with its cited word limits', () => {
    expect(templateFor('special-procedure', 'WGEID')).toBeDefined();
    expect(templateFor('cerd-early-warning', 'CERD-EWUA')!.indicators).toHaveLength(9);
    const upr = templateFor('upr', 'UPR')!;
    expect(upr.wordLimit).toMatchObject({ limit: 2815, joint: 5630 });
    expect(upr.wordLimit!.source).toContain('guidelines');
    expect(loadTemplates().length).toBeGreaterThanOrEqual(9);
  });

  it('name only mechanisms the mechanisms data knows, by the same codes', () => {
    const { treatyBodies: bodies, others } = loadMechanisms();
    const known = new Set([...bodies, ...others].map((m) => m.code));
    for (const t of loadTemplates()) for (const m of t.mechanisms) expect(known, `${t.id}: ${m.code}`).toContain(m.code);
  });

  it('refuses a bad file, naming the file and the field', () => {
    expect(() => parseTemplates({ 'bad.yaml': minimal().replace('fills: chronology', 'fills: gossip') })).toThrow(/^bad\.yaml: sections\.0\.fills: /);
    expect(() => parseTemplates({ 'bad.yaml': minimal().replace("asOf: '2026-11-30'", "asOf: 'last week'") })).toThrow('bad.yaml: form.asOf: a day written YYYY-MM-DD');
    expect(() => parseTemplates({ 'bad.yaml': minimal(['extra: 1']) })).toThrow(/^bad\.yaml: \(file\): /);
    expect(() => parseTemplates({ 'bad.yaml': 'id: [' })).toThrow(/^bad\.yaml: not valid YAML/);
  });

  it('resolves sectionsFrom, and refuses one naming no template', () => {
    const other = minimal().replace('id: t1', 'id: t2').replace('code: CCPR', 'code: CAT').replace(/sections:[\s\S]*$/, 'sectionsFrom: t1');
    expect(parseTemplates({ 'a.yaml': minimal(), 'b.yaml': other })[1]!.sections[0]!.heading).toBe('Facts');
    expect(() => parseTemplates({ 'b.yaml': other })).toThrow('b.yaml: sectionsFrom: no template "t1" with sections of its own');
  });

  it('refuses two templates of one kind for the same mechanism', () => {
    expect(() => parseTemplates({ 'a.yaml': minimal(), 'b.yaml': minimal().replace('id: t1', 'id: t2') })).toThrow('t2: mechanism CCPR already has a individual template (t1)');
  });
});
