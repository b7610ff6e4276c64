import { alertVisibility } from '../access/door.js';
import type { Scope } from '../access/scope.js';
import type { Sql } from '../db/database.js';
import { confidentialityLevels } from '../access/scope.js';
import { rollupAll, rollupNone } from '../incidents/store/rollup.js';
import type { CountCell } from './series.js';
import type { AlertRule, AlertSeverity, AlertStatus, Finding, PyramidLevel } from './types.js';

/*
 * The warning module's SQL, and nothing else: the counts (migration 026) and incidents it reads
 * for the series and the alerts' links, and its own `alerts` table (migrations 018, 027).
 */

/**
 * The warning counts of some countries (all when none given): one row per country × region ×
 * group × month with incidents, as the series read them — a full scan's whole read. Actor kinds
 * are read now (the counts keep actor ids), so an edited actor counts under its new kind.
 */
export async function selectWarningCounts(sql: Sql, filter?: ScanFilter): Promise<CountCell[]> {
  const params: unknown[] = [];
  const where = scanFilterSql(filter, params);
  // The rows come as one text, a line each, fields by tabs: at a million incidents there are up
  // to ~160,000 rows, and on PGlite one text reads ~8× faster than as many rows of 18 columns
  // (bench/warn.ts). Nothing in a field can hold a tab or a newline: admin1 comes JSON-quoted,
  // the maps as JSON, the rest are codes, ids, dates and numbers. No field is null (concat_ws
  // would skip it and shift the rest): a missing admin1 comes as JSON null.
  const [groups, actors, [text]] = await Promise.all([
    sql.query<{ id: string; name: string }>('select id, name from groups'),
    sql.query<{ id: string; kind: string }>('select id, kind from actors'),
    sql.query<{ lines: string | null }>(
      `select string_agg(concat_ws(E'\\t', country, coalesce(to_json(nullif(admin1, ''))::text, 'null'), group_id,
                case when month_known then to_char(month, 'YYYY-MM') else to_char(month, 'YYYY') || '-??' end,
                level1, level2, level3, level4, level5, killed, detained, disappeared, displaced,
                violation_types, perpetrators, confidentiality, teams, id_sum), E'\\n') as lines
         from warning_counts
        where incidents <> 0${where ? ` and ${where}` : ''}`,
      params,
    ),
  ]);
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  const actorKinds = new Map(actors.map((a) => [a.id, a.kind]));
  const map = (json: string): Record<string, number> => (json === '{}' ? {} : (JSON.parse(json) as Record<string, number>));
  if (!text?.lines) return [];
  return text.lines.split('\n').map((line) => {
    const f = line.split('\t');
    const perpetrators = map(f[14]!);
    const perpetratorIds = Object.keys(perpetrators);
    const groupId = f[2]!;
    return {
      country: f[0]!,
      admin1: JSON.parse(f[1]!) as string | null,
      groupId,
      groupName: groupNames.get(groupId) ?? groupId,
      month: f[3]!,
      byLevel: [Number(f[4]), Number(f[5]), Number(f[6]), Number(f[7]), Number(f[8])],
      killed: Number(f[9]),
      detained: Number(f[10]),
      disappeared: Number(f[11]),
      displaced: Number(f[12]),
      byViolationType: map(f[13]!),
      perpetratorIds,
      perpetratorKinds: [...new Set(perpetratorIds.map((p) => actorKinds.get(p) ?? 'unknown'))],
      protection: { confidentiality: map(f[15]!), teams: map(f[16]!), idSum: Number(f[17]) },
    };
  });
}

/**
 * How many live incidents of some countries target a group (what a scan covers), from the
 * rollup folded by clearance: under the highest clearance every incident counts once.
 */
export async function countScannedIncidents(sql: Sql, countries?: readonly string[]): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `select (coalesce(sum(incidents) filter (where group_key = '${rollupAll}'), 0) - coalesce(sum(incidents) filter (where group_key = '${rollupNone}'), 0))::int as n
       from incident_counts
      where clearance = $1 and group_key in ('${rollupAll}', '${rollupNone}')${countries ? ' and country = any($2::char(3)[])' : ''}`,
    countries ? [confidentialityLevels[confidentialityLevels.length - 1], countries] : [confidentialityLevels[confidentialityLevels.length - 1]],
  );
  return row?.n ?? 0;
}

/** The incidents an alert links: of a place (a region, or the whole country when admin1 is null) × group, over whole months. */
export interface AlertWindow {
  country: string;
  admin1: string | null;
  groupId: string;
  /** `YYYY-MM`, inclusive. */
  from: string;
  to: string;
}

export interface LinkedIncident {
  id: string;
  confidentiality: string;
  teams: string[];
}

/**
 * The live incidents of each window (known to the month: the counting rule), in the order of
 * `windows`: what the alerts that a scan writes link. Read by the (country, admin1, start_date)
 * and (country, start_date) indexes, one range per window.
 */
