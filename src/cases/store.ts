import { visibilityPredicate } from '../access/door.js';
import type { Scope } from '../access/scope.js';
import type { Sql } from '../db/database.js';

/**
 * The case files' SQL (migrations 023, 033): cases, through the access door's predicate over their own
 * confidentiality and teams, and their children. Nothing here reads another module's tables:
 * which of a case's incidents and evidence a reader may see is asked of those modules.
 */

export interface CaseRow {
  id: string;
  version: number;
  title: string;
  status: string;
  ownerId: string | null;
  country: string;
  targetedGroupIds: string[];
  summary: string;
  provisions: string[];
  targetMechanisms: string[];
  remediesException: string | null;
  authorIsVictim: boolean | null;
  authorAnonymous: boolean | null;
  confidentiality: string;
  teams: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const caseColumns = `c.id, c.version, c.title, c.status, c.owner_id as "ownerId", c.country, c.targeted_group_ids::text[] as "targetedGroupIds", c.summary,
  c.provisions, c.target_mechanisms as "targetMechanisms", c.remedies_exception as "remediesException", c.author_is_victim as "authorIsVictim",
  c.author_anonymous as "authorAnonymous", c.confidentiality, c.teams, c.created_by as "createdBy", ${iso('c.created_at')} as "createdAt", ${iso('c.updated_at')} as "updatedAt"`;

/** The case's own columns a write may set, by field name. */
const writable: Record<string, { column: string; cast?: string }> = {
  title: { column: 'title' },
  status: { column: 'status' },
  ownerId: { column: 'owner_id' },
  country: { column: 'country' },
  targetedGroupIds: { column: 'targeted_group_ids', cast: '::uuid[]' },
  summary: { column: 'summary' },
  provisions: { column: 'provisions', cast: '::text[]' },
  targetMechanisms: { column: 'target_mechanisms', cast: '::text[]' },
  remediesException: { column: 'remedies_exception' },
  authorIsVictim: { column: 'author_is_victim' },
  authorAnonymous: { column: 'author_anonymous' },
  confidentiality: { column: 'confidentiality' },
  teams: { column: 'teams', cast: '::text[]' },
};
export type CaseFieldValues = Partial<Omit<CaseRow, 'id' | 'version' | 'createdBy' | 'createdAt' | 'updatedAt'>>;

const door = (scope: Scope, params: unknown[]) => visibilityPredicate(scope, (v) => `$${params.push(v)}`, { confidentiality: 'c.confidentiality', teams: 'c.teams' });

/**
 * Which cases `scope` may read, as SQL over a case id in another module's query (`idColumn`: the
 * audit trail's `e.entity_id`): the case exists and this module's door lets the scope read it,
 * and `also` — given the case's columns — holds (the audit door adds its documents' own levels).
 * Never undefined: a case that no longer exists is read by no one here.
 */
export function caseVisibility(
  scope: Scope,
  add: (value: unknown) => string,
  idColumn: string,
  also: (columns: { confidentiality: string; teams: string }) => (string | undefined)[] = () => [],
): string {
  const columns = { confidentiality: 'c.confidentiality', teams: 'c.teams' };
  const clauses = [visibilityPredicate(scope, add, columns), ...also(columns)].filter((c): c is string => !!c);
  return `exists (select 1 from cases c where c.id = ${idColumn}${clauses.map((c) => ` and ${c}`).join('')})`;
}

export async function insertCase(tx: Sql, id: string, createdBy: string, fields: CaseFieldValues): Promise<void> {
  const params: unknown[] = [id, createdBy];
  const names = Object.keys(fields).filter((k) => k in writable);
  const values = names.map((k) => `$${params.push((fields as Record<string, unknown>)[k])}${writable[k]!.cast ?? ''}`);
  await tx.query(`insert into cases (id, created_by${names.map((k) => `, ${writable[k]!.column}`).join('')}) values ($1, $2${values.map((v) => `, ${v}`).join('')})`, params);
}

/** Sets the fields given, and bumps the version and the time of the last change (every write to the case or its children does). */
export async function updateCase(tx: Sql, id: string, fields: CaseFieldValues = {}): Promise<void> {
  const params: unknown[] = [id];
  const sets = Object.keys(fields)
    .filter((k) => k in writable)
    .map((k) => `${writable[k]!.column} = $${params.push((fields as Record<string, unknown>)[k])}${writable[k]!.cast ?? ''}`);
  await tx.query(`update cases set ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} where id = $1`, params);
}

/** The case if `scope` may read it; `forUpdate` locks its row until the transaction ends. */
export async function selectCase(sql: Sql, scope: Scope, id: string, forUpdate = false): Promise<CaseRow | undefined> {
  const params: unknown[] = [id];
  const visible = door(scope, params);
  const [row] = await sql.query<CaseRow>(`select ${caseColumns} from cases c where c.id = $1${visible ? ` and ${visible}` : ''}${forUpdate ? ' for update' : ''}`, params);
  return row;
}

export interface CaseListFilter {
  status?: string;
  country?: string;
  owner?: string;
}

/** A page of the cases `scope` may read, newest change first, after the keyset `after` ([updatedAt, id]). */
export function selectCasePage(sql: Sql, scope: Scope, filter: CaseListFilter, after: [string, string] | undefined, limit: number): Promise<CaseRow[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  const visible = door(scope, params);
  if (visible) where.push(visible);
  if (filter.status) where.push(`c.status = $${params.push(filter.status)}`);
  if (filter.country) where.push(`c.country = $${params.push(filter.country)}`);
  if (filter.owner) where.push(`c.owner_id = $${params.push(filter.owner)}`);
  if (after) where.push(`(c.updated_at, c.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
  return sql.query<CaseRow>(
    `select ${caseColumns} from cases c${where.length ? ` where ${where.join(' and ')}` : ''} order by c.updated_at desc, c.id desc limit $${params.push(limit)}`,
    params,
  );
}

// ─── Children ────────────────────────────────────────────────────────────────────────────────

export interface VictimRow {
  id: string;
  caseId: string;
  description: string;
  personId: string | null;
  consent: boolean | null;
}
export interface RemedyRow {
  id: string;
  caseId: string;
  body: string | null;
  filed: string | null;
  decided: string | null;
  outcome: string | null;
  final: boolean | null;
  notPursuedReason: string | null;
}
export interface ProcedureRow {
  id: string;
  caseId: string;
  body: string | null;
  submitted: string | null;
  decided: string | null;
  status: 'pending' | 'decided' | null;
  examinedMerits: boolean | null;
}
export interface TaskRow {
  id: string;
  caseId: string;
  title: string;
  due: string | null;
  done: boolean;
  assignee: string | null;
}
export interface OutcomeRow {
  id: string;
  caseId: string;
  mechanism: string;
  kind: string;
  date: string | null;
  due: string | null;
  summary: string;
  violationFound: boolean | null;
  measures: { id: string; text: string; status: string }[];
}

export interface RequestedMeasureRow {
  id: string;
  caseId: string;
  text: string;
  kind: 'interim' | 'final';
  addressedTo: string | null;
  status: 'proposed' | 'requested' | 'granted' | 'refused' | 'withdrawn';
}

/** Each kind of child: its table and its columns (field name → column, with a cast where the parameter needs one). */
export const itemTables = {
  victims: { table: 'case_victims', columns: { description: 'description', personId: 'person_id::text', consent: 'consent' }, casts: { personId: '::uuid' } },
  remedies: {
    table: 'case_remedies',
    columns: { body: 'body', filed: 'filed', decided: 'decided', outcome: 'outcome', final: 'final', notPursuedReason: 'not_pursued_reason' },
    casts: {},
  },
  procedures: { table: 'case_procedures', columns: { body: 'body', submitted: 'submitted', decided: 'decided', status: 'status', examinedMerits: 'examined_merits' }, casts: {} },
  tasks: { table: 'case_tasks', columns: { title: 'title', due: 'due::text', done: 'done', assignee: 'assignee' }, casts: { due: '::date' } },
  outcomes: {
    table: 'case_outcomes',
    columns: { mechanism: 'mechanism', kind: 'kind', date: 'date', due: 'due::text', summary: 'summary', violationFound: 'violation_found', measures: 'measures' },
    casts: { due: '::date', measures: '::jsonb' },
  },
  requestedMeasures: { table: 'case_requested_measures', columns: { text: 'text', kind: 'kind', addressedTo: 'addressed_to', status: 'status' }, casts: {} },
} as const;
export type ItemKind = keyof typeof itemTables;
export interface ItemRows {
  victims: VictimRow;
  remedies: RemedyRow;
  procedures: ProcedureRow;
  tasks: TaskRow;
  outcomes: OutcomeRow;
  requestedMeasures: RequestedMeasureRow;
}

const columnName = (expr: string) => expr.replace(/::.*$/, '');
const paramOf = (kind: ItemKind, field: string, value: unknown) => (field === 'measures' ? JSON.stringify(value) : value);

function selectList(kind: ItemKind): string {
  const { columns } = itemTables[kind];
  return [`id`, `case_id::text as "caseId"`, ...Object.entries(columns).map(([f, c]) => `${c} as "${f}"`)].join(', ');
}

export async function selectItems<K extends ItemKind>(sql: Sql, kind: K, caseIds: readonly string[]): Promise<ItemRows[K][]> {
  if (caseIds.length === 0) return [];
  return sql.query<ItemRows[K]>(`select ${selectList(kind)} from ${itemTables[kind].table} where case_id = any($1::uuid[]) order by created_at, id`, [caseIds]);
}

export async function insertItem<K extends ItemKind>(tx: Sql, kind: K, caseId: string, id: string, values: Omit<ItemRows[K], 'id' | 'caseId'>): Promise<void> {
  const { table, columns, casts } = itemTables[kind];
  const fields = Object.keys(columns);
  const params: unknown[] = [id, caseId];
  const placeholders = fields.map((f) => `$${params.push(paramOf(kind, f, (values as Record<string, unknown>)[f]))}${(casts as Record<string, string>)[f] ?? ''}`);
  await tx.query(`insert into ${table} (id, case_id, ${fields.map((f) => columnName((columns as Record<string, string>)[f]!)).join(', ')}) values ($1, $2, ${placeholders.join(', ')})`, params);
}

/** Replaces a child's fields; false when the case has no such child. */
export async function updateItem<K extends ItemKind>(tx: Sql, kind: K, caseId: string, id: string, values: Omit<ItemRows[K], 'id' | 'caseId'>): Promise<boolean> {
  const { table, columns, casts } = itemTables[kind];
  const params: unknown[] = [id, caseId];
  const sets = Object.keys(columns).map(
    (f) => `${columnName((columns as Record<string, string>)[f]!)} = $${params.push(paramOf(kind, f, (values as Record<string, unknown>)[f]))}${(casts as Record<string, string>)[f] ?? ''}`,
  );
  const rows = await tx.query(`update ${table} set ${sets.join(', ')} where id = $1 and case_id = $2 returning id`, params);
  return rows.length > 0;
}

export async function deleteItem(tx: Sql, kind: ItemKind, caseId: string, id: string): Promise<boolean> {
  const rows = await tx.query(`delete from ${itemTables[kind].table} where id = $1 and case_id = $2 returning id`, [id, caseId]);
  return rows.length > 0;
}

// ─── Links to incidents and evidence ─────────────────────────────────────────────────────────

export interface CaseIncidentRow {
  caseId: string;
  incidentId: string;
  addedBy: string;
  addedAt: string;
}

export function selectCaseIncidents(sql: Sql, caseIds: readonly string[]): Promise<CaseIncidentRow[]> {
  if (caseIds.length === 0) return Promise.resolve([]);
  return sql.query<CaseIncidentRow>(
    `select case_id::text as "caseId", incident_id::text as "incidentId", added_by as "addedBy", ${iso('added_at')} as "addedAt"
     from case_incidents where case_id = any($1::uuid[]) order by added_at, incident_id`,
    [caseIds],
  );
}

/** Joins the incidents not joined yet; returns those it added. */
export async function insertCaseIncidents(tx: Sql, caseId: string, incidentIds: readonly string[], addedBy: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `insert into case_incidents (case_id, incident_id, added_by) select $1, unnest($2::uuid[]), $3 on conflict do nothing returning incident_id::text as id`,
    [caseId, [...new Set(incidentIds)], addedBy],
  );
  return rows.map((r) => r.id);
}

export async function deleteCaseIncident(tx: Sql, caseId: string, incidentId: string): Promise<boolean> {
  return (await tx.query(`delete from case_incidents where case_id = $1 and incident_id = $2 returning incident_id`, [caseId, incidentId])).length > 0;
}

export async function selectCaseEvidence(sql: Sql, caseIds: readonly string[]): Promise<{ caseId: string; evidenceId: string }[]> {
  if (caseIds.length === 0) return [];
  return sql.query(`select case_id::text as "caseId", evidence_id::text as "evidenceId" from case_evidence where case_id = any($1::uuid[]) order by evidence_id`, [caseIds]);
}

export async function insertCaseEvidence(tx: Sql, caseId: string, evidenceIds: readonly string[]): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(`insert into case_evidence (case_id, evidence_id) select $1, unnest($2::uuid[]) on conflict do nothing returning evidence_id::text as id`, [
    caseId,
    [...new Set(evidenceIds)],
  ]);
  return rows.map((r) => r.id);
}

export async function deleteCaseEvidence(tx: Sql, caseId: string, evidenceId: string): Promise<boolean> {
  return (await tx.query(`delete from case_evidence where case_id = $1 and evidence_id = $2 returning evidence_id`, [caseId, evidenceId])).length > 0;
}

// ─── The calendar ────────────────────────────────────────────────────────────────────────────

export interface DueRow {
  caseId: string;
  caseTitle: string;
  kind: 'task' | 'outcome-due';
  ref: string;
  title: string;
  due: string;
  done: boolean;
}

/** Due dates of the cases `scope` may read: tasks (open ones, or all with `includeDone`) and outcomes' due dates, between two days. */
export function selectDueDates(sql: Sql, scope: Scope, range: { from?: string; to?: string; includeDone: boolean }): Promise<DueRow[]> {
  const params: unknown[] = [];
  const visible = door(scope, params);
  const between = (column: string) =>
    [range.from ? `${column} >= $${params.push(range.from)}::date` : null, range.to ? `${column} <= $${params.push(range.to)}::date` : null].filter(Boolean).map((c) => ` and ${c}`).join('');
  const tasks = `select c.id::text as "caseId", c.title as "caseTitle", 'task' as kind, t.id::text as ref, t.title, t.due::text as due, t.done
    from case_tasks t join cases c on c.id = t.case_id where t.due is not null${range.includeDone ? '' : ' and not t.done'}${between('t.due')}${visible ? ` and ${visible}` : ''}`;
  const outcomes = `select c.id::text, c.title, 'outcome-due', o.id::text, o.mechanism || ': ' || o.kind || case when o.summary = '' then '' else ' — ' || o.summary end, o.due::text, false
    from case_outcomes o join cases c on c.id = o.case_id where o.due is not null${between('o.due')}${visible ? ` and ${visible}` : ''}`;
  return sql.query<DueRow>(`${tasks} union all ${outcomes} order by due, "caseId", ref`, params);
}
