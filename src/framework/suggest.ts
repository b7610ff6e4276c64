/**
 * Suggestions from recorded data: which Framework indicators the incidents of one country point
 * to, each with the reason in words, the counts behind it and the incidents. Pure (no database,
 * no clock): the service passes the incidents the caller may read. A suggestion is never an
 * assessment — an analyst confirms it (service.ts), so the scorecard only ever says what a person
 * judged. The rules read violation types by code (data/taxonomies/violation-types.yaml) and
 * pyramid levels; each is deliberately plain so an analyst can check it by hand.
 */

export interface SuggestAct {
  violationType: string;
  pyramidLevel: number;
  groupId: string | null;
  victims: { killed: number; detained: number; disappeared: number; displaced: number };
}
export interface SuggestIncident {
  id: string;
  startDate: string;
  /** A year-dated incident is named by its year, never by its first month (the date-precision rule). */
  startPrecision: 'day' | 'month' | 'year';
  acts: SuggestAct[];
}

export type SuggestedStatus = 'present' | 'partly';

export interface Suggestion {
  /** Stable for the same data: `<indicator>` or `<indicator>:<groupId>`; the confirm call names it. */
  id: string;
  indicator: string;
  status: SuggestedStatus;
  groupId: string | null;
  reason: string;
  figures: Record<string, number>;
  incidentIds: string[];
}

/** Types of level-2 speech that dehumanise or incite (the "speech" half of factor 10). */
const dehumanisingSpeech = new Set(['dehumanising-speech', 'incitement-to-violence', 'incitement-to-genocide', 'hate-propaganda']);
const incitement = new Set(['incitement-to-discrimination', 'incitement-to-violence', 'incitement-to-genocide', 'hate-propaganda']);
const killingTypes = new Set(['killing', 'massacre', 'extermination', 'genocide', 'war-crimes-against-civilians']);
const displacement = new Set(['forced-displacement', 'deportation', 'forced-eviction', 'segregation', 'destructive-conditions-of-life']);
const cultural = new Set(['destruction-of-cultural-property', 'desecration']);
const births = new Set(['measures-preventing-births', 'forcible-transfer-of-children']);
const attackOnCivilians = new Set(['crimes-against-humanity', 'extermination', 'persecution', 'deportation', 'enslavement', 'apartheid']);

/** How many recorded killings make factor 1's "armed conflict" a suggestion, and factor 10's killings "present". */
export const thresholds = { conflictKillingIncidents: 5, intentKilled: 10, discriminationIncidents: 3 } as const;

