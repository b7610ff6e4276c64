import { visibilityPredicate } from '../access/door.js';
import type { Scope } from '../access/scope.js';
import type { Sql } from '../db/database.js';
import type { DatePrecision } from '../incidents/dates.js';
import type { SeriesIncident } from './series.js';
import type { AlertRule, AlertSeverity, AlertStatus, Finding, PyramidLevel } from './types.js';

/*
 * The warning module's SQL, and nothing else: the incidents it reads for the series, and its
 * own `alerts` table (migration 018).
 */

/** An incident as the scan reads it, with what the door needs to protect the alerts it raises. */
export interface ScannedIncident extends SeriesIncident {
  confidentiality: string;
  teams: string[];
}

/**
 * The live incidents of some countries (all when none given), one row per incident × targeted
 * group, for the series. Read from the incidents row alone — its copies of groups, types,
 * perpetrators and victim totals — not from its acts: a scan reads every incident, and the
 * acts would be several rows each. So an incident that targets two groups counts, with its
 * victim totals, for both (rare: the demo and imports make one act per group and type).
 */
export async function selectScannedIncidents(sql: Sql, countries?: readonly string[]): Promise<ScannedIncident[]> {
  const [groups, actors] = await Promise.all([
    sql.query<{ id: string; name: string }>('select id, name from groups'),
    sql.query<{ id: string; kind: string }>('select id, kind from actors'),
  ]);
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  const actorKinds = new Map(actors.map((a) => [a.id, a.kind]));
  const rows = await sql.query<{
    id: string;
    country: string;
    admin1: string | null;
    group_ids: string[];
    start_date: string;
    start_precision: DatePrecision;
    pyramid_level: number;
    violation_types: string[];
    killed: number;
    detained: number;
    disappeared: number;
    displaced: number;
    perpetrator_ids: string[];
    confidentiality: string;
    teams: string[];
  }>(
    `select id, country, admin1, group_ids, start_date, start_precision, pyramid_level, violation_types, killed, detained, disappeared, displaced,
            perpetrator_ids, confidentiality, teams
       from incidents
      where deleted_at is null and cardinality(group_ids) > 0${countries ? ' and country = any($1::text[])' : ''}`,
    countries ? [countries] : [],
  );
  const out: ScannedIncident[] = [];
  for (const r of rows) {
    const perpetratorKinds = [...new Set(r.perpetrator_ids.map((p) => actorKinds.get(p) ?? 'unknown'))];
    for (const groupId of r.group_ids) {
      out.push({
        incidentId: r.id,
        country: r.country,
        admin1: r.admin1,
        groupId,
        groupName: groupNames.get(groupId) ?? groupId,
        startDate: r.start_date,
        startPrecision: r.start_precision,
        level: r.pyramid_level,
        violationTypes: r.violation_types,
        killed: r.killed,
        detained: r.detained,
        disappeared: r.disappeared,
        displaced: r.displaced,
        perpetratorIds: r.perpetrator_ids,
        perpetratorKinds,
        confidentiality: r.confidentiality,
        teams: r.teams,
      });
    }
  }
  return out;
}

/** The countries of some incidents (deleted ones too: their alerts must be re-checked). */
export async function selectIncidentCountries(sql: Sql, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await sql.query<{ country: string }>('select distinct country from incidents where id = any($1::uuid[])', [ids]);
  return rows.map((r) => r.country);
}

