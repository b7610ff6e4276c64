/**
 * A JSON record as columns: nested objects become key paths joined with '/'
 * (`{ "place": { "country": "XVR" } }` → `place/country`), the way Kobo and ODK name their
 * group paths. Arrays stay whole (a mapping splits or picks from them); so do values of
 * other types: JSON keeps its types.
 */
export function flattenRecord(value: Record<string, unknown>, into: Record<string, unknown> = {}, prefix = ''): Record<string, unknown> {
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}/${key}` : key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flattenRecord(v as Record<string, unknown>, into, path);
    else into[path] = v;
  }
  return into;
}

/** The columns of the first records (a JSON file has no header: the union of their keys, in order seen). */
export function columnsOf(records: { fields: Record<string, unknown> }[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r.fields)) seen.add(k);
  return [...seen];
}
