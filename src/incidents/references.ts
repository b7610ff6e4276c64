import type { Scope } from '../access/scope.js';
import { mayRead } from '../access/scope.js';
import type { Sql } from '../db/database.js';
import { invalid, type FieldProblem } from '../errors.js';
import { liveEvidenceIds } from '../evidence/service.js';
import { getRecords, liveIds } from '../registry/service.js';
import { violationLevels } from '../taxonomies/codes.js';
import type { Incident, IncidentInput } from './schema.js';
import * as store from './store/index.js';

/**
 * What a write checks before it touches a row: that every record it names exists (and, for a
 * linked incident, that the writer may read it), that act ids are its own, and that the writer
 * could read back what it saves.
 */

/**
 * A writer saves nothing it could not read back: a level above its clearance, or teams it is
 * not in, would make the record vanish from under it (and is a way to hide a record from
 * colleagues that only an administrator should have).
 */
export function checkReadableByWriter(scope: Scope, inputs: IncidentInput[], prefix: string | undefined): void {
  const problems: FieldProblem[] = [];
  inputs.forEach((input, i) => {
    const at = (path: string) => (prefix === undefined ? `${i}.${path}` : `${prefix}${path}`);
    if (!mayRead(scope, { confidentiality: input.confidentiality })) {
      problems.push({
        field: at('confidentiality'),
        code: 'above-clearance',
        message: `your clearance (${scope.clearance}) is below ${input.confidentiality}: you could not read the record you save`,
        params: { clearance: scope.clearance },
      });
    } else if (!mayRead(scope, { confidentiality: input.confidentiality, teams: input.teams })) {
      problems.push({ field: at('teams'), code: 'not-in-team', message: 'you are in none of these teams: you could not read the record you save' });
    }
  });
  if (problems.length) throw invalid(problems);
}

export interface Resolved {
  places: Map<string, Awaited<ReturnType<typeof getRecords<'places'>>>[number]>;
  groupBasis: Map<string, string>;
  levels: ReadonlyMap<string, number>;
}

/**
 * Checks that every place, group, actor, source, evidence file and linked incident named by
 * the inputs exists and is not deleted — one query per kind for the whole batch. `prefix`
 * is '' for a single incident (fields read `acts.0.groupId`), undefined for a batch
 * (fields read `12.acts.0.groupId`).
 */
export async function resolveReferences(tx: Sql, scope: Scope, inputs: IncidentInput[], prefix: string | undefined): Promise<Resolved> {
  const wanted = { places: new Set<string>(), groups: new Set<string>(), actors: new Set<string>(), sources: new Set<string>(), evidence: new Set<string>(), incidents: new Set<string>() };
  for (const input of inputs) {
    if (input.placeId) wanted.places.add(input.placeId);
    for (const act of input.acts) {
      if (act.groupId) wanted.groups.add(act.groupId);
      for (const p of act.perpetrators) wanted.actors.add(p.actorId);
    }
    for (const s of input.sources) wanted.sources.add(s.sourceId);
    for (const e of input.evidenceIds) wanted.evidence.add(e);
    for (const l of input.links) wanted.incidents.add(l.incidentId);
  }
  const [places, groups, actors, sources, evidence, incidents] = await Promise.all([
    getRecords(tx, 'places', [...wanted.places]),
    getRecords(tx, 'groups', [...wanted.groups]),
    liveIds(tx, 'actors', [...wanted.actors]),
    liveIds(tx, 'sources', [...wanted.sources]),
    liveEvidenceIds(tx, [...wanted.evidence]),
    // A link to an incident the writer may not read is refused as if it did not exist.
    store.selectLiveIncidentIds(tx, scope, [...wanted.incidents]),
  ]);
  const livePlaces = new Map(places.filter((p) => !p.deletedAt).map((p) => [p.id, p]));
  const liveGroups = new Map(groups.filter((g) => !g.deletedAt).map((g) => [g.id, g.basis]));

  const problems: FieldProblem[] = [];
  inputs.forEach((input, i) => {
    const at = (path: string) => (prefix === undefined ? `${i}.${path}` : `${prefix}${path}`);
    const missing = (path: string, what: string, id: string) => problems.push({ field: at(path), code: 'not-found', message: `no ${what} with id ${id}`, params: { entity: what, id } });
    if (input.placeId) {
      const place = livePlaces.get(input.placeId);
      if (!place) missing('placeId', 'place', input.placeId);
      else if (input.country && input.country !== place.country)
        problems.push({
          field: at('country'),
          code: 'place-in-other-country',
          message: `the place is in ${place.country}, not ${input.country}`,
          params: { placeCountry: place.country, country: input.country },
        });
    }
    input.acts.forEach((act, a) => {
      if (act.groupId && !liveGroups.has(act.groupId)) missing(`acts.${a}.groupId`, 'group', act.groupId);
      act.perpetrators.forEach((p, k) => {
        if (!actors.has(p.actorId)) missing(`acts.${a}.perpetrators.${k}.actorId`, 'actor', p.actorId);
      });
    });
    input.sources.forEach((s, k) => {
      if (!sources.has(s.sourceId)) missing(`sources.${k}.sourceId`, 'source', s.sourceId);
    });
    input.evidenceIds.forEach((e, k) => {
      if (!evidence.has(e)) missing(`evidenceIds.${k}`, 'evidence', e);
    });
    input.links.forEach((l, k) => {
      if (!incidents.has(l.incidentId)) missing(`links.${k}.incidentId`, 'incident', l.incidentId);
    });
  });
  if (problems.length) throw invalid(problems);
  return { places: livePlaces, groupBasis: liveGroups, levels: violationLevels() };
}

