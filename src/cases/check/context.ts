import type { TreatyBodyMechanism } from '../mechanisms.js';
import type { AcceptanceRow, CheckFacts, ConditionAnswer, ConditionName, ConditionStatus } from '../types.js';
import { addDays, addMonths, type DateSpan, latestOf, span } from './dates.js';

/**
 * What every condition reads, worked out once from the facts: the dates as spans, the acceptance
 * row with the facts' override merged over it, and the day remedies were exhausted.
 */
export interface CheckContext {
  facts: CheckFacts;
  mechanism: TreatyBodyMechanism;
  acceptance: MergedAcceptance | null;
  /** The submission date, or the caller's "today" when the communication is not yet sent; null when neither. */
  submission: DateSpan | null;
  /** True when `submission` is the caller's today rather than a date in the facts. */
  submissionIsToday: boolean;
  /** The day the limits run from: the final decision's notification, else the final decision. */
  exhaustion: { span: DateSpan; from: 'notified' | 'decided' | 'remedy' } | null;
}

export interface MergedAcceptance {
  state: string;
  instrument: string;
  inForce: DateSpan | null;
  deposited: string | null;
  withdrawn: DateSpan | null;
  reservations: string[];
  /** Whether an override in the facts replaced a shipped value, or there was no shipped row. */
  from: 'table' | 'facts' | 'table+facts';
  verified: boolean;
}

export interface CheckOptions {
  /** `YYYY-MM-DD`: the day a not-yet-submitted communication is assessed for (the CLI passes today). */
  today?: string | null;
}

/**
 * The shipped row with the facts' `acceptance` fields laid over it. A deposit given without an
 * entry into force gets the one the instrument's rule computes from it (three months, or the
 * thirtieth day, after deposit), so facts can be copied from a decision as the committee stated them.
 */
export function mergeAcceptance(facts: CheckFacts, row: AcceptanceRow | null, mechanism: TreatyBodyMechanism): MergedAcceptance | null {
  const o = facts.acceptance ?? null;
  if (!row && !o) return null;
  // A field given as null is unknown (issue 18 §3: "fields may be null when unknown"): it does not
  // erase what the shipped row knows, so `{ "inForce": null }` over a row keeps the row's date.
  const has = (k: string) => o !== null && (o as Record<string, unknown>)[k] !== undefined && (o as Record<string, unknown>)[k] !== null;
  const deposited = has('deposited') ? (o!.deposited ?? null) : (row?.deposited ?? null);
  let inForce: string | null;
  if (has('inForce')) inForce = o!.inForce ?? null;
  else if (has('deposited') && deposited) inForce = entryIntoForce(deposited, mechanism);
  else inForce = row?.inForce ?? null;
  const withdrawn = has('withdrawn') ? (o!.withdrawn ?? null) : (row?.withdrawn ?? null);
  const reservations = has('reservations') ? (o!.reservations ?? []) : (row?.reservations ?? []);
  return {
    state: facts.state,
    instrument: mechanism.instrument,
    inForce: inForce ? span(inForce) : null,
    deposited,
    withdrawn: withdrawn ? span(withdrawn) : null,
    reservations,
    from: row ? (o ? 'table+facts' : 'table') : 'facts',
    verified: row?.verified ?? false,
  };
}

/** The day an instrument deposited on `deposited` enters into force for that state, by its rule. */
export function entryIntoForce(deposited: string, mechanism: TreatyBodyMechanism): string {
  const { months, days } = mechanism.entryIntoForce;
  const d = span(deposited).earliest;
  return addDays(addMonths(d, months), days);
}

export function buildContext(facts: CheckFacts, row: AcceptanceRow | null, mechanism: TreatyBodyMechanism, options: CheckOptions = {}): CheckContext {
  const submitted = facts.submissionDate ? span(facts.submissionDate) : null;
  const today = !submitted && options.today ? span(options.today) : null;
  return {
    facts,
    mechanism,
    acceptance: mergeAcceptance(facts, row, mechanism),
    submission: submitted ?? today,
    submissionIsToday: !submitted && today !== null,
    exhaustion: exhaustionDate(facts),
  };
}

function exhaustionDate(facts: CheckFacts): CheckContext['exhaustion'] {
  if (facts.finalDecisionNotified) return { span: span(facts.finalDecisionNotified), from: 'notified' };
  if (facts.finalDomesticDecision) return { span: span(facts.finalDomesticDecision), from: 'decided' };
  const finals = (facts.remedies ?? []).filter((r) => r.final === true && r.decided).map((r) => span(r.decided!));
  const last = latestOf(finals);
  return last ? { span: last, from: 'remedy' } : null;
}

export function answer(condition: ConditionName, status: ConditionStatus, reason: string, rule: string): ConditionAnswer {
  return { condition, status, reason, rule };
}

/** Cited rule of a condition, e.g. "OP1 art. 5(2)(a); rule 99(e)". */
export function ruleOf(ctx: CheckContext, condition: ConditionName): string {
  return ctx.mechanism.conditions[condition].rule;
}