/** Serialises scans across processes sharing a PostgreSQL server (held until the transaction ends). */
export async function lockScans(tx: Sql): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtext('precursor.warning.scan'))`);
}

export interface AlertRow {
  id: string;
  rule: AlertRule;
  country: string;
  admin1: string | null;
  group_id: string | null;
  month: string;
  severity: AlertSeverity;
  level: PyramidLevel;
  status: AlertStatus;
  status_reason: string | null;
  explanation: string;
  figures: Finding['figures'];
  parameters: Finding['parameters'];
  incident_ids: string[];
  confidentiality: string;
  teams: string[];
  first_raised_at: string;
  updated_at: string;
}

const alertColumnNames = ['id', 'rule', 'country', 'admin1', 'group_id', 'month', 'severity', 'level', 'status', 'status_reason', 'explanation', 'figures', 'parameters', 'incident_ids', 'confidentiality', 'teams', 'first_raised_at', 'updated_at'];
const alertColumns = alertColumnNames.join(', ');
const alertColumnsOf = (alias: string) => alertColumnNames.map((c) => `${alias}.${c}`).join(', ');

/** Every alert of some countries (all when none given), for a scan to compare with what it found. */
export async function selectAlertsOfCountries(sql: Sql, countries?: readonly string[]): Promise<AlertRow[]> {
  return sql.query<AlertRow>(`select ${alertColumns} from alerts${countries ? ' where country = any($1::text[])' : ''}`, countries ? [countries] : []);
}

/** An alert to write: a finding with the door's columns. */
export interface AlertWrite extends Finding {
  confidentiality: string;
  teams: string[];
}

/**
 * Inserts new alerts and rewrites changed ones in one statement per thousand, keyed by
 * (rule, country, admin1, group, month). `reinstate` lists keys of withdrawn alerts that hold
 * again: they become `new` once more.
 */
export async function upsertAlerts(tx: Sql, alerts: readonly AlertWrite[], reinstate: ReadonlySet<string>): Promise<void> {
  for (let at = 0; at < alerts.length; at += 1000) {
    const chunk = alerts.slice(at, at + 1000).map((a) => ({
      rule: a.rule,
      country: a.country,
      admin1: a.admin1,
      group_id: a.groupId,
      month: a.month,
      severity: a.severity,
      level: a.level,
      explanation: a.explanation,
      figures: a.figures,
      parameters: a.parameters,
      incident_ids: a.incidentIds,
      confidentiality: a.confidentiality,
      teams: a.teams,
      reinstate: reinstate.has(alertKey(a)),
    }));
    await tx.query(
      `insert into alerts (rule, country, admin1, group_id, month, severity, level, explanation, figures, parameters, incident_ids, confidentiality, teams)
       select rule, country, admin1, group_id, month, severity, level, explanation, figures, parameters, incident_ids, confidentiality, teams
         from jsonb_to_recordset($1::jsonb) as r(rule text, country text, admin1 text, group_id uuid, month text, severity text, level smallint,
              explanation text, figures jsonb, parameters jsonb, incident_ids uuid[], confidentiality text, teams text[], reinstate boolean)
       on conflict (rule, country, admin1, group_id, month) do update set
         severity = excluded.severity, level = excluded.level, explanation = excluded.explanation, figures = excluded.figures,
         parameters = excluded.parameters, incident_ids = excluded.incident_ids, confidentiality = excluded.confidentiality,
         teams = excluded.teams, updated_at = now(),
         status = case when alerts.status = 'withdrawn' then 'new' else alerts.status end,
         status_reason = case when alerts.status = 'withdrawn' then null else alerts.status_reason end`,
      [JSON.stringify(chunk)],
    );
  }
}

/** Marks alerts withdrawn: their conditions no longer hold. Kept, with the reason. */
export async function withdrawAlerts(tx: Sql, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await tx.query(`update alerts set status = 'withdrawn', status_reason = 'its conditions no longer hold after a re-scan', updated_at = now() where id = any($1::uuid[])`, [ids]);
}

/** The identity of an alert as text: rule, country, region, group, month. */
export function alertKey(a: { rule: string; country: string; admin1: string | null; groupId?: string | null; group_id?: string | null; month: string }): string {
  return [a.rule, a.country, a.admin1 ?? '', a.groupId ?? a.group_id ?? '', a.month].join('\u0000');
}

export interface AlertFilters {
  country?: string;
  admin1?: string;
  groupId?: string;
  rule?: AlertRule;
  status?: AlertStatus;
  /** Months, inclusive (`YYYY-MM`). */
  from?: string;
  to?: string;
  /** The month and id of the last alert of the previous page. */
  after?: { month: string; id: string };
  limit: number;
}

/**
 * The door for alerts: a scope sees an alert only if it may read every incident behind it. The
 * alert's own confidentiality (the highest) and teams (the union) rule most out at once; then
 * each incident is checked, since teams joined in a union would let a reader of one team see an
 * alert standing also on another's. Undefined for a scope that reads everything.
 */
export function alertVisibility(scope: Scope, add: (value: unknown) => string, alias = 'a'): string | undefined {
  const own = visibilityPredicate(scope, add, { confidentiality: `${alias}.confidentiality`, teams: `${alias}.teams` });
  if (own === undefined) return undefined;
  const each = visibilityPredicate(scope, add, { confidentiality: 'i.confidentiality', teams: 'i.teams' })!;
  return `${own} and not exists (select 1 from incidents i where i.id = any(${alias}.incident_ids) and not (${each}))`;
}

/** A page of alerts, newest month first, through the door. */
export async function selectAlerts(sql: Sql, f: AlertFilters, scope: Scope): Promise<AlertRow[]> {
  const params: unknown[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (f.country) where.push(`a.country = ${add(f.country)}`);
  if (f.admin1) where.push(`a.admin1 = ${add(f.admin1)}`);
  if (f.groupId) where.push(`a.group_id = ${add(f.groupId)}::uuid`);
  if (f.rule) where.push(`a.rule = ${add(f.rule)}`);
  if (f.status) where.push(`a.status = ${add(f.status)}`);
  if (f.from) where.push(`a.month >= ${add(f.from)}`);
  if (f.to) where.push(`a.month <= ${add(f.to)}`);
  if (f.after) where.push(`(a.month, a.id) < (${add(f.after.month)}, ${add(f.after.id)}::uuid)`);
  const visible = alertVisibility(scope, add);
  if (visible) where.push(visible);
  return sql.query<AlertRow>(
    `select ${alertColumnsOf('a')} from alerts a${where.length ? ` where ${where.join(' and ')}` : ''}
      order by a.month desc, a.id desc limit ${add(f.limit)}`,
    params,
  );
}

/** One alert by id, through the door (undefined when absent or not visible). */
export async function selectAlert(sql: Sql, id: string, scope: Scope, options: { forUpdate?: boolean } = {}): Promise<AlertRow | undefined> {
  const params: unknown[] = [id];
  const visible = alertVisibility(scope, (value) => `$${params.push(value)}`);
  const rows = await sql.query<AlertRow>(
    `select ${alertColumnsOf('a')} from alerts a where a.id = $1::uuid${visible ? ` and ${visible}` : ''}${options.forUpdate ? ' for update of a' : ''}`,
    params,
  );
  return rows[0];
}

export async function updateAlertStatus(tx: Sql, id: string, status: AlertStatus, reason: string | null): Promise<AlertRow> {
  const rows = await tx.query<AlertRow>(`update alerts set status = $2, status_reason = $3, updated_at = now() where id = $1::uuid returning ${alertColumns}`, [id, status, reason]);
  return rows[0]!;
}
