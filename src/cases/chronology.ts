import { formatEventDate, type DatePrecision } from '../incidents/dates.js';
import type { ChronologyEntry } from './schema.js';
import type { CaseRecord } from './types.js';

/**
 * A case's chronology, derived (never stored): the incidents' dates at their precision, and the
 * case's own events — created, incidents added, remedies filed and decided, other procedures
 * submitted and decided, what each body did. Oldest first; a date known only to the month or the
 * year sorts at the start of its period, before the days of that period.
 */

export interface ChronologyIncident {
  id: string;
  title: string;
  startDate: string;
  startPrecision: DatePrecision;
}

export function caseChronology(
  caseRecord: Pick<CaseRecord, 'createdAt' | 'remedies' | 'procedures' | 'outcomes'>,
  incidents: ChronologyIncident[],
  added: { incidentId: string; addedAt: string }[],
): ChronologyEntry[] {
  const entries: ChronologyEntry[] = [];
  const push = (date: string | null, kind: ChronologyEntry['kind'], text: string, ref: string | null) => {
    if (date) entries.push({ date, kind, text, ref });
  };
  for (const i of incidents) push(formatEventDate(i.startDate, i.startPrecision), 'incident', i.title, i.id);
  push(caseRecord.createdAt.slice(0, 10), 'case-created', 'Case file opened', null);
  // Incidents joined in one request are one event.
  const addedOn = new Map<string, number>();
  for (const a of added) addedOn.set(a.addedAt.slice(0, 10), (addedOn.get(a.addedAt.slice(0, 10)) ?? 0) + 1);
  for (const [day, n] of addedOn) push(day, 'incident-added', `${n} incident${n === 1 ? '' : 's'} added to the case`, null);
  for (const r of caseRecord.remedies) {
    if (r.notPursuedReason) continue;
    push(r.filed, 'remedy-filed', `Filed with ${r.body ?? 'a domestic authority'}`, r.id);
    push(r.decided, 'remedy-decided', `${r.body ?? 'Domestic authority'} decided${r.outcome ? `: ${r.outcome}` : ''}${r.final ? ' (final)' : ''}`, r.id);
  }
  for (const p of caseRecord.procedures) {
    push(p.submitted, 'procedure-submitted', `Submitted to ${p.body ?? 'another international procedure'}`, p.id);
    push(p.decided, 'procedure-decided', `${p.body ?? 'Other procedure'} decided${p.examinedMerits === false ? ' (without examining the merits)' : ''}`, p.id);
  }
  for (const o of caseRecord.outcomes) push(o.date, 'outcome', `${o.mechanism}: ${o.kind}${o.summary ? ` — ${o.summary}` : ''}`, o.id);
  // Stable: by the first day of the period, then coarser dates first, then as pushed.
  return entries.map((e, i) => ({ e, i })).sort((a, b) => firstDay(a.e.date).localeCompare(firstDay(b.e.date)) || a.e.date.length - b.e.date.length || a.i - b.i).map((x) => x.e);
}

const firstDay = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
