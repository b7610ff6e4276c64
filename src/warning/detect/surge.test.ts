import { describe, expect, it } from 'vitest';
import { defaultWarningConfig, parseWarningConfig } from '../config.js';
import { detectSurge } from './surge.js';
import { repeat, sketchSeries } from './testSeries.js';
import { prepareSeries } from './view.js';

const run = (series: ReturnType<typeof sketchSeries>, config = defaultWarningConfig) => detectSurge(prepareSeries(series, config), series.months.length - 1, config);

describe('surge', () => {
  it('reports a month far above the place-group baseline, with the numbers in words', () => {
    // 12 months of one discrimination incident, then 14: P(X ≥ 14) = 4.3e−10 (countModel.test.ts).
    const series = sketchSeries([...repeat(12, { levels: { 3: 1 } }), { levels: { 3: 14 } }], { first: '2024-03' });
    const finding = run(series)!;
    expect(finding).toMatchObject({ rule: 'surge', level: 3, month: '2025-03', severity: 'medium', admin1: 'Eastern Lakes', groupId: 'g-teral' });
    expect(finding.explanation).toBe('Teral in Eastern Lakes: 14 incidents of discrimination (level 3) in March 2025 against a baseline of 1.0 a month (p < 0.001).');
    expect(finding.figures).toMatchObject({ observed: 14, windowMonths: 1, baselinePerMonth: 1 });
    expect(finding.figures.p as number).toBeCloseTo(4.341e-10, 12);
    expect(finding.incidentIds).toHaveLength(14);
    expect(finding.parameters).toMatchObject({ falseAlarmRate: 0.002, baselineMonths: 12 });
  });

  it('calls violence far above its baseline high, and names the highest level that surged', () => {
    const series = sketchSeries([...repeat(12, { levels: { 3: 1, 4: 0 } }), { levels: { 3: 14, 4: 9 } }]);
    const finding = run(series)!;
    expect(finding).toMatchObject({ level: 4, severity: 'high' });
    expect(finding.figures.surgedLevels).toBe('3,4');
  });

  it('needs the minimum count, however quiet the baseline (sparse data)', () => {
    expect(run(sketchSeries([...repeat(12, {}), { levels: { 4: 2 } }]))).toBeNull();
    // Three after a year of nothing: expected 0.5/12.5 = 0.04 a month, P(X ≥ 3) ≈ 5e−5.
    expect(run(sketchSeries([...repeat(12, {}), { levels: { 4: 3 } }]))).toMatchObject({ level: 4 });
  });

  it('stays quiet at the usual rate and when the history is too short', () => {
    expect(run(sketchSeries([...repeat(12, { levels: { 3: 4 } }), { levels: { 3: 6 } }]))).toBeNull();
    expect(run(sketchSeries([...repeat(5, {}), { levels: { 3: 20 } }]))).toBeNull();
  });

  it('catches a rise spread over the recent window that no single month shows', () => {
    // Baseline 12 in 12 months; then 4, 4, 4: each month alone p ≈ 0.02, the three together 12 against 3 expected.
    const series = sketchSeries([...repeat(12, { levels: { 2: 1 } }), ...repeat(3, { levels: { 2: 4 } })], { first: '2024-01' });
    const finding = run(series)!;
    expect(finding.figures).toMatchObject({ observed: 12, windowMonths: 3, windowFrom: '2025-01' });
    expect(finding.explanation).toContain('12 incidents of acts of bias (level 2) in January–March 2025 against a baseline of 1.0 a month');
    expect(finding.incidentIds).toHaveLength(12);
    const single = parseWarningConfig({ surge: { windowMonths: 1 } });
    expect(run(series, single)).toBeNull();
  });

  it('lets the user set the false-alarm rate', () => {
    const series = sketchSeries([...repeat(12, { levels: { 3: 1 } }), { levels: { 3: 5 } }]);
    // P(X ≥ 5) with r = 12.5, q = 12.5/13.5 is about 0.004: a surge at 1 %, not at 0.2 %.
    expect(run(series)).toBeNull();
    expect(run(series, parseWarningConfig({ surge: { falseAlarmRate: 0.02 } }))).not.toBeNull();
  });

  it('expects the busy season: a December like every December is no surge', () => {
    const year = (december: number) => [...repeat(11, { levels: { 3: 1 } }), { levels: { 3: december } }];
    const series = sketchSeries([...year(8), ...year(8), ...year(8)], { first: '2022-01' });
    expect(run(series)).toBeNull();
    expect(run(series, parseWarningConfig({ surge: { seasonality: false } }))).not.toBeNull();
  });
});
