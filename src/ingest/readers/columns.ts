/**
 * Column names as a header row gives them, made usable as keys: blank names become
 * `column N` (1-based), and a name given twice gets ` (2)`, ` (3)`… with a note saying so —
 * two columns called "date" must not silently overwrite each other.
 */
export function uniqueColumns(header: string[], notes: string[]): string[] {
  const seen = new Map<string, number>();
  const used = new Set<string>();
  const columns = header.map((raw, i) => {
    const name = raw.trim() === '' ? `column ${i + 1}` : raw.trim();
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    let unique = n === 1 ? name : `${name} (${n})`;
    while (used.has(unique)) unique = `${unique}′`;
    used.add(unique);
    return unique;
  });
  const repeated = [...seen].filter(([, n]) => n > 1);
  for (const [name, n] of repeated) {
    notes.push(`the column name '${name}' is given ${n} times: read as '${name}', ${Array.from({ length: n - 1 }, (_, k) => `'${name} (${k + 2})'`).join(', ')} (a mapping names the one it means)`);
  }
  return columns;
}

/** True when every value is blank: spreadsheets export trailing empty rows as `,,,`. */
export function isBlankRow(values: readonly unknown[]): boolean {
  return values.every((v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === ''));
}
