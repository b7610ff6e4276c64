/**
 * The chronology of an incident as a readable diff. An audit entry holds the whole incident
 * before and after a write; `incidentChanges` says what changed in words a monitor reads —
 * field by field, vocabulary terms and records by reference (labelled and named when
 * shown), acts compared by their id, sources, evidence and links as items added, removed
 * or changed. Pure: the names are resolved by the page, with as few requests as it can.
 */
import type { TaxonomyName } from '../vocab/vocab';

export type RecordKind = 'groups' | 'actors' | 'sources' | 'places' | 'evidence' | 'incidents';
export type Precision = 'day' | 'month' | 'year';

/** One piece of a shown value: words, a vocabulary term, a record by id, a date at its precision… */
export type Token =
  | { t: 'text'; text: string }
  | { t: 'term'; vocabulary: TaxonomyName; code: string }
  | { t: 'record'; kind: RecordKind; id: string; name?: string }
  | { t: 'date'; date: string; precision: Precision }
  | { t: 'number'; n: number }
  | { t: 'yes' | 'no' }
  | { t: 'level'; level: number }
  | { t: 'victims'; kind: string; n: number }
  | { t: 'involvement'; actorId: string; involvement: string }
  /** A word of the interface, by its message key (a case's status). */
  | { t: 'message'; key: string };

/** A field's value as tokens; empty means "nothing". */
export type Value = Token[];

/** Field names are the API's, so the page maps each to its label in the user's language. */
export type IncidentField =
  | 'title'
  | 'narrative'
  | 'startDate'
  | 'endDate'
  | 'dateEstimated'
  | 'reportDate'
  | 'country'
  | 'admin1'
  | 'place'
  | 'pyramidLevel'
  | 'pyramidLevelOverride'
  | 'verificationStatus'
  | 'confidentiality'
  | 'monitoringStatus';
export type ItemField = 'violationType' | 'groupId' | 'identityBasis' | 'victims' | 'perpetrators' | 'connection' | 'materialType' | 'informationDate' | 'credibility' | 'note' | 'kind';
export type ListField = 'acts' | 'sources' | 'evidence' | 'links';

export interface FieldChange<F extends string = IncidentField | ItemField> {
  field: F;
  before: Value;
  after: Value;
}

export type Change =
  | ({ type: 'field' } & FieldChange<IncidentField>)
  | { type: 'item'; list: ListField; change: 'added' | 'removed' | 'changed'; item: Value; fields: FieldChange<ItemField>[] };

/** A change in any record's history (an incident's, a case's): field and list names are the record's own. */
export type AnyChange =
  | ({ type: 'field' } & FieldChange<string>)
  | { type: 'item'; list: string; change: 'added' | 'removed' | 'changed'; item: Value; fields: FieldChange<string>[] };

// The snapshot shapes as the audit trail stores them (the API's Incident); read defensively,
// since old entries may predate a field.
type Snapshot = Record<string, unknown>;
interface ActSnap {
  id?: string;
  violationType?: string;
  groupId?: string | null;
  identityBasis?: string | null;
  victims?: Record<string, number>;
  perpetrators?: { actorId: string; involvement: string }[];
}
interface SourceSnap {
  sourceId: string;
  connection?: string;
  materialType?: string;
  informationDate?: string | null;
  credibility?: number;
  note?: string;
}
interface LinkSnap {
  incidentId: string;
  kind: string;
  note?: string;
  direction?: 'outgoing' | 'incoming';
}

const victimOrder = ['killed', 'injured', 'detained', 'disappeared', 'displaced', 'affected'];
const text = (s: unknown): Value => (typeof s === 'string' && s !== '' ? [{ t: 'text', text: s }] : []);
const term = (vocabulary: TaxonomyName, code: unknown): Value => (typeof code === 'string' && code ? [{ t: 'term', vocabulary, code }] : []);
const record = (kind: RecordKind, id: unknown, name?: string): Value => (typeof id === 'string' && id ? [{ t: 'record', kind, id, ...(name ? { name } : {}) }] : []);
const date = (d: unknown, precision: unknown): Value =>
  typeof d === 'string' && d ? [{ t: 'date', date: d, precision: precision === 'month' || precision === 'year' ? precision : 'day' }] : [];
