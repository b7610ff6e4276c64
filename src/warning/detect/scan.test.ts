import { describe, expect, it } from 'vitest';
import { defaultWarningConfig, parseWarningConfig } from '../config.js';
import type { PlaceGroupSeries } from '../types.js';
import { scanHistory } from './scan.js';
import { repeat, sketchSeries } from './testSeries.js';

describe('scanHistory', () => {
  it('raises, month by month, what each month would have raised as of then', () => {
    const series = sketchSeries([...repeat(12, { levels: { 2: 2 } }), { levels: { 2: 2, 3: 6 } }, { levels: { 2: 2 } }, { levels: { 4: 1 }, killed: 1 }], { first: '2024-01' });
    const found = scanHistory([series], defaultWarningConfig).map((f) => `${f.month} ${f.rule} ${f.level}`);
    expect(found).toEqual(['2025-01 surge 3', '2025-01 climb 3', '2025-03 climb 4', '2025-03 severity 4']);
  });

  it('never reads ahead: a month raises the same findings whatever comes after it', () => {
    const cells = [...repeat(12, { levels: { 2: 1, 3: 1 } }), { levels: { 3: 9 } }, ...repeat(6, { levels: { 3: 9, 4: 2 }, detained: 12 })];
    const full = scanHistory([sketchSeries(cells)], defaultWarningConfig);
    for (let n = 13; n <= cells.length; n++) {
      const truncated = sketchSeries(cells.slice(0, n));
      const lastMonth = truncated.months[n - 1]!.month;
      expect(scanHistory([truncated], defaultWarningConfig)).toEqual(full.filter((f) => f.month <= lastMonth));
    }
    expect(full.length).toBeGreaterThan(2);
  });

  it('keeps a rule quiet for the refractory months unless the severity rises', () => {
    const cells = [...repeat(12, {}), ...repeat(6, { levels: { 4: 1 }, detained: 12 }), { levels: { 4: 1 }, detained: 60 }];
    const months = (config = defaultWarningConfig) =>
      scanHistory([sketchSeries(cells, { first: '2024-01' })], config, { rules: ['severity'] }).map((f) => `${f.month} ${f.severity}`);
    // Detentions every month from January 2025: raised in January and May (after three quiet
    // months), and in July when they reach the high threshold.
    expect(months()).toEqual(['2025-01 medium', '2025-05 medium', '2025-07 high']);
    expect(months(parseWarningConfig({ refractoryMonths: 0 }))).toHaveLength(7);
  });

  it('reads new regions on the country-wide series and everything else on the regions', () => {
    const region = sketchSeries([...repeat(12, { levels: { 3: 1 }, regions: ['Eastern Lakes'] }), { levels: { 3: 1 }, regions: ['Eastern Lakes'], detained: 20 }]);
    const country: PlaceGroupSeries = { ...sketchSeries([...repeat(12, { levels: { 3: 1 }, regions: ['Eastern Lakes'] }), { levels: { 3: 2 }, regions: ['Eastern Lakes', 'Riverlands'], detained: 20 }]), admin1: null };
    const found = scanHistory([region, country], defaultWarningConfig).map((f) => `${f.rule} ${f.admin1}`);
    expect(found.sort()).toEqual(['severity Eastern Lakes', 'spread null']);
    // A country recorded without regions gets every rule on its country-wide series.
    expect(scanHistory([country], defaultWarningConfig).map((f) => f.rule).sort()).toEqual(['severity', 'spread']);
  });
});
