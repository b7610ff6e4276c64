import type { ConditionAnswer, Deadline } from '../types.js';
import { answer, type CheckContext, ruleOf } from './context.js';
import { before, type DateSpan, describe, onOrBefore, span as spanOf, spanAddMonths } from './dates.js';

const monthsInWords = (n: number) => (n % 12 === 0 ? `${n / 12 === 1 ? 'one year' : `${n / 12} years`}` : `${n === 6 ? 'six' : n} months`);

function fromWhat(ctx: CheckContext): string {
  const e = ctx.exhaustion!;
  return e.from === 'notified' ? `the final decision served on ${describe(e.span)}` : `the final decision of ${describe(e.span)}`;
}

function deadline(what: string, due: DateSpan, rule: string, runsFrom: DateSpan): Deadline {
  const d: Deadline = { what, date: due.earliest, rule };
  if (runsFrom.precision !== 'day') {
    d.conservative = true;
    d.note = `The date it runs from is known only to the ${runsFrom.precision} (${runsFrom.text}): this is the earliest it could be.`;
  }
  return d;
}

/** Whether a communication submitted on `sub` meets a limit falling on `due`, with the dates' precision. */
function within(sub: DateSpan, due: DateSpan) {
  return onOrBefore(sub, due);
}

/**
 * `time_limit`: the fixed limits (CERD six months, art. 14(5) and rule 91(f), excused in duly
 * verified exceptional circumstances; CESCR and CRC one year, OP-ICESCR art. 3(2)(a) and OP3-CRC
 * art. 7(h), excused when the author shows it was impossible to submit in time), and CAT rule
 * 113(f)'s unreasonably prolonged delay, for which no figure exists: the engine's judgement rule
 * (data: `unreasonableDelayMonths`) is that up to five years is met and beyond it, without a
 * stated reason, the committee's assessment is needed.
 */
export function checkTimeLimit(ctx: CheckContext): { answer: ConditionAnswer; deadlines: Deadline[] } {
  const c = ctx.mechanism.conditions.time_limit;
  const rule = ruleOf(ctx, 'time_limit');
  const excuse = c.excuse ? (ctx.facts[c.excuse] ?? '').trim() || null : null;
  if (c.months === null && c.unreasonableDelayMonths === null) return { answer: answer('time_limit', 'not-applicable', `No fixed time limit applies: ${c.text.charAt(0).toLowerCase()}${c.text.slice(1)}`, rule), deadlines: [] };
  if (!ctx.exhaustion) {
    if (ctx.facts.remediesException) return { answer: answer('time_limit', 'met', `No final domestic decision, and exhaustion is excused (${ctx.facts.remediesException}): the limit from exhaustion has not begun to run.`, rule), deadlines: [] };
    return { answer: answer('time_limit', 'needs-information', 'The date of the final domestic decision (or of its notification) is needed to count the time limit.', rule), deadlines: [] };
  }
  const months = c.months ?? c.unreasonableDelayMonths!;
  const due = spanAddMonths(ctx.exhaustion.span, months);
  const fixed = c.months !== null;
  const what = fixed ? `Submit to the ${ctx.mechanism.name}: ${monthsInWords(months)} after ${fromWhat(ctx)}` : `Submit to the ${ctx.mechanism.name} within a delay it will not find unreasonably prolonged (the engine's five-year guide; no figure in the rule)`;
  const deadlines = [deadline(what, due, rule, ctx.exhaustion.span)];
  const sub = ctx.submission;
  if (!sub) return { answer: answer('time_limit', 'needs-information', `The submission date is needed; the limit falls on ${due.earliest}${due.earliest !== due.latest ? ` at the earliest (${due.latest} at the latest)` : ''}.`, rule), deadlines };
  const when = ctx.submissionIsToday ? `a submission today (${sub.text})` : `the communication of ${describe(sub)}`;
  const ok = within(sub, due);
  if (ok === true) return { answer: answer('time_limit', 'met', `${capital(when)} is within ${monthsInWords(months)} after ${fromWhat(ctx)} (by ${due.earliest}).`, rule), deadlines };
  if (ok === 'unknown') return { answer: answer('time_limit', 'needs-information', `Whether ${when} came within ${monthsInWords(months)} after ${fromWhat(ctx)} depends on exact days (limit between ${due.earliest} and ${due.latest}).`, rule), deadlines };
  // Late.
  if (excuse) {
    const name = c.excuse === 'exceptionalCircumstances' ? 'exceptional circumstances' : 'a justification for the delay';
    return { answer: answer('time_limit', 'met', `${capital(when)} came after ${due.latest}, ${monthsInWords(months)} after ${fromWhat(ctx)}, but the author shows ${name}: "${excuse}".`, rule), deadlines };
  }
  if (!fixed) return { answer: answer('time_limit', 'needs-information', `${capital(when)} came more than five years after ${fromWhat(ctx)} with no reason given; whether the delay is unreasonably prolonged is for the committee.`, rule), deadlines };
  return { answer: answer('time_limit', 'not-met', `${capital(when)} came after ${due.latest}, more than ${monthsInWords(months)} after ${fromWhat(ctx)}, and no ${c.excuse === 'exceptionalCircumstances' ? 'exceptional circumstances are' : 'justification for the delay is'} shown.`, rule), deadlines };
}

