/**
 * How a region's name is written before it is matched: Unicode NFKC (so a ligature or a
 * full-width letter typed on a phone matches its plain form), whitespace trimmed and inner
 * runs collapsed to one space. Case is left as typed: the database folds it with lower()
 * when it builds the key (migration 003 says why), and the first spelling is what people see.
 *
 * @example normaliseSpelling('  Eastern \t Lakes ') // 'Eastern Lakes'
 */
export function normaliseSpelling(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ');
}
