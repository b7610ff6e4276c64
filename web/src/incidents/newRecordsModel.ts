import type { FieldProblem } from '../api/types';
import type { RegistryKind } from '../registry/kinds';
import type { IncidentBody } from './formModel';

/**
 * Records created from the incident form on the way — a new place, group, perpetrator or
 * source — sent with the incident as `newRecords` and referenced as `new:<key>`, so the
 * server writes them in the incident's transaction: a refused incident leaves none behind.
 */
export interface NewRecordDraft {
  key: string;
  name: string;
  /** The group's basis, the actor's kind, the source's reliability: what the API requires beside the name. */
  code: string;
}
export type NewRecordDrafts = Record<RegistryKind, NewRecordDraft[]>;
export const noNewRecords = (): NewRecordDrafts => ({ groups: [], actors: [], sources: [] });

/** The field of each kind that `code` holds. */
export const codeField: Record<RegistryKind, 'basis' | 'kind' | 'reliability'> = { groups: 'basis', actors: 'kind', sources: 'reliability' };

export const newRef = (key: string) => `new:${key}`;
/** The key of a `new:<key>` reference, or undefined for an id (or nothing). */
export const newKeyOf = (ref: string | null | undefined) => (ref?.startsWith('new:') ? ref.slice(4) : undefined);

/** The one key the form gives its new place. */
export const newPlaceKey = 'place';

export interface NewPlaceDraft {
  name: string;
  latitude: string;
  longitude: string;
}

/** Which draft went out at which index of `newRecords.<kind>`, to put the API's errors back under the right inputs. */
export type SentKeys = Record<RegistryKind, string[]>;

export interface NewRecordsBody {
  places?: Record<string, unknown>[];
  groups?: Record<string, unknown>[];
  actors?: Record<string, unknown>[];
  sources?: Record<string, unknown>[];
}

/**
 * The body with `newRecords`: the new place when the form adds one (and `placeId` pointing
 * at it), and the drafts that some act or source still names — a draft the user has since
 * replaced by an existing record is not created.
 */
export function withNewRecords(
  body: IncidentBody,
  form: { placeMode: string; newPlace: NewPlaceDraft; country: string; admin1: string; newRecords: NewRecordDrafts },
): { body: IncidentBody & { newRecords?: NewRecordsBody }; sent: SentKeys } {
  const used = new Set<string>();
  for (const act of body.acts) {
    if (act.groupId) used.add(`groups:${act.groupId}`);
    for (const p of act.perpetrators) used.add(`actors:${p.actorId}`);
  }
  for (const s of body.sources) used.add(`sources:${s.sourceId}`);
  const sent: SentKeys = { groups: [], actors: [], sources: [] };
  const newRecords: NewRecordsBody = {};
  for (const kind of ['groups', 'actors', 'sources'] as const) {
    const drafts = form.newRecords[kind].filter((d) => used.has(`${kind}:${newRef(d.key)}`));
    if (!drafts.length) continue;
    sent[kind] = drafts.map((d) => d.key);
    // New groups and perpetrators belong to the incident's country, so its pickers offer them later.
    const country = kind === 'sources' ? {} : { country: form.country || null };
    newRecords[kind] = drafts.map((d) => ({ key: d.key, name: d.name, [codeField[kind]]: d.code, ...country }));
  }
  let placeId = body.placeId;
  if (form.placeMode === 'new') {
    const number = (v: string) => (v.trim() === '' ? null : Number(v));
    newRecords.places = [
      {
        key: newPlaceKey,
        name: form.newPlace.name,
        country: form.country,
        admin1: form.admin1.trim() || null,
        latitude: number(form.newPlace.latitude),
        longitude: number(form.newPlace.longitude),
        locationPrecision: 'exact',
      },
    ];
    placeId = newRef(newPlaceKey);
  }
  const out = { ...body, placeId };
  return { body: Object.keys(newRecords).length ? { ...out, newRecords } : out, sent };
}

/** The form field that shows an error of `newRecords`: the new place's inputs, or a draft's by its key. */
export function remapNewRecordErrors(errors: readonly FieldProblem[], sent: SentKeys): FieldProblem[] {
  return errors.map((e) => {
    const place = /^newRecords\.places\.0\.(\w+)/.exec(e.field);
    if (place) {
      const f = place[1]!;
      return { ...e, field: f === 'country' || f === 'admin1' ? f : `newPlace.${f === 'latitude' || f === 'longitude' ? f : 'name'}` };
    }
    const draft = /^newRecords\.(groups|actors|sources)\.(\d+)\.(\w+)/.exec(e.field);
    const key = draft ? sent[draft[1] as RegistryKind][Number(draft[2])] : undefined;
    if (!draft || key === undefined) return e;
    const kind = draft[1] as RegistryKind;
    return { ...e, field: newRecordField(kind, key, draft[3] === 'name' ? 'name' : 'code') };
  });
}

/** The field path of a draft's input: `newRecords.groups.k7.name`. */
export const newRecordField = (kind: RegistryKind, key: string, field: 'name' | 'code') => `newRecords.${kind}.${key}.${field}`;
