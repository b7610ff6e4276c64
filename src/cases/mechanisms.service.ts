import { requirePermission } from '../access/permissions.js';
import type { RequestContext } from '../context.js';
import { acceptanceFor, loadAcceptance } from './acceptance.js';
import { checkAdmissibility } from './check/index.js';
import { loadMechanisms, type Mechanisms } from './mechanisms.js';
import { acceptanceInstruments, type CheckFacts, type CheckResult } from './types.js';

/**
 * The mechanisms and the check on facts given by the caller. Both read only shipped data (the
 * rules and the acceptance table, public texts), behind `mechanisms.read`; nothing stored is read.
 */

export function getMechanisms(ctx: RequestContext): Mechanisms {
  requirePermission(ctx.actor.scope, 'mechanisms.read');
  return loadMechanisms();
}

export function checkFacts(ctx: RequestContext, facts: CheckFacts, today: string): CheckResult {
  requirePermission(ctx.actor.scope, 'mechanisms.read');
  const row = acceptanceFor(loadAcceptance(), facts.state, acceptanceInstruments[facts.mechanism]);
  return checkAdmissibility(facts, row, loadMechanisms(), { today });
}
