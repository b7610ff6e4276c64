import { describe, expect, it } from 'vitest';
import { defaultWarningConfig } from '../config.js';
import { detectSpeechLead } from './speechLead.js';
import { repeat, sketchSeries } from './testSeries.js';
import { prepareSeries } from './view.js';

const run = (series: ReturnType<typeof sketchSeries>) => detectSpeechLead(prepareSeries(series, defaultWarningConfig), series.months.length - 1, defaultWarningConfig);

describe('speech lead', () => {
  it('reports dehumanising speech rising before violence, with where violence stands', () => {
    const quiet = { levels: { 2: 1 }, byViolationType: { 'hate-speech': 1 } };
    const rising = { levels: { 2: 4 }, byViolationType: { 'hate-speech': 2, 'dehumanising-speech': 2 } };
    const finding = run(sketchSeries([...repeat(12, quiet), ...repeat(3, rising)], { first: '2024-01' }))!;
    expect(finding).toMatchObject({ rule: 'speech-lead', level: 2, severity: 'medium', month: '2025-03' });
    expect(finding.figures).toMatchObject({ speech: 12, windowMonths: 3, baselinePerMonth: 1, graveSpeech: 6, violence: 0, violenceBaselinePerMonth: 0 });
    expect(finding.explanation).toMatch(
      /^Teral in Eastern Lakes: 12 acts of hostile speech \(6 dehumanising speech among them\) in January–March 2025 against a baseline of 1\.0 a month \(p < 0\.001\); violence against the group \(levels 4–5\): 0 incidents in the same months against 0 a month before\.$/,
    );
  });

  it('is high when violence rises with it, low for hostile speech without the grave types', () => {
    const quiet = { levels: { 2: 1 }, byViolationType: { 'hate-speech': 1 } };
    const withViolence = { levels: { 2: 4, 4: 1 }, byViolationType: { 'incitement-to-violence': 4 } };
    expect(run(sketchSeries([...repeat(12, quiet), ...repeat(3, withViolence)]))).toMatchObject({ severity: 'high', figures: { violence: 3 } });
    const hostile = { levels: { 2: 4 }, byViolationType: { 'hate-speech': 4 } };
    expect(run(sketchSeries([...repeat(12, quiet), ...repeat(3, hostile)]))).toMatchObject({ severity: 'low' });
  });

  it('counts only speech types: harassment rising is not speech', () => {
    const quiet = { levels: { 2: 1 }, byViolationType: { harassment: 1 } };
    expect(run(sketchSeries([...repeat(12, quiet), ...repeat(3, { levels: { 2: 6 }, byViolationType: { harassment: 6 } })]))).toBeNull();
  });

  it('stays quiet when speech holds at its usual rate', () => {
    const usual = { levels: { 2: 3 }, byViolationType: { 'dehumanising-speech': 3 } };
    expect(run(sketchSeries(repeat(15, usual)))).toBeNull();
  });
});
