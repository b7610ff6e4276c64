import { describe, expect, it } from 'vitest';
import { defaultWarningConfig } from '../config.js';
import { detectClimb } from './climb.js';
import { repeat, sketchSeries } from './testSeries.js';
import { prepareSeries } from './view.js';

const run = (series: ReturnType<typeof sketchSeries>) => detectClimb(prepareSeries(series, defaultWarningConfig), series.months.length - 1, defaultWarningConfig);

describe('climb', () => {
  it('calls speech straight to violence high: a skipped level is the strongest signal', () => {
    const finding = run(sketchSeries([...repeat(12, { levels: { 2: 3 } }), { levels: { 2: 1, 4: 1 } }], { first: '2024-06' }))!;
    expect(finding).toMatchObject({ rule: 'climb', level: 4, severity: 'high', month: '2025-06' });
    expect(finding.figures).toMatchObject({ level: 4, previousLevel: 2, skippedLevels: 1, incidentsAtLevel: 1, baselineIncidents: 36, baselineMonths: 12 });
    expect(finding.explanation).toBe(
      'Teral in Eastern Lakes: 1 incident of bias-motivated violence (level 4) in June 2025, after at most acts of bias (level 2) in the 12 months before (36 incidents); 1 level skipped.',
    );
  });

  it('grades the climb step by step: discrimination low, violence medium, atrocity high', () => {
    expect(run(sketchSeries([...repeat(12, { levels: { 2: 1 } }), { levels: { 3: 1 } }]))).toMatchObject({ level: 3, severity: 'low' });
    expect(run(sketchSeries([...repeat(12, { levels: { 3: 1 } }), { levels: { 4: 1 } }]))).toMatchObject({ level: 4, severity: 'medium', figures: { skippedLevels: 0 } });
    expect(run(sketchSeries([...repeat(12, { levels: { 4: 1 } }), { levels: { 5: 1 } }]))).toMatchObject({ level: 5, severity: 'high' });
  });

  it('stays quiet at a level already reached in the baseline window, and below level 3', () => {
    expect(run(sketchSeries([{ levels: { 4: 1 } }, ...repeat(11, { levels: { 2: 1 } }), { levels: { 4: 2 } }]))).toBeNull();
    expect(run(sketchSeries([...repeat(12, { levels: { 1: 1 } }), { levels: { 2: 5 } }]))).toBeNull();
  });

  it('forgets a level reached before the window: violence back after 13 quiet months climbs again', () => {
    expect(run(sketchSeries([{ levels: { 4: 1 } }, ...repeat(12, { levels: { 2: 1 } }), { levels: { 4: 1 } }]))).toMatchObject({ level: 4 });
  });

  it('says a group hit for the first time skipped nothing', () => {
    const finding = run(sketchSeries([...repeat(12, {}), { levels: { 4: 2 } }]))!;
    expect(finding.figures).toMatchObject({ previousLevel: 0, skippedLevels: 0 });
    expect(finding.explanation).toContain('after no incident in the 12 months before');
  });
});