/** An act id names an act of this incident (updated in place) or none yet (inserted with it); never another incident's, never twice. */
export async function checkActIds(tx: Sql, id: string, current: Incident, input: IncidentInput): Promise<void> {
  const own = new Set(current.acts.map((a) => a.id));
  const foreign = input.acts.map((a) => a.id).filter((a): a is string => Boolean(a) && !own.has(a!));
  const owners = await store.selectActOwners(tx, foreign);
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  input.acts.forEach((act, i) => {
    if (!act.id) return;
    if (seen.has(act.id)) problems.push({ field: `acts.${i}.id`, code: 'duplicate', message: 'the same act is listed twice' });
    else if (owners.has(act.id) && owners.get(act.id) !== id)
      problems.push({ field: `acts.${i}.id`, code: 'belongs-elsewhere', message: `act ${act.id} belongs to another incident`, params: { entity: 'act' } });
    seen.add(act.id);
  });
  if (problems.length) throw invalid(problems);
}

/** A new incident's acts may bring their ids (an import keeping its own); none may be taken. One query, and only when some act has an id. */
export async function checkNewActIds(tx: Sql, inputs: IncidentInput[]): Promise<void> {
  const given = inputs.flatMap((input) => input.acts.flatMap((a) => (a.id ? [a.id] : [])));
  if (given.length === 0) return;
  const taken = await store.selectActOwners(tx, given);
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  inputs.forEach((input, i) =>
    input.acts.forEach((act, a) => {
      if (!act.id) return;
      const field = inputs.length === 1 ? `acts.${a}.id` : `${i}.acts.${a}.id`;
      if (seen.has(act.id)) problems.push({ field, code: 'duplicate', message: 'the same act is listed twice' });
      else if (taken.has(act.id)) problems.push({ field, code: 'belongs-elsewhere', message: `act ${act.id} belongs to another incident`, params: { entity: 'act' } });
      seen.add(act.id);
    }),
  );
  if (problems.length) throw invalid(problems);
}

/** The input as it would be stored: country and region from the place, an act's basis from its group — so a merge compares like with like. */
export function normalized(input: IncidentInput, r: Resolved): IncidentInput {
  const place = input.placeId ? r.places.get(input.placeId) : undefined;
  return {
    ...input,
    country: place?.country ?? input.country,
    admin1: place ? place.admin1 : (input.admin1 ?? null),
    acts: input.acts.map((a) => ({ ...a, identityBasis: a.identityBasis ?? (a.groupId ? (r.groupBasis.get(a.groupId) ?? null) : null) })),
  };
}
