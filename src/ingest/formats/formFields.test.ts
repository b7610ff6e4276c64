import { describe, expect, it } from 'vitest';
import { planFormColumns, shapeFormFields } from './formFields.js';

const shape = (columns: string[], cells: string[], tool: 'kobo' | 'odk' = 'kobo') => shapeFormFields(columns, cells, planFormColumns(columns, tool));

describe('form fields', () => {
  it('a last segment shared by two paths is not an alias (neither answer is guessed)', () => {
    const f = shape(['victim/name', 'witness/name', 'incident/date'], ['A', 'B', '2025-01-02']);
    expect(f.name).toBeUndefined();
    expect(f.date).toBe('2025-01-02');
  });

  it('a bare column keeps its value when a path ends with the same name', () => {
    const f = shape(['date', 'incident/date'], ['2025-01-01', '2025-02-02']);
    expect(f.date).toBe('2025-01-01');
    expect(f['incident/date']).toBe('2025-02-02');
  });

  it('a group of text or number questions is never read as a select_multiple', () => {
    const f = shape(['counts/killed', 'counts/injured', 'place/name'], ['3', '12', 'Mirrow']);
    expect(f.counts).toBeUndefined();
    expect(f.place).toBeUndefined();
    expect(f.killed).toBe('3');
  });

  it('select_multiple 0/1 columns rebuild the summary, also from TRUE/FALSE, and a filled summary is kept', () => {
    expect(shape(['v/a', 'v/b', 'v/c'], ['TRUE', 'FALSE', 'True']).v).toBe('a c');
    expect(shape(['v', 'v/a', 'v/b'], ['b', '1', '0']).v).toBe('b');
    // No answer at all (every option cell empty): no summary invented.
    expect(shape(['v/a', 'v/b'], ['', '']).v).toBeUndefined();
  });

  it('geopoints: a "lat lon" value gets its parts; out-of-range or non-numeric values are left alone', () => {
    const f = shape(['where', 'note', 'bad'], ['-1.5 30.25', '12 people', '95 10 0 0']);
    expect([f._where_latitude, f._where_longitude, f._where_altitude]).toEqual(['-1.5', '30.25', '']);
    expect(f._note_latitude).toBeUndefined();
    expect(f._bad_latitude).toBeUndefined();
  });

  it('ODK: "-" paths become "/" paths; geopoint parts become Kobo’s names and the combined value', () => {
    const f = shape(['grp-where-Latitude', 'grp-where-Longitude', 'grp-where-Altitude', 'grp-where-Accuracy', 'grp-q', 'meta-instanceID'], ['1.5', '2.5', '10', '4', 'x', 'uuid:1'], 'odk');
    expect(f['grp/where']).toBe('1.5 2.5 10 4');
    expect(f['_grp/where_latitude']).toBe('1.5');
    expect(f._where_precision).toBe('4');
    expect(f['grp/q']).toBe('x');
    expect(f.q).toBe('x');
    expect(f.instanceID).toBe('uuid:1');
  });

  it('a duplicated header keeps the first non-empty value', () => {
    expect(shape(['a', 'a'], ['', 'second']).a).toBe('second');
    expect(shape(['a', 'a'], ['first', 'second']).a).toBe('first');
  });
});
