import type { ConditionAnswer } from '../types.js';
import { answer, type CheckContext, ruleOf } from './context.js';
import { before, type DateSpan, describe, span } from './dates.js';
import { excludesEarlierOrigin, mentionsEarlierEvents } from './reservations.js';

/**
 * `ratione_temporis`: facts before the instrument entered into force for the state are outside
 * competence unless they continued after it, or had effects after it that are themselves
 * violations (the `continuing` fact). For CED (ICPPED art. 35), and under a reservation excluding
 * facts whose origin precedes entry into force, what counts is when the facts commenced.
 */
export function checkRationeTemporis(ctx: CheckContext): ConditionAnswer {
  const { acceptance: a, facts, mechanism: m } = ctx;
  const base = ruleOf(ctx, 'ratione_temporis');
  if (!a) return answer('ratione_temporis', 'needs-information', `The entry into force of ${m.instrument} for ${facts.state} is not known, so the facts cannot be placed before or after it.`, base);
  if (!a.inForce && a.from === 'facts') return answer('ratione_temporis', 'needs-information', `The entry into force of ${m.instrument} for ${facts.state} is not given, so the facts cannot be placed before or after it.`, base);
  if (!a.inForce) return answer('ratione_temporis', 'not-met', `${m.instrument} is not in force for ${facts.state}, so no facts fall within the ${m.name}'s competence.`, base);
  const v = facts.violation;
  if (!v || (!v.start && !v.end)) return answer('ratione_temporis', 'needs-information', 'The dates of the violation are not given; they decide whether the facts fall after the entry into force.', base);
  const start = span((v.start ?? v.end)!);
  const end = v.end ? span(v.end) : null;
  const inForce = a.inForce;
  const originRes = excludesEarlierOrigin(a.reservations);
  const commencedOnly = m.conditions.ratione_temporis.commencedOnly || originRes !== null;
  const rule = originRes ? `${base}; reservation of ${facts.state}` : base;
  const startsBefore = before(start, inForce);

  if (startsBefore === false) return answer('ratione_temporis', 'met', `The facts began on ${describe(start)}, after ${m.instrument} entered into force for ${facts.state} on ${describe(inForce)}.`, rule);

  if (commencedOnly) {
    const why = m.conditions.ratione_temporis.commencedOnly ? 'the Committee is competent only for disappearances that commenced after entry into force, whatever their continuing character' : 'the state\'s reservation excludes facts having their origin before entry into force, even if they continue';
    if (startsBefore === true) return answer('ratione_temporis', 'not-met', `The facts commenced on ${describe(start)}, before entry into force on ${describe(inForce)}; ${why}.`, rule);
    return answer('ratione_temporis', 'needs-information', `Whether the facts (${describe(start)}) commenced before or after entry into force on ${describe(inForce)} depends on the exact day; ${why}.`, rule);
  }

  const answerOnFacts = checkContinuation(ctx, start, end, startsBefore, base);
  if (answerOnFacts.status === 'met' || !m.conditions.ratione_temporis.domesticDecisionsCount) return answerOnFacts;
  // The facts themselves fall before entry into force (or cannot be placed): a domestic judicial
  // decision on them given after it is part of the facts for this committee (data:
  // domesticDecisionsCount, e.g. CERD/C/103/D/60/2016, para. 7.3).
  const later = laterDomesticDecision(ctx, inForce);
  if (!later) return answerOnFacts;
  return answer('ratione_temporis', 'met', `The facts began on ${describe(start)}, ${startsBefore === true ? 'before' : 'around'} entry into force on ${describe(inForce)}, but a domestic decision directly connected with them (${later.body}, ${describe(later.decided)}) was given after it, and the ${m.name} counts such decisions as part of the facts.`, base);
}

/** The latest domestic decision (a remedy decided, or the final decision) wholly after `inForce`, or null. */
function laterDomesticDecision(ctx: CheckContext, inForce: DateSpan): { body: string; decided: DateSpan } | null {
  const decisions = (ctx.facts.remedies ?? []).filter((r) => r.decided).map((r) => ({ body: r.body ?? 'a domestic remedy', decided: span(r.decided!) }));
  if (ctx.facts.finalDomesticDecision) decisions.push({ body: 'the final domestic decision', decided: span(ctx.facts.finalDomesticDecision) });
  const after = decisions.filter((d) => before(inForce, d.decided) === true).sort((x, y) => y.decided.latest.localeCompare(x.decided.latest));
  return after[0] ?? null;
}

/** Facts that began before (or around) entry into force: within competence only if they continued after it. */
function checkContinuation(ctx: CheckContext, start: DateSpan, end: DateSpan | null, startsBefore: ReturnType<typeof before>, base: string): ConditionAnswer {
  const { acceptance, facts, mechanism: m } = ctx;
  const a = acceptance!;
  const v = facts.violation!;
  const inForce = a.inForce!;
  const earlierRes = mentionsEarlierEvents(a.reservations);
  const resNote = earlierRes ? ' (the state\'s reservation on earlier events does not reach facts continuing after it)' : '';
  const ruleE = earlierRes ? `${base}; reservation of ${facts.state}` : base;
  if (v.continuing === true) return answer('ratione_temporis', 'met', `The facts began on ${describe(start)}${startsBefore === true ? ', before' : ', around'} entry into force on ${describe(inForce)}, but continued after it, or had effects after it that are themselves violations${resNote}.`, ruleE);
  if (end) {
    const endsBefore = before(end, inForce);
    if (endsBefore === false) return answer('ratione_temporis', 'met', `The facts ran from ${describe(start)} to ${describe(end)}, continuing after entry into force on ${describe(inForce)}; the part after that date is within competence${resNote}.`, ruleE);
    if (endsBefore === true) return answer('ratione_temporis', 'not-met', `The facts (${describe(start)} to ${describe(end)}) all occurred before entry into force on ${describe(inForce)} and are not stated to continue or to have effects that are violations in themselves.`, ruleE);
    return answer('ratione_temporis', 'needs-information', `Whether the facts ended (${describe(end)}) before entry into force on ${describe(inForce)} depends on the exact day.`, ruleE);
  }
  if (startsBefore === true) {
    if (v.continuing === false) return answer('ratione_temporis', 'not-met', `The facts occurred on ${describe(start)}, before entry into force on ${describe(inForce)}, and did not continue after it.`, ruleE);
    return answer('ratione_temporis', 'needs-information', `The facts began on ${describe(start)}, before entry into force on ${describe(inForce)}; say whether they continued after it (violation.end or violation.continuing).`, ruleE);
  }
  return answer('ratione_temporis', 'needs-information', `Whether the facts (${describe(start)}) occurred before or after entry into force on ${describe(inForce)} depends on the exact day.`, ruleE);
}
