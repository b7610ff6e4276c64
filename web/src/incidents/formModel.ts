import type { Act, FieldProblem, Incident, IncidentLink, IncidentSourceRef, Precision, VictimCounts, Withhold, WithholdableField } from '../api/types';
import { victimKinds } from '../api/types';
import { noNewRecords, type NewRecordDrafts } from './newRecordsModel';

/**
 * The incident form's state and its two translations: from a stored incident, and to the
 * API's request body. Pure, so the rules (date precision, derived level, which error goes
 * under which field, which act is which) are tested without a browser.
 */
export interface DateDraft {
  precision: Precision;
  /** As the input holds it: YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
}

export interface ActDraft {
  key: string;
  /** The stored act's id, sent back so the server updates that act in place; none for a new act. */
  id?: string;
  violationType: string;
  groupId: string;
  identityBasis: string;
  victims: Record<keyof VictimCounts, string>;
  perpetrators: { actorId: string; involvement: string }[];
}

export interface SourceDraft {
  sourceId: string;
  connection: string;
  materialType: string;
  informationDate: string;
  credibility: string;
  note: string;
}

export interface FormState {
  title: string;
  narrative: string;
  start: DateDraft;
  end: DateDraft;
  dateEstimated: boolean;
  reportDate: string;
  country: string;
  admin1: string;
  placeMode: 'none' | 'existing' | 'new';
  placeId: string;
  newPlace: { name: string; latitude: string; longitude: string };
  acts: ActDraft[];
  override: { enabled: boolean; level: string; reason: string };
  verificationStatus: string;
  confidentiality: string;
  /** Teams of this server the incident is restricted to, picked by name: their ids. */
  pickedTeams: string[];
  /** Other team ids (a team of another installation), separated by commas as typed. */
  teams: string;
  /** Per withholdable field, a confidentiality level or '' (not withheld). */
  withhold: Record<WithholdableField, string>;
  monitoringStatus: string;
  sources: SourceDraft[];
  evidenceIds: string[];
  links: IncidentLink[];
  /** Groups, perpetrators and sources added from the form, created with the incident (newRecordsModel.ts). */
  newRecords: NewRecordDrafts;
}

let keys = 0;
export const newKey = () => `k${++keys}`;

const noVictims = (): ActDraft['victims'] => ({ killed: '', injured: '', detained: '', disappeared: '', displaced: '', affected: '' });
export const emptyAct = (): ActDraft => ({ key: newKey(), violationType: '', groupId: '', identityBasis: '', victims: noVictims(), perpetrators: [] });
export const emptySource = (): SourceDraft => ({ sourceId: '', connection: '', materialType: '', informationDate: '', credibility: '', note: '' });

export function emptyForm(country = ''): FormState {
  return {
    title: '',
    narrative: '',
    start: { precision: 'day', value: '' },
    end: { precision: 'day', value: '' },
    dateEstimated: false,
    reportDate: '',
    country,
    admin1: '',
    placeMode: 'none',
    placeId: '',
    newPlace: { name: '', latitude: '', longitude: '' },
    acts: [emptyAct()],
    override: { enabled: false, level: '', reason: '' },
    verificationStatus: 'not-yet-verified',
    confidentiality: 'internal',
    pickedTeams: [],
    teams: '',
    withhold: { place: '', date: '', reporter: '' },
    monitoringStatus: 'open',
    sources: [],
    evidenceIds: [],
    links: [],
    newRecords: noNewRecords(),
  };
}

/** A stored date at its precision, as the form's input writes it. */
export function dateText(date: string | null, precision: Precision | null): string {
  if (!date) return '';
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date.slice(0, 10);
}

/** Keeps what can be kept when the precision changes: 2024-05-14 → 2024-05 → 2024. */
export function changePrecision(d: DateDraft, precision: Precision): DateDraft {
  const v = d.value;
  const year = v.slice(0, 4);
  const month = v.length >= 7 ? v.slice(0, 7) : '';
  return { precision, value: precision === 'year' ? year : precision === 'month' ? month : v.length === 10 ? v : '' };
}

/**
 * The form's state for a stored incident. `knownTeams` (the ids of this server's teams) are
 * shown as the picker's ticks; any other team id stays as text.
 */
