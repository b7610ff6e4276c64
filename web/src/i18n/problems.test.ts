import { describe, expect, it } from 'vitest';
import { fieldProblemCodes as serverCodes } from '../../../src/errors';
import { fieldProblemCodes } from '../api/problemCodes';
import { ar } from './ar';
import { en } from './en';
import { translate, type Language, type Vars } from './i18n';
import type { MessageKey } from './en';
import { fieldLabel, problemMessage } from './problems';

const tr = (lang: Language) => (key: MessageKey, vars?: Vars) => translate(lang, key, vars);
const arabic = /\p{Script=Arabic}/u;

/** Params as the API sends them for each code, so every placeholder is filled. */
const sampleParams: Record<string, Record<string, string | number | string[]>> = {
  'invalid-type': { expected: 'string' },
  'too-long': { maximum: 500 },
  'too-large': { maximum: 90 },
  'too-small': { minimum: 0 },
  'too-many': { maximum: 50 },
  'too-few': { minimum: 1 },
  'invalid-enum': { options: ['a', 'b'] },
  'unknown-code': { vocabulary: 'violation-types', value: 'kiling' },
  'not-found': { entity: 'group', id: '00000000-0000-4000-8000-000000000001' },
  'place-in-other-country': { placeCountry: 'XVR', country: 'FRA' },
  'already-deleted': { entity: 'incident' },
  'not-deleted': { entity: 'source' },
  'stale-version': { expected: 2, current: 3 },
  'file-too-large': { maximum: 1024 },
  'media-type-refused': { mediaType: 'application/x-elf' },
  'ambiguous-name': { entity: 'group', value: 'Teral' },
  'above-clearance': { clearance: 'internal' },
};

describe('field problems, translated', () => {
  it('knows the same codes as the API', () => {
    expect([...fieldProblemCodes]).toEqual([...serverCodes]);
  });

  it.each(fieldProblemCodes)('%s has an English and an Arabic message with every placeholder filled', (code) => {
    const key = `problem.${code}`;
    expect((en as Record<string, string>)[key], `en ${key}`).toBeTruthy();
    // Its own Arabic, not the English fallback.
    expect((ar as Record<string, string>)[key], `ar ${key}`).toMatch(arabic);
    for (const lang of ['en', 'ar'] as const) {
      const text = problemMessage(tr(lang), { code, params: sampleParams[code] ?? {} });
      expect(text, `${lang} ${code}`).not.toMatch(/\{\w+\}/);
      expect(text).not.toBe(key);
    }
  });

  it('puts the params in, translating the entity and naming countries', () => {
    const names = { country: (c: string) => ({ XVR: 'Veridia', FRA: 'France' })[c] ?? c };
    expect(problemMessage(tr('en'), { code: 'too-long', params: { maximum: 500 } })).toBe('At most 500 characters.');
    expect(problemMessage(tr('en'), { code: 'not-found', params: { entity: 'group', id: 'x' } })).toBe('This group does not exist or was deleted.');
    expect(problemMessage(tr('en'), { code: 'place-in-other-country', params: { placeCountry: 'XVR', country: 'FRA' } }, names)).toBe(
      'The place chosen is in Veridia, not in France.',
    );
    expect(problemMessage(tr('ar'), { code: 'not-found', params: { entity: 'group', id: 'x' } })).toContain('جماعة');
    expect(problemMessage(tr('ar'), { code: 'too-long', params: { maximum: 500 } })).toContain(new Intl.NumberFormat('ar').format(500));
  });

  it('reads a code it does not know as a generic "not valid", never the API text', () => {
    const text = problemMessage(tr('ar'), { code: 'brand-new' as never, params: {} });
    expect(text).toBe(ar['problem.invalid']);
  });

  it('names fields by their label in the form, not by their API path', () => {
    const en1 = tr('en');
    expect(fieldLabel(en1, 'acts.0.violationType')).toBe('Act 1 — Violation');
    expect(fieldLabel(en1, 'acts.2.victims.killed')).toBe('Act 3 — Killed');
    expect(fieldLabel(en1, 'acts.0.perpetrators.1.actorId')).toBe('Act 1, perpetrator 2 — Perpetrator');
    expect(fieldLabel(en1, 'sources.1.sourceId')).toBe('Source 2 — Source');
    expect(fieldLabel(en1, 'startDate')).toBe('Date (start)');
    expect(fieldLabel(en1, 'newPlace.latitude')).toBe('Latitude');
    expect(fieldLabel(en1, 'evidenceIds.0')).toBe('Evidence file 1');
    expect(fieldLabel(en1, 'to')).toBe('To');
    const ar1 = fieldLabel(tr('ar'), 'acts.0.violationType');
    expect(ar1).toMatch(arabic);
    expect(ar1).not.toContain('violationType');
  });
});
