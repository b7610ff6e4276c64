import type { SourceRecord } from '../types.js';

/**
 * KoboToolbox's XLSX export puts each repeat group on its own sheet. A repeat row carries
 * `_index` (its own row number in the sheet), `_parent_table_name` and `_parent_index` (the
 * sheet and `_index` of the row it belongs to: the main sheet, or another repeat's sheet for a
 * nested repeat) and `_submission__uuid` (the submission's `_uuid`). Sheet names are cut to 31
 * characters (Excel's limit) while `_parent_table_name` keeps the full name, so names are
 * compared by their first 31 characters.
 *
 * Repeat rows are held in memory until the main sheet is read (a submission's rows must be at
 * hand when it is): they are the small part of an export — the main sheet, streamed, is not.
 */
export const sheetNameLimit = 31;

export function sameSheet(a: string, b: string): boolean {
  return a.slice(0, sheetNameLimit).toLowerCase() === b.slice(0, sheetNameLimit).toLowerCase();
}

export class RepeatRows {
  /** Rows under a repeat row: `${sheet}\u0000${_index}` → repeat name → rows. */
  private readonly underRepeat = new Map<string, Record<string, SourceRecord[]>>();
  /** Rows of first-level repeats, by submission: `uuid:${_submission__uuid}` or `index:${_parent_index}`. */
  private readonly underSubmission = new Map<string, Record<string, SourceRecord[]>>();
  private readonly claimed = new Set<string>();
  private readonly repeatSheets: string[] = [];
  private pending: { sheet: string; record: SourceRecord }[] = [];

  addSheet(name: string): void {
    this.repeatSheets.push(name);
  }

  add(sheet: string, record: SourceRecord): void {
    this.pending.push({ sheet, record });
  }

  /** Files every row under its parent, once all repeat sheets are read. */
  link(): void {
    const rowsOf = new Map<string, SourceRecord>();
    for (const { sheet, record } of this.pending) rowsOf.set(`${sheet.toLowerCase()}\u0000${record.fields._index}`, record);
    for (const { sheet, record } of this.pending) {
      const parentTable = String(record.fields._parent_table_name ?? '');
      const parentSheet = this.repeatSheets.find((s) => sameSheet(s, parentTable));
      if (parentSheet) {
        const parent = rowsOf.get(`${parentSheet.toLowerCase()}\u0000${record.fields._parent_index}`);
        if (parent) (parent.children ??= {})[sheet] = [...(parent.children?.[sheet] ?? []), record];
        continue;
      }
      const uuid = String(record.fields._submission__uuid ?? '');
      const key = uuid ? `uuid:${uuid}` : `index:${record.fields._parent_index}`;
      const byRepeat = this.underSubmission.get(key) ?? {};
      (byRepeat[sheet] ??= []).push(record);
      this.underSubmission.set(key, byRepeat);
    }
    this.pending = [];
  }

  /** The first-level repeat rows of a main-sheet row. */
  childrenOf(fields: Record<string, unknown>): Record<string, SourceRecord[]> | undefined {
    for (const key of [`uuid:${fields._uuid ?? ''}`, `index:${fields._index ?? ''}`]) {
      const found = this.underSubmission.get(key);
      if (found && !this.claimed.has(key)) {
        this.claimed.add(key);
        return found;
      }
    }
    return undefined;
  }

  /** How many repeat rows named a submission the main sheet did not have. */
  orphans(): number {
    let n = 0;
    for (const [key, byRepeat] of this.underSubmission) if (!this.claimed.has(key)) for (const rows of Object.values(byRepeat)) n += rows.length;
    return n;
  }

  /** The name of the sheet the first-level repeats point at (`_parent_table_name`), when they say. */
  parentTableNames(): string[] {
    return [...new Set([...this.underSubmission.values()].flatMap((byRepeat) => Object.values(byRepeat).flatMap((rows) => rows.map((r) => String(r.fields._parent_table_name ?? '')))))].filter(Boolean);
  }
}
