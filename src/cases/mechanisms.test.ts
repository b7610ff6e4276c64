import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMechanisms, MechanismFileError, mechanismsDir, parseMechanismFile } from './mechanisms.js';
import { conditionNames, treatyBodies } from './types.js';

describe('mechanisms as data (data/mechanisms/*.yaml)', () => {
  it('ships the eight treaty bodies with every condition cited, the nine special procedures, OSAPG, CERD early warning, the UPR and CMW not in force', () => {
    const m = loadMechanisms();
    expect(m.treatyBodies.map((t) => t.code).sort()).toEqual([...treatyBodies].sort());
    for (const t of m.treatyBodies) {
      for (const c of conditionNames) {
        const rule = t.conditions[c];
        expect(rule.rule, `${t.code} ${c}`).not.toBe('');
        expect(rule.source, `${t.code} ${c}`).toMatch(/\w{8,}/);
        expect(rule.asOf, `${t.code} ${c}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    const kinds = m.others.reduce<Record<string, number>>((a, o) => ({ ...a, [o.kind]: (a[o.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ 'special-procedure': 9, recipient: 1, 'early-warning': 1, upr: 1, 'not-in-force': 1 });
    expect(m.others.find((o) => o.code === 'CERD-EWUA')!.indicators).toHaveLength(9);
    expect(m.others.find((o) => o.code === 'CMW')!.openness.rule).toBe('ICRMW art. 77(8)');
  });

  it('states the entry-into-force rule of each instrument: three months (OP1, OP-CEDAW, OP-ICESCR, OP3-CRC) or the thirtieth day (OP-CRPD)', () => {
    const m = loadMechanisms();
    const rule = (code: string) => m.treatyBodies.find((t) => t.code === code)!.entryIntoForce;
    for (const code of ['CCPR', 'CEDAW', 'CESCR', 'CRC']) expect(rule(code)).toMatchObject({ months: 3, days: 0 });
    expect(rule('CRPD')).toMatchObject({ months: 0, days: 30, rule: 'OP-CRPD art. 13(2)' });
  });

  it('names the entry and the field of a bad rule, and a source missing from the table', () => {
    const text = readFileSync(`${mechanismsDir}treaty-bodies.yaml`, 'utf8');
    expect(() => parseMechanismFile(text.replace('bar: being-examined,', 'bar: sometimes,'), 'treaty-bodies.yaml')).toThrow(/mechanisms\.0 \(CCPR\)\.conditions\.same_matter\.bar/);
    expect(() => parseMechanismFile(text.replace("rule: 'OP-CEDAW art. 4(2)(e)', source: OP-CEDAW", "rule: 'OP-CEDAW art. 4(2)(e)', source: NOPE"), 'treaty-bodies.yaml')).toThrow(MechanismFileError);
    expect(() => parseMechanismFile(text.replace("rule: 'OP-CEDAW art. 4(2)(e)', source: OP-CEDAW", "rule: 'OP-CEDAW art. 4(2)(e)', source: NOPE"), 'treaty-bodies.yaml')).toThrow(/CEDAW\.conditions\.ratione_temporis\.source: 'NOPE'/);
  });
});
