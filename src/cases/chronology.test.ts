import { describe, expect, it } from 'vitest';
import { caseChronology } from './chronology.js';
import { suggestProvisions } from './provisions.js';

describe('caseChronology', () => {
  it('puts the incidents and the case’s own events in date order, a month before the days inside it', () => {
    const entries = caseChronology(
      {
        createdAt: '2026-01-05T10:00:00.000Z',
        remedies: [
          { id: 'r1', body: 'High Court', filed: '2024-05', decided: '2024-05-20', outcome: 'dismissed', final: true, notPursuedReason: null },
          { id: 'r2', body: 'Ombudsman', filed: null, decided: null, outcome: null, final: null, notPursuedReason: 'no power' },
        ],
        procedures: [{ id: 'p1', body: 'WGAD', submitted: '2025', decided: null, status: 'pending', examinedMerits: null }],
        outcomes: [{ id: 'o1', mechanism: 'CCPR', kind: 'registration', date: '2026-02-01', due: null, summary: '', violationFound: null, measures: [] }],
      },
      [
        { id: 'i2', title: 'Disappeared', startDate: '2024-05-01', startPrecision: 'month' },
        { id: 'i1', title: 'Detained', startDate: '2024-05-01', startPrecision: 'day' },
      ],
      [
        { incidentId: 'i1', addedAt: '2026-01-05T10:00:00.000Z' },
        { incidentId: 'i2', addedAt: '2026-01-05T10:00:01.000Z' },
      ],
    );
    expect(entries.map((e) => [e.date, e.kind, e.text])).toEqual([
      ['2024-05', 'incident', 'Disappeared'],
      ['2024-05', 'remedy-filed', 'Filed with High Court'],
      ['2024-05-01', 'incident', 'Detained'],
      ['2024-05-20', 'remedy-decided', 'High Court decided: dismissed (final)'],
      ['2025', 'procedure-submitted', 'Submitted to WGAD'],
      ['2026-01-05', 'case-created', 'Case file opened'],
      ['2026-01-05', 'incident-added', '2 incidents added to the case'],
      ['2026-02-01', 'outcome', 'CCPR: registration'],
    ]);
  });
});

describe('suggestProvisions', () => {
  it('suggests the treaty articles the violation types map to, counting incidents once each, treaty provisions first', () => {
    const s = suggestProvisions([{ violationTypes: ['arbitrary-detention', 'torture'] }, { violationTypes: ['arbitrary-detention'] }], ['ICCPR art. 7']);
    const nine = s.find((p) => p.provision === 'ICCPR art. 9(1)')!;
    expect(nine).toEqual({ provision: 'ICCPR art. 9(1)', violationTypes: ['arbitrary-detention'], incidents: 2, engaged: false });
    expect(s.find((p) => p.provision === 'ICCPR art. 7')).toMatchObject({ engaged: true, incidents: 1 });
    expect(s[0]!.incidents).toBe(2);
    const udhr = s.findIndex((p) => p.provision.startsWith('UDHR'));
    if (udhr >= 0) expect(s.slice(udhr).every((p) => /^(UDHR|ROME|GENOCIDE) /.test(p.provision))).toBe(true);
    expect(suggestProvisions([{ violationTypes: ['not-a-type'] }], [])).toEqual([]);
  });
});
