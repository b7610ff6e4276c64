import { acceptanceFor } from '../acceptance.js';
import type { Mechanisms } from '../mechanisms.js';
import { acceptanceInstruments, type AcceptanceRow, type CheckFacts, type ForumAnswer } from '../types.js';
import { checkAdmissibility, type CheckOptions } from './index.js';

/** Facts for every mechanism at once: the check's facts without `mechanism` (and without an acceptance override, which is per instrument). */
export type ForumFacts = Omit<CheckFacts, 'mechanism' | 'acceptance'>;

/**
 * The forum finder (issue 18 §3): every mechanism with whether it is open to the facts' state and,
 * for the treaty bodies, the full admissibility check. Special procedures, the Special Adviser
 * and the UPR need no ratification; CERD's early warning needs only ICERD (every state party);
 * the CMW's individual procedure is not in force.
 */
export function findForums(facts: ForumFacts, acceptanceRows: AcceptanceRow[], mechanisms: Mechanisms, options: CheckOptions = {}): ForumAnswer[] {
  const treaty = mechanisms.treatyBodies.map((m): ForumAnswer => {
    const row = acceptanceFor(acceptanceRows, facts.state, acceptanceInstruments[m.code]);
    const check = checkAdmissibility({ ...facts, mechanism: m.code, acceptance: null }, row, mechanisms, options);
    const competence = check.conditions.find((c) => c.condition === 'competence')!;
    const open = competence.status === 'met' ? true : competence.status === 'not-met' ? false : null;
    return { code: m.code, name: m.name, kind: 'treaty-body', open, openReason: competence.reason, check, deadlines: check.deadlines };
  });
  const others = mechanisms.others.map(
    (m): ForumAnswer => ({
      code: m.code,
      name: m.name,
      kind: m.kind,
      open: m.kind === 'not-in-force' ? false : true,
      openReason: `${m.openness.text} (${m.openness.rule})`,
      check: null,
      deadlines: [],
    }),
  );
  return [...treaty, ...others];
}
