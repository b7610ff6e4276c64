import { describe, expect, it } from 'vitest';
import { acceptanceFor, loadAcceptance, parseAcceptance } from './acceptance.js';

const header = 'state,instrument,action,deposited,in_force,withdrawn,reservations,source,source_date,verified\n';

describe('the acceptance table', () => {
  it('loads the shipped file', () => {
    expect(() => loadAcceptance()).not.toThrow();
  });

  it('names the line and column of a bad value', () => {
    expect(() => parseAcceptance(`${header}FRA,ICCPR-OP1,accession,1984-02-17,17/05/1984,,,UNTC,2026-11-30,yes\n`)).toThrow(/line 2, column in_force/);
    expect(() => parseAcceptance(`${header}France,ICCPR-OP1,accession,,,,,UNTC,,no\n`)).toThrow(/line 2, column state/);
    expect(() => parseAcceptance(`${header}FRA,ICCPR-OP2,accession,,,,,UNTC,,no\n`)).toThrow(/line 2, column instrument/);
  });

  it('splits reservations and picks the row in force', () => {
    const rows = parseAcceptance(
      `${header}JAM,ICCPR-OP1,ratification,1975-10-03,1976-03-23,1998-01-23,,UNTC,2026-11-30,no\n` +
        `FRA,ICCPR-OP1,accession,1984-02-17,1984-05-17,,same matter has been examined | facts before entry into force,UNTC,2026-11-30,no\n` +
        `FRA,ICCPR-OP1,signature,1983-01-01,,,,UNTC,2026-11-30,no\n`,
    );
    const fra = acceptanceFor(rows, 'FRA', 'ICCPR-OP1');
    expect(fra?.action).toBe('accession');
    expect(fra?.reservations).toEqual(['same matter has been examined', 'facts before entry into force']);
    expect(acceptanceFor(rows, 'JAM', 'ICCPR-OP1')?.withdrawn).toBe('1998-01-23');
    expect(acceptanceFor(rows, 'DEU', 'ICCPR-OP1')).toBeNull();
  });
});
