import { requirePermission } from '../access/permissions.js';
import { confidentialityLevels, mayRead, type Confidentiality, type Scope } from '../access/scope.js';
import { recordAudit, type AuditChange } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import type { Database, Sql } from '../db/database.js';
import { DomainError, invalid, notFound } from '../errors.js';
import { decodeCursor, encodeCursor, type Page } from '../pagination.js';
import { defaultWarningConfig, type WarningConfig } from './config.js';
import type { settableStatuses } from './schema.js';
import { scanHistory } from './detect/scan.js';
import { alertFingerprint, windowProtection } from './fingerprint.js';
import { applyPlan, planIncremental, planReads, seriesKey, type IncrementalPlan } from './incremental.js';
import { seriesFromCounts } from './series.js';
import {
  alertKey,
  countScannedIncidents,
  lockScans,
  saveScannedSpans,
  selectCountrySpans,
  selectScannedSpans,
  takeDirtySeries,
  type CountrySpan,
  type ScanFilter,
  selectAlert,
  selectAlertFingerprints,
  selectAlertDetails,
  selectAlerts,
  selectIncidentProtection,
  selectWarningCounts,
  selectWindowIncidents,
  updateAlertStatus,
  upsertAlerts,
  withdrawAlerts,
  type AlertFilters,
  type AlertFingerprintRow,
  type AlertRow,
  type AlertWrite,
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
 * The series are read from the warning counts (migration 026, kept in step with every write), not
 * from the incidents; each finding's protection and fingerprint come from the counts of the months
 * it links, and only alerts whose fingerprint changed are written — with their incidents, read
 * then by place, group and month. An unchanged re-scan reads no incident and writes nothing.
 * An incremental scan (`incremental: true`, what writes schedule) re-detects only the series
 * writes touched since the last scan, from the earliest month touched (src/warning/incremental.ts),
 * and answers only for their alerts of those months.
 *
 * Scans are serialised — one at a time in this process, and across processes by an advisory
 * lock held for the scan's transaction — so two scans never raise the same alert twice.
 *
 * Counts in the answer are of alerts the caller may read, since a count can tell what a list
 * would not.
 */
export function scanAlerts(ctx: RequestContext, options: ScanOptions = {}): Promise<ScanResult> {
  requirePermission(ctx.actor.scope, 'alerts.scan');
  return serialised(ctx.db, () => runScan(ctx, options));
}

export interface ScanOptions {
  countries?: readonly string[];
  config?: WarningConfig;
  /**
   * Re-detect only what writes touched since the last scan (the marks of migration 036): the
   * series touched, each from the earliest month touched (src/warning/incremental.ts). What the
   * scans after writes run (schedule.ts). Changes that move no count — an actor's kind, a group's
   * name, the configuration — wait for a full scan. `series` and `findings` in the answer are
   * then those re-detected.
   */
  incremental?: boolean;
}

async function runScan(ctx: RequestContext, options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const countries = options.countries?.length ? [...new Set(options.countries)].sort() : undefined;
  const config = options.config ?? defaultWarningConfig;
  const scope = ctx.actor.scope;
  return ctx.db.transaction(async (tx) => {
    await lockScans(tx);
    // The marks writes left, first (a write committed after this is marked for the next scan); a
    // full scan takes them too: it re-detects everything they name.
    const dirty = await takeDirtySeries(tx, countries);
    let plan: IncrementalPlan | null = null;
    let spans: Map<string, CountrySpan> | undefined;
    if (options.incremental) {
      const touched = [...new Set(dirty.map((d) => d.country))].sort();
      if (!touched.length) {
        return { countries: countries ?? null, incidents: await countScannedIncidents(tx, countries), series: 0, findings: 0, raised: 0, updated: 0, unchanged: 0, withdrawn: 0, reinstated: 0, durationMs: Math.round(performance.now() - started) };
      }
      const [now, scannedBefore] = await Promise.all([selectCountrySpans(tx, touched), selectScannedSpans(tx, touched)]);
      spans = now;
      plan = planIncremental(dirty, now, scannedBefore);
    }
    const scanned = plan ? plan.countries : countries;
    // What is read: whole countries, or (incremental) the countries re-scanned whole or at their
    // tail and the groups touched elsewhere.
    const filter: ScanFilter | undefined = plan ? planReads(plan) : scanned ? { countries: scanned } : undefined;
    // The series from the warning counts (migration 026), not from the incidents: one row per
    // place × group × month. Incidents are read only for the alerts that must be written.
    // The spans before the counts: a write committed between the two is seen again by the next
    // scan (its marks are left, and the spans recorded here are those before it).
    spans ??= await selectCountrySpans(tx, scanned);
    const [cells, incidents, stored] = await Promise.all([selectWarningCounts(tx, filter), countScannedIncidents(tx, scanned), selectAlertFingerprints(tx, filter)]);
    const series = seriesFromCounts(cells, { spans });
    const seriesByKey = new Map(series.map((s) => [seriesKey(s), s]));
    const applied = plan ? applyPlan(plan, series, stored, config.refractoryMonths) : null;
    const found = scanHistory(series, config, applied ? { startOf: applied.startOf } : {}).map((finding) => {
      const protection = windowProtection(seriesByKey.get(seriesKey(finding))!, finding.window);
      return { finding, key: alertKey(finding), protection, fingerprint: alertFingerprint(finding, protection) };
    });
    // The stored alerts this scan answers for: all it read, or (incremental) those of the months re-detected.
    const existing = new Map((applied ? stored.filter(applied.inScope) : stored).map((row) => [alertKey(row), row]));
    const needsWrite = (x: (typeof found)[number]) => {
      const before = existing.get(x.key);
      return !before || before.status === 'withdrawn' || before.fingerprint !== x.fingerprint;
    };
    // A caller limited to some teams may read an alert only if it may read each incident behind
    // it, which the union of teams cannot tell: its counts need every alert's incidents.
    const perIncident = !scope.allTeams;
    const toLink = perIncident ? found : found.filter(needsWrite);
    const linked = await selectWindowIncidents(
      tx,
      toLink.map(({ finding }) => ({ country: finding.country, admin1: finding.admin1, groupId: finding.groupId!, ...finding.window })),
    );
    const linkedOf = new Map(toLink.map((x, n) => [x.key, linked[n]!]));
    const readable = (x: (typeof found)[number]) =>
      perIncident ? linkedOf.get(x.key)!.every((i) => mayRead(scope, i)) : mayRead(scope, { confidentiality: x.protection.confidentiality });

    const writes: AlertWrite[] = [];
    const reinstate = new Set<string>();
    const audit: AuditChange[] = [];
    const seen = new Set<string>();
    const visibleCount = { raised: 0, updated: 0, unchanged: 0, withdrawn: 0, reinstated: 0 };
    let findingsSeen = 0;
    for (const x of found) {
      seen.add(x.key);
      const before = existing.get(x.key);
      const counts = readable(x);
      if (counts) findingsSeen++;
      if (!needsWrite(x)) {
        if (counts) visibleCount.unchanged++;
        continue;
      }
      const { window: _window, ...finding } = x.finding;
      const behind = linkedOf.get(x.key)!;
      writes.push({ ...finding, incidentIds: behind.map((i) => i.id), ...protectionOfAll(behind), fingerprint: x.fingerprint });
      if (!before) {
        if (counts) visibleCount.raised++;
      } else if (before.status === 'withdrawn') {
        reinstate.add(x.key);
        audit.push({ action: 'alert.reinstate', entity: 'alert', entityId: before.id, before: { status: before.status }, after: { status: 'new', explanation: finding.explanation } });
        if (counts) visibleCount.reinstated++;
      } else if (counts) visibleCount.updated++;
    }
    const withdrawn = [...existing.values()].filter((row) => !seen.has(alertKey(row)) && row.status !== 'withdrawn');
    const details = await selectAlertDetails(
      tx,
      withdrawn.map((row) => row.id),
    );
    const withdrawnReadable = await readableAlerts(tx, scope, withdrawn, details);
    for (const row of withdrawn) {
      audit.push({ action: 'alert.withdraw', entity: 'alert', entityId: row.id, before: { status: row.status, explanation: details.get(row.id)?.explanation ?? null }, after: { status: 'withdrawn' } });
      if (withdrawnReadable.has(row.id)) visibleCount.withdrawn++;
    }
    await upsertAlerts(tx, writes, reinstate);
    await withdrawAlerts(
      tx,
      withdrawn.map((row) => row.id),
    );
    if (audit.length) await recordAudit(tx, ctx, audit);
    await saveScannedSpans(tx, spans, scanned);
    return {
      countries: countries ?? null,
      incidents,
      series: applied ? applied.scanned() : series.length,
      findings: findingsSeen,
      ...visibleCount,
      durationMs: Math.round(performance.now() - started),
    };
  });
}


/** The ids of the stored alerts the scope may read: by their own protection, or, for a scope limited to teams, by each incident behind them. */
async function readableAlerts(tx: Sql, scope: Scope, rows: readonly AlertFingerprintRow[], details: ReadonlyMap<string, { incidentIds: string[] }>): Promise<Set<string>> {
  if (scope.allTeams) return new Set(rows.filter((row) => mayRead(scope, { confidentiality: row.confidentiality })).map((row) => row.id));
  const incidentIds = (id: string) => details.get(id)?.incidentIds ?? [];
  const protection = new Map((await selectIncidentProtection(tx, [...new Set(rows.flatMap((row) => incidentIds(row.id)))])).map((i) => [i.id, i]));
  return new Set(rows.filter((row) => incidentIds(row.id).every((id) => mayRead(scope, protection.get(id) ?? { confidentiality: 'strictly-confidential' }))).map((row) => row.id));
}

type Protection = { confidentiality: string; teams: string[] };

/** The highest confidentiality and the union of the teams of the incidents behind an alert. */
export function protectionOfAll(incidents: readonly Protection[]): Protection {
  let rank = 0;
  const teams = new Set<string>();
  for (const p of incidents) {
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
