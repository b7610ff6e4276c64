import { describe, expect, it } from 'vitest';
import { auc, brier, onsetsInTop } from './metrics.js';

describe('forecast scores, on cases worked by hand', () => {
  it('AUC counts the onset/non-onset pairs ranked right', () => {
    // Onset 0.35 beats 0.1, loses to 0.4; onset 0.8 beats both: 3 of 4 pairs.
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
    expect(auc([0.9, 0.1], [1, 0])).toBe(1);
    expect(auc([0.1, 0.9], [1, 0])).toBe(0);
  });

  it('AUC counts a tie as half a pair', () => {
    // Onset 0.5 ties a non-onset (½) and beats 0.2 (1): 1.5 of 2.
    expect(auc([0.5, 0.5, 0.2], [1, 0, 0])).toBe(0.75);
    expect(auc([0.3, 0.3, 0.3, 0.3], [1, 0, 1, 0])).toBe(0.5);
  });

  it('AUC is null, not 0.5, without an onset or without a non-onset', () => {
    expect(auc([0.1, 0.2], [0, 0])).toBeNull();
    expect(auc([0.1, 0.2], [1, 1])).toBeNull();
    expect(auc([], [])).toBeNull();
  });

  it('Brier is the mean squared error of the probabilities', () => {
    expect(brier([0.2, 0.9], [0, 1])).toBeCloseTo((0.04 + 0.01) / 2, 12);
    expect(brier([0, 1, 1], [0, 1, 0])).toBeCloseTo(1 / 3, 12);
  });

  it('top-k counts onsets among the k highest forecasts, ties at the cut going against onsets', () => {
    expect(onsetsInTop([0.9, 0.8, 0.7, 0.6], [0, 1, 0, 1], 2)).toBe(1);
    expect(onsetsInTop([0.9, 0.8, 0.7, 0.6], [0, 1, 0, 1], 4)).toBe(2);
    expect(onsetsInTop([0.9, 0.8], [1, 1], 30)).toBe(2);
    expect(onsetsInTop([0.5, 0.5], [1, 0], 1)).toBe(0);
  });
});
