import type { CheckFacts } from '../types.js';

/**
 * Facts with every field unknown but the ones a test states: tests write only what a decision
 * says, as the judge's files will.
 */
export function facts(partial: Partial<CheckFacts> & Pick<CheckFacts, 'mechanism' | 'state'>): CheckFacts {
  return {
    submissionDate: null,
    violation: null,
    finalDomesticDecision: null,
    finalDecisionNotified: null,
    remedies: null,
    remediesException: null,
    otherProcedure: null,
    authorIsVictim: true,
    authorAnonymous: false,
    actingForVictim: null,
    delayJustification: null,
    exceptionalCircumstances: null,
    acceptance: null,
    ...partial,
  };
}