export async function selectWindowIncidents(sql: Sql, windows: readonly AlertWindow[]): Promise<LinkedIncident[][]> {
  const out: LinkedIncident[][] = windows.map(() => []);
  if (!windows.length) return out;
  const next = (month: string) => {
    const y = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  };
  const json = JSON.stringify(windows.map((w, n) => ({ n, country: w.country, admin1: w.admin1, group_id: w.groupId, first: `${w.from}-01`, next: next(w.to) })));
  const rows = await sql.query<{ n: number; id: string; confidentiality: string; teams: string[] }>(
    `with f as (select * from jsonb_to_recordset($1::jsonb) as f(n int, country text, admin1 text, group_id uuid, first date, next date))
     select f.n, i.id, i.confidentiality, i.teams
       from f join incidents i on i.country = f.country::char(3) and i.admin1 = f.admin1 and i.start_date >= f.first and i.start_date < f.next
      where f.admin1 is not null and i.deleted_at is null and i.start_precision <> 'year' and f.group_id = any(i.group_ids)
     union all
     select f.n, i.id, i.confidentiality, i.teams
       from f join incidents i on i.country = f.country::char(3) and i.start_date >= f.first and i.start_date < f.next
      where f.admin1 is null and i.deleted_at is null and i.start_precision <> 'year' and f.group_id = any(i.group_ids)`,
    [json],
  );
  for (const r of rows) out[r.n]!.push({ id: r.id, confidentiality: r.confidentiality, teams: r.teams });
  return out;
}

/** The confidentiality and teams of some incidents (deleted ones too), for the door's checks. */
export async function selectIncidentProtection(sql: Sql, ids: readonly string[]): Promise<LinkedIncident[]> {
  if (!ids.length) return [];
  return sql.query<LinkedIncident>('select id, confidentiality, teams from incidents where id = any($1::uuid[])', [ids]);
}

/** The countries of some incidents (deleted ones too: their alerts must be re-checked). */
export async function selectIncidentCountries(sql: Sql, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await sql.query<{ country: string }>('select distinct country from incidents where id = any($1::uuid[])', [ids]);
  return rows.map((r) => r.country);
}

/**
 * What a scan reads: the rows of whole countries and of some country × group pairs (either may
 * be empty: then nothing of that kind); every row when no filter is given.
 */
export interface ScanFilter {
  countries: readonly string[];
  groupsOf?: readonly { country: string; groupId: string }[];
}

function scanFilterSql(filter: ScanFilter | undefined, params: unknown[]): string {
  if (!filter) return '';
  const parts = [`country = any($${params.push(filter.countries)}::char(3)[])`];
  if (filter.groupsOf?.length) {
    const c = params.push(filter.groupsOf.map((g) => g.country));
    const g = params.push(filter.groupsOf.map((x) => x.groupId));
    parts.push(`(country, group_id) in (select * from unnest($${c}::char(3)[], $${g}::uuid[]))`);
  }
  return `(${parts.join(' or ')})`;
}

/** A place × group a write touched since the last scan, with the earliest month touched (`YYYY-MM`); admin1 null: incidents without a region. */
export interface DirtySeries {
  country: string;
  admin1: string | null;
  groupId: string;
  month: string;
}

/**
 * Takes (deletes and returns) the marks writes left in warning_dirty (migration 036) for some
 * countries (all when none given), one per place × group with its earliest month. Taken first in
 * the scan's transaction: a write committed later leaves its mark for the next scan.
 */
export async function takeDirtySeries(tx: Sql, countries?: readonly string[]): Promise<DirtySeries[]> {
  const rows = await tx.query<{ country: string; admin1: string; group_id: string; month: string }>(
    `with d as (delete from warning_dirty${countries ? ' where country = any($1::char(3)[])' : ''} returning country, admin1, group_id, month)
     select country, admin1, group_id::text as group_id, to_char(min(month), 'YYYY-MM') as month from d group by country, admin1, group_id`,
    countries ? [countries] : [],
  );
  return rows.map((r) => ({ country: r.country, admin1: r.admin1 === '' ? null : r.admin1, groupId: r.group_id, month: r.month }));
}

/** A country's span of months (`YYYY-MM`, inclusive): every series of the country runs over it. */
export interface CountrySpan {
  first: string;
  last: string;
}

/** The spans of some countries (all when none given) in the warning counts now: months known, with incidents. */
export async function selectCountrySpans(sql: Sql, countries?: readonly string[]): Promise<Map<string, CountrySpan>> {
  const rows = await sql.query<{ country: string; first: string; last: string }>(
    `select country, to_char(min(month), 'YYYY-MM') as first, to_char(max(month), 'YYYY-MM') as last
       from warning_counts where incidents <> 0 and month_known${countries ? ' and country = any($1::char(3)[])' : ''} group by country`,
    countries ? [countries] : [],
  );
  return new Map(rows.map((r) => [r.country, { first: r.first, last: r.last }]));
}

