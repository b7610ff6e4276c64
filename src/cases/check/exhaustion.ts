import type { ConditionAnswer } from '../types.js';
import { answer, type CheckContext, ruleOf } from './context.js';
import { describe } from './dates.js';

const exceptionReasons = {
  unavailable: 'no effective remedy was available to the author',
  ineffective: 'the remedies available had no reasonable prospect of success (objectively ineffective, e.g. settled case law or no independent body)',
  prolonged: 'the application of the remedies was unreasonably prolonged',
} as const;

/**
 * `non_exhaustion`: met when domestic remedies were exhausted (a final decision, or a remedy
 * marked final, dated or not) or excused (`remediesException`: unavailable, ineffective,
 * unreasonably prolonged). A remedy still pending, decisions all said not to be final, or none
 * pursued without an exception, is not-met; decided remedies whose finality is not said need it.
 */
export function checkExhaustion(ctx: CheckContext): ConditionAnswer {
  const rule = ruleOf(ctx, 'non_exhaustion');
  const { remediesException: exception, remedies, finalDomesticDecision } = ctx.facts;
  if (exception) return answer('non_exhaustion', 'met', `Exhaustion is excused: ${exceptionReasons[exception]}; the author must show it, and the state may dispute it.`, rule);
  // A remedy marked final without a date was still decided: exhausted, only the day is unknown.
  const pending = (remedies ?? []).filter((r) => !r.decided && r.final !== true);
  const finalUndated = (remedies ?? []).find((r) => !r.decided && r.final === true);
  if (ctx.exhaustion) {
    const laterPending = pending.filter((r) => r.filed && r.filed > ctx.exhaustion!.span.latest);
    if (laterPending.length) return answer('non_exhaustion', 'not-met', `A remedy filed after the final decision is still pending (${laterPending[0]!.body ?? 'unnamed body'}, filed ${laterPending[0]!.filed}).`, rule);
    return answer('non_exhaustion', 'met', `Domestic remedies were exhausted with the final decision of ${describe(ctx.exhaustion.span)}${finalDomesticDecision ? '' : ' (the remedy marked final)'}.`, rule);
  }
  if (finalUndated && !pending.length) return answer('non_exhaustion', 'met', `Domestic remedies were exhausted with the final decision of ${finalUndated.body ?? 'the last body seized'} (its date is not given; the time limits need it).`, rule);
  if (pending.length) return answer('non_exhaustion', 'not-met', `A domestic remedy is still pending (${pending[0]!.body ?? 'unnamed body'}${pending[0]!.filed ? `, filed ${pending[0]!.filed}` : ''}); if it is unreasonably prolonged, say so (remediesException: prolonged).`, rule);
  if (remedies && remedies.length === 0) return answer('non_exhaustion', 'not-met', 'No domestic remedy was pursued and no exception (unavailable, ineffective, prolonged) is claimed.', rule);
  // Every remedy decided and each one said not to be final: a further appeal was open and not used.
  if (remedies && remedies.length > 0 && remedies.every((r) => r.final === false)) return answer('non_exhaustion', 'not-met', 'The remedies pursued were decided, but none of the decisions was final and no further remedy was pursued; say if it was unavailable or ineffective (remediesException).', rule);
  if (remedies && remedies.length > 0) return answer('non_exhaustion', 'needs-information', 'The remedies pursued are decided but none is marked final; say whether a further appeal was open.', rule);
  return answer('non_exhaustion', 'needs-information', 'The domestic remedies pursued are not given, nor a final decision or an exception.', rule);
}
