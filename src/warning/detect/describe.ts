import type { Month, PlaceGroupSeries, PyramidLevel } from '../types.js';

/**
 * Words for the explanations: a place-group, a level, a month, a rate. Explanations are English;
 * the web app builds its own sentence from a finding's figures.
 */
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-03` → "March 2025". */
export function monthInWords(month: Month): string {
  return `${monthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** The months of a window in words: "March 2025" or "January–March 2025" or "November 2024–January 2025". */
export function windowInWords(first: Month, last: Month): string {
  if (first === last) return monthInWords(first);
  if (first.slice(0, 4) === last.slice(0, 4)) return `${monthNames[Number(first.slice(5, 7)) - 1]}–${monthInWords(last)}`;
  return `${monthInWords(first)}–${monthInWords(last)}`;
}

/** The pyramid of hate's levels (data/taxonomies/pyramid-levels.yaml), as a sentence names them. */
export const levelNames: Record<PyramidLevel, string> = {
  1: 'biased attitudes',
  2: 'acts of bias',
  3: 'discrimination',
  4: 'bias-motivated violence',
  5: 'genocide or mass atrocity',
};

export const levelInWords = (level: number) => `${levelNames[level as PyramidLevel]} (level ${level})`;

/** "Teral in Eastern Lakes", "Teral in VRD", "All groups in Eastern Lakes". */
export function placeGroupInWords(series: Pick<PlaceGroupSeries, 'country' | 'admin1' | 'groupId' | 'groupName'>): string {
  const group = series.groupName ?? series.groupId ?? 'All groups';
  return `${group} in ${series.admin1 ?? series.country}`;
}

/** A monthly rate a reader can check: one decimal, or two below 0.1 (0 as 0). */
export function rateInWords(rate: number): string {
  if (rate === 0) return '0';
  return rate < 0.1 ? rate.toFixed(2) : rate.toFixed(1);
}

/** `count` with its noun, singular or plural: "1 incident", "14 incidents". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The list in words: "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
