import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { featureColumns, readPredictors } from './predictors.js';

const sample = readFileSync(new URL('../../data/ewp-sample/predictors-sample.csv', import.meta.url), 'utf8');
const [header, ...lines] = sample.trimEnd().split('\n');
const columns = header!.split(',');

/** The sample's header and first row, with one cell replaced. */
function withCell(column: string, value: string, line = lines[0]!) {
  const cells = line.split(',');
  cells[columns.indexOf(column)] = value;
  return `${header}\n${cells.join(',')}\n`;
}

function problems(csv: string): { field: string; message: string }[] {
  try {
    readPredictors(csv, 'p.csv');
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    return (err as DomainError).fields;
  }
  throw new Error('expected the file to be refused');
}

describe('readPredictors', () => {
  it('reads the sample: identifiers, features in order, outcomes', () => {
    const rows = readPredictors(sample);
    expect(rows.length).toBe(lines.length);
    const rwanda1993 = rows.find((r) => r.country === 'Rwanda' && r.year === 1993)!;
    expect(rwanda1993.ccode).toBe(517);
    expect(rwanda1993.mkOnset1).toBe(1);
    expect(rwanda1993.features.length).toBe(featureColumns.length);
  });

  it('reads NA and empty cells as missing: NaN for a predictor, null for an outcome', () => {
    const [row] = readPredictors(withCell('gdppcgrowth', 'NA'));
    expect(Number.isNaN(row!.features[featureColumns.indexOf('gdppcgrowth')]!)).toBe(true);
    expect(readPredictors(withCell('mk_onset_1', 'NA'))[0]!.mkOnset1).toBeNull();
    expect(readPredictors(withCell('mk_onset_1', ''))[0]!.mkOnset1).toBeNull();
  });

  it('accepts columns in another order, extra columns, and years past 2012', () => {
    const moved = [...columns].reverse();
    const first = lines[0]!.split(',');
    const csv = `${moved.join(',')},extra\n${moved.map((c) => (c === 'year' ? '2031' : first[columns.indexOf(c)])).join(',')},x\n`;
    const [row] = readPredictors(csv);
    expect(row!.year).toBe(2031);
    expect(Array.from(row!.features)).toEqual(Array.from(readPredictors(`${header}\n${lines[0]}\n`)[0]!.features));
  });

  it('names a missing column', () => {
    const without = (name: string) => {
      const i = columns.indexOf(name);
      return `${columns.filter((_, j) => j !== i).join(',')}\n${lines[0]!.split(',').filter((_, j) => j !== i).join(',')}\n`;
    };
    expect(problems(without('efindex'))).toEqual([expect.objectContaining({ field: 'p.csv: column efindex', message: expect.stringContaining('missing') })]);
    expect(problems(without('mk_onset_1'))[0]!.field).toBe('p.csv: column mk_onset_1');
  });

  it('names the line and column of a bad value', () => {
    expect(problems(withCell('efindex', 'high'))).toEqual([{ field: 'p.csv: line 2: efindex', code: 'invalid', message: 'not a number: "high"' }]);
    expect(problems(withCell('mk_onset', '2'))[0]!.field).toBe('p.csv: line 2: mk_onset');
    expect(problems(withCell('year', '19x4'))[0]!.field).toBe('p.csv: line 2: year');
    expect(problems(`${header}\n${lines[0]}\n${lines[0]}\n`)[0]).toMatchObject({ field: 'p.csv: line 3: year', message: expect.stringContaining('already has a row') });
  });

  it('refuses a row with the wrong number of cells, and an empty file', () => {
    expect(problems(`${header}\n1,2,3\n`)[0]!.message).toMatch(/not a readable CSV file/);
    expect(problems('')[0]!.field).toBe('p.csv');
    expect(problems(`${header}\n`)[0]!.message).toMatch(/no rows/);
  });
});