interface Tally {
  ids: Set<string>;
  killed: number;
  months: string[];
}
const tally = (): Tally => ({ ids: new Set(), killed: 0, months: [] });
const add = (t: Tally, incident: SuggestIncident, act: SuggestAct) => {
  if (!t.ids.has(incident.id)) t.months.push(incident.startDate.slice(0, incident.startPrecision === 'year' ? 4 : 7));
  t.ids.add(incident.id);
  t.killed += act.victims.killed;
};
const span = (t: Tally) => {
  const sorted = [...t.months].sort();
  return sorted[0] === sorted.at(-1) ? `in ${sorted[0]}` : `from ${sorted[0]} to ${sorted.at(-1)}`;
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sortedIds = (...ts: Tally[]) => [...new Set(ts.flatMap((t) => [...t.ids]))].sort();

/**
 * The suggestions the incidents support, strongest evidence first within each indicator.
 * `groupName` names a group in the reason (its id when unknown).
 *
 *   suggestIndicators(incidents, (id) => names.get(id) ?? id)
 *   // [{ id: 'indicator-10-2:…', indicator: 'indicator-10-2', status: 'partly', reason: 'Against Teral: 4 incidents of …', … }]
 */
export function suggestIndicators(incidents: readonly SuggestIncident[], groupName: (id: string) => string = (id) => id): Suggestion[] {
  const perGroup = new Map<string, { speech: Tally; killing: Tally; discrimination: Tally; types: Set<string> }>();
  const byType = (set: ReadonlySet<string>) => {
    const t = tally();
    for (const i of incidents) for (const a of i.acts) if (set.has(a.violationType)) add(t, i, a);
    return t;
  };
  const killings = tally();
  for (const incident of incidents) {
    for (const act of incident.acts) {
      const kills = killingTypes.has(act.violationType) || act.victims.killed > 0;
      if (kills) add(killings, incident, act);
      if (!act.groupId) continue;
      let g = perGroup.get(act.groupId);
      if (!g) perGroup.set(act.groupId, (g = { speech: tally(), killing: tally(), discrimination: tally(), types: new Set() }));
      if (dehumanisingSpeech.has(act.violationType)) add(g.speech, incident, act);
      if (kills) add(g.killing, incident, act);
      if (act.pyramidLevel === 3) {
        add(g.discrimination, incident, act);
        g.types.add(act.violationType);
      }
    }
  }

  const out: Suggestion[] = [];
  for (const [groupId, g] of perGroup) {
    const name = groupName(groupId);
    // Factor 10: speech that denies a group's humanity, and killings of the same group.
    if (g.speech.ids.size > 0 && g.killing.ids.size > 0) {
      const status: SuggestedStatus = g.killing.killed >= thresholds.intentKilled ? 'present' : 'partly';
      out.push({
        id: `indicator-10-2:${groupId}`,
        indicator: 'indicator-10-2',
        status,
        groupId,
        reason: `Against ${name}: ${plural(g.speech.ids.size, 'incident')} of dehumanising speech or incitement (${span(g.speech)}) and ${plural(g.killing.ids.size, 'incident')} with killings (${plural(g.killing.killed, 'person')} killed, ${span(g.killing)}).`,
        figures: { speechIncidents: g.speech.ids.size, killingIncidents: g.killing.ids.size, killed: g.killing.killed },
        incidentIds: sortedIds(g.speech, g.killing),
      });
    }
    // Factor 9: discrimination (pyramid level 3) against a group.
    if (g.discrimination.ids.size > 0) {
      const status: SuggestedStatus = g.discrimination.ids.size >= thresholds.discriminationIncidents ? 'present' : 'partly';
      out.push({
        id: `indicator-9-1:${groupId}`,
        indicator: 'indicator-9-1',
        status,
        groupId,
        reason: `Against ${name}: ${plural(g.discrimination.ids.size, 'incident')} of discrimination (${[...g.types].sort().join(', ')}), ${span(g.discrimination)}.`,
        figures: { discriminationIncidents: g.discrimination.ids.size, types: g.types.size },
        incidentIds: sortedIds(g.discrimination),
      });
    }
  }

  // Factor 1: killings in numbers suggest armed conflict or violent instability — "partly" at most:
  // recorded killings alone do not establish an armed conflict in law.
  if (killings.ids.size >= thresholds.conflictKillingIncidents) {
    out.push({
      id: 'indicator-1-1',
      indicator: 'indicator-1-1',
      status: 'partly',
      groupId: null,
      reason: `${plural(killings.ids.size, 'incident')} with killings recorded (${plural(killings.killed, 'person')} killed, ${span(killings)}); whether they amount to an armed conflict is for the analyst.`,
      figures: { killingIncidents: killings.ids.size, killed: killings.killed },
      incidentIds: sortedIds(killings),
    });
  }

  // Type-to-indicator rules: the violation type is itself what the indicator describes.
  const direct: [string, ReadonlySet<string>, string][] = [
    ['indicator-7-13', new Set(['identity-marking']), 'marking of people or property by group'],
    ['indicator-7-10', displacement, 'displacement, deportation, segregation or destructive living conditions'],
    ['indicator-7-12', cultural, 'destruction or desecration of cultural or religious property'],
    ['indicator-7-9', new Set(['sexual-violence']), 'sexual violence'],
    ['indicator-8-7', incitement, 'incitement or hate propaganda'],
    ['indicator-10-4', births, 'measures preventing births or transferring children'],
    ['indicator-11-1', attackOnCivilians, 'acts recorded as crimes against humanity'],
  ];
  for (const [indicator, types, words] of direct) {
    const t = byType(types);
    if (t.ids.size === 0) continue;
    out.push({ id: indicator, indicator, status: 'present', groupId: null, reason: `${plural(t.ids.size, 'incident')} of ${words} recorded, ${span(t)}.`, figures: { incidents: t.ids.size }, incidentIds: sortedIds(t) });
  }

  const strength = (s: Suggestion) => (s.status === 'present' ? 1_000_000 : 0) + s.incidentIds.length;
  return out.sort((a, b) => a.indicator.localeCompare(b.indicator, 'en', { numeric: true }) || strength(b) - strength(a) || a.id.localeCompare(b.id));
}
