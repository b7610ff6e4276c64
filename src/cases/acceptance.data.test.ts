import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { acceptanceFor, readAcceptanceFile } from './acceptance.js';
import { acceptanceProblems } from './acceptanceEdit.js';
import { computeInForce, followsRule, openOn } from './acceptanceRules.js';

/**
 * The shipped table (data/mechanisms/acceptance.csv), as transcribed from stored copies of the
 * UN Treaty Collection's status pages of 3 February 2026 (chapter IV.5 for OP1, IV.2 for the
 * ICERD art. 14 declarations, IV.9 for the CAT art. 22 declarations, IV.16 for the ICPPED art. 31 declarations, and the participants of IV.8.b, IV.15.a, IV.3.a and IV.11.d for
 * OP-CEDAW, OP-CRPD, OP-ICESCR and OP3-CRC). The counts are those pages' counts: if a row is
 * added or lost, a test here says which.
 */
const rows = readAcceptanceFile();
const statusDay = '2026-02-03';
const of = (instrument: string) => rows.filter((r) => r.instrument === instrument);

describe('the shipped acceptance table', () => {
  it('is valid: format, State codes and entry into force', () => {
    expect(acceptanceProblems(rows)).toEqual([]);
  });

  it('names real countries only (ISO 3166-1 alpha-3, checked with i18n-iso-countries)', () => {
    const unknown = [...new Set(rows.map((r) => r.state))].filter((code) => !countries.isValid(code) || code.startsWith('X'));
    expect(unknown).toEqual([]);
  });

  it("gives every protocol's entry into force by its rule, and keeps each declaration within its rule", () => {
    const off = rows.filter((r) => !followsRule(r)).map((r) => `${r.state} ${r.instrument}`);
    expect(off).toEqual([]);
    const protocols = rows.filter((r) => !['ICERD-14', 'CAT-22', 'ICPPED-31'].includes(r.instrument) && r.deposited && r.inForce && !r.withdrawn);
    expect(protocols.length).toBeGreaterThan(400);
    for (const r of protocols) expect(r.inForce, `${r.state}`).toBe(computeInForce(r.instrument, r.deposited!));
  });

  it('holds every State party to OP1 on the status page (116), and the three that left it', () => {
    const op1 = of('ICCPR-OP1');
    expect(op1).toHaveLength(121);
    const parties = new Set(op1.filter((r) => openOn(r, statusDay)).map((r) => r.state));
    expect(parties.size).toBe(116);
    expect([...new Set(op1.map((r) => r.state))].filter((s) => !parties.has(s)).sort()).toEqual(['BLR', 'JAM', 'TTO']);
  });

  it('holds every ICERD art. 14 declaration on the status page (59)', () => {
    const declarations = of('ICERD-14');
    expect(declarations).toHaveLength(59);
    expect(new Set(declarations.map((r) => r.state)).size).toBe(59);
    expect(declarations.every((r) => r.action === 'declaration' && r.withdrawn === null)).toBe(true);
  });

  it('holds the parties to the other communications protocols found in the same snapshot', () => {
    expect(of('OP-CEDAW')).toHaveLength(116);
    expect(of('OP-CRPD')).toHaveLength(108);
    expect(of('OP-ICESCR')).toHaveLength(31);
    expect(of('OP3-CRC')).toHaveLength(53);
    // CAT art. 22: the declarations page lists 74 States; Japan, Uganda, the United Kingdom and the United States declared under art. 21 only, Ukraine's entry is a note.
    expect(of('CAT-22')).toHaveLength(69);
    const cat = of('CAT-22').map((r) => r.state);
    for (const only21 of ['JPN', 'UGA', 'GBR', 'USA', 'UKR']) expect(cat).not.toContain(only21);
    expect(acceptanceFor(rows, 'ARG', 'CAT-22')?.inForce).toBe('1987-06-26');
    // ICPPED art. 31: the page lists 32 States; Japan and Sri Lanka declared under art. 32 only.
    expect(of('ICPPED-31')).toHaveLength(30);
    for (const only32 of ['JPN', 'LKA']) expect(of('ICPPED-31').map((r) => r.state)).not.toContain(only32);
    // Switzerland declared with its ratification of 2 December 2016: bound on the thirtieth day (art. 39(2)).
    expect(acceptanceFor(rows, 'CHE', 'ICPPED-31')?.inForce).toBe('2017-01-01');
    // OP-CEDAW art. 16(1)-(2): Denmark ratified before the Protocol entered into force on 22 December 2000; OP-CRPD art. 13(2): the thirtieth day.
    expect(acceptanceFor(rows, 'DNK', 'OP-CEDAW')?.inForce).toBe('2000-12-22');
    expect(acceptanceFor(rows, 'ARG', 'OP-CRPD')?.inForce).toBe('2008-10-02');
  });

  it('closes OP1 to the States that denounced it, from the day the denunciation took effect', () => {
    const at = (state: string, day: string) => rows.some((r) => r.state === state && r.instrument === 'ICCPR-OP1' && openOn(r, day));
    expect(at('JAM', '1997-12-31')).toBe(true);
    expect(at('JAM', '1998-01-23')).toBe(false);
    expect(at('BLR', '2023-02-07')).toBe(true);
    expect(at('BLR', '2023-02-08')).toBe(false);
    // Trinidad and Tobago: denounced with effect from 26 August 1998, re-acceded with a reservation the same day, denounced again from 27 June 2000.
    expect(at('TTO', '1998-08-26')).toBe(true);
    expect(acceptanceFor(rows, 'TTO', 'ICCPR-OP1')?.reservations.join(' ')).toMatch(/sentence of death/);
    expect(at('TTO', '2000-06-27')).toBe(false);
    // Guyana: denounced with effect from 5 April 1999 and re-acceded with a reservation, bound again from that day.
    expect(at('GUY', statusDay)).toBe(true);
    expect(acceptanceFor(rows, 'GUY', 'ICCPR-OP1')?.deposited).toBe('1999-01-05');
  });

  it('keeps the reservations that bear on admissibility: same matter examined, and facts before entry into force', () => {
    const sameMatter = of('ICCPR-OP1').filter((r) => r.reservations.some((t) => /5\(2\)/.test(t)));
    expect(sameMatter.map((r) => r.state)).toEqual(expect.arrayContaining(['AUT', 'DEU', 'DNK', 'ESP', 'FRA', 'IRL', 'ITA', 'NOR', 'POL', 'SWE']));
    const temporis = rows.filter((r) => r.reservations.some((t) => /ratione temporis/i.test(t))).map((r) => r.state);
    expect(temporis).toEqual(expect.arrayContaining(['CHL', 'FRA', 'DEU', 'TUR']));
    expect(acceptanceFor(rows, 'FRA', 'ICERD-14')?.reservations.join(' ')).toMatch(/15 August 1982/);
  });

  it('says where every row comes from and marks the rows not compared with it', () => {
    for (const r of rows) {
      expect(r.source.length, `${r.state} ${r.instrument}`).toBeGreaterThan(20);
      if (r.verified) expect(r.sourceDate, `${r.state} ${r.instrument}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // Every row was compared with the copy it names; a row added from memory must say `verified=no`.
    expect(rows.filter((r) => !r.verified)).toEqual([]);
  });
});
