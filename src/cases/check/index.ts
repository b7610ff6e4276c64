import type { Mechanisms } from '../mechanisms.js';
import { treatyBody } from '../mechanisms.js';
import type { AcceptanceRow, CheckFacts, CheckOutcome, CheckResult, ConditionAnswer, Deadline } from '../types.js';
import { checkRationeMateriae, checkRationePersonae } from './compatibility.js';
import { checkCompetence } from './competence.js';
import { buildContext, type CheckOptions } from './context.js';
import { checkExhaustion } from './exhaustion.js';
import { checkSameMatter } from './sameMatter.js';
import { checkAnonymity, checkVictimStatus } from './standing.js';
import { checkRationeTemporis } from './temporal.js';
import { checkAbuseOfRight, checkTimeLimit } from './timeLimits.js';

export type { CheckOptions } from './context.js';

/**
 * The admissibility check (issue 18 §3): every condition of `facts.mechanism` as met / not-met /
 * needs-information / not-applicable with a one-sentence reason and the rule cited, the deadlines
 * the dates give, and the outcome — `inadmissible` if any condition is not met, else
 * `needs-information` if any needs it, else `admissible`. Pure: the acceptance row and the
 * mechanisms are passed in; `options.today` stands in for a submission date not yet known.
 *
 * @example checkAdmissibility(facts, acceptanceFor(loadAcceptance(), 'FRA', 'ICCPR-OP1'), loadMechanisms())
 */
export function checkAdmissibility(facts: CheckFacts, acceptance: AcceptanceRow | null, mechanisms: Mechanisms, options: CheckOptions = {}): CheckResult {
  const ctx = buildContext(facts, acceptance, treatyBody(mechanisms, facts.mechanism), options);
  const timeLimit = checkTimeLimit(ctx);
  const abuse = checkAbuseOfRight(ctx);
  const conditions: ConditionAnswer[] = [
    checkCompetence(ctx),
    checkRationeTemporis(ctx),
    checkRationeMateriae(ctx),
    checkRationePersonae(ctx),
    checkVictimStatus(ctx),
    checkAnonymity(ctx),
    checkExhaustion(ctx),
    checkSameMatter(ctx),
    timeLimit.answer,
    abuse.answer,
  ];
  const deadlines: Deadline[] = [...timeLimit.deadlines, ...abuse.deadlines].sort((a, b) => a.date.localeCompare(b.date));
  return { mechanism: facts.mechanism, outcome: outcomeOf(conditions), conditions, deadlines };
}

/** The rule: any not-met → inadmissible; else any needs-information → needs-information; else admissible. */
export function outcomeOf(conditions: ConditionAnswer[]): CheckOutcome {
  if (conditions.some((c) => c.status === 'not-met')) return 'inadmissible';
  if (conditions.some((c) => c.status === 'needs-information')) return 'needs-information';
  return 'admissible';
}
