import { requirePermission } from '../access/permissions.js';
import type { RequestContext } from '../context.js';
import { loadAcceptance } from './acceptance.js';
import { caseToFacts } from './caseFacts.js';
import { findForums, type ForumFacts } from './check/forums.js';
import { loadMechanisms } from './mechanisms.js';
import { getCaseWithIncidents } from './service.js';
import type { ForumAnswer } from './types.js';

/**
 * Every mechanism for a stored case (issue 18 §3): its facts read through the access door (the
 * incidents the caller may read give the violation's dates), then the forum finder of
 * src/cases/check/ — open, each admissibility condition with its reason and rule, and deadlines.
 * `today` stands in for the submission date ("if it were submitted today").
 */
export async function getCaseForums(ctx: RequestContext, id: string, today: string): Promise<{ caseId: string; facts: ForumFacts; forums: ForumAnswer[] }> {
  requirePermission(ctx.actor.scope, 'cases.read');
  const { caseFile, incidents } = await getCaseWithIncidents(ctx, id);
  const { mechanism: _mechanism, acceptance: _acceptance, ...facts } = caseToFacts(caseFile, 'CCPR', { incidents, submissionDate: null });
  return { caseId: id, facts, forums: findForums(facts, loadAcceptance(), loadMechanisms(), { today }) };
}
