import { describe, expect, it } from 'vitest';
import { buildSeries, monthsBetween, type SeriesIncident } from './series.js';

const incident = (over: Partial<SeriesIncident>): SeriesIncident => ({
  incidentId: 'i',
  country: 'VRD',
  admin1: 'Eastern Lakes',
  groupId: 'teral',
  groupName: 'Teral',
  startDate: '2025-03-14',
  startPrecision: 'day',
  level: 4,
  violationTypes: ['arbitrary-detention'],
  killed: 0,
  detained: 5,
  disappeared: 0,
  displaced: 0,
  perpetratorIds: ['police'],
  perpetratorKinds: ['state-force'],
  ...over,
});

describe('buildSeries', () => {
  it('builds region and country-wide series over the country’s consecutive months, zeros included', () => {
    const series = buildSeries([
      incident({ incidentId: 'a', startDate: '2025-01-02' }),
      incident({ incidentId: 'b', startDate: '2025-03-01', startPrecision: 'month', admin1: 'Riverlands', level: 5, violationTypes: ['massacre', 'killing'], killed: 30, detained: 0 }),
      incident({ incidentId: 'c', groupId: 'osk', groupName: 'Osk', startDate: '2025-02-20', admin1: null }),
    ]);
    const key = (s: (typeof series)[number]) => `${s.admin1 ?? '*'}/${s.groupId}`;
    expect(series.map(key).sort()).toEqual(['*/osk', '*/teral', 'Eastern Lakes/teral', 'Riverlands/teral']);
    const teral = series.find((s) => key(s) === '*/teral')!;
    expect(teral.months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(teral.months.map((m) => m.incidentIds)).toEqual([['a'], [], ['b']]);
    expect(teral.months[2]).toMatchObject({ byLevel: [0, 0, 0, 0, 1], killed: 30, regions: ['Riverlands'], byViolationType: { massacre: 1, killing: 1 }, perpetratorKinds: ['state-force'] });
    const osk = series.find((s) => key(s) === '*/osk')!;
    expect(osk.months.map((m) => m.byLevel[3])).toEqual([0, 1, 0]);
    expect(osk.groupName).toBe('Osk');
  });

  it('never makes a month of an incident known only to its year (src/incidents/counting.ts)', () => {
    const series = buildSeries([incident({ incidentId: 'a' }), incident({ incidentId: 'y', startDate: '2025-01-01', startPrecision: 'year' })]);
    const region = series.find((s) => s.admin1 === 'Eastern Lakes')!;
    expect(region.months.map((m) => m.month)).toEqual(['2025-03']);
    expect(region.months[0]!.incidentIds).toEqual(['a']);
    expect(region.monthUnknown).toEqual({ '2025': 1 });
  });

  it('runs to the month the scan is made in, when given', () => {
    const [series] = buildSeries([incident({ admin1: null })], { through: '2025-05' });
    expect(series!.months.map((m) => m.month)).toEqual(['2025-03', '2025-04', '2025-05']);
  });

  it('counts months across a new year', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});
