import type { ConditionAnswer } from '../types.js';
import { answer, type CheckContext, ruleOf } from './context.js';
import { widensSameMatter } from './reservations.js';

/**
 * Bodies that are not "procedures of international investigation or settlement": the Charter
 * special procedures and the Council's complaint procedure examine situations, not an individual's
 * claim (Human Rights Committee, e.g. Baboeram et al. v. Suriname, 146/1983; the same for CED's
 * "of the same nature"). WGAD opinions are disputed between bodies, so they get needs-information.
 */
const notSettlement = /special rapporteur|independent expert|special procedure|working group on enforced|wgeid|1503|complaint procedure|universal periodic|\bupr\b/i;
const disputed = /arbitrary detention|\bwgad\b/i;

/**
 * `same_matter`, body by body (issue 18 §1): OP1 art. 5(2)(a) bars a matter *being* examined
 * (widened by a state's reservation to one that *has been*); CAT, CEDAW, CRPD, CESCR and CRC bar
 * one that has been or is being examined; ICPPED art. 31(2)(c) one being examined under a
 * procedure of the same nature; ICERD art. 14 none. A decision given without examining the merits
 * (`examinedMerits: false`, e.g. an unreasoned inadmissibility) is not an examination.
 */
export function checkSameMatter(ctx: CheckContext): ConditionAnswer {
  const c = ctx.mechanism.conditions.same_matter;
  const base = ruleOf(ctx, 'same_matter');
  if (c.bar === 'none') return answer('same_matter', 'not-applicable', `${base} sets no bar on a matter examined under another international procedure.`, base);
  const p = ctx.facts.otherProcedure;
  if (!p || (!p.body && !p.status && !p.submitted && !p.decided)) return answer('same_matter', 'met', 'No other international procedure is stated.', base);
  const body = p.body ?? 'another body';
  if (p.body && notSettlement.test(p.body)) return answer('same_matter', 'met', `${body} is not a procedure of international investigation or settlement of an individual's claim.`, base);
  const status = p.status ?? (p.decided ? 'decided' : p.submitted ? 'pending' : null);
  if (status === null) return answer('same_matter', 'needs-information', `Say whether the matter is pending before ${body} or was decided.`, base);
  const disputedNote = p.body && disputed.test(p.body) ? ' (whether it is a procedure of international settlement is disputed between the bodies)' : '';
  const barred = (why: string, rule = base) => (disputedNote ? answer('same_matter', 'needs-information', `${why}${disputedNote}.`, rule) : answer('same_matter', 'not-met', `${why}.`, rule));

  if (status === 'pending') return barred(`The same matter is being examined by ${body}`);

  // Decided.
  if (c.bar === 'being-examined-same-nature') return answer('same_matter', 'met', `${body} has concluded its examination; ICPPED art. 31(2)(c) bars only a matter still being examined.`, base);
  let rule = base;
  let onSubmission = false;
  if (c.bar === 'being-examined') {
    const res = widensSameMatter(ctx.acceptance?.reservations ?? []);
    if (!res) return answer('same_matter', 'met', `${body} has concluded its examination; OP1 art. 5(2)(a) bars only a matter being examined, and ${ctx.facts.state} made no reservation widening it.`, base);
    rule = `${base}; reservation of ${ctx.facts.state}`;
    onSubmission = res.onSubmission;
  }
  if (onSubmission) return barred(`The matter was submitted to ${body}, which ${ctx.facts.state}'s reservation excludes`, rule);
  if (p.examinedMerits === false) return answer('same_matter', 'met', `${body} decided without examining the merits (e.g. an inadmissibility without reasons), which is not an examination of the same matter.`, rule);
  if (p.examinedMerits === true) return barred(`The same matter has been examined by ${body}`, rule);
  return answer('same_matter', 'needs-information', `${body} has decided the matter: say whether it examined the merits (examinedMerits), since only an examination bars it.`, rule);
}
