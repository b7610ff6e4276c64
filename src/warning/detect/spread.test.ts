import { describe, expect, it } from 'vitest';
import { defaultWarningConfig } from '../config.js';
import { detectSpread } from './spread.js';
import { repeat, sketchSeries } from './testSeries.js';
import { prepareSeries } from './view.js';

const run = (series: ReturnType<typeof sketchSeries>) => detectSpread(prepareSeries(series, defaultWarningConfig), series.months.length - 1, defaultWarningConfig);

describe('spread', () => {
  it('reports regions where the group was never hit before, on the country-wide series', () => {
    const series = sketchSeries([...repeat(12, { levels: { 3: 1 }, regions: ['Eastern Lakes'] }), { levels: { 3: 3 }, regions: ['Eastern Lakes', 'Riverlands', 'Capital District'] }], {
      admin1: null,
      first: '2024-01',
    });
    const finding = run(series)!;
    expect(finding).toMatchObject({ rule: 'spread', admin1: null, level: 3, severity: 'medium', month: '2025-01' });
    expect(finding.figures).toMatchObject({ newRegions: 'Capital District, Riverlands', newRegionCount: 2, earlierRegionCount: 1 });
    expect(finding.explanation).toBe('Teral in VRD: hit in Capital District and Riverlands for the first time in the 12 months recorded, in January 2025.');
  });

  it('calls the state joining militias in a month of violence high, on a region series', () => {
    const series = sketchSeries([...repeat(12, { levels: { 4: 1 }, perpetratorKinds: ['militia'] }), { levels: { 4: 2 }, perpetratorKinds: ['militia', 'state-force'] }]);
    const finding = run(series)!;
    expect(finding).toMatchObject({ severity: 'high', level: 4, figures: { newPerpetratorKinds: 'state-force', earlierPerpetratorKinds: 'militia' } });
    expect(finding.explanation).toContain('perpetrators of a new kind (state-force) beside militia seen in the 12 months before');
  });

  it('ignores kinds seen before, unknown perpetrators, speech-level months and groups first recorded', () => {
    expect(run(sketchSeries([{ levels: { 3: 1 }, perpetratorKinds: ['state-force'] }, ...repeat(12, { levels: { 3: 1 }, perpetratorKinds: ['militia'] }), { levels: { 3: 1 }, perpetratorKinds: ['state-force'] }]))).toBeNull();
    expect(run(sketchSeries([...repeat(12, { levels: { 3: 1 }, perpetratorKinds: ['militia'] }), { levels: { 3: 1 }, perpetratorKinds: ['unknown'] }]))).toBeNull();
    expect(run(sketchSeries([...repeat(12, { levels: { 2: 1 }, perpetratorKinds: ['militia'] }), { levels: { 2: 1 }, perpetratorKinds: ['political-party'] }]))).toBeNull();
    expect(run(sketchSeries([...repeat(12, {}), { levels: { 3: 5 }, perpetratorKinds: ['militia'] }]))).toBeNull();
  });

  it('reports a new kind that is not the state low', () => {
    expect(run(sketchSeries([...repeat(12, { levels: { 3: 1 }, perpetratorKinds: ['state-official'] }), { levels: { 3: 1 }, perpetratorKinds: ['militia'] }]))).toMatchObject({ severity: 'low' });
  });
});
