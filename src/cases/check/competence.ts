import type { ConditionAnswer } from '../types.js';
import { answer, type CheckContext, ruleOf } from './context.js';
import { before, describe, onOrBefore } from './dates.js';

/**
 * `competence`: the state accepted the body's individual procedure, in force when the
 * communication is submitted and not withdrawn before it (a withdrawal leaves pending
 * communications alone: OP1 art. 12(2), ICERD art. 14(3), CAT art. 22(8)).
 */
export function checkCompetence(ctx: CheckContext): ConditionAnswer {
  const { acceptance: a, facts, mechanism: m } = ctx;
  const rule = ruleOf(ctx, 'competence');
  const cite = (extra: string) => (a?.from === 'table' || a?.from === 'table+facts' ? `${rule}; acceptance table (${a.verified ? 'verified' : 'unverified'} row)${extra}` : `${rule}${extra}`);
  if (!a) return answer('competence', 'needs-information', `No acceptance of ${m.instrument} by ${facts.state} is recorded; give its date of entry into force (acceptance.inForce).`, rule);
  // No shipped row and no date in the facts: the acceptance is unknown, not absent.
  if (!a.inForce && a.from === 'facts') return answer('competence', 'needs-information', `The date ${m.instrument} entered into force for ${facts.state} is not given (acceptance.inForce or acceptance.deposited) and no acceptance row is shipped.`, rule);
  if (!a.inForce) return answer('competence', 'not-met', `${facts.state} has no ${m.instrument} in force: the ${m.name} cannot receive communications against it.`, cite(''));
  const sub = ctx.submission;
  if (a.withdrawn && sub) {
    const after = onOrBefore(a.withdrawn, sub);
    if (after === true) return answer('competence', 'not-met', `${facts.state} withdrew from ${m.instrument} with effect from ${describe(a.withdrawn)}, before the communication (${describe(sub)}).`, cite(''));
    if (after === 'unknown') return answer('competence', 'needs-information', `Whether the communication (${describe(sub)}) came before the withdrawal of ${m.instrument} effective ${describe(a.withdrawn)} depends on the exact day.`, cite(''));
  }
  if (sub) {
    const early = before(sub, a.inForce);
    if (early === true) return answer('competence', 'not-met', `The communication (${describe(sub)}) predates the entry into force of ${m.instrument} for ${facts.state} on ${describe(a.inForce)}.`, cite(''));
    if (early === 'unknown') return answer('competence', 'needs-information', `Whether the communication (${describe(sub)}) followed the entry into force of ${m.instrument} for ${facts.state} on ${describe(a.inForce)} depends on the exact day.`, cite(''));
  }
  return answer('competence', 'met', `${m.instrument} has been in force for ${facts.state} since ${describe(a.inForce)}${a.withdrawn ? ` (withdrawn from ${describe(a.withdrawn)}, after the communication)` : ''}.`, cite(''));
}
