import { describe, expect, it } from 'vitest';
import { noProgress, progressView } from './progress.js';

describe('progressView', () => {
  it('estimates the time left from the share of the file read so far', () => {
    const view = progressView({ ...noProgress, rowsRead: 5000, bytesRead: 250, bytesTotal: 1000, rowsPerSecond: 2500 }, 2);
    expect(view).toMatchObject({ percent: 25, etaSeconds: 6, rowsPerSecond: 2500 });
  });

  it('gives no estimate before a second has passed, nor without a size', () => {
    expect(progressView({ ...noProgress, bytesRead: 10, bytesTotal: 1000 }, 0.5).etaSeconds).toBeNull();
    expect(progressView({ ...noProgress, bytesRead: 10, bytesTotal: null }, 5)).toMatchObject({ percent: null, etaSeconds: null });
    expect(progressView(noProgress, 5)).toMatchObject({ percent: null, etaSeconds: null });
  });

  it('never passes 100% nor a negative time left', () => {
    expect(progressView({ ...noProgress, bytesRead: 1200, bytesTotal: 1000 }, 3)).toMatchObject({ percent: 100, etaSeconds: 0 });
  });
});
