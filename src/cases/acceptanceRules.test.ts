import { describe, expect, it } from 'vitest';
import { addDays, addMonths, computeInForce, followsRule, openOn } from './acceptanceRules.js';

describe('entry into force by instrument', () => {
  it('adds months to the same day, or to the last day of a shorter month', () => {
    expect(addMonths('1984-02-17', 3)).toBe('1984-05-17');
    expect(addMonths('2000-11-30', 3)).toBe('2001-02-28');
    expect(addMonths('2003-11-30', 3)).toBe('2004-02-29');
    expect(addMonths('1998-10-31', 3)).toBe('1999-01-31');
    expect(addDays('2008-12-31', 30)).toBe('2009-01-30');
  });

  it('OP1 art. 9(2): France acceded 17 Feb 1984, bound from 17 May 1984 (UNTC IV-5)', () => {
    expect(computeInForce('ICCPR-OP1', '1984-02-17')).toBe('1984-05-17');
  });

  it('OP1 art. 9(1): Denmark ratified in 1972, bound when the Protocol entered into force, 23 March 1976', () => {
    expect(computeInForce('ICCPR-OP1', '1972-01-06')).toBe('1976-03-23');
  });

  it('OP-CEDAW art. 16(2), OP-ICESCR art. 18(2), OP3-CRC art. 19(2): three months; OP-CRPD art. 13(2): the thirtieth day', () => {
    expect(computeInForce('OP-CEDAW', '2010-01-15')).toBe('2010-04-15');
    expect(computeInForce('OP-ICESCR', '2015-06-30')).toBe('2015-09-30');
    expect(computeInForce('OP3-CRC', '2016-11-30')).toBe('2017-02-28');
    expect(computeInForce('OP-CRPD', '2009-03-01')).toBe('2009-03-31');
    expect(computeInForce('OP-CRPD', '2007-03-30')).toBe('2008-05-03');
  });

  it('ICERD art. 14(3), (9): a declaration takes effect on deposit, but none before the procedure operated on 3 December 1982', () => {
    expect(computeInForce('ICERD-14', '1998-01-13')).toBe('1998-01-13');
    expect(computeInForce('ICERD-14', '1972-09-11')).toBe('1982-12-03');
  });

  it('a declaration made with the ratification waits for the convention to bind the State', () => {
    expect(computeInForce('ICPPED-31', '2012-03-20', '2012-04-19')).toBe('2012-04-19');
    expect(computeInForce('CAT-22', '1986-01-01')).toBe('1987-06-26');
  });

  it('refuses a deposit date that is not a day', () => {
    expect(() => computeInForce('ICCPR-OP1', '1984-02')).toThrow(/YYYY-MM-DD/);
  });

  it('checks a row against its rule: exactly for a protocol, within thirty days for a declaration', () => {
    expect(followsRule({ instrument: 'ICCPR-OP1', deposited: '1984-02-17', inForce: '1984-05-17' })).toBe(true);
    expect(followsRule({ instrument: 'ICCPR-OP1', deposited: '1984-02-17', inForce: '1984-02-17' })).toBe(false);
    expect(followsRule({ instrument: 'ICERD-14', deposited: '2000-12-29', inForce: '2001-01-28' })).toBe(true);
    expect(followsRule({ instrument: 'ICERD-14', deposited: '2000-12-29', inForce: '2001-03-01' })).toBe(false);
    expect(followsRule({ instrument: 'ICERD-14', deposited: '2000-12-29', inForce: '2000-12-28' })).toBe(false);
  });

  it('a denounced protocol is open until the denunciation takes effect, not after (Jamaica, 23 January 1998)', () => {
    const jamaica = { action: 'ratification' as const, inForce: '1976-03-23', withdrawn: '1998-01-23' };
    expect(openOn(jamaica, '1976-03-22')).toBe(false);
    expect(openOn(jamaica, '1998-01-22')).toBe(true);
    expect(openOn(jamaica, '1998-01-23')).toBe(false);
    expect(openOn({ action: 'signature', inForce: null, withdrawn: null }, '2020-01-01')).toBe(false);
  });
});