/** The spans the last scans saw (migration 036). */
export async function selectScannedSpans(sql: Sql, countries?: readonly string[]): Promise<Map<string, CountrySpan>> {
  const rows = await sql.query<{ country: string; first: string; last: string }>(
    `select country, to_char(first_month, 'YYYY-MM') as first, to_char(last_month, 'YYYY-MM') as last
       from warning_scan_spans${countries ? ' where country = any($1::char(3)[])' : ''}`,
    countries ? [countries] : [],
  );
  return new Map(rows.map((r) => [r.country, { first: r.first, last: r.last }]));
}

/** Records the spans a scan saw for the countries it scanned (all when none given): one statement each way. */
export async function saveScannedSpans(tx: Sql, spans: ReadonlyMap<string, CountrySpan>, countries?: readonly string[]): Promise<void> {
  const scanned = countries ?? null;
  await tx.query(
    `delete from warning_scan_spans where ${scanned ? 'country = any($1::char(3)[]) and ' : ''}not (country = any($${scanned ? 2 : 1}::char(3)[]))`,
    scanned ? [scanned, [...spans.keys()]] : [[...spans.keys()]],
  );
  if (!spans.size) return;
  const entries = [...spans].sort(([a], [b]) => (a < b ? -1 : 1));
  await tx.query(
    `insert into warning_scan_spans (country, first_month, last_month)
     select country, (first || '-01')::date, (last || '-01')::date from unnest($1::char(3)[], $2::text[], $3::text[]) as s(country, first, last)
     on conflict (country) do update set first_month = excluded.first_month, last_month = excluded.last_month`,
    [entries.map(([c]) => c), entries.map(([, s]) => s.first), entries.map(([, s]) => s.last)],
  );
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

/** What a scan compares: an alert's identity, status, fingerprint (migration 027) and protection. */
export type AlertFingerprintRow = Pick<AlertRow, 'id' | 'rule' | 'country' | 'admin1' | 'group_id' | 'month' | 'severity' | 'status' | 'confidentiality' | 'teams'> & {
  fingerprint: string | null;
};

/**
 * Every alert of some countries (all when none given), as a scan compares them: without their
 * words, figures or incidents. Read as one text, a line each (as selectWarningCounts, and for the
 * same reason: tens of thousands of alerts at a million incidents); admin1 and teams come as JSON.
 */
export async function selectAlertFingerprints(sql: Sql, filter?: ScanFilter): Promise<AlertFingerprintRow[]> {
  const params: unknown[] = [];
  const where = scanFilterSql(filter, params);
  const [text] = await sql.query<{ lines: string | null }>(
    `select string_agg(concat_ws(E'\\t', id, rule, country, coalesce(to_json(admin1)::text, 'null'), coalesce(group_id::text, ''), month, status, confidentiality,
              to_json(teams)::text, coalesce(fingerprint, ''), severity), E'\\n') as lines
       from alerts${where ? ` where ${where}` : ''}`,
    params,
  );
  if (!text?.lines) return [];
  return text.lines.split('\n').map((line) => {
    const f = line.split('\t');
    return {
      id: f[0]!,
      rule: f[1] as AlertRule,
      country: f[2]!,
      admin1: JSON.parse(f[3]!) as string | null,
      group_id: f[4] || null,
      month: f[5]!,
      status: f[6] as AlertStatus,
      confidentiality: f[7]!,
      teams: JSON.parse(f[8]!) as string[],
      fingerprint: f[9] || null,
      severity: f[10] as AlertSeverity,
    };
  });
}

/** The words and incidents of some alerts, by alert id (for those a scan withdraws). */
export async function selectAlertDetails(sql: Sql, ids: readonly string[]): Promise<Map<string, { explanation: string; incidentIds: string[] }>> {
  if (!ids.length) return new Map();
  const rows = await sql.query<{ id: string; explanation: string; incident_ids: string[] }>('select id, explanation, incident_ids from alerts where id = any($1::uuid[])', [ids]);
  return new Map(rows.map((r) => [r.id, { explanation: r.explanation, incidentIds: r.incident_ids }]));
}

/** An alert to write: a finding with the door's columns. */
export interface AlertWrite extends Omit<Finding, 'window'> {
  confidentiality: string;
  teams: string[];
  fingerprint: string;
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
      fingerprint: a.fingerprint,
      reinstate: reinstate.has(alertKey(a)),
    }));
    await tx.query(
      `insert into alerts (rule, country, admin1, group_id, month, severity, level, explanation, figures, parameters, incident_ids, confidentiality, teams, fingerprint)
       select rule, country, admin1, group_id, month, severity, level, explanation, figures, parameters, incident_ids, confidentiality, teams, fingerprint
         from jsonb_to_recordset($1::jsonb) as r(rule text, country text, admin1 text, group_id uuid, month text, severity text, level smallint,
              explanation text, figures jsonb, parameters jsonb, incident_ids uuid[], confidentiality text, teams text[], fingerprint text, reinstate boolean)
       on conflict (rule, country, admin1, group_id, month) do update set
         severity = excluded.severity, level = excluded.level, explanation = excluded.explanation, figures = excluded.figures,
         parameters = excluded.parameters, incident_ids = excluded.incident_ids, confidentiality = excluded.confidentiality,
         teams = excluded.teams, fingerprint = excluded.fingerprint, updated_at = now(),
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
