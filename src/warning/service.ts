import { requirePermission } from '../access/permissions.js';
import { confidentialityLevels, mayRead, type Confidentiality } from '../access/scope.js';
import { recordAudit, type AuditChange } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Database } from '../db/database.js';
import { DomainError, invalid, notFound } from '../errors.js';
import { decodeCursor, encodeCursor, type Page } from '../pagination.js';
import { defaultWarningConfig, type WarningConfig } from './config.js';
import type { settableStatuses } from './schema.js';
import { scanHistory } from './detect/scan.js';
import { buildSeries } from './series.js';
import {
  alertKey,
  lockScans,
  selectAlert,
  selectAlerts,
  selectAlertsOfCountries,
  selectScannedIncidents,
  updateAlertStatus,
  upsertAlerts,
  withdrawAlerts,
  type AlertFilters,
  type AlertRow,
  type AlertWrite,
  type ScannedIncident,
} from './store.js';
import type { Alert } from './types.js';

export interface ScanResult {
  /** The countries scanned (null: all). */
  countries: string[] | null;
  incidents: number;
  series: number;
  findings: number;
  /** Alerts raised for the first time, rewritten with new figures, withdrawn, and raised again after a withdrawal. */
  raised: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
  reinstated: number;
  durationMs: number;
}

/**
 * Runs the detectors over the whole history of some countries (all when none given) and brings
 * the alerts in line with what they find: new ones raised, changed ones updated, those that no
 * longer hold withdrawn (kept, audited), withdrawn ones that hold again raised again (audited).
 * Never two alerts for one (rule, country, region, group, month).
 *
 * Scans are serialised — one at a time in this process, and across processes by an advisory
 * lock held for the scan's transaction — so two scans never raise the same alert twice.
 *
 * Counts in the answer are of alerts the caller may read, since a count can tell what a list
 * would not.
 */
export function scanAlerts(ctx: RequestContext, options: { countries?: readonly string[]; config?: WarningConfig } = {}): Promise<ScanResult> {
  requirePermission(ctx.actor.scope, 'alerts.scan');
  return serialised(ctx.db, () => runScan(ctx, options));
}

async function runScan(ctx: RequestContext, options: { countries?: readonly string[]; config?: WarningConfig }): Promise<ScanResult> {
  const started = performance.now();
  const countries = options.countries?.length ? [...new Set(options.countries)].sort() : undefined;
  const config = options.config ?? defaultWarningConfig;
  return ctx.db.transaction(async (tx) => {
    await lockScans(tx);
    const incidents = await selectScannedIncidents(tx, countries);
    const series = buildSeries(incidents);
    const findings = scanHistory(series, config);
    const protection = protectionOf(incidents);
    const existing = new Map((await selectAlertsOfCountries(tx, countries)).map((row) => [alertKey(row), row]));
    const writes: AlertWrite[] = [];
    const reinstate = new Set<string>();
    const audit: AuditChange[] = [];
    const seen = new Set<string>();
    const visibleCount = { raised: 0, updated: 0, unchanged: 0, withdrawn: 0, reinstated: 0 };
    const readable = (incidentIds: readonly string[]) => incidentIds.every((id) => mayRead(ctx.actor.scope, protection.get(id) ?? { confidentiality: 'strictly-confidential' }));

    for (const finding of findings) {
      const key = alertKey(finding);
      seen.add(key);
      const write: AlertWrite = { ...finding, ...protectionOfAll(finding.incidentIds, protection) };
      const before = existing.get(key);
      const counts = readable(finding.incidentIds);
      if (!before) {
        writes.push(write);
        if (counts) visibleCount.raised++;
      } else if (changed(before, write)) {
        writes.push(write);
        if (before.status === 'withdrawn') {
          reinstate.add(key);
          audit.push({ action: 'alert.reinstate', entity: 'alert', entityId: before.id, before: { status: before.status }, after: { status: 'new', explanation: write.explanation } });
          if (counts) visibleCount.reinstated++;
        } else if (counts) visibleCount.updated++;
      } else if (counts) visibleCount.unchanged++;
    }
    const withdrawn = [...existing.values()].filter((row) => !seen.has(alertKey(row)) && row.status !== 'withdrawn');
    for (const row of withdrawn) {
      audit.push({ action: 'alert.withdraw', entity: 'alert', entityId: row.id, before: { status: row.status, explanation: row.explanation }, after: { status: 'withdrawn' } });
      if (readable(row.incident_ids)) visibleCount.withdrawn++;
    }
    await upsertAlerts(tx, writes, reinstate);
    await withdrawAlerts(
      tx,
      withdrawn.map((row) => row.id),
    );
    if (audit.length) await recordAudit(tx, ctx, audit);
    return {
      countries: countries ?? null,
      incidents: new Set(incidents.map((i) => i.incidentId)).size,
      series: series.length,
      findings: findings.filter((f) => readable(f.incidentIds)).length,
      ...visibleCount,
      durationMs: Math.round(performance.now() - started),
    };
  });
}

