/**
 * Formula injection (CSV injection): a spreadsheet runs a cell that starts with `=`, `+`, `-`
 * or `@` as a formula — and some also after a tab or carriage return — so a title like
 * `=HYPERLINK("http://evil","click")` in an export becomes a live link or worse when a partner
 * opens it. Text cells of CSV, XLSX and HXL exports that start with one of these are written
 * with a leading apostrophe, which spreadsheets read as "this is text". Numbers and
 * coordinates are never touched (-12.5 stays a number).
 *
 * So that Precursor's importer can give the exact text back, a text cell that already starts
 * with an apostrophe is prefixed too: restoring is then "drop one leading apostrophe", with no
 * ambiguity. Precursor's own exports say they follow this rule with the column
 * `precursorExportMarker` (value `exportFormatVersion`), which the importer looks for.
 */
const triggers = /^[=+\-@\t\r']/;

export const precursorExportMarker = 'precursor_export';
export const exportFormatVersion = '1';

export function neutraliseText(text: string): string {
  return triggers.test(text) ? `'${text}` : text;
}

/** The inverse of neutraliseText, for a cell of a file marked as Precursor's own export. */
export function restoreText(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}
