import { DomainError } from '../../errors.js';
import type { FormatProfile, FormatSample, ImportFile, SourceRecord, SourceTable } from '../types.js';
import { checkZipIntegrity, looksLikeZip, openZip } from './archive.js';
import { detectDelimiter, openCsvTable, openFile, readHead, readXlsxSheets, type SheetTable } from './fieldTables.js';
import { addRepeatSums, formColumnNames, planFormColumns, repeatSumNames, shapeFormFields } from './formFields.js';
import { RepeatRows, sameSheet } from './koboRepeats.js';

/**
 * KoboToolbox exports (the project's "Downloads" page, or the API's exports), as KoboToolbox
 * documents them:
 * - **CSV**: `;`-separated by default, one row per submission; repeat groups are not in it
 *   (a note says so: export XLSX to bring them).
 * - **XLSX**: the main sheet (named after the form, cut to 31 characters) plus one sheet per
 *   repeat group, joined by `_index` / `_parent_index` / `_parent_table_name` and
 *   `_submission__uuid` (see koboRepeats.ts) into `SourceRecord.children`.
 * - Headers as "XML values and headers" (question names, choice names) — the shipped mapping
 *   expects these; an export "with labels" names columns by their labels, so a mapping for it
 *   names those — and group paths joined with `/` ("include groups in headers").
 * - Meta columns `_id`, `_uuid`, `_submission_time`, `_index`, `_validation_status`, `_tags`…
 *   The record's key is `_uuid` (stable across exports; `_id` is per server).
 * Group paths, select_multiple in both forms and geopoints are given the same names for every
 * export setting by formFields.ts.
 */
export const koboProfile: FormatProfile = {
  format: 'kobo',
  defaultMapping: 'kobo-incident-form',
  detect: detectKobo,
  open: openKobo,
};

const metaColumns = ['_uuid', '_submission_time', '_id', '_index', '_validation_status', '_submitted_by', '__version__'];

export function detectKobo(sample: FormatSample): number {
  const columns = sample.columns ?? headerOf(sample.head);
  const has = (c: string) => columns.includes(c);
  if (!has('_uuid')) return 0;
  const meta = metaColumns.filter(has).length;
  // `_uuid` with `_submission_time` or `_index` is Kobo's meta block; ODK's columns are KEY and SubmissionDate.
  return meta >= 3 ? 0.95 : meta >= 2 ? 0.85 : 0.5;
}

/**
 * `_submission_date`: the day of `_submission_time` (written in the server's time, to the
 * second), in our date form, for a mapping's reportDate.
 */
export function withSubmissionDate(fields: Record<string, string>): Record<string, string> {
  const at = fields._submission_time ?? '';
  if (/^\d{4}-\d{2}-\d{2}/.test(at)) fields._submission_date = at.slice(0, 10);
  return fields;
}

function submissionDateName(columns: string[]): string[] {
  return columns.includes('_submission_time') ? ['_submission_date'] : [];
}

/** A note when the headers are labels ("What happened?") rather than XML names: the mapping must then name labels. */
export function labelNote(columns: string[]): string[] {
  const questions = columns.filter((c) => !c.startsWith('_'));
  const labels = questions.filter((c) => !/^[A-Za-z_][\w.\-/]*$/.test(c));
  return questions.length && labels.length > questions.length / 2
    ? ['the headers look like question labels, not names: export with "XML values and headers" for the shipped mappings, or name the labels in yours']
    : [];
}

function headerOf(head: Buffer): string[] {
  if (looksLikeZip(head)) return [];
  const line = head.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return line.split(detectDelimiter(line)).map((c) => c.trim().replace(/^"|"$/g, ''));
}

export async function openKobo(file: ImportFile, options: { sheet?: string; delimiter?: string } = {}): Promise<SourceTable> {
  const head = await readHead(openFile(file.path), 8);
  return looksLikeZip(head) ? openKoboXlsx(file, options) : openKoboCsv(file, options);
}

async function openKoboCsv(file: ImportFile, options: { delimiter?: string }): Promise<SourceTable> {
  const table = await openCsvTable(openFile(file.path), options);
  const plan = planFormColumns(table.columns, 'kobo');
  const notes = [`KoboToolbox CSV export, "${table.delimiter === '\t' ? 'tab' : table.delimiter}"-separated; repeat groups are not in CSV exports: export XLSX to import them`, ...labelNote(table.columns)];
  async function* records(): AsyncGenerator<SourceRecord> {
    for await (const row of table.rows) yield { row: row.row, fields: withSubmissionDate(shapeFormFields(table.columns, row.cells, plan)) };
  }
  return { columns: [...formColumnNames(table.columns, plan), ...submissionDateName(table.columns)], notes, records: records() };
}

