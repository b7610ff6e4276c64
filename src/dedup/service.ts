import { requirePermission } from '../access/permissions.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import { joinTransaction } from '../db/database.js';
import { DomainError, notFound } from '../errors.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import { dedupCountries, readDedupRecords } from '../incidents/dedupRead.js';
import { inputOf } from '../incidents/document.js';
import { getIncident, listIncidents } from '../incidents/read.js';
import { IncidentListQuery, type Incident, type IncidentInput, type IncidentSummary } from '../incidents/schema.js';
import { setIncidentDeleted, updateIncident } from '../incidents/service.js';
import { findDuplicates } from './scan.js';
import { likelyDuplicate } from './score.js';
import * as store from './store.js';

/**
 * Likely duplicates across sources (issue 16 §3): scan the incidents a person may read for
 * pairs that look like one event reported twice, list them for review, and merge (undoably)
 * or dismiss each. Scoring is pure (scan.ts); this module reads through the incidents
 * service (so through the access door) and keeps the proposals and decisions.
 */

export interface ScanSummary {
  countries: number;
  incidents: number;
  scored: number;
  capped: number;
  proposed: number;
  stored: number;
  ms: number;
}

/**
 * Scans each country (or those given) and stores the pairs at or above the threshold.
 * `dryRun` reads and scores the same way and stores nothing (`stored` stays 0): the benchmark
 * measures the scan on a database it must not change.
 */
export async function scanDuplicates(ctx: RequestContext, options: { countries?: string[]; threshold?: number; dryRun?: boolean; onCountry?: (country: string, n: number) => void } = {}): Promise<ScanSummary> {
  requirePermission(ctx.actor.scope, 'incidents.merge');
  const t0 = performance.now();
  const summary: ScanSummary = { countries: 0, incidents: 0, scored: 0, capped: 0, proposed: 0, stored: 0, ms: 0 };
  const countries = await dedupCountries(ctx.db, ctx.actor.scope, options.countries);
  // One country at a time: blocking never pairs two countries, and memory stays at two
  // countries' records. The next country is read while this one is scored, so the database
  // (another process on a server) and the scoring use both cores.
  const read = (i: number) => {
    const reading = countries[i] ? readDedupRecords(ctx.db, ctx.actor.scope, countries[i].country) : undefined;
    reading?.catch(() => undefined); // awaited below; a scan that fails first must not leave it unhandled
    return reading;
  };
  let next = read(0);
  for (const [i, { country, n }] of countries.entries()) {
    options.onCountry?.(country, n);
    const records = await next!;
    next = read(i + 1);
    const { pairs, stats } = findDuplicates(records, { threshold: options.threshold ?? likelyDuplicate });
    summary.countries++;
    summary.incidents += records.length;
    summary.scored += stats.scored;
    summary.capped += stats.capped;
    summary.proposed += pairs.length;
    if (!options.dryRun) for (let i = 0; i < pairs.length; i += 1000) summary.stored += await store.upsertCandidates(ctx.db, pairs.slice(i, i + 1000));
  }
  summary.ms = Math.round(performance.now() - t0);
  return summary;
}

export interface DuplicateCandidate {
  a: IncidentSummary;
  b: IncidentSummary;
  score: number;
  features: Record<string, number>;
  status: store.CandidateRow['status'];
  foundAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
}

/**
 * Open (or decided) pairs, best first, of which the caller may read BOTH incidents: a pair
 * half hidden would tell that the hidden one exists. Deleted incidents are shown as such.
 */
export async function listCandidates(ctx: RequestContext, q: { status?: store.CandidateRow['status']; limit?: number; cursor?: string }): Promise<{ items: DuplicateCandidate[]; nextCursor: string | null }> {
  requirePermission(ctx.actor.scope, 'review.read');
  const limit = Math.min(200, q.limit ?? 50);
  let after = q.cursor ? afterOf(decodeCursor(q.cursor, 'duplicates', ['real', 'uuid', 'uuid'])) : null;
  const items: DuplicateCandidate[] = [];
  // Pages of the table may hold pairs the caller may not read; read on until the page is full.
  for (;;) {
    const rows = await store.selectCandidates(ctx.db, q.status ?? 'new', after, limit * 2);
    if (rows.length === 0) return { items, nextCursor: null };
    const ids = [...new Set(rows.flatMap((r) => [r.incident_a, r.incident_b]))];
    const summaries = new Map<string, IncidentSummary>();
    for (let i = 0; i < ids.length; i += 200) {
      const page = await listIncidents(ctx, IncidentListQuery.parse({ id: ids.slice(i, i + 200), deleted: 'include', limit: 200 }));
      for (const s of page.items) summaries.set(s.id, s);
    }
    for (const r of rows) {
      const a = summaries.get(r.incident_a);
      const b = summaries.get(r.incident_b);
      after = { score: r.score, a: r.incident_a, b: r.incident_b };
      if (!a || !b) continue;
      items.push({ a, b, score: r.score, features: r.features, status: r.status, foundAt: r.found_at, decidedBy: r.decided_by, decidedAt: r.decided_at, reason: r.reason });
      if (items.length === limit) return { items, nextCursor: encodeCursor('duplicates', [after.score, after.a, after.b]) };
    }
    if (rows.length < limit * 2) return { items, nextCursor: null };
  }
}

