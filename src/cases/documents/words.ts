import type { Block } from './compose.js';

/** A document's word count against its form's limit: printed in the document and returned to the caller. */
export interface WordCount {
  words: number;
  limit: number | null;
  /** The limit for a joint submission, where the form sets one (UPR coalitions). */
  jointLimit: number | null;
  /** Words over the limit (0 when within it or without a limit). */
  over: number;
}

/**
 * Words as a word processor counts them: runs of characters between white space, in any script
 * (Arabic words are separated by spaces too). What counts is the text the author submits —
 * headings, paragraphs, lists and text tables; figures, the tables of their numbers, the guidance
 * and the evidence annex do not (annexes are outside the UPR's limit, for one).
 */
export function wordsIn(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0;
}

export function countWords(blocks: readonly Block[], limit: number | null, jointLimit: number | null = null): WordCount {
  let words = 0;
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') words += wordsIn(b.text);
    else if (b.type === 'list') words += b.items.reduce((s, i) => s + wordsIn(i), 0);
    else if (b.type === 'table' && b.counted) words += [b.header, ...b.rows].flat().reduce((s, cell) => s + wordsIn(cell), 0);
  }
  return { words, limit, jointLimit, over: limit === null ? 0 : Math.max(0, words - limit) };
}