/** Whether a stored alert differs from what a scan found (a withdrawn one always does: it holds again). */
function changed(row: AlertRow, write: AlertWrite): boolean {
  return (
    row.status === 'withdrawn' ||
    row.severity !== write.severity ||
    row.level !== write.level ||
    row.explanation !== write.explanation ||
    row.confidentiality !== write.confidentiality ||
    canonical(row.figures) !== canonical(write.figures) ||
    canonical(row.parameters) !== canonical(write.parameters) ||
    [...row.incident_ids].sort().join() !== [...write.incidentIds].sort().join() ||
    [...row.teams].sort().join() !== [...write.teams].sort().join()
  );
}

/** JSON with sorted keys: jsonb gives keys back in its own order. */
const canonical = (o: Record<string, unknown>) => JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));

type Protection = { confidentiality: string; teams: string[] };

function protectionOf(incidents: readonly ScannedIncident[]): Map<string, Protection> {
  return new Map(incidents.map((i) => [i.incidentId, { confidentiality: i.confidentiality, teams: i.teams }]));
}

/** The highest confidentiality and the union of the teams of the incidents behind an alert. */
export function protectionOfAll(incidentIds: readonly string[], protection: ReadonlyMap<string, Protection>): Protection {
  let rank = 0;
  const teams = new Set<string>();
  for (const id of incidentIds) {
    const p = protection.get(id);
    if (!p) continue;
    rank = Math.max(rank, confidentialityLevels.indexOf(p.confidentiality as Confidentiality));
    p.teams.forEach((t) => teams.add(t));
  }
  return { confidentiality: confidentialityLevels[rank]!, teams: [...teams].sort() };
}

const queues = new WeakMap<Database, Promise<unknown>>();

/** Runs `work` after every earlier scan of this database has ended. */
function serialised<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(db) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(
    db,
    next.catch(() => undefined),
  );
  return next;
}

/** An alert as the API and the CLI show it. */
export function toAlert(row: AlertRow): Alert {
  return {
    id: row.id,
    rule: row.rule,
    severity: row.severity,
    level: row.level,
    status: row.status,
    statusReason: row.status_reason,
    month: row.month,
    country: row.country,
    admin1: row.admin1,
    groupId: row.group_id,
    explanation: row.explanation,
    figures: row.figures,
    parameters: row.parameters,
    incidentIds: row.incident_ids,
    confidentiality: row.confidentiality,
    teams: row.teams,
    firstRaisedAt: row.first_raised_at,
    updatedAt: row.updated_at,
  };
}

export type AlertQuery = Omit<AlertFilters, 'after'> & { cursor?: string };

/** Alerts the caller may see, newest month first, in keyset pages. */
export async function listAlerts(ctx: RequestContext, q: AlertQuery): Promise<Page<Alert>> {
  requirePermission(ctx.actor.scope, 'alerts.read');
  const after = q.cursor ? decodeCursor(q.cursor, 'month', ['string', 'uuid']) : undefined;
  if (after && !/^\d{4}-\d{2}$/.test(after[0] as string)) throw invalid([{ field: 'cursor', code: 'invalid-cursor', message: 'not a cursor returned by this list', in: 'query' }]);
  const rows = await selectAlerts(ctx.db, { ...q, limit: q.limit + 1, ...(after ? { after: { month: after[0] as string, id: after[1] as string } } : {}) }, ctx.actor.scope);
  const items = rows.slice(0, q.limit).map(toAlert);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor('month', [last.month, last.id]) : null };
}

/** Changes an alert's status, audited; dismissing needs a reason. */
export async function setAlertStatus(ctx: RequestContext, id: string, change: { status: (typeof settableStatuses)[number]; reason?: string | null }): Promise<Alert> {
  requirePermission(ctx.actor.scope, 'alerts.write');
  const reason = change.reason?.trim() || null;
  if (change.status === 'dismissed' && !reason) throw invalid([{ field: 'reason', code: 'required', message: 'say why the alert is dismissed' }]);
  return ctx.db.transaction(async (tx) => {
    const before = await selectAlert(tx, id, ctx.actor.scope, { forUpdate: true });
    if (!before) throw notFound('alert', id);
    if (before.status === 'withdrawn') throw new DomainError('conflict', `alert ${id} was withdrawn by a scan: its conditions no longer hold`);
    const after = await updateAlertStatus(tx, id, change.status, reason);
    await recordAudit(tx, ctx, [{ action: 'alert.status', entity: 'alert', entityId: id, before: { status: before.status, reason: before.status_reason }, after: { status: after.status, reason: after.status_reason } }]);
    return toAlert(after);
  });
}
