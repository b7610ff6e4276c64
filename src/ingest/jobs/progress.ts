import type { ImportProgress } from '../types.js';

/** A job's progress as the API shows it: the pipeline's counts with an estimate of what is left. */
export interface ProgressView extends ImportProgress {
  /** Share of the file read, 0–100; null when the size is unknown. */
  percent: number | null;
  /** Seconds left at the speed so far; null until there is a speed to go by. */
  etaSeconds: number | null;
}

/**
 * The estimate goes by bytes, not rows: the number of rows is known only at the end, the
 * file's size from the start. Until a second has passed and something was read, there is no
 * estimate (the first batch's set-up would make any number a guess).
 */
export function progressView(progress: ImportProgress, elapsedSeconds: number): ProgressView {
  const { bytesRead, bytesTotal } = progress;
  const known = bytesRead !== null && bytesTotal !== null && bytesTotal > 0;
  const fraction = known ? Math.min(1, bytesRead / bytesTotal) : null;
  const percent = fraction === null ? null : Math.round(fraction * 1000) / 10;
  const etaSeconds = fraction !== null && fraction > 0 && elapsedSeconds >= 1 ? Math.max(0, Math.round((elapsedSeconds * (1 - fraction)) / fraction)) : null;
  return { ...progress, percent, etaSeconds };
}

export const noProgress: ImportProgress = { rowsRead: 0, rowsWritten: 0, rejected: 0, bytesRead: null, bytesTotal: null, rowsPerSecond: 0 };
