import type { Actor, Group, Source } from '../api/types';
import type { TaxonomyName } from '../vocab/vocab';

/**
 * The three registries an incident names — identity groups, actors (perpetrators and
 * speakers) and sources — as the web app edits them: which fields, which list filter, which
 * incident filter lists where a record is used. Pure, so the form's translations are
 * tested without a browser.
 */
export type RegistryKind = 'groups' | 'actors' | 'sources';
export const registryKinds: readonly RegistryKind[] = ['groups', 'actors', 'sources'];

export type RegistryRecord = Group | Actor | Source;

export interface KindSpec {
  /** The list's filter: its URL and API parameter, and the vocabulary of its values. */
  filter: { param: 'kind' | 'reliability'; urlParam: string; field: 'basis' | 'kind' | 'reliability'; vocabulary: TaxonomyName };
  /** The incident list's filter naming this kind's records: /incidents?group=<id>. */
  incidentFilter: 'group' | 'perpetrator' | 'source';
  /** The fields an inline sub-form asks for: the name and what the API requires. */
  required: readonly DraftField[];
}

export const kindSpecs: Record<RegistryKind, KindSpec> = {
  groups: { filter: { param: 'kind', urlParam: 'basis', field: 'basis', vocabulary: 'identity-bases' }, incidentFilter: 'group', required: ['name', 'basis'] },
  actors: { filter: { param: 'kind', urlParam: 'kind', field: 'kind', vocabulary: 'actor-kinds' }, incidentFilter: 'perpetrator', required: ['name', 'kind'] },
  sources: { filter: { param: 'reliability', urlParam: 'reliability', field: 'reliability', vocabulary: 'source-reliability' }, incidentFilter: 'source', required: ['name', 'reliability'] },
};

/** Every field any kind's form holds, as the inputs hold them (text). */
export type DraftField = 'name' | 'basis' | 'kind' | 'reliability' | 'country' | 'aliases' | 'description' | 'countingUnit' | 'sizeEstimate' | 'url';
export type RecordDraft = Partial<Record<DraftField, string>>;

/** The fields of each kind's full form, in order. */
export const formFields: Record<RegistryKind, readonly DraftField[]> = {
  groups: ['name', 'basis', 'aliases', 'country', 'countingUnit', 'sizeEstimate', 'description'],
  actors: ['name', 'kind', 'country', 'description'],
  sources: ['name', 'kind', 'reliability', 'url', 'description'],
};

export function emptyDraft(kind: RegistryKind): RecordDraft {
  if (kind === 'groups') return { name: '', basis: '', aliases: '', country: '', countingUnit: 'people-in-general', sizeEstimate: '', description: '' };
  if (kind === 'actors') return { name: '', kind: '', country: '', description: '' };
  return { name: '', kind: 'other', reliability: 'F', url: '', description: '' };
}

export function fromRecord(kind: RegistryKind, r: RegistryRecord): RecordDraft {
  if (kind === 'groups') {
    const g = r as Group;
    return { name: g.name, basis: g.basis, aliases: g.aliases.join('\n'), country: g.country ?? '', countingUnit: g.countingUnit, sizeEstimate: g.sizeEstimate === null ? '' : String(g.sizeEstimate), description: g.description };
  }
  if (kind === 'actors') {
    const a = r as Actor;
    return { name: a.name, kind: a.kind, country: a.country ?? '', description: a.description };
  }
  const s = r as Source;
  return { name: s.name, kind: s.kind, reliability: s.reliability, url: s.url ?? '', description: s.description };
}

const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * The API body for a draft. Values the API would refuse are sent as typed (a size of
 * "many" as the text), so its message names the field rather than the app guessing.
 */
export function toRecordBody(kind: RegistryKind, d: RecordDraft): Record<string, unknown> {
  if (kind === 'groups') {
    const size = d.sizeEstimate?.trim() ?? '';
    return {
      name: d.name ?? '',
      basis: d.basis ?? '',
      // One alias a line (or comma): names of a group often hold no comma, but lists typed by hand do.
      aliases: (d.aliases ?? '').split(/[\n,]/).map((a) => a.trim()).filter(Boolean),
      country: orNull(d.country),
      countingUnit: d.countingUnit || 'people-in-general',
      sizeEstimate: size === '' ? null : /^\d+$/.test(size) ? Number(size) : size,
      description: d.description ?? '',
    };
  }
  if (kind === 'actors') return { name: d.name ?? '', kind: d.kind ?? '', country: orNull(d.country), description: d.description ?? '' };
  return { name: d.name ?? '', kind: d.kind?.trim() || 'other', reliability: d.reliability ?? '', url: orNull(d.url), description: d.description ?? '' };
}

/**
 * A three-way merge after a stale save: `base` is the version I started from, `theirs` the
 * one saved meanwhile. A field only one side changed takes that side's value, without
 * asking; a field both changed differently is a conflict for the person to decide (mine is
 * kept until they do). So nobody's edit to another field is ever overwritten.
 */
export function mergeDrafts(kind: RegistryKind, base: RecordDraft, mine: RecordDraft, theirs: RecordDraft): { merged: RecordDraft; conflicts: DraftField[] } {
  const merged: RecordDraft = { ...mine };
  const conflicts: DraftField[] = [];
  for (const f of formFields[kind]) {
    const [b, m, t] = [base[f] ?? '', mine[f] ?? '', theirs[f] ?? ''];
    if (m === t || t === b) continue;
    if (m === b) merged[f] = t;
    else conflicts.push(f);
  }
  return { merged, conflicts };
}

/** The API list query for a registry page's URL: search, its filter, deleted ones on request. */
export function listQuery(kind: RegistryKind, page: URLSearchParams, cursor?: string | null): string {
  const spec = kindSpecs[kind].filter;
  const q = new URLSearchParams({ limit: '100' });
  const text = page.get('q')?.trim();
  if (text) q.set('q', text);
  const value = page.get(spec.urlParam);
  if (value) q.set(spec.param, value);
  if (page.get('deleted') === '1') q.set('includeDeleted', 'true');
  if (cursor) q.set('cursor', cursor);
  return `/api/${kind}?${q}`;
}