/**
 * `abuse_of_right`. For the Human Rights Committee, rule 99(c) (96(c) before 2019): for
 * communications received from 1 January 2012, a submission five years after exhaustion — or
 * three years after another international procedure concluded, where that applies, whichever
 * ends later — is an abuse unless the delay is justified. Elsewhere the engine finds no abuse in
 * the facts it is given.
 */
export function checkAbuseOfRight(ctx: CheckContext): { answer: ConditionAnswer; deadlines: Deadline[] } {
  const c = ctx.mechanism.conditions.abuse_of_right;
  const rule = ruleOf(ctx, 'abuse_of_right');
  if (!c.delay) return { answer: answer('abuse_of_right', 'met', 'Nothing in the facts suggests an abuse of the right of submission (the engine cannot judge the tone or good faith of a communication).', rule), deadlines: [] };
  const { monthsAfterExhaustion, monthsAfterOtherProcedure, receivedFrom } = c.delay;
  const sub = ctx.submission;
  const period = delayPeriod(ctx, monthsAfterExhaustion, monthsAfterOtherProcedure);
  if (sub && sub.latest < receivedFrom) {
    // Before the rule, the Committee found abuse case by case in long unexplained delays (e.g. Gobin
    // v. Mauritius, CCPR/C/72/D/787/1997, five years): the same span without a reason is left to it.
    // The span is counted as rule 99(c) counts it, so time spent before another international body
    // (e.g. the European Court) does not count against the author.
    const late = period ? before(period.due, sub) : false;
    const justified = (ctx.facts.delayJustification ?? '').trim();
    if (late === true && !justified) return { answer: answer('abuse_of_right', 'needs-information', `The communication (${describe(sub)}) came more than ${period!.fromOther ? 'three years after the other international procedure concluded' : `five years after ${fromWhat(ctx)}`} without a reason, but before ${receivedFrom}, when rule 99(c) began to apply: the Committee then judged such delays case by case.`, rule), deadlines: [] };
    return { answer: answer('abuse_of_right', 'met', `The communication (${describe(sub)}) was received before ${receivedFrom}, when the five-year rule began to apply, and shows no delay the Committee treated as abuse.`, rule), deadlines: [] };
  }
  if (!period) {
    if (ctx.facts.remediesException) return { answer: answer('abuse_of_right', 'met', 'No final domestic decision, and exhaustion is excused: the five-year period from exhaustion has not begun to run.', rule), deadlines: [] };
    return { answer: answer('abuse_of_right', 'needs-information', 'The date of the final domestic decision is needed to count the five years of rule 99(c).', rule), deadlines: [] };
  }
  const { due, runsFrom, fromOther } = period;
  const p = ctx.facts.otherProcedure;
  const what = fromOther
    ? `Submit to the ${ctx.mechanism.name} within three years after ${p?.body ?? 'the other international procedure'} concluded on ${describe(runsFrom)}, or justify the delay`
    : `Submit to the ${ctx.mechanism.name} within five years after ${fromWhat(ctx)}, or justify the delay`;
  const deadlines = [deadline(what, due, rule, runsFrom)];
  if (!sub) return { answer: answer('abuse_of_right', 'needs-information', `The submission date is needed; without a justification the delay becomes an abuse after ${due.earliest}.`, rule), deadlines };
  const ok = onOrBefore(sub, due);
  const justification = (ctx.facts.delayJustification ?? '').trim() || null;
  if (ok === true) return { answer: answer('abuse_of_right', 'met', `Submitted (${describe(sub)}) within the period of rule 99(c), which ends on ${due.earliest}.`, rule), deadlines };
  if (justification) return { answer: answer('abuse_of_right', 'met', `Submitted (${describe(sub)}) after ${due.latest}, but the delay is justified: "${justification}".`, rule), deadlines };
  if (ok === 'unknown') return { answer: answer('abuse_of_right', 'needs-information', `Whether the communication (${describe(sub)}) came within the period of rule 99(c) (ending between ${due.earliest} and ${due.latest}) depends on exact days.`, rule), deadlines };
  return { answer: answer('abuse_of_right', 'not-met', `Submitted (${describe(sub)}) after ${due.latest}, more than ${fromOther ? `three years after ${p?.body ?? 'the other procedure'} concluded` : `five years after ${fromWhat(ctx)}`}, with no justification for the delay.`, rule), deadlines };
}


function capital(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Rule 99(c)'s period: five years after exhaustion or, where another international procedure
 * concluded later, three years after it — whichever ends later. Null without an exhaustion date.
 */
function delayPeriod(ctx: CheckContext, monthsAfterExhaustion: number, monthsAfterOtherProcedure: number): { due: DateSpan; runsFrom: DateSpan; fromOther: boolean } | null {
  if (!ctx.exhaustion) return null;
  let due = spanAddMonths(ctx.exhaustion.span, monthsAfterExhaustion);
  let runsFrom = ctx.exhaustion.span;
  let fromOther = false;
  const p = ctx.facts.otherProcedure;
  if (p?.decided && (p.status ?? 'decided') === 'decided') {
    const other = spanAddMonths(spanOf(p.decided), monthsAfterOtherProcedure);
    if (other.earliest > due.earliest) {
      due = other;
      runsFrom = spanOf(p.decided);
      fromOther = true;
    }
  }
  return { due, runsFrom, fromOther };
}
