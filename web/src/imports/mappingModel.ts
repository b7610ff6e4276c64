import type { TaxonomyName } from '../api/types';

/**
 * A mapping document as the import page edits it (the Mapping interface of
 * src/ingest/types.ts): which column fills which field, and how the source's codes become ours.
 * Pure functions: each returns a new document.
 */
export type FieldRule = string | { column?: string | string[]; tag?: string; join?: string; template?: string; split?: string; repeat?: string };
export interface ValueMapping {
  code: string | string[] | null;
  why: string;
}
export interface MappingDoc {
  name: string;
  description?: string;
  format?: string;
  sourceSystem?: string;
  fields: Record<string, FieldRule>;
  values?: Record<string, Record<string, ValueMapping>>;
  [more: string]: unknown;
}

/** The column a rule reads when it is one plain column; null for templates, tags, several columns. */
export function plainColumn(rule: FieldRule | undefined): string | null {
  if (typeof rule === 'string') return rule;
  if (rule && typeof rule.column === 'string' && !rule.template && !rule.tag && !rule.join && !rule.split && !rule.repeat) return rule.column;
  return null;
}

/** The field a column fills by a plain rule ('' when none), and whether a rule of another kind also reads it. */
export function fieldOfColumn(mapping: MappingDoc, column: string): { target: string; inRule: boolean } {
  let target = '';
  let inRule = false;
  for (const [t, rule] of Object.entries(mapping.fields)) {
    const plain = plainColumn(rule);
    if (plain === column) target ||= t;
    else if (plain === null && ruleNames(rule, column)) inRule = true;
  }
  return { target, inRule };
}

function ruleNames(rule: FieldRule, column: string): boolean {
  if (typeof rule === 'string') return rule === column;
  if (Array.isArray(rule.column) && rule.column.includes(column)) return true;
  return typeof rule.template === 'string' && rule.template.includes(`{${column}}`);
}

/**
 * The mapping with `column` filling `target` ('' : the column fills nothing). The column's other
 * plain rules go (a column fills one field here), and so does the rule `target` had.
 */
export function assignColumn(mapping: MappingDoc, column: string, target: string): MappingDoc {
  const fields = Object.fromEntries(Object.entries(mapping.fields).filter(([t, rule]) => plainColumn(rule) !== column && t !== target));
  if (target) fields[target] = column;
  return { ...mapping, fields };
}

/** A source value mapped to our code (null: deliberately not imported), with the reason, added or replaced. */
export function withValueMapping(mapping: MappingDoc, target: string, value: string, choice: ValueMapping): MappingDoc {
  const values = { ...(mapping.values ?? {}) };
  values[target] = { ...(values[target] ?? {}), [value]: choice };
  return { ...mapping, values };
}

/**
 * A copy saved as a person's own mapping: named, and keeping the source system of the mapping
 * it came from, so that rows imported before are recognised (their keys live under that system).
 */
export function asOwnMapping(mapping: MappingDoc, name: string): MappingDoc {
  return { ...mapping, name, sourceSystem: mapping.sourceSystem ?? mapping.name };
}

/** A mapping's name as mapping files write them: lower-case letters, digits and -, at most 63. */
export function mappingName(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

/** A mapping to start from when the file's format has none: nothing mapped yet, each row keyed by its content. */
export function emptyMapping(fileName: string, format: string): MappingDoc {
  return { name: mappingName(fileName.replace(/\.[^.]*$/, '')) || 'my-file', description: `Columns of ${fileName}`, format, key: { hash: 'record' }, fields: {} };
}

/** The mapping field an unknown code was reported for: `acts.0.violationType` → `violationType`. */
export function valueTarget(target: string): string {
  return target.replace(/^(acts|sources)\.\d+\./, '').replace(/^place\./, '');
}

/** The vocabulary a field's codes come from, when it has one (the value mapper then offers its terms). */
export const vocabularyOf: Partial<Record<string, TaxonomyName>> = {
  violationType: 'violation-types',
  identityBasis: 'identity-bases',
  groupBasis: 'identity-bases',
  perpetratorKind: 'actor-kinds',
  perpetrator2Kind: 'actor-kinds',
  involvement: 'involvement-degrees',
  locationPrecision: 'location-precisions',
  precision: 'location-precisions',
  verificationStatus: 'verification-statuses',
  confidentiality: 'confidentiality-levels',
  monitoringStatus: 'monitoring-statuses',
  materialType: 'material-types',
  connection: 'source-connections',
  sourceReliability: 'source-reliability',
};
