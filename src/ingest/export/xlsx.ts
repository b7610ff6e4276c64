import { setTimeout as sleep } from 'node:timers/promises';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { flatColumns, type FlatColumn, type Cell } from './columns.js';
import type { ExchangeIncident } from './exchange.js';
import { neutraliseText } from './neutralise.js';

/**
 * XLSX through exceljs's streaming WorkbookWriter: each row is committed (written to the zip)
 * as soon as it is added, so memory stays flat whatever the number of incidents; between pages
 * the writer waits while the reader of the stream is behind. The same columns as CSV, numbers
 * as numeric cells, text neutralised against formulas as in CSV.
 *
 * Excel holds at most 32,767 characters in a cell: a longer text (a long narrative, the JSON
 * of an incident with hundreds of acts) is cut there and ends with `maxCellNote`; the CSV,
 * JSON and ESF exports carry it whole.
 */
export const maxCellChars = 32_767;
export const maxCellNote = ' […cut: Excel cell limit]';

export function xlsxValue(column: Pick<FlatColumn, 'kind'>, value: Cell): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (column.kind !== 'text') return value;
  const text = neutraliseText(String(value));
  return text.length > maxCellChars ? `${text.slice(0, maxCellChars - maxCellNote.length)}${maxCellNote}` : text;
}

export function xlsxStream(pages: AsyncIterable<ExchangeIncident[]>): Readable {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('incidents');
  void (async () => {
    sheet.addRow(flatColumns.map((c) => c.header)).commit();
    for await (const page of pages) {
      if (out.destroyed) return; // the reader went away: stop reading pages
      for (const incident of page) sheet.addRow(flatColumns.map((c) => xlsxValue(c, c.value(incident)))).commit();
      // Backpressure: the zip writes into `out` through a pipe that buffers upstream when `out`
      // is full; wait for a slow reader to take what is there before adding the next page.
      while (out.readableLength >= out.readableHighWaterMark && !out.destroyed) await sleep(5);
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err: unknown) => out.destroy(err as Error));
  return out;
}
