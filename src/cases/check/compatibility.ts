import type { ConditionAnswer } from '../types.js';
import { answer, type CheckContext, ruleOf } from './context.js';

/**
 * `ratione_materiae` and `ratione_personae`: whether the claim concerns rights the treaty protects
 * and a victim within the state's jurisdiction. The facts say so only when the optional
 * `claimCompatible` / `victimUnderJurisdiction` are given; otherwise the engine takes the claim as
 * stated and says that it did (it does not read a claim's substance).
 */
export function checkRationeMateriae(ctx: CheckContext): ConditionAnswer {
  const rule = ruleOf(ctx, 'ratione_materiae');
  const v = ctx.facts.claimCompatible;
  if (v === false) return answer('ratione_materiae', 'not-met', `The claim does not concern a right protected by the ${ctx.mechanism.treaty}.`, rule);
  if (v === null) return answer('ratione_materiae', 'needs-information', `Say whether the claim concerns a right protected by the ${ctx.mechanism.treaty}.`, rule);
  return answer('ratione_materiae', 'met', v === true ? `The claim concerns rights protected by the ${ctx.mechanism.treaty}.` : `Taken as stated: the claim is assumed to invoke rights of the ${ctx.mechanism.treaty} (not assessed by the engine).`, rule);
}

export function checkRationePersonae(ctx: CheckContext): ConditionAnswer {
  const rule = ruleOf(ctx, 'ratione_personae');
  const v = ctx.facts.victimUnderJurisdiction;
  if (v === false) return answer('ratione_personae', 'not-met', `The victim was not within the jurisdiction of ${ctx.facts.state}.`, rule);
  if (v === null) return answer('ratione_personae', 'needs-information', `Say whether the victim was within the jurisdiction of ${ctx.facts.state}.`, rule);
  return answer('ratione_personae', 'met', v === true ? `The victim was within the jurisdiction of ${ctx.facts.state}.` : `Taken as stated: the communication is against ${ctx.facts.state} for acts within its jurisdiction (not assessed by the engine).`, rule);
}
