import { flatColumns, type Cell, type FlatColumn } from './columns.js';
import type { ExchangeIncident } from './exchange.js';
import { neutraliseText } from './neutralise.js';

/**
 * CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read Arabic and accents, CRLF
 * line ends) and HXL-tagged CSV: the same columns, with the HXL hashtag row under the header
 * (HXL 1.1: "the hashtag row comes between the header row and the data").
 */

/** The text a cell is written as: text neutralised against formulas, numbers as they are. */
export function cellText(column: Pick<FlatColumn, 'kind'>, value: Cell): string {
  if (value === null || value === undefined) return '';
  if (column.kind === 'text') return neutraliseText(String(value));
  return String(value);
}

/** One CSV field, quoted when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (fields: string[]) => `${fields.map(csvField).join(',')}\r\n`;

export function csvRow(incident: ExchangeIncident): string {
  return csvLine(flatColumns.map((c) => cellText(c, c.value(incident))));
}

export async function* csvChunks(pages: AsyncIterable<ExchangeIncident[]>, options: { hxl: boolean }): AsyncGenerator<string> {
  yield `\ufeff${csvLine(flatColumns.map((c) => c.header))}`;
  if (options.hxl) yield csvLine(flatColumns.map((c) => c.hxl));
  for await (const page of pages) yield page.map(csvRow).join('');
}
