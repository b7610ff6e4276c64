import { createHash, randomUUID } from 'node:crypto';
import { mergeIncident, same, type MergeConflict } from '../../incidents/merge.js';
import type { IncidentInput } from '../../incidents/schema.js';
import type { ImportedIncident } from '../types.js';

/**
 * Pure parts of the writer: a row's hash, the incident document an imported row becomes once
 * its names are resolved to ids, and the three-way merge of a changed row against the document
 * last imported from it. No database, no clock.
 */

/**
 * SHA-256 of what the row says (not where it sits in the file: a row moved to another line is
 * the same row; attachments by name only). The same hash again is `unchanged`. Keys are taken in
 * the order the mapping wrote them (sorting them cost as much as the rest of the hash): a mapping
 * that wrote them in another order would make rows look changed, and their merge would then find
 * nothing to change — slower, never wrong.
 */
export function importedHash(incident: ImportedIncident): string {
  const { origin: _origin, attachments, ...said } = incident;
  return createHash('sha256')
    .update(JSON.stringify(attachments ? { ...said, attachments: attachments.map((a) => a.name) } : said))
    .digest('hex');
}

/** The records an imported incident names, resolved: the place, and per act its group (with basis) and actors, per information its source. */
export interface ResolvedNames {
  place: { id: string; country: string; admin1: string | null } | null;
  /** admin1 in the country's spelling, when there is no place. */
  admin1: string | null;
  acts: { group: { id: string; basis: string } | null; actorIds: string[] }[];
  sourceIds: string[];
}

const victimKinds = ['killed', 'injured', 'detained', 'disappeared', 'displaced', 'affected'] as const;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The incident document of an imported row, in the shape `inputOf` gives for a stored incident
 * (country and admin1 from the place, an act's basis from its group, children in their stored
 * order), so that the three documents of a merge compare like with like. Acts get no ids here.
 */
export function toIncidentInput(incident: ImportedIncident, names: ResolvedNames): IncidentInput {
  const sources = new Map<string, IncidentInput['sources'][number]>();
  incident.sources?.forEach((info, i) => {
    const sourceId = names.sourceIds[i]!;
    if (sources.has(sourceId)) return; // the same source twice in a row: its first account
    sources.set(sourceId, {
      sourceId,
      connection: info.connection ?? 'third-party',
      materialType: info.materialType ?? 'other',
      informationDate: info.informationDate ?? null,
      credibility: info.credibility ?? 6,
      note: info.note ?? '',
    });
  });
  return {
    title: incident.title.trim(),
    narrative: incident.narrative ?? '',
    startDate: incident.startDate,
    endDate: incident.endDate ?? null,
    dateEstimated: incident.dateEstimated ?? false,
    reportDate: incident.reportDate ?? null,
    country: names.place?.country ?? incident.place.country,
    admin1: names.place ? names.place.admin1 : names.admin1,
    placeId: names.place?.id ?? null,
    pyramidLevelOverride: incident.pyramidLevelOverride ?? null,
    verificationStatus: incident.verificationStatus ?? 'not-yet-verified',
    confidentiality: incident.confidentiality ?? 'internal',
    teams: [...(incident.teams ?? [])].sort(byText),
    withhold: { place: incident.withhold?.place ?? null, date: incident.withhold?.date ?? null, reporter: incident.withhold?.reporter ?? null },
    monitoringStatus: incident.monitoringStatus ?? 'open',
    acts: incident.acts.map((act, a) => {
      const resolved = names.acts[a]!;
      const perpetrators = new Map<string, { actorId: string; involvement: string }>();
      act.perpetrators?.forEach((p, k) => {
        const actorId = resolved.actorIds[k]!;
        const involvement = p.involvement ?? 'carried-out';
        perpetrators.set(`${actorId}|${involvement}`, { actorId, involvement });
      });
      return {
        // Our own exports' act id (kept by the writer when it is free); other sources have none.
        ...(act.id ? { id: act.id } : {}),
        violationType: act.violationType,
        groupId: resolved.group?.id ?? null,
        identityBasis: act.identityBasis ?? resolved.group?.basis ?? null,
        victims: Object.fromEntries(victimKinds.map((k) => [k, act.victims?.[k] ?? 0])) as Record<(typeof victimKinds)[number], number>,
        perpetrators: [...perpetrators.values()].sort((x, y) => byText(x.actorId, y.actorId) || byText(x.involvement, y.involvement)),
      };
    }),
    sources: [...sources.values()].sort((x, y) => byText(x.sourceId, y.sourceId)),
    evidenceIds: [],
    links: [],
  };
}

type Act = IncidentInput['acts'][number];

/**
 * Gives the acts of a re-imported row the ids of the acts last imported from it, so the update
 * keeps them in place (DESIGN.md, stable ids): first the act of the id the row names (our own
 * exports), then an act of the same violation type and group, then the act at the same
 * position; an act with no counterpart gets a new id (an id the row named that the base does
 * not have is not taken: it may be another incident's).
 */
export function withActIds(doc: IncidentInput, base: IncidentInput | null): IncidentInput {
  const baseActs = base?.acts ?? [];
  const taken = new Set<number>();
  // An act that names its id (our own exports) keeps the base act of that id.
  const named = doc.acts.map((act) => {
    const at = act.id ? baseActs.findIndex((b, i) => !taken.has(i) && b.id === act.id) : -1;
    if (at >= 0) taken.add(at);
    return at;
  });
  const ids: (string | undefined)[] = doc.acts.map((act, k) => {
    if (named[k]! >= 0) return baseActs[named[k]!]!.id;
    const at = baseActs.findIndex((b, i) => !taken.has(i) && b.id && b.violationType === act.violationType && (b.groupId ?? null) === (act.groupId ?? null));
    if (at < 0) return undefined;
    taken.add(at);
    return baseActs[at]!.id;
  });
  doc.acts.forEach((_, i) => {
    if (ids[i] === undefined && baseActs[i]?.id && !taken.has(i)) {
      taken.add(i);
      ids[i] = baseActs[i]!.id;
    }
  });
  return { ...doc, acts: doc.acts.map((act, i): Act => ({ ...act, id: ids[i] ?? randomUUID() })) };
}

export interface RowMerge {
  /** The document to save: the person's value wherever both changed a field. */
  merged: IncidentInput;
  /** Fields the import changed and the incident takes. */
  fromImport: string[];
  /** Fields both the import and a person changed, differently: the person's value kept, for review. */
  conflicts: MergeConflict[];
  /** Whether the merged document differs from the stored one (else nothing is written to the incident). */
  changed: boolean;
}

/**
 * Three-way merge of a changed row: `base` the document last imported from the row, `current`
 * the incident as stored now (inputOf), `imported` the row as imported now. mergeIncident keeps
 * its `mine` side on a conflict; here the person's edits are `mine`, so a field both changed
 * stays as the person left it and is reported. Without a base (it was erased), every difference
 * is a conflict, so nothing a person wrote is overwritten unseen.
 */
export function mergeRow(base: IncidentInput | null, current: IncidentInput, imported: IncidentInput): RowMerge {
  const result = mergeIncident(base, imported, current);
  const merged = { ...result.merged, acts: result.merged.acts.map((a) => (a.id ? a : { ...a, id: randomUUID() })) };
  return { merged, fromImport: result.fromTheirs, conflicts: result.conflicts, changed: !same(merged, current) };
}
