import { describe, expect, it } from 'vitest';
import { periodAndPrevious } from './period';

describe('the period a dashboard compares', () => {
  it('ends the default period at the last month with data, not today', () => {
    // Data up to June 2026, looked at in November: the five empty months are not a fall.
    expect(periodAndPrevious(undefined, undefined, '2026-06')).toEqual({ from: '2025-07-01', to: '2026-06-30', prevFrom: '2024-07-01', prevTo: '2025-06-30', cut: false });
  });

  it('compares only what was observed: a period past the data against as long a period before it', () => {
    // 2026 chosen, data up to June: six observed months against the six before them.
    expect(periodAndPrevious('2026', '2026', '2026-06')).toEqual({ from: '2026-01-01', to: '2026-06-30', prevFrom: '2025-07-01', prevTo: '2025-12-31', cut: true });
    expect(periodAndPrevious('2026-01', undefined, '2026-06')).toEqual({ from: '2026-01-01', to: '2026-06-30', prevFrom: '2025-07-01', prevTo: '2025-12-31', cut: false });
    // Days: 10 June to 20 July with data to June is 21 observed days.
    expect(periodAndPrevious('2026-06-10', '2026-07-20', '2026-06')).toEqual({ from: '2026-06-10', to: '2026-06-30', prevFrom: '2026-05-20', prevTo: '2026-06-09', cut: true });
  });

  it('keeps a period that lies wholly within the data as it was chosen', () => {
    expect(periodAndPrevious('2025-01', '2025-03', '2026-06')).toEqual({ from: '2025-01-01', to: '2025-03-31', prevFrom: '2024-10-01', prevTo: '2024-12-31', cut: false });
    expect(periodAndPrevious('2025-01-10', '2025-01-19', '2026-06')).toEqual({ from: '2025-01-10', to: '2025-01-19', prevFrom: '2024-12-31', prevTo: '2025-01-09', cut: false });
  });

  it('keeps a period wholly after the data as chosen: there is nothing observed to shorten it to', () => {
    expect(periodAndPrevious('2026-08', '2026-09', '2026-06')).toEqual({ from: '2026-08-01', to: '2026-09-30', prevFrom: '2026-06-01', prevTo: '2026-07-31', cut: false });
  });
});
