/** The delimiters a CSV file may use: comma; semicolon (spreadsheets in locales with a decimal comma); tab; pipe. */
export const csvDelimiters = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/**
 * Guesses a CSV's delimiter from a sample of its text: for each candidate, the number of
 * fields in each of the first records (quotes respected, so a comma inside a quoted narrative
 * does not count). The candidate whose count is the same in most records, and above one,
 * wins; ties go to the order of `csvDelimiters`. A file of one column has none: comma.
 *
 *   detectDelimiter('a;b;c\n1;2,5;3\n') === ';'
 */
export function detectDelimiter(sample: string, options: { whole?: boolean; maxRecords?: number } = {}): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of csvDelimiters) {
    const counts = fieldCounts(sample, delimiter, options.maxRecords ?? 50, options.whole ?? false);
    if (counts.length === 0) continue;
    const tally = new Map<number, number>();
    for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
    const [fields, records] = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    if (fields < 2) continue;
    // Records agreeing on the count, weighted a little by the count so that a stray
    // semicolon in every line of a comma file does not beat the commas.
    const score = records / counts.length + fields / 1000;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Fields per record of the sample (the last record only when the sample is the whole file: else it may be cut). */
function fieldCounts(sample: string, delimiter: string, maxRecords: number, whole: boolean): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let empty = true;
  for (let i = 0; i < sample.length && counts.length < maxRecords; i++) {
    const ch = sample[i];
    if (inQuotes) {
      if (ch === '"') {
        if (sample[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      empty = false;
    } else if (ch === delimiter) {
      fields++;
      empty = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && sample[i + 1] === '\n') i++;
      if (!empty) counts.push(fields);
      fields = 1;
      empty = true;
    } else empty = false;
  }
  if (whole && !empty && counts.length < maxRecords) counts.push(fields);
  return counts;
}