const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);
const arrayOf = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

function victims(v: Record<string, number> | undefined): Value {
  return victimOrder.filter((k) => (v?.[k] ?? 0) > 0).map((k) => ({ t: 'victims', kind: k, n: v![k]! }));
}

/** The incident-level fields, each as a value; the place by the name the snapshot carries. */
function fieldValues(s: Snapshot): Record<IncidentField, Value> {
  const place = s.place as { name?: string } | null | undefined;
  const override = s.pyramidLevelOverride as { level: number; reason: string } | null | undefined;
  return {
    title: text(s.title),
    narrative: text(s.narrative),
    startDate: date(s.startDate, s.startPrecision),
    endDate: date(s.endDate, s.endPrecision),
    dateEstimated: s.dateEstimated === undefined ? [] : [{ t: s.dateEstimated ? 'yes' : 'no' }],
    reportDate: date(s.reportDate, 'day'),
    country: term('countries', s.country),
    admin1: text(s.admin1),
    place: record('places', s.placeId, place?.name),
    pyramidLevel: typeof s.pyramidLevel === 'number' ? [{ t: 'level', level: s.pyramidLevel }] : [],
    pyramidLevelOverride: override ? [{ t: 'level', level: override.level }, { t: 'text', text: override.reason }] : [],
    verificationStatus: term('verification-statuses', s.verificationStatus),
    confidentiality: term('confidentiality-levels', s.confidentiality),
    monitoringStatus: term('monitoring-statuses', s.monitoringStatus),
  };
}
const incidentFields = Object.keys(fieldValues({})) as IncidentField[];

function actFields(a: ActSnap): Record<'violationType' | 'groupId' | 'identityBasis' | 'victims' | 'perpetrators', Value> {
  return {
    violationType: term('violation-types', a.violationType),
    groupId: record('groups', a.groupId),
    identityBasis: term('identity-bases', a.identityBasis),
    victims: victims(a.victims),
    perpetrators: (a.perpetrators ?? []).map((p) => ({ t: 'involvement', actorId: p.actorId, involvement: p.involvement })),
  };
}
/** An act as it is named in a list: its violation against its group. */
const actName = (a: ActSnap): Value => [...term('violation-types', a.violationType), ...record('groups', a.groupId)];

function sourceFields(s: SourceSnap): Record<'connection' | 'materialType' | 'informationDate' | 'credibility' | 'note', Value> {
  return {
    connection: term('source-connections', s.connection),
    materialType: term('material-types', s.materialType),
    informationDate: date(s.informationDate, 'day'),
    credibility: term('information-credibility', s.credibility === undefined ? undefined : String(s.credibility)),
    note: text(s.note),
  };
}
const linkFields = (l: LinkSnap): Record<'kind' | 'note', Value> => ({ kind: term('incident-link-kinds', l.kind), note: text(l.note) });

function fieldDiff<F extends ItemField>(before: Record<F, Value>, after: Record<F, Value>): FieldChange<F>[] {
  return (Object.keys(after) as F[]).filter((f) => !same(before[f], after[f])).map((field) => ({ field, before: before[field], after: after[field] }));
}

/**
 * Items of a list compared by key: what was added, removed, or has changed fields.
 * `pairUnkeyed` pairs leftovers that are identical apart from their key — acts saved before
 * act ids were kept across edits got new ids at every save, and are not changes.
 */
