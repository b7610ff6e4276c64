import { type FieldProblemCode, fieldProblemCodes } from '../api/problemCodes';
import type { FieldProblem } from '../api/types';
import type { MessageKey } from './en';
import { actFieldLabels, incidentFieldLabels, sourceFieldLabels } from './fieldLabels';
import type { Vars } from './i18n';

/**
 * The API's field problems in the reader's language: the message from the problem's `code`
 * and `params`, the field by its label in the form ("Act 1 — Violation"), never the API's
 * English `message` or its field path (`acts.0.violationType`).
 */
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Turns codes in a problem's params into names: a country code into the country's name. */
export interface ProblemNames {
  country?: (code: string) => string;
}

const known = new Set<string>(fieldProblemCodes);
const entities = new Set(['place', 'group', 'actor', 'source', 'evidence', 'incident']);

/** One problem's message, translated; a code this app does not know yet reads as a generic "not valid". */
export function problemMessage(t: Translate, problem: Pick<FieldProblem, 'code' | 'params'>, names: ProblemNames = {}): string {
  const code: FieldProblemCode = known.has(problem.code) ? problem.code : 'invalid';
  const vars: Vars = {};
  for (const [name, value] of Object.entries(problem.params ?? {})) vars[name] = Array.isArray(value) ? value.join(', ') : value;
  if (typeof vars.entity === 'string') vars.entity = t(entities.has(vars.entity) ? (`problem.entity.${vars.entity}` as MessageKey) : 'problem.entity.record');
  for (const name of ['country', 'placeCountry']) {
    const value = vars[name];
    if (typeof value === 'string' && names.country) vars[name] = names.country(value);
  }
  const key: MessageKey = `problem.${code}`;
  return t(key, vars);
}

const fieldKeys: Record<string, MessageKey> = {
  ...incidentFieldLabels,
  acts: 'problem.acts',
  pyramidLevelOverride: 'form.overrideLevel',
  'pyramidLevelOverride.level': 'form.overrideLevel',
  'pyramidLevelOverride.reason': 'form.overrideReason',
  sources: 'form.sources',
  evidenceIds: 'evidence.title',
  links: 'detail.links',
  version: 'problem.version',
  body: 'problem.request',
  'content-type': 'problem.request',
  file: 'evidence.title',
  // A new place goes with the incident (`newRecords.places`); newRecordsModel.ts puts its problems under `newPlace.`.
  'newPlace.name': 'form.newPlaceName',
  'newPlace.latitude': 'form.latitude',
  'newPlace.longitude': 'form.longitude',
  'newPlace.country': 'filters.country',
  'newPlace.admin1': 'filters.admin1',
  // Query parameters of the list, dashboard and stats.
  q: 'filters.q',
  from: 'filters.from',
  to: 'filters.to',
  level: 'filters.level',
  type: 'filters.type',
  group: 'filters.group',
  basis: 'filters.basis',
  perpetrator: 'filters.perpetrator',
  verification: 'filters.verification',
  cursor: 'problem.request',
};

const actKeys: Record<string, MessageKey> = { ...actFieldLabels, identityBasis: 'filters.basis' };

const sourceKeys: Record<string, MessageKey> = { ...sourceFieldLabels, sourceId: 'form.source' };

/** What a new record of each kind asks beside its name. */
const newRecordCodeKeys: Record<string, MessageKey> = { groups: 'registry.field.basis', actors: 'registry.field.actorKind', sources: 'registry.field.reliability' };

const victimKinds = new Set(['killed', 'injured', 'detained', 'disappeared', 'displaced', 'affected']);

/** The label of the form field an API field path names; a path the form has no label for is shown as it is. */
export function fieldLabel(t: Translate, field: string): string {
  const direct = fieldKeys[field];
  if (direct) return t(direct);
  const parts = field.split('.');
  const n = Number(parts[1]) + 1;
  if (parts[0] === 'acts' && parts.length >= 3) {
    const [, , key, sub, leaf] = parts;
    if (key === 'victims' && sub && victimKinds.has(sub)) return t('problem.inAct', { n, field: t(`victims.${sub}` as MessageKey) });
    if (key === 'perpetrators' && sub !== undefined && leaf) {
      return t('problem.inPerpetrator', { n, m: Number(sub) + 1, field: t(leaf === 'involvement' ? 'form.involvement' : 'form.perpetrator') });
    }
    const label = key && actKeys[key];
    if (label) return t('problem.inAct', { n, field: t(label) });
  }
  if (parts[0] === 'sources' && parts.length === 3) {
    const label = sourceKeys[parts[2]!];
    if (label) return t('problem.inSource', { n, field: t(label) });
  }
  // A group, perpetrator or source added from the form: newRecordsModel.ts names its inputs `newRecords.groups.<key>.name|code`.
  const newRecordCode = parts[0] === 'newRecords' && parts.length === 4 ? newRecordCodeKeys[parts[1]!] : undefined;
  if (newRecordCode) {
    return t('problem.inNewRecord', { record: t(`registry.${parts[1] as 'groups'}.new`), field: t(parts[3] === 'name' ? 'registry.field.name' : newRecordCode) });
  }
  if (parts[0] === 'evidenceIds' && parts.length === 2) return t('problem.evidenceFile', { n });
  if (parts[0] === 'links' && parts.length >= 2) return t('problem.link', { n });
  return field;
}
