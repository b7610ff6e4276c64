import type { RequestContext } from '../../context.js';
import type { Sql } from '../../db/database.js';
import { addImportedLinks, readableIncidentIds } from '../../incidents/imported.js';
import type { IncidentInput } from '../../incidents/schema.js';
import { taxonomyCode } from '../../taxonomies/codes.js';
import type { ImportedIncident } from '../types.js';
import * as store from './store.js';

/**
 * Chain-of-events links of imported rows (issue 16 §1, §5). A row names the other end by its key
 * in the same source system, or by its incident id (our own exports): found among the rows of
 * the same call, then among incidents imported before, then among incidents by id — always one
 * the importer may read. A link whose other end is not on record yet waits in
 * import_pending_links and is made when that incident is imported (later in the file, or in a
 * later import); the report lists it until then.
 */

const linkKind = taxonomyCode('incident-link-kinds');
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RowLinks {
  links: IncidentInput['links'];
  pending: { key: string; kind: string; note: string }[];
  /** Links refused (an unknown kind), each with its path. */
  problems: { target: string; message: string }[];
}

/**
 * The links of rows about to be written. `rows` pairs each row with its incident id; `inCall`
 * maps the keys and ids of every row of the call to its incident.
 */
export async function resolveLinks(tx: Sql, ctx: RequestContext, sourceSystem: string, rows: readonly { row: ImportedIncident; incidentId: string }[], inCall: ReadonlyMap<string, string>): Promise<RowLinks[]> {
  const wanted = new Set(rows.flatMap(({ row }) => (row.links ?? []).map((l) => l.key).filter((k) => !inCall.has(k))));
  const byKey = await store.selectIncidentsByKey(tx, sourceSystem, [...wanted]);
  const byId = [...wanted].filter((k) => !byKey.has(k) && uuidPattern.test(k));
  const candidates = [...byKey.values(), ...byId];
  const readable = await readableIncidentIds(tx, ctx.actor.scope, candidates);
  const found = new Map<string, string>();
  for (const [key, id] of byKey) if (readable.has(id)) found.set(key, id);
  for (const id of byId) if (readable.has(id)) found.set(id, id);
  return rows.map(({ row, incidentId }) => {
    const out: RowLinks = { links: [], pending: [], problems: [] };
    const seen = new Set<string>();
    (row.links ?? []).forEach((link, k) => {
      if (!linkKind.safeParse(link.kind).success) {
        out.problems.push({ target: `links.${k}.kind`, message: `'${link.kind}' is not an incident-link kind` });
        return;
      }
      const to = inCall.get(link.key) ?? found.get(link.key);
      const note = link.note ?? '';
      if (to === incidentId) return; // a link to itself says nothing
      if (!to) out.pending.push({ key: link.key, kind: link.kind, note });
      else if (!seen.has(`${to}|${link.kind}`)) {
        seen.add(`${to}|${link.kind}`);
        out.links.push({ incidentId: to, kind: link.kind, note });
      }
    });
    out.links.sort((a, b) => (a.incidentId < b.incidentId ? -1 : a.incidentId > b.incidentId ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
    return out;
  });
}

/**
 * Makes the pending links that name incidents this call created, as an update of each incident
 * that named them (audited with the batch), when the importer may read it; the others keep waiting.
 */
export async function resolvePendingLinks(tx: Sql, ctx: RequestContext, batch: { id: string; fileName: string }, created: readonly { sourceSystem: string; key: string; incidentId: string }[]): Promise<void> {
  const taken = await store.takePendingLinksTo(tx, created);
  if (taken.length === 0) return;
  const readable = await readableIncidentIds(tx, ctx.actor.scope, taken.map((t) => t.from_incident));
  await store.insertPendingLinks(tx, taken.filter((t) => !readable.has(t.from_incident)));
  const links = taken.filter((t) => readable.has(t.from_incident)).map((t) => ({ from: t.from_incident, to: t.to_incident, kind: t.kind, note: t.note }));
  const versions = await addImportedLinks(tx, ctx, links, { importBatch: batch.id, file: batch.fileName, linksResolved: true });
  // The import left these incidents at their new version: a later import of their rows merges against it.
  for (const [incidentId, v] of versions) await store.advanceImportedVersion(tx, incidentId, v.before, v.after);
}
