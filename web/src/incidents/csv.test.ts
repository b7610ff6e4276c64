import { describe, expect, it } from 'vitest';
import type { IncidentSummary } from '../api/types';
import { csvField, csvHeader, csvLine } from './csv';

describe('CSV of the selection', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(csvField(['a', 'b'])).toBe('a; b');
  });

  it('defuses formula-like names in lists too (groups, perpetrators), never numbers', () => {
    expect(csvField(['=cmd|calc', 'b'])).toBe("'=cmd|calc; b");
    expect(csvField(['@SUM(A1)'])).toBe("'@SUM(A1)");
    expect(csvField(['-Lake Guard'])).toBe("'-Lake Guard");
    expect(csvField(['\tTab'])).toBe("'\tTab");
    expect(csvField(-12.5)).toBe('-12.5');
    const i = {
      id: 'i1', title: 'ok', startDate: '2025-03-01', startPrecision: 'day', endDate: null, country: 'XVR', admin1: null,
      pyramidLevel: 4, verificationStatus: 'verified', confidentiality: 'public', violationTypes: ['arson'], targetedGroupIds: ['g1'], perpetratorIds: ['a1'],
      victims: { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 }, updatedAt: 't', placeId: null, version: 1, deletedAt: null,
    } as IncidentSummary;
    const line = csvLine(i, { group: () => '+Osk', actor: () => '=HYPERLINK("x")', origin: 'http://x' });
    expect(line).toContain(",'+Osk,");
    expect(line).toContain(`,"'=HYPERLINK(""x"")",`);
  });

  it('writes one line per incident with names, not ids, and as many fields as the header', () => {
    const i = {
      id: 'i1', title: 'Shrine burned, Mirrow', startDate: '2025-03-01', startPrecision: 'month', endDate: null, country: 'XVR', admin1: 'Eastern Lakes',
      pyramidLevel: 4, verificationStatus: 'verified', confidentiality: 'public', violationTypes: ['arson'], targetedGroupIds: ['g1'], perpetratorIds: ['a1'],
      victims: { killed: 0, injured: 2, detained: 0, disappeared: 0, displaced: 0, affected: 0 }, updatedAt: 't', placeId: null, version: 1, deletedAt: null,
    } as IncidentSummary;
    const line = csvLine(i, { group: () => 'Osk faithful', actor: () => 'Lake Guard', origin: 'http://x' });
    expect(line).toBe('i1,"Shrine burned, Mirrow",2025-03-01,month,,XVR,Eastern Lakes,4,verified,public,arson,Osk faithful,Lake Guard,0,2,0,0,0,0,t,http://x/incidents/i1');
    expect(line.split(',').length - 1).toBe(csvHeader.length); // one comma inside the quoted title
  });
});
