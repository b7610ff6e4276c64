import { describe, expect, it } from 'vitest';
import { asOwnMapping, assignColumn, emptyMapping, fieldOfColumn, mappingName, plainColumn, valueTarget, withValueMapping, type MappingDoc } from './mappingModel';

const mapping: MappingDoc = {
  name: 'acled',
  format: 'acled',
  fields: { title: { template: '{event_type} in {location}' }, startDate: 'event_date', violationType: { column: 'sub_event_type' }, narrative: { column: ['notes', 'source'], join: ' ' } },
  values: { violationType: { 'Attack': { code: 'killing', why: 'codebook: physical attack' } } },
};

describe('the import page’s mapping model', () => {
  it('reads the column of a plain rule only', () => {
    expect(plainColumn('event_date')).toBe('event_date');
    expect(plainColumn({ column: 'x' })).toBe('x');
    expect(plainColumn({ column: 'x', split: ' ' })).toBeNull();
    expect(plainColumn({ template: '{a}' })).toBeNull();
  });

  it('tells which field a column fills, and whether another rule reads it', () => {
    expect(fieldOfColumn(mapping, 'event_date')).toEqual({ target: 'startDate', inRule: false });
    expect(fieldOfColumn(mapping, 'sub_event_type')).toEqual({ target: 'violationType', inRule: false });
    expect(fieldOfColumn(mapping, 'location')).toEqual({ target: '', inRule: true });
    expect(fieldOfColumn(mapping, 'notes')).toEqual({ target: '', inRule: true });
    expect(fieldOfColumn(mapping, 'fatalities')).toEqual({ target: '', inRule: false });
  });

  it('assigns a column to one field, replacing the field’s rule and the column’s other plain rules', () => {
    const moved = assignColumn(mapping, 'event_date', 'reportDate');
    expect(moved.fields.startDate).toBeUndefined();
    expect(moved.fields.reportDate).toBe('event_date');
    const replaced = assignColumn(mapping, 'location', 'title');
    expect(replaced.fields.title).toBe('location');
    const cleared = assignColumn(mapping, 'sub_event_type', '');
    expect(cleared.fields.violationType).toBeUndefined();
    expect(mapping.fields.violationType).toEqual({ column: 'sub_event_type' });
  });

  it('adds value mappings with their reason, and names a saved copy under the same source system', () => {
    const mapped = withValueMapping(mapping, 'violationType', 'Looting', { code: 'destruction-of-property', why: 'looting destroys property' });
    expect(mapped.values!.violationType).toEqual({ Attack: { code: 'killing', why: 'codebook: physical attack' }, Looting: { code: 'destruction-of-property', why: 'looting destroys property' } });
    expect(asOwnMapping(mapped, 'ACLED, ours')).toMatchObject({ name: 'ACLED, ours', sourceSystem: 'acled' });
    expect(asOwnMapping({ ...mapped, sourceSystem: 'acled-2024' }, 'x').sourceSystem).toBe('acled-2024');
  });

  it('names a mapping as mapping files do, and starts an empty one from the file', () => {
    expect(mappingName('Eastern Monitors (adjusted)')).toBe('eastern-monitors-adjusted');
    expect(mappingName('Café 2024!')).toBe('cafe-2024');
    expect(mappingName('x'.repeat(80))).toHaveLength(63);
    expect(emptyMapping('Our Sheet.xlsx', 'xlsx')).toEqual({ name: 'our-sheet', description: 'Columns of Our Sheet.xlsx', format: 'xlsx', key: { hash: 'record' }, fields: {} });
  });

  it('finds the mapping field of a reported target', () => {
    expect(valueTarget('acts.0.violationType')).toBe('violationType');
    expect(valueTarget('violationType')).toBe('violationType');
  });
});