const afterOf = ([score, a, b]: unknown[]) => ({ score: score as number, a: a as string, b: b as string });

const ordered = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

/** The pair as stored, if the caller may read both incidents; otherwise not found, as if it did not exist. */
async function readablePair(ctx: RequestContext, x: string, y: string, forUpdate = false): Promise<{ row: store.CandidateRow; a: Incident; b: Incident }> {
  const [a, b] = ordered(x, y);
  const row = await store.selectCandidate(ctx.db, a, b, forUpdate);
  if (!row) throw notFound('duplicate pair', `${a}/${b}`);
  const [ia, ib] = await Promise.all([getIncident(ctx, a), getIncident(ctx, b)]).catch((err) => {
    if (err instanceof DomainError && err.code === 'not-found') throw notFound('duplicate pair', `${a}/${b}`);
    throw err;
  });
  return { row, a: ia, b: ib };
}

/** Not one event: the pair is set aside (a later scan will not propose it again), with the reason. */
export async function dismissCandidate(ctx: RequestContext, x: string, y: string, reason: string): Promise<store.CandidateRow> {
  requirePermission(ctx.actor.scope, 'review.write');
  return ctx.db.transaction(async (tx) => {
    const inTx = { ...ctx, db: joinTransaction(ctx.db, tx) };
    const { row } = await readablePair(inTx, x, y, true);
    if (row.status !== 'new') throw new DomainError('conflict', `the pair is already ${row.status}`, [{ field: 'status', code: 'invalid', message: `already ${row.status}` }]);
    const after = await store.setCandidateStatus(tx, row.incident_a, row.incident_b, 'dismissed', ctx.actor.id, reason);
    await recordAudit(tx, ctx, [{ action: 'duplicate.dismiss', entity: 'duplicate', entityId: null, before: row, after }]);
    return after;
  });
}

/** What a merge did, kept so that it can be undone exactly. */
interface MergeRecord {
  kept: string;
  merged: string;
  keptBefore: IncidentInput;
  keptVersionAfter: number;
  mergedBefore: IncidentInput;
  movedActs: string[];
}

/**
 * One event reported twice becomes one incident: `keep` gains the other's sources, evidence,
 * links and the acts it does not already have (moved with their ids); an act both report
 * (same violation type and group) stays the kept one's, with the other's perpetrators added
 * and its victim counts where the kept one has none. The other's narrative is appended under
 * its title. The other incident is then soft-deleted. Everything is audited, and `undoMerge`
 * puts both back as they were.
 */
export async function mergeCandidate(ctx: RequestContext, keep: string, other: string): Promise<Incident> {
  requirePermission(ctx.actor.scope, 'incidents.merge');
  return ctx.db.transaction(async (tx) => {
    const inTx = { ...ctx, db: joinTransaction(ctx.db, tx) };
    const { row, a, b } = await readablePair(inTx, keep, other, true);
    if (row.status !== 'new') throw new DomainError('conflict', `the pair is already ${row.status}`, [{ field: 'status', code: 'invalid', message: `already ${row.status}` }]);
    const [k, o] = a.id === keep ? [a, b] : [b, a];
    if (k.deletedAt || o.deletedAt) throw new DomainError('deleted', 'a deleted incident cannot be merged: restore it first', [], { deletedAt: k.deletedAt ?? o.deletedAt });
    const before = inputOf(k);
    const { input, movedActs } = mergedInput(k, o);
    const saved = await updateIncident(inTx, k.id, k.version, input, { adoptActsFrom: o.id });
    await setIncidentDeleted(inTx, o.id, o.version, true);
    const record: MergeRecord = { kept: k.id, merged: o.id, keptBefore: before, keptVersionAfter: saved.version, mergedBefore: inputOf(o), movedActs };
    await store.setCandidateStatus(tx, row.incident_a, row.incident_b, 'merged', ctx.actor.id, JSON.stringify(record));
    await recordAudit(tx, ctx, [{ action: 'incident.merge-duplicate', entity: 'incident', entityId: k.id, before: null, after: null, detail: { kept: k.id, merged: o.id, movedActs, score: row.score } }]);
    return saved;
  });
}

