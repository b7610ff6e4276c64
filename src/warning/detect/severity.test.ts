import { describe, expect, it } from 'vitest';
import { defaultWarningConfig, parseWarningConfig } from '../config.js';
import { detectSeverity } from './severity.js';
import { sketchSeries } from './testSeries.js';
import { prepareSeries } from './view.js';

const run = (series: ReturnType<typeof sketchSeries>, config = defaultWarningConfig) => detectSeverity(prepareSeries(series, config), series.months.length - 1, config);

describe('severity', () => {
  it('reports every measure that crosses its threshold in a place-month, without needing a baseline', () => {
    const finding = run(sketchSeries([{ levels: { 4: 3 }, killed: 1, detained: 14, disappeared: 2 }], { first: '2025-03' }))!;
    expect(finding).toMatchObject({ rule: 'severity', severity: 'medium', level: 4, month: '2025-03' });
    expect(finding.figures).toMatchObject({ killed: 1, detained: 14, disappeared: 2, displaced: 0, crossed: 'killed,detained' });
    expect(finding.explanation).toBe('Teral in Eastern Lakes: 1 person killed (threshold 1) and 14 people detained (threshold 10) in March 2025.');
    expect(finding.incidentIds).toHaveLength(3);
  });

  it('is high at the high threshold, and takes the level of the month when it is 5', () => {
    expect(run(sketchSeries([{ levels: { 4: 1 }, displaced: 1000 }]))).toMatchObject({ severity: 'high', figures: { crossed: 'displaced' } });
    expect(run(sketchSeries([{ levels: { 5: 1 }, killed: 40 }]))).toMatchObject({ severity: 'high', level: 5 });
  });

  it('stays quiet below every threshold, and follows the configured thresholds', () => {
    const series = sketchSeries([{ levels: { 4: 2 }, detained: 9, disappeared: 2, displaced: 99 }]);
    expect(run(series)).toBeNull();
    expect(run(series, parseWarningConfig({ severity: { thresholds: { detained: [5, 50] } } }))).toMatchObject({ figures: { crossed: 'detained' } });
  });
});
