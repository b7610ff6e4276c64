import type { FieldRule, Mapping, SourceRecord, SourceTable } from '../types.js';

/** A target's values in one record, and the column they came from (for problems and the error file). */
export interface ReadValues {
  values: unknown[];
  column?: string;
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Text of a raw value (JSON numbers and booleans as written). */
export function asText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.map(asText).filter(Boolean).join(' ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * The column an HXL hashtag names: the one tagged exactly so, else the first whose tag has
 * the same hashtag and at least the rule's attributes (`#affected+killed` finds
 * `#affected+killed+civilians`), as HXL's own matching does.
 */
export function columnOfTag(tag: string, hxlTags: Record<string, string> | undefined): string | undefined {
  if (!hxlTags) return undefined;
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, '');
  const [hash, ...attrs] = norm(tag).split('+');
  const entries = Object.entries(hxlTags);
  const exact = entries.find(([, t]) => norm(t) === norm(tag));
  if (exact) return exact[0];
  return entries.find(([, t]) => {
    const [h, ...a] = norm(t).split('+');
    return h === hash && attrs.every((x) => a.includes(x));
  })?.[0];
}

/** The values a field rule reads from a record: none, one, or several (split cells, repeats). */
export function readRule(rule: FieldRule, record: SourceRecord, table: Pick<SourceTable, 'hxlTags'>): ReadValues {
  if (typeof rule === 'string') return finish([record.fields[rule]], rule);
  const rows = rule.repeat ? (record.children?.[rule.repeat] ?? []) : [record];
  let column: string | undefined;
  const values: unknown[] = [];
  for (const row of rows) {
    if (rule.template !== undefined) {
      column = rule.template;
      let any = false;
      const text = rule.template.replace(/\{([^{}]+)\}/g, (_, name: string) => {
        const v = asText(row.fields[name]);
        if (v) any = true;
        return v;
      });
      if (any) values.push(text.replace(/\s+/g, ' ').trim());
      continue;
    }
    const columns = rule.tag !== undefined ? [columnOfTag(rule.tag, table.hxlTags)].filter((c): c is string => c !== undefined) : Array.isArray(rule.column) ? rule.column : [rule.column!];
    const present = columns.filter((c) => !isEmpty(row.fields[c]));
    column ??= present[0] ?? columns[0];
    if (present.length === 0) continue;
    if (rule.join !== undefined) values.push(present.map((c) => asText(row.fields[c])).join(rule.join));
    else values.push(row.fields[present[0]!]);
  }
  const split = rule.split;
  return finish(split === undefined ? values : values.flatMap((v) => (Array.isArray(v) ? v : asText(v).split(split))), column);
}

function finish(values: unknown[], column: string | undefined): ReadValues {
  // Most cells are one plain value: no arrays to build for them.
  if (values.length === 1 && !Array.isArray(values[0])) {
    const v = values[0];
    if (isEmpty(v)) return { values: [], column };
    return { values: [typeof v === 'string' ? v.trim() : v], column };
  }
  const flat = values.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => !isEmpty(v)).map((v) => (typeof v === 'string' ? v.trim() : v));
  return { values: flat, column };
}

/** A target's values: from its rule, else the mapping's default. */
export function readTarget(mapping: Mapping, target: string, record: SourceRecord, table: Pick<SourceTable, 'hxlTags'>): ReadValues {
  const rule = mapping.fields[target];
  const read = rule !== undefined ? readRule(rule, record, table) : { values: [] };
  if (read.values.length === 0 && mapping.defaults?.[target] !== undefined) return { values: [mapping.defaults[target]], column: read.column };
  return read;
}

/** The columns a mapping names that a table lacks (tags are resolved through the table's HXL tags). */
export function missingColumns(mapping: Mapping, table: Pick<SourceTable, 'columns' | 'hxlTags'>): string[] {
  const have = new Set(table.columns);
  const missing = new Set<string>();
  const check = (rule: FieldRule) => {
    if (typeof rule === 'string') {
      if (!have.has(rule)) missing.add(rule);
      return;
    }
    if (rule.repeat) return;
    if (rule.tag !== undefined && !columnOfTag(rule.tag, table.hxlTags)) missing.add(rule.tag);
    // Of several columns, one present is enough: exports of different versions name it differently.
    const columns = rule.column === undefined ? [] : Array.isArray(rule.column) ? rule.column : [rule.column];
    if (columns.length && !columns.some((c) => have.has(c))) missing.add(columns.join(' or '));
    if (rule.template !== undefined) for (const [, c] of rule.template.matchAll(/\{([^{}]+)\}/g)) if (!have.has(c!)) missing.add(c!);
  };
  Object.values(mapping.fields).forEach(check);
  if ('columns' in mapping.key) for (const c of mapping.key.columns) if (!have.has(c)) missing.add(c);
  return [...missing];
}