function listDiff<T, F extends ItemField>(
  list: ListField,
  before: T[],
  after: T[],
  key: (x: T) => string,
  name: (x: T) => Value,
  fields: (x: T) => Record<F, Value>,
  pairUnkeyed = false,
): Change[] {
  const out: Change[] = [];
  const beforeByKey = new Map(before.map((x) => [key(x), x]));
  const afterKeys = new Set(after.map(key));
  let removed = before.filter((x) => !afterKeys.has(key(x)));
  for (const x of after) {
    const old = beforeByKey.get(key(x));
    if (old !== undefined) {
      const changed = fieldDiff(fields(old), fields(x));
      if (changed.length) out.push({ type: 'item', list, change: 'changed', item: name(x), fields: changed });
      continue;
    }
    const twin = pairUnkeyed ? removed.findIndex((r) => JSON.stringify(fields(r)) === JSON.stringify(fields(x))) : -1;
    if (twin >= 0) removed = removed.filter((_, i) => i !== twin);
    else out.push({ type: 'item', list, change: 'added', item: name(x), fields: [] });
  }
  for (const x of removed) out.push({ type: 'item', list, change: 'removed', item: name(x), fields: [] });
  return out;
}

/** Whether an audit action changed the record's content (an update, or a merge of two edits) rather than its life cycle. */
export const edits = (action: string) => action.startsWith('incident.') && !['incident.create', 'incident.delete', 'incident.restore'].includes(action);

/** What one write changed, in reading order: the incident's fields, then acts, sources, evidence and links. */
export function incidentChanges(before: unknown, after: unknown): Change[] {
  const b = (before && typeof before === 'object' ? before : {}) as Snapshot;
  const a = (after && typeof after === 'object' ? after : {}) as Snapshot;
  const fb = fieldValues(b);
  const fa = fieldValues(a);
  const changes: Change[] = incidentFields.filter((f) => !same(fb[f], fa[f])).map((field) => ({ type: 'field', field, before: fb[field], after: fa[field] }));
  changes.push(...listDiff('acts', arrayOf<ActSnap>(b.acts), arrayOf<ActSnap>(a.acts), (x) => x.id ?? JSON.stringify(x), actName, actFields, true));
  changes.push(...listDiff('sources', arrayOf<SourceSnap>(b.sources), arrayOf<SourceSnap>(a.sources), (x) => x.sourceId, (x) => record('sources', x.sourceId), sourceFields));
  const noFields = () => ({}) as Record<ItemField, Value>;
  changes.push(...listDiff('evidence', arrayOf<string>(b.evidenceIds), arrayOf<string>(a.evidenceIds), (x) => x, (x) => record('evidence', x), noFields));
  // Incoming links are written on the other incident: its own history tells of them.
  const outgoing = (s: Snapshot) => arrayOf<LinkSnap>(s.links).filter((l) => l.direction !== 'incoming');
  changes.push(...listDiff('links', outgoing(b), outgoing(a), (x) => x.incidentId, (x) => record('incidents', x.incidentId), linkFields));
  return changes;
}

/** Every record the changes name, by kind: the page resolves them with one request per kind. */
export function referencedRecords(changes: readonly AnyChange[]): Record<RecordKind, string[]> {
  const out: Record<RecordKind, Set<string>> = { groups: new Set(), actors: new Set(), sources: new Set(), places: new Set(), evidence: new Set(), incidents: new Set() };
  const visit = (v: Value) => {
    for (const tok of v) {
      if (tok.t === 'record' && !tok.name) out[tok.kind].add(tok.id);
      if (tok.t === 'involvement') out.actors.add(tok.actorId);
    }
  };
  for (const c of changes) {
    if (c.type === 'field') [c.before, c.after].forEach(visit);
    else {
      visit(c.item);
      for (const f of c.fields) [f.before, f.after].forEach(visit);
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, s]) => [k, [...s].sort()])) as Record<RecordKind, string[]>;
}

/** A value for the chronology, short enough to read in a list. */
export function brief(value: unknown, max = 120): string {
  if (value === null || value === undefined || value === '') return '—';
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
