import type { RequestContext } from '../context.js';
import type { Sql } from '../db/database.js';
import { invalid, type FieldProblem } from '../errors.js';
import { createRecordIn } from '../registry/service.js';
import type { RegistryKindName } from '../registry/schema.js';
import { newRecordPattern, type IncidentInput } from './schema.js';

/**
 * An incident's `newRecords`: places, groups, actors and sources written with it, so that a
 * form can add them on the way without leaving orphans when the incident is refused.
 */

const kinds = ['places', 'groups', 'actors', 'sources'] as const satisfies readonly RegistryKindName[];
type Kind = (typeof kinds)[number];
const nouns: Record<Kind, string> = { places: 'place', groups: 'group', actors: 'actor', sources: 'source' };

/** The key of a `new:<key>` reference, or undefined for an id. */
const keyOf = (ref: string | null | undefined) => (ref ? newRecordPattern.exec(ref)?.[1] : undefined);

/** Every record reference of an incident input, with the field that holds it. */
function references(input: IncidentInput): { kind: Kind; field: string; ref: string | null | undefined }[] {
  return [
    { kind: 'places', field: 'placeId', ref: input.placeId },
    ...input.acts.flatMap((act, a) => [
      { kind: 'groups' as const, field: `acts.${a}.groupId`, ref: act.groupId },
      ...act.perpetrators.map((p, k) => ({ kind: 'actors' as const, field: `acts.${a}.perpetrators.${k}.actorId`, ref: p.actorId })),
    ]),
    ...input.sources.map((s, k) => ({ kind: 'sources' as const, field: `sources.${k}.sourceId`, ref: s.sourceId })),
  ];
}

/**
 * Creates the input's `newRecords` in the caller's transaction (each audited as its own
 * create, through the registry service) and returns the input without them, every
 * `new:<key>` replaced by the new record's id. A key that names no new record is refused
 * with the field that holds it, before anything is written. `prefix` goes before field
 * names (`3.` for the fourth incident of a batch).
 *
 *     createNewRecords(tx, ctx, { …, acts: [{ groupId: 'new:g' }], newRecords: { groups: [{ key: 'g', name: 'Teral', basis: 'ethnicity' }] } })
 *     // → { …, acts: [{ groupId: '5f0c…' }] }
 */
export async function createNewRecords(tx: Sql, ctx: RequestContext, input: IncidentInput, prefix = ''): Promise<IncidentInput> {
  const { newRecords, ...rest } = input;
  const refs = references(rest);
  const problems: FieldProblem[] = [];
  for (const { kind, field, ref } of refs) {
    const key = keyOf(ref);
    if (key !== undefined && !newRecords?.[kind].some((r) => r.key === key)) {
      problems.push({
        field: `${prefix}${field}`,
        code: 'not-found',
        message: `no new ${nouns[kind]} with key '${key}' in newRecords.${kind}`,
        params: { entity: nouns[kind], id: `new:${key}` },
      });
    }
  }
  if (problems.length) throw invalid(problems);
  if (!newRecords) return rest;

  const ids = new Map<string, string>();
  for (const kind of kinds) {
    for (const { key, ...record } of newRecords[kind]) {
      const created = await createRecordIn(tx, ctx, kind, record as never);
      ids.set(`${kind}:${key}`, created.id);
    }
  }
  const resolve = <T extends string | null | undefined>(kind: Kind, ref: T): T => {
    const key = keyOf(ref);
    return (key === undefined ? ref : ids.get(`${kind}:${key}`)!) as T;
  };
  return {
    ...rest,
    placeId: resolve('places', rest.placeId),
    acts: rest.acts.map((act) => ({
      ...act,
      groupId: resolve('groups', act.groupId),
      perpetrators: act.perpetrators.map((p) => ({ ...p, actorId: resolve('actors', p.actorId) })),
    })),
    sources: rest.sources.map((s) => ({ ...s, sourceId: resolve('sources', s.sourceId) })),
  };
}
