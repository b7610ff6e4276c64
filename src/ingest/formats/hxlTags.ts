/**
 * HXL hashtags and attributes (Humanitarian Exchange Language, hxlstandard.org, standard 1.1:
 * "HXL tagging conventions" and the hashtag dictionary). A hashtag is `#` and a name
 * (`#affected`); attributes refine it (`+killed`, `+f`). Case, whitespace and the order of
 * attributes carry no meaning, so `#Affected +F +killed` and `#affected+killed+f` are one tag.
 *
 *   parseHxlTag('#affected +killed')          → { hashtag: '#affected', attributes: ['killed'] }
 *   hxlTagMatches('#affected+killed', '#affected+f+killed') → true (the pattern's attributes are a subset)
 */
export interface HxlTag {
  hashtag: string;
  attributes: string[];
}

// The standard's syntax: a letter first, then letters, digits or underscores (both for the
// hashtag and for each attribute). Extension hashtags (`#x_risk`) follow the same rule.
const hashtagPattern = /^#([a-z][a-z0-9_]*)$/;
const attributePattern = /^[a-z][a-z0-9_]*$/;

/** A cell's hashtag spec, or undefined when the text is not one. */
export function parseHxlTag(text: string): HxlTag | undefined {
  // Whitespace may stand around the `+` of an attribute, never inside a name.
  const [head, ...attributes] = text.trim().toLowerCase().split(/\s*\+\s*/);
  if (!head?.startsWith('#')) return undefined;
  const m = hashtagPattern.exec(head!);
  if (!m) return undefined;
  if (attributes.some((a) => !attributePattern.test(a))) return undefined;
  return { hashtag: `#${m[1]}`, attributes: [...new Set(attributes)].sort() };
}

/** The canonical text of a tag: lower case, no spaces, attributes sorted (`#affected+f+killed`). */
export function formatHxlTag(tag: HxlTag): string {
  return [tag.hashtag, ...tag.attributes].join('+');
}

/**
 * Whether a column's tag answers a pattern, as HXL tag patterns do: the same hashtag, and every
 * attribute of the pattern present on the column (the column may have more). A `-attribute` in the
 * pattern excludes columns that carry it: `#affected-f` is every #affected column not for females.
 */
export function hxlTagMatches(pattern: string, columnTag: string): boolean {
  const column = parseHxlTag(columnTag);
  if (!column) return false;
  const compact = pattern.trim().toLowerCase().replace(/\s*([+-])\s*/g, '$1');
  const excluded = [...compact.matchAll(/-([a-z][a-z0-9_]*)/g)].map((m) => m[1]!);
  const wanted = parseHxlTag(compact.replace(/-[a-z][a-z0-9_]*/g, ''));
  if (!wanted || wanted.hashtag !== column.hashtag) return false;
  return wanted.attributes.every((a) => column.attributes.includes(a)) && !excluded.some((a) => column.attributes.includes(a));
}

/**
 * Whether a row is the hashtag row: at least one cell is a hashtag and every other non-empty
 * cell is one too (HXL lets a column go untagged by leaving its cell empty, never by text).
 */
export function isHxlTagRow(cells: readonly string[]): boolean {
  let tags = 0;
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    if (!parseHxlTag(cell)) return false;
    tags++;
  }
  return tags > 0;
}

/**
 * The standard allows header rows above the hashtag row; HDX's tools look through the first 25
 * rows (HXL tagging conventions: "up to 24 rows of headers before the HXL hashtag row"). A
 * file with no tag row by then is not HXL.
 */
export const hxlTagRowSearchLimit = 25;