/** The kept incident's input after taking in the other's record. Pure. */
export function mergedInput(k: Incident, o: Incident): { input: IncidentInput; movedActs: string[] } {
  const input = inputOf(k);
  const key = (a: { violationType: string; groupId?: string | null }) => `${a.violationType}|${a.groupId ?? ''}`;
  const mine = new Map(input.acts.map((a) => [key(a), a]));
  const movedActs: string[] = [];
  for (const act of inputOf(o).acts) {
    const same = mine.get(key(act));
    if (!same) {
      input.acts.push(act);
      movedActs.push(act.id!);
      continue;
    }
    const seen = new Set(same.perpetrators.map((p) => `${p.actorId}|${p.involvement}`));
    for (const p of act.perpetrators) if (!seen.has(`${p.actorId}|${p.involvement}`)) same.perpetrators.push(p);
    const counted = Object.values(same.victims).some((n) => n > 0);
    if (!counted) same.victims = { ...act.victims };
  }
  const sources = new Set(input.sources.map((s) => s.sourceId));
  for (const s of o.sources) if (!sources.has(s.sourceId)) input.sources.push({ ...s });
  input.evidenceIds = [...new Set([...input.evidenceIds, ...o.evidenceIds])];
  const links = new Set(input.links.map((l) => `${l.incidentId}|${l.kind}`));
  for (const l of o.links) {
    if (l.direction !== 'outgoing' || l.incidentId === k.id || links.has(`${l.incidentId}|${l.kind}`)) continue;
    input.links.push({ incidentId: l.incidentId, kind: l.kind, note: l.note });
  }
  input.links = input.links.filter((l) => l.incidentId !== o.id);
  if (o.narrative.trim() && o.narrative.trim() !== k.narrative.trim()) {
    input.narrative = `${k.narrative.trimEnd()}\n\n— ${o.title} —\n${o.narrative.trim()}`.slice(0, 200_000);
  }
  return { input, movedActs };
}

/** Puts both incidents back as they were before the merge; refused if the kept one was edited since. */
export async function undoMerge(ctx: RequestContext, x: string, y: string): Promise<{ kept: Incident; restored: Incident }> {
  requirePermission(ctx.actor.scope, 'incidents.merge');
  return ctx.db.transaction(async (tx) => {
    const inTx = { ...ctx, db: joinTransaction(ctx.db, tx) };
    const [a, b] = ordered(x, y);
    const row = await store.selectCandidate(tx, a, b, true);
    if (!row || row.status !== 'merged' || !row.reason) throw notFound('merge of', `${a}/${b}`);
    const m = JSON.parse(row.reason) as MergeRecord;
    const kept = await getIncident(inTx, m.kept);
    if (kept.version !== m.keptVersionAfter) {
      throw new DomainError('conflict', `incident ${m.kept} was edited after the merge (version ${m.keptVersionAfter}, now ${kept.version}): undo those edits or split it by hand`, [
        { field: 'version', code: 'stale-version', message: `edited since the merge`, params: { expected: m.keptVersionAfter, current: kept.version } },
      ]);
    }
    const merged = await getIncident(inTx, m.merged);
    await setIncidentDeleted(inTx, m.merged, merged.version, false);
    // The moved acts go home with their ids, then the kept incident returns to its earlier state.
    const restored = await updateIncident(inTx, m.merged, merged.version + 1, m.mergedBefore, { adoptActsFrom: m.kept });
    const back = await updateIncident(inTx, m.kept, kept.version, m.keptBefore);
    await store.setCandidateStatus(tx, a, b, 'new', null, null);
    await recordAudit(tx, ctx, [{ action: 'incident.unmerge-duplicate', entity: 'incident', entityId: m.kept, before: null, after: null, detail: { kept: m.kept, merged: m.merged, movedActs: m.movedActs } }]);
    return { kept: back, restored };
  });
}
