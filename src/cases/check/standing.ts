import type { ConditionAnswer } from '../types.js';
import { answer, type CheckContext, ruleOf } from './context.js';

/**
 * `victim_status`: the author is the victim, or acts for one with consent, or without it when
 * the author justifies acting (the victim disappeared, is detained, is a child …) — OP-CEDAW art. 2,
 * OP-ICESCR art. 2, OP3-CRC art. 5(2), CCPR rule 99(b), CERD rule 91(b). An author who is neither
 * is bringing an actio popularis, which no body accepts.
 */
export function checkVictimStatus(ctx: CheckContext): ConditionAnswer {
  const rule = ruleOf(ctx, 'victim_status');
  const { authorIsVictim, actingForVictim } = ctx.facts;
  if (authorIsVictim === true) return answer('victim_status', 'met', 'The author claims to be a victim of the violation.', rule);
  const justification = actingForVictim?.justification?.trim() || null;
  if (actingForVictim?.consent === true) return answer('victim_status', 'met', 'The author acts for the victim with the victim\'s consent.', rule);
  if (actingForVictim && justification) return answer('victim_status', 'met', `The author acts for the victim without consent, justified: "${justification}".`, rule);
  if (actingForVictim?.consent === false) return answer('victim_status', 'not-met', 'The author acts for the victim without consent and gives no justification for acting without it.', rule);
  if (authorIsVictim === false && !actingForVictim) return answer('victim_status', 'not-met', 'The author is not a victim and does not act for one: the bodies do not take complaints in the abstract.', rule);
  return answer('victim_status', 'needs-information', 'Say whether the author is the victim, or acts for the victim with consent or a justification.', rule);
}

/** `anonymity`: met when the author is identified to the committee (a published decision may still withhold the name). */
export function checkAnonymity(ctx: CheckContext): ConditionAnswer {
  const rule = ruleOf(ctx, 'anonymity');
  const a = ctx.facts.authorAnonymous;
  if (a === false) return answer('anonymity', 'met', 'The author is identified to the committee (the name may still be withheld from publication).', rule);
  if (a === true) return answer('anonymity', 'not-met', 'An anonymous communication is inadmissible; the author may ask the committee not to disclose the name.', rule);
  return answer('anonymity', 'needs-information', 'Say whether the author is identified to the committee.', rule);
}
