import { formatEventDate, parseEventDate, periodEnd, type DatePrecision } from '../incidents/dates.js';
import type { CaseRecord, CheckFacts, OtherProcedure, PartialDate, TreatyBody } from './types.js';

/**
 * A stored case as the facts the admissibility engine checks (issue 18 §3), for one mechanism.
 * Pure: the caller reads the case and its incidents through the access door and passes them
 * here, with the day a submission would be made (today, for "if we submitted now").
 *
 *   caseToFacts(caseFile, 'CERD', { incidents, submissionDate: '2026-11-30' })
 */

/** What the facts need of an incident: its dates at their precision, and its violation types. */
export interface FactsIncident {
  startDate: string;
  startPrecision: DatePrecision;
  endDate: string | null;
  endPrecision: DatePrecision | null;
  violationTypes: string[];
}

/** Violation types that continue until the victim's fate is clarified (an enforced disappearance: ICPPED art. 8(1)(b); HRC and ECtHR case law on continuing violations). */
const continuingTypes = new Set(['enforced-disappearance']);

export function caseToFacts(
  caseRecord: Pick<CaseRecord, 'country' | 'remedies' | 'remediesException' | 'procedures' | 'authorIsVictim' | 'authorAnonymous' | 'victims'>,
  mechanism: TreatyBody,
  context: { incidents: FactsIncident[]; submissionDate: PartialDate | null },
): CheckFacts {
  const pursued = caseRecord.remedies.filter((r) => !r.notPursuedReason);
  return {
    mechanism,
    state: caseRecord.country,
    submissionDate: context.submissionDate,
    violation: violationPeriod(context.incidents),
    finalDomesticDecision: latest(pursued.filter((r) => r.final === true).map((r) => r.decided)),
    remedies: pursued.map(({ body, filed, decided, outcome, final }) => ({ body, filed, decided, outcome, final })),
    remediesException: caseRecord.remediesException,
    otherProcedure: otherProcedure(caseRecord.procedures),
    authorIsVictim: caseRecord.authorIsVictim,
    authorAnonymous: caseRecord.authorAnonymous,
    // An author who is not the victim acts for them: consent is what the victims recorded (all of
    // them, so one without consent is not presumed to agree).
    actingForVictim:
      caseRecord.authorIsVictim === false
        ? { consent: caseRecord.victims.length === 0 || caseRecord.victims.some((v) => v.consent === null) ? null : caseRecord.victims.every((v) => v.consent === true), justification: null }
        : null,
  };
}

/**
 * The violation's period from the incidents': it starts with the earliest start and ends with the
 * latest end (or start, for an incident of one date), each written at its precision. It is
 * continuing while an incident of a continuing kind (a disappearance) has no end.
 */
export function violationPeriod(incidents: FactsIncident[]): CheckFacts['violation'] {
  if (incidents.length === 0) return null;
  const starts = incidents.map((i) => ({ date: i.startDate, precision: i.startPrecision }));
  const ends = incidents.map((i) => (i.endDate ? { date: i.endDate, precision: i.endPrecision ?? 'day' } : { date: i.startDate, precision: i.startPrecision }));
  const first = starts.reduce((a, b) => (b.date < a.date ? b : a));
  // The latest end is the one whose period could end last.
  const last = ends.reduce((a, b) => (periodEnd(b) > periodEnd(a) ? b : a));
  const continuing = incidents.some((i) => i.endDate === null && i.violationTypes.some((t) => continuingTypes.has(t)));
  return { start: formatEventDate(first.date, first.precision), end: continuing ? null : formatEventDate(last.date, last.precision), continuing };
}

/** The latest of dates at their precision (compared by the first day each could be), as written. */
function latest(dates: (PartialDate | null)[]): PartialDate | null {
  let best: { text: string; first: string } | null = null;
  for (const text of dates) {
    const parsed = text ? parseEventDate(text) : undefined;
    if (parsed && (!best || parsed.date > best.first)) best = { text: text!, first: parsed.date };
  }
  return best?.text ?? null;
}

/** The procedure that bears on the same-matter bar: one pending if any, else the last decided. */
function otherProcedure(procedures: CaseRecord['procedures']): OtherProcedure | null {
  const strip = ({ body, submitted, decided, status, examinedMerits }: CaseRecord['procedures'][number]): OtherProcedure => ({ body, submitted, decided, status, examinedMerits });
  const pending = procedures.find((p) => p.status === 'pending');
  if (pending) return strip(pending);
  const decidedOn = latest(procedures.map((p) => p.decided));
  const decided = procedures.find((p) => p.decided === decidedOn && decidedOn !== null) ?? procedures[procedures.length - 1];
  return decided ? strip(decided) : null;
}
