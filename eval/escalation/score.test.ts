import { describe, expect, it } from 'vitest';
import { median, scoreAlerts, type RaisedAlert } from './score.js';

const alert = (over: Partial<RaisedAlert>): RaisedAlert => ({ rule: 'surge', severity: 'low', country: 'A', admin1: 'R1', groupId: 'g1', month: '2020-01', raisedAt: '2020-01', ...over });
const escalations = [
  { country: 'A', admin1: 'R1', groupId: 'g1', start: '2020-01', onset: '2020-10' },
  { country: 'B', admin1: 'R2', groupId: 'g2', start: '2021-01', onset: '2021-07' },
];

describe('scoring alerts against known onsets', () => {
  it('counts the earliest alert in [start, onset) as the detection, with its lead in months', () => {
    const score = scoreAlerts(
      [
        alert({ raisedAt: '2020-03' }),
        alert({ raisedAt: '2020-02', admin1: null }), // the group country-wide: detects too, earlier
        alert({ raisedAt: '2020-10' }), // at the onset: ignored
        alert({ raisedAt: '2019-12' }), // before the start: a false alarm
        alert({ raisedAt: '2020-05', groupId: 'g2' }), // another group: a false alarm
      ],
      escalations,
      20,
    );
    expect(score).toEqual({ escalations: 2, detected: 1, detectionRate: 0.5, medianLeadMonths: 8, falseAlarms: 2, placeYears: 20, falseAlarmsPerPlaceYear: 0.1 });
  });

  it('takes the median lead over detected escalations', () => {
    const score = scoreAlerts([alert({ raisedAt: '2020-07' }), alert({ country: 'B', admin1: 'R2', groupId: 'g2', raisedAt: '2021-06' })], escalations, 10);
    expect(score.medianLeadMonths).toBe(2);
    expect(median([1, 5, 9])).toBe(5);
    expect(median([])).toBeNull();
  });
});