async function openKoboXlsx(file: ImportFile, options: { sheet?: string }): Promise<SourceTable> {
  // The container is checked before exceljs inflates a byte of it (zip bombs).
  const members = await openZip(file.path, { displayName: file.name });
  await checkZipIntegrity(file.path, members, file.name);
  const sheetCount = members.filter((m) => /^xl\/worksheets\/[^/]+\.xml$/.test(m.name)).length;
  const notes: string[] = [];
  const repeats = new RepeatRows();
  const sheets: { name: string; columns: string[]; repeat: boolean }[] = [];
  const repeatColumns: string[] = [];
  const labels = new ChoiceLabels();

  if (sheetCount > 1) {
    // First pass: the repeat sheets, held until the main sheet is read; the main sheet is only looked at.
    for await (const sheet of readXlsxSheets(file.path)) {
      if (isChoicesSheet(sheet.columns) && !(options.sheet && sameSheet(options.sheet, sheet.name))) {
        for await (const row of sheet.rows) labels.add(sheet.columns, row.cells);
        notes.push(`the form's choices (sheet "${sheet.name}"): regions and places given as choice names are recorded by their labels`);
        continue;
      }
      const repeat = sheet.columns.includes('_parent_index');
      sheets.push({ name: sheet.name, columns: sheet.columns, repeat });
      if (!repeat || (options.sheet && sameSheet(options.sheet, sheet.name))) continue;
      repeats.addSheet(sheet.name);
      const plan = planFormColumns(sheet.columns, 'kobo');
      repeatColumns.push(...formColumnNames(sheet.columns, plan));
      for await (const row of sheet.rows) repeats.add(sheet.name, { row: row.row, sheet: sheet.name, fields: shapeFormFields(sheet.columns, row.cells, plan) });
    }
    repeats.link();
  }

  const mainName = sheetCount > 1 ? chooseMainSheet(sheets, repeats.parentTableNames(), options.sheet) : undefined;
  const reader = readXlsxSheets(file.path);
  let main: SheetTable | undefined;
  // next() by hand: leaving a for-await loop would close the reader, and the main sheet with it.
  for (let next = await reader.next(); !next.done; next = await reader.next()) {
    if (mainName === undefined || next.value.name === mainName) {
      main = next.value;
      break;
    }
  }
  if (!main) {
    await reader.return(undefined);
    throw new DomainError('invalid', `${file.name}: no sheet with a header row${options.sheet ? ` named ${options.sheet}` : ''}`, [
      { field: 'sheet', code: 'invalid', message: 'no readable sheet' },
    ]);
  }
  const chosen = main;
  notes.push(`KoboToolbox XLSX export: main sheet "${chosen.name}"${repeats.parentTableNames().some((n) => n !== chosen.name && sameSheet(n, chosen.name)) ? ' (its name cut to 31 characters by Excel)' : ''}`);
  const repeatNames = sheets.filter((s) => s.repeat && s.name !== chosen.name).map((s) => s.name);
  if (repeatNames.length) notes.push(`repeat groups joined to their submissions: ${repeatNames.join(', ')}`);
  notes.push(...labelNote(chosen.columns));
  const plan = planFormColumns(chosen.columns, 'kobo');
  async function* records(): AsyncGenerator<SourceRecord> {
    try {
      for await (const row of chosen.rows) {
        const fields = withSubmissionDate(shapeFormFields(chosen.columns, row.cells, plan));
        const children = repeats.childrenOf(fields);
        addRepeatSums(fields, children);
        yield { row: row.row, sheet: chosen.name, fields, ...(children ? { children } : {}) };
      }
      const orphans = repeats.orphans();
      if (orphans) notes.push(`${orphans} repeat row(s) name a submission that is not in the main sheet: not imported`);
    } finally {
      // Stop the workbook reader when the caller stops early (a preview of 20 rows).
      await reader.return(undefined);
    }
  }
  const columns = [...formColumnNames(chosen.columns, plan), ...submissionDateName(chosen.columns), ...repeatSumNames([...new Set(repeatColumns)])];
  return { columns, notes, records: records(), ...(labels.size ? { choiceLabels: labels.map() } : {}) };
}

/** An XLSForm `choices` sheet (list_name, name, label or label::Language): exported beside the data, or added to it. */
export const isChoicesSheet = (columns: string[]) => columns.includes('list_name') && columns.includes('name') && columns.some((c) => c === 'label' || c.startsWith('label::'));

/**
 * Choice names → labels from a choices sheet: the plain `label` column, else the first
 * `label::…` one (the form's first language). A name two lists label differently is left out:
 * which one a cell means cannot be told.
 */
export class ChoiceLabels {
  private readonly labels = new Map<string, string | null>();
  add(columns: string[], cells: string[]): void {
    const at = (c: string) => columns.indexOf(c);
    const labelAt = at('label') >= 0 ? at('label') : columns.findIndex((c) => c.startsWith('label::'));
    const name = cells[at('name')]?.trim();
    const label = cells[labelAt]?.trim();
    if (!name || !label) return;
    const known = this.labels.get(name);
    this.labels.set(name, known === undefined || known === label ? label : null);
  }
  get size(): number {
    return this.labels.size;
  }
  map(): Map<string, string> {
    return new Map([...this.labels].filter((e): e is [string, string] => e[1] !== null));
  }
}

/**
 * The main sheet: the one the user named; else the one the repeats call their parent (its name
 * may be cut to 31 characters); else the first sheet without `_parent_index`.
 */
export function chooseMainSheet(sheets: { name: string; repeat: boolean }[], parentTables: string[], wanted?: string): string {
  if (wanted) {
    const named = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => sameSheet(s.name, wanted));
    if (!named) throw new DomainError('invalid', `no sheet named "${wanted}" (sheets: ${sheets.map((s) => s.name).join(', ')})`, [{ field: 'sheet', code: 'invalid', message: `no sheet named ${wanted}` }]);
    return named.name;
  }
  for (const parent of parentTables) {
    const found = sheets.find((s) => !s.repeat && sameSheet(s.name, parent));
    if (found) return found.name;
  }
  const first = sheets.find((s) => !s.repeat) ?? sheets[0];
  if (!first) throw new DomainError('invalid', 'the workbook has no sheet with a header row', [{ field: 'file', code: 'invalid', message: 'no readable sheet' }]);
  return first.name;
}
