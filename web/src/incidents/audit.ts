/** What an audit entry changed: the top-level fields whose value differs between before and after. */
export function changedFields(before: unknown, after: unknown): string[] {
  const ignore = new Set(['version', 'updatedAt', 'updatedBy', 'createdAt', 'createdBy']);
  const a = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const b = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !ignore.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

/** A field's value for the chronology, short enough to read in a list. */
export function brief(value: unknown, max = 120): string {
  if (value === null || value === undefined || value === '') return '—';
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