export function fromIncident(i: Incident, knownTeams: ReadonlySet<string> = new Set()): FormState {
  return {
    title: i.title,
    narrative: i.narrative,
    start: { precision: i.startPrecision, value: dateText(i.startDate, i.startPrecision) },
    end: { precision: i.endPrecision ?? 'day', value: dateText(i.endDate, i.endPrecision) },
    dateEstimated: i.dateEstimated,
    reportDate: i.reportDate ?? '',
    country: i.country,
    admin1: i.admin1 ?? '',
    placeMode: i.placeId ? 'existing' : 'none',
    placeId: i.placeId ?? '',
    newPlace: { name: '', latitude: '', longitude: '' },
    acts: i.acts.map((a) => ({
      key: newKey(),
      ...(a.id ? { id: a.id } : {}),
      violationType: a.violationType,
      groupId: a.groupId ?? '',
      identityBasis: a.identityBasis ?? '',
      victims: Object.fromEntries(victimKinds.map((k) => [k, a.victims[k] ? String(a.victims[k]) : ''])) as ActDraft['victims'],
      perpetrators: a.perpetrators.map((p) => ({ ...p })),
    })),
    override: { enabled: Boolean(i.pyramidLevelOverride), level: i.pyramidLevelOverride ? String(i.pyramidLevelOverride.level) : '', reason: i.pyramidLevelOverride?.reason ?? '' },
    verificationStatus: i.verificationStatus,
    confidentiality: i.confidentiality,
    pickedTeams: (i.teams ?? []).filter((x) => knownTeams.has(x)),
    teams: (i.teams ?? []).filter((x) => !knownTeams.has(x)).join(', '),
    withhold: { place: i.withhold?.place ?? '', date: i.withhold?.date ?? '', reporter: i.withhold?.reporter ?? '' },
    monitoringStatus: i.monitoringStatus,
    sources: i.sources.map((s) => ({
      sourceId: s.sourceId,
      connection: s.connection,
      materialType: s.materialType,
      informationDate: s.informationDate ?? '',
      credibility: String(s.credibility),
      note: s.note,
    })),
    evidenceIds: [...i.evidenceIds],
    links: i.links.filter((l) => l.direction !== 'incoming').map((l) => ({ incidentId: l.incidentId, kind: l.kind, note: l.note })),
    newRecords: noNewRecords(),
  };
}

const count = (s: string) => (s.trim() === '' ? 0 : Number(s));

/** Team ids as typed, `t1, t2`: split on commas, blanks dropped, each once. */
export const teamIds = (text: string): string[] => [...new Set(text.split(',').map((x) => x.trim()).filter(Boolean))];

export interface IncidentBody {
  title: string;
  narrative: string;
  startDate: string;
  endDate: string | null;
  dateEstimated: boolean;
  reportDate: string | null;
  country: string | null;
  admin1: string | null;
  placeId: string | null;
  /** An act without an `id` is new. */
  acts: (Omit<Act, 'pyramidLevel' | 'id'> & { id?: string })[];
  pyramidLevelOverride: { level: number; reason: string } | null;
  verificationStatus: string;
  confidentiality: string;
  teams?: string[];
  withhold?: Withhold;
  monitoringStatus: string;
  sources: IncidentSourceRef[];
  evidenceIds: string[];
  links: IncidentLink[];
}

/** The API body for the form; values the API rejects are sent as typed, so its message names the field. */
export function toBody(s: FormState, placeId: string | null): IncidentBody {
  return {
    title: s.title,
    narrative: s.narrative,
    startDate: s.start.value,
    endDate: s.end.value || null,
    dateEstimated: s.dateEstimated,
    reportDate: s.reportDate || null,
    country: s.country || null,
    admin1: s.admin1.trim() || null,
    placeId,
    acts: s.acts.map((a) => ({
      ...(a.id ? { id: a.id } : {}),
      violationType: a.violationType,
      groupId: a.groupId || null,
      identityBasis: a.identityBasis || null,
      victims: Object.fromEntries(victimKinds.map((k) => [k, count(a.victims[k])])) as unknown as VictimCounts,
      perpetrators: a.perpetrators.filter((p) => p.actorId),
    })),
    pyramidLevelOverride: s.override.enabled ? { level: Number(s.override.level), reason: s.override.reason } : null,
    verificationStatus: s.verificationStatus,
    confidentiality: s.confidentiality,
    teams: [...new Set([...s.pickedTeams, ...teamIds(s.teams)])],
    withhold: { place: s.withhold.place || null, date: s.withhold.date || null, reporter: s.withhold.reporter || null },
    monitoringStatus: s.monitoringStatus,
    sources: s.sources.map((x) => ({
      sourceId: x.sourceId,
      connection: x.connection,
      materialType: x.materialType,
      informationDate: x.informationDate || null,
      credibility: Number(x.credibility),
      note: x.note,
    })),
    evidenceIds: s.evidenceIds,
    links: s.links.map(({ incidentId, kind, note }) => ({ incidentId, kind, note })),
  };
}

/** The incident's level as the server derives it: the highest level among its acts' violation types. */
export function derivedLevel(acts: readonly { violationType: string }[], levelOf: (code: string) => number | undefined): number | null {
  let max: number | null = null;
  for (const a of acts) {
    const l = a.violationType ? levelOf(a.violationType) : undefined;
    if (l !== undefined && (max === null || l > max)) max = l;
  }
  return max;
}

/** The API's field errors by field path (`acts.0.violationType`), several messages per field kept. */
export function errorsByField(errors: readonly FieldProblem[] | undefined, prefix = ''): Map<string, FieldProblem[]> {
  const out = new Map<string, FieldProblem[]>();
  for (const e of errors ?? []) {
    const field = prefix + e.field;
    out.set(field, [...(out.get(field) ?? []), e]);
  }
  return out;
}

/** The form field that shows the error of an API field path. */
export function inputIdFor(field: string): string {
  const mapped = field === 'startDate' ? 'start' : field === 'endDate' ? 'end' : field === 'pyramidLevelOverride.level' || field === 'pyramidLevelOverride' ? 'override.level' : field;
  return `f-${mapped.replace(/\./g, '-')}`;
}
