import { describe, expect, it } from 'vitest';
import { loadMechanisms } from '../mechanisms.js';
import type { AcceptanceRow, CheckFacts, CheckResult, ConditionName } from '../types.js';
import { facts } from './fixtures.js';
import { checkAdmissibility, outcomeOf } from './index.js';

/**
 * Each rule on its own, with facts built to sit on either side of it; the test name cites the
 * provision. Worked examples from decisions are in ./decisions.test.ts.
 */

const mechanisms = loadMechanisms();
const run = (f: CheckFacts, row: AcceptanceRow | null = null, today?: string) => checkAdmissibility(f, row, mechanisms, { today });
const cond = (r: CheckResult, c: ConditionName) => r.conditions.find((x) => x.condition === c)!;
const cerd = (p: Partial<CheckFacts>) => facts({ mechanism: 'CERD', state: 'XVR', violation: { start: '2023-01-10', end: null, continuing: false }, remedies: [{ body: 'Supreme Court', filed: '2023-03-01', decided: '2024-03-14', outcome: 'dismissed', final: true }], acceptance: { inForce: '2011-05-16' }, ...p });

describe('time limits (time_limit)', () => {
  it('CERD, ICERD art. 14(5) and rule 91(f): six months after the final decision served on 2026-03-14 is 2026-09-14, met on that day and not-met the day after', () => {
    const base = { finalDomesticDecision: '2026-03-10', finalDecisionNotified: '2026-03-14' };
    const onTime = run(cerd({ ...base, submissionDate: '2026-09-14' }));
    expect(cond(onTime, 'time_limit').status).toBe('met');
    expect(onTime.deadlines).toEqual([{ what: 'Submit to the Committee on the Elimination of Racial Discrimination: six months after the final decision served on 2026-03-14', date: '2026-09-14', rule: 'ICERD art. 14(5); rule 91(f)' }]);
    const late = run(cerd({ ...base, submissionDate: '2026-09-15' }));
    expect(cond(late, 'time_limit').status).toBe('not-met');
    expect(late.outcome).toBe('inadmissible');
  });

  it('CERD rule 91(f): a late petition is met when duly verified exceptional circumstances are stated', () => {
    const r = run(cerd({ finalDomesticDecision: '2025-01-10', submissionDate: '2025-12-01', exceptionalCircumstances: 'the petitioner was hospitalised for five months' }));
    expect(cond(r, 'time_limit')).toMatchObject({ status: 'met' });
    expect(cond(r, 'time_limit').reason).toMatch(/exceptional circumstances: "the petitioner was hospitalised/);
  });

  it('CERD: six months after 31 August is the last day of February', () => {
    const r = run(cerd({ finalDomesticDecision: '2024-08-31', submissionDate: '2025-02-28' }));
    expect(r.deadlines[0]!.date).toBe('2025-02-28');
    expect(cond(r, 'time_limit').status).toBe('met');
  });

  it('CERD: a final decision known only to the month gives the earliest deadline, marked conservative, and needs-information when the submission falls inside the span', () => {
    const r = run(cerd({ finalDomesticDecision: '2024-08', submissionDate: '2025-02-15' }));
    expect(r.deadlines[0]).toMatchObject({ date: '2025-02-01', conservative: true });
    expect(r.deadlines[0]!.note).toMatch(/known only to the month/);
    expect(cond(r, 'time_limit').status).toBe('needs-information');
    expect(r.outcome).toBe('needs-information');
    expect(cond(run(cerd({ finalDomesticDecision: '2024-08', submissionDate: '2025-01-31' })), 'time_limit').status).toBe('met');
  });

  it('CERD: a communication not yet sent is assessed for today, and the deadline is given', () => {
    const r = run(cerd({ finalDomesticDecision: '2026-03-14', submissionDate: null }), null, '2026-05-01');
    expect(cond(r, 'time_limit').status).toBe('met');
    expect(cond(r, 'time_limit').reason).toMatch(/A submission today \(2026-05-01\) is within six months/);
    expect(cond(run(cerd({ finalDomesticDecision: '2026-03-14', submissionDate: null })), 'time_limit').status).toBe('needs-information');
  });

  it('CESCR, OP-ICESCR art. 3(2)(a): one year after exhaustion; later is not-met unless the author shows it was impossible to submit in time', () => {
    const f = (p: Partial<CheckFacts>) => facts({ mechanism: 'CESCR', state: 'ESP', violation: { start: '2016', end: null, continuing: true }, finalDomesticDecision: '2017-02-20', acceptance: { inForce: '2013-05-05' }, ...p });
    expect(cond(run(f({ submissionDate: '2018-02-20' })), 'time_limit').status).toBe('met');
    expect(cond(run(f({ submissionDate: '2018-02-21' })), 'time_limit').status).toBe('not-met');
    expect(cond(run(f({ submissionDate: '2018-06-01', delayJustification: 'the author was detained without access to counsel' })), 'time_limit').status).toBe('met');
  });

  it('CRC, OP3-CRC art. 7(h): one year after exhaustion, counted from the remedy marked final when no final decision is given', () => {
    const r = run(facts({ mechanism: 'CRC', state: 'ESP', submissionDate: '2019-05-01', violation: { start: '2017', end: null, continuing: true }, remedies: [{ body: 'Constitutional Court', filed: '2018-01-10', decided: '2018-06-30', outcome: 'inadmissible', final: true }], acceptance: { inForce: '2014-04-14' } }));
    expect(r.deadlines[0]!.date).toBe('2019-06-30');
    expect(cond(r, 'time_limit').status).toBe('met');
  });

  it('CAT, rule 113(f): no figure; within five years is met, beyond it without a reason the Committee must judge (needs-information)', () => {
    const f = (submissionDate: string) => facts({ mechanism: 'CAT', state: 'XVR', submissionDate, violation: { start: '2010-05-01', end: null, continuing: false }, finalDomesticDecision: '2012-01-15', acceptance: { inForce: '1990-01-01' } });
    expect(cond(run(f('2016-01-15')), 'time_limit').status).toBe('met');
    expect(cond(run(f('2019-01-15')), 'time_limit').status).toBe('needs-information');
  });

  it('CCPR, CEDAW, CRPD and CED have no fixed time limit: time_limit not-applicable', () => {
    for (const mechanism of ['CCPR', 'CEDAW', 'CRPD', 'CED'] as const) expect(cond(run(facts({ mechanism, state: 'XVR', finalDomesticDecision: '2015-01-01', submissionDate: '2024-01-01' })), 'time_limit').status, mechanism).toBe('not-applicable');
  });
});

describe('abuse of the right of submission (abuse_of_right), Human Rights Committee rule 99(c)', () => {
  const ccpr = (p: Partial<CheckFacts>) => facts({ mechanism: 'CCPR', state: 'FRA', violation: { start: '2010', end: '2011', continuing: false }, finalDomesticDecision: '2013-06-10', acceptance: { inForce: '1984-05-17' }, ...p });

  it('rule 99(c): five years after exhaustion, the delay is an abuse unless justified', () => {
    expect(cond(run(ccpr({ submissionDate: '2018-06-10' })), 'abuse_of_right').status).toBe('met');
    const late = run(ccpr({ submissionDate: '2018-06-11' }));
    expect(cond(late, 'abuse_of_right').status).toBe('not-met');
    expect(late.outcome).toBe('inadmissible');
    expect(cond(run(ccpr({ submissionDate: '2019-01-01', delayJustification: 'the author feared reprisals while his family remained in detention' })), 'abuse_of_right').status).toBe('met');
  });

  it('rule 99(c): three years after another international procedure concluded, when that ends later than five years after exhaustion', () => {
    const r = run(ccpr({ submissionDate: '2019-09-01', otherProcedure: { body: 'European Court of Human Rights', submitted: '2013-10-01', decided: '2017-03-01', status: 'decided', examinedMerits: false } }));
    expect(r.deadlines[0]).toMatchObject({ date: '2020-03-01' });
    expect(cond(r, 'abuse_of_right').status).toBe('met');
  });

  it('rule 99(c) applies to communications received from 1 January 2012; an earlier five-year delay without reasons is left to the Committee (needs-information)', () => {
    expect(cond(run(ccpr({ finalDomesticDecision: '2004-01-01', submissionDate: '2011-06-01' })), 'abuse_of_right').status).toBe('needs-information');
    expect(cond(run(ccpr({ finalDomesticDecision: '2009-01-01', submissionDate: '2011-06-01' })), 'abuse_of_right').status).toBe('met');
  });
});

describe('same matter (same_matter), body by body', () => {
  const other = (status: 'pending' | 'decided', examinedMerits: boolean | null, body = 'European Court of Human Rights') => ({ body, submitted: '2015-01-01', decided: status === 'decided' ? '2016-01-01' : null, status, examinedMerits });
  const f = (mechanism: CheckFacts['mechanism'], otherProcedure: CheckFacts['otherProcedure'], reservations: string[] = []) => facts({ mechanism, state: 'XVR', otherProcedure, acceptance: { inForce: '2000-01-01', reservations } });

  it('OP1 art. 5(2)(a): a matter being examined is barred; one already examined is not, without a reservation', () => {
    expect(cond(run(f('CCPR', other('pending', null))), 'same_matter').status).toBe('not-met');
    expect(cond(run(f('CCPR', other('decided', true))), 'same_matter').status).toBe('met');
  });

  it('OP1 art. 5(2)(a) with a reservation for a matter that "has already been considered": examined on the merits → not-met; merits unknown → needs-information', () => {
    const res = ['The Committee shall not consider a communication if the same matter has already been considered under another procedure of international investigation or settlement.'];
    expect(cond(run(f('CCPR', other('decided', true), res)), 'same_matter').status).toBe('not-met');
    expect(cond(run(f('CCPR', other('decided', null), res)), 'same_matter').status).toBe('needs-information');
  });

  it('CAT art. 22(5)(a), OP-CEDAW art. 4(2)(a), OP-CRPD art. 2(c), OP-ICESCR art. 3(2)(c), OP3-CRC art. 7(d): has been or is being examined → not-met; decided without examining the merits → met', () => {
    for (const m of ['CAT', 'CEDAW', 'CRPD', 'CESCR', 'CRC'] as const) {
      expect(cond(run(f(m, other('pending', null))), 'same_matter').status, m).toBe('not-met');
      expect(cond(run(f(m, other('decided', true))), 'same_matter').status, m).toBe('not-met');
      expect(cond(run(f(m, other('decided', false))), 'same_matter').status, m).toBe('met');
    }
  });

  it('ICPPED art. 31(2)(c): only a matter being examined under a procedure of the same nature; a special procedure is not one', () => {
    expect(cond(run(f('CED', other('pending', null))), 'same_matter').status).toBe('not-met');
    expect(cond(run(f('CED', other('decided', true))), 'same_matter').status).toBe('met');
    expect(cond(run(f('CED', other('pending', null, 'Working Group on Enforced or Involuntary Disappearances'))), 'same_matter').status).toBe('met');
  });

  it('ICERD art. 14 has no same-matter bar (not-applicable); a WGAD opinion before another body is left to the committee', () => {
    expect(cond(run(f('CERD', other('pending', null))), 'same_matter').status).toBe('not-applicable');
    expect(cond(run(f('CAT', other('decided', true, 'Working Group on Arbitrary Detention'))), 'same_matter').status).toBe('needs-information');
  });
});

describe('competence and ratione temporis', () => {
  it('no acceptance known → needs-information; not in force → not-met; withdrawn before the communication → not-met; submitted before entry into force → not-met', () => {
    expect(cond(run(facts({ mechanism: 'CAT', state: 'XVR', submissionDate: '2020-01-01' })), 'competence').status).toBe('needs-information');
    // A null field is unknown (issue 18 §3), not "not in force": with no shipped row it needs the date.
    expect(cond(run(facts({ mechanism: 'CAT', state: 'XVR', acceptance: { inForce: null } })), 'competence').status).toBe('needs-information');
    // …and over a shipped row it keeps the row's date.
    const row: AcceptanceRow = { state: 'XVR', instrument: 'ICCPR-OP1', action: 'accession', deposited: '2009-03-02', inForce: '2009-06-02', withdrawn: null, reservations: [], source: 'test row', sourceDate: null, verified: false };
    expect(cond(run(facts({ mechanism: 'CCPR', state: 'XVR', acceptance: { inForce: null, reservations: null } }), row), 'competence').reason).toMatch(/since 2009-06-02/);
    expect(cond(run(facts({ mechanism: 'CAT', state: 'XVR', submissionDate: '2020-01-01', acceptance: { inForce: '1990-01-01', withdrawn: '2019-06-01' } })), 'competence').status).toBe('not-met');
    expect(cond(run(facts({ mechanism: 'CAT', state: 'XVR', submissionDate: '2020-01-01', acceptance: { inForce: '1990-01-01', withdrawn: '2021-06-01' } })), 'competence').status).toBe('met');
    expect(cond(run(facts({ mechanism: 'CAT', state: 'XVR', submissionDate: '1989-12-01', acceptance: { inForce: '1990-01-01' } })), 'competence').status).toBe('not-met');
  });

  it('a deposit given without entry into force gets it by the instrument\'s rule: OP1 art. 9(2) three months, OP-CRPD art. 13(2) the thirtieth day', () => {
    expect(cond(run(facts({ mechanism: 'CCPR', state: 'XVR', acceptance: { deposited: '2009-03-02' } })), 'competence').reason).toMatch(/since 2009-06-02/);
    expect(cond(run(facts({ mechanism: 'CRPD', state: 'XVR', acceptance: { deposited: '2008-05-03' } })), 'competence').reason).toMatch(/since 2008-06-02/);
  });

  it('the facts\' acceptance replaces only the fields it gives: the shipped row\'s reservations stay', () => {
    const row: AcceptanceRow = { state: 'FRA', instrument: 'ICCPR-OP1', action: 'accession', deposited: '1984-02-17', inForce: '1984-05-17', withdrawn: null, reservations: ['the same matter has already been considered under another procedure'], source: 'test row', sourceDate: null, verified: false };
    const r = run(facts({ mechanism: 'CCPR', state: 'FRA', otherProcedure: { body: 'ECtHR', submitted: '2014-01-01', decided: '2015-01-01', status: 'decided', examinedMerits: true }, acceptance: { inForce: '1984-05-17' } }), row);
    expect(cond(r, 'same_matter')).toMatchObject({ status: 'not-met', rule: 'OP1 art. 5(2)(a); rule 99(e); reservation of FRA' });
    expect(cond(r, 'competence').rule).toMatch(/acceptance table \(unverified row\)/);
  });

  it('proceedings straddling entry into force: facts that began before it and ended after it are within competence for the part after', () => {
    const r = run(facts({ mechanism: 'CEDAW', state: 'XVR', violation: { start: '2000-06-01', end: '2002-03-01', continuing: false }, acceptance: { inForce: '2001-03-22' } }));
    expect(cond(r, 'ratione_temporis').status).toBe('met');
  });

  it('a single event known only to the year of entry into force → needs-information; a year before it, not continuing → not-met; said to have effects after it → met', () => {
    const f = (violation: CheckFacts['violation']) => facts({ mechanism: 'CCPR', state: 'XVR', violation, acceptance: { inForce: '2009-06-02' } });
    expect(cond(run(f({ start: '2009', end: null, continuing: null })), 'ratione_temporis').status).toBe('needs-information');
    expect(cond(run(f({ start: '2008', end: null, continuing: false })), 'ratione_temporis').status).toBe('not-met');
    expect(cond(run(f({ start: '2008', end: null, continuing: null })), 'ratione_temporis').status).toBe('needs-information');
    expect(cond(run(f({ start: '2008', end: null, continuing: true })), 'ratione_temporis').status).toBe('met');
  });

  it('a reservation excluding facts whose origin precedes entry into force (Germany-style) applies the CED rule to a continuing violation', () => {
    const r = run(facts({ mechanism: 'CCPR', state: 'DEU', violation: { start: '1990', end: null, continuing: true }, acceptance: { inForce: '1993-11-25', reservations: ['The Committee shall not be competent for communications by which a violation of rights is reprimanded having its origin in events occurring prior to the entry into force of the Optional Protocol for the Federal Republic of Germany.'] } }));
    expect(cond(r, 'ratione_temporis').status).toBe('not-met');
  });
});

describe('exhaustion, standing and anonymity', () => {
  const f = (p: Partial<CheckFacts>) => facts({ mechanism: 'CRPD', state: 'XVR', acceptance: { inForce: '2010-01-01' }, ...p });

  it('OP-CRPD art. 2(d): a remedy still pending → not-met; none pursued without exception → not-met; unknown → needs-information; excused as unavailable, ineffective or prolonged → met', () => {
    expect(cond(run(f({ remedies: [{ body: 'Administrative Court', filed: '2023-01-01', decided: null, outcome: null, final: null }] })), 'non_exhaustion').status).toBe('not-met');
    expect(cond(run(f({ remedies: [] })), 'non_exhaustion').status).toBe('not-met');
    expect(cond(run(f({ remedies: null })), 'non_exhaustion').status).toBe('needs-information');
    // Decided but said not to be final, and nothing pursued after it: an appeal was open and not used.
    expect(cond(run(f({ remedies: [{ body: 'District Court', filed: '2020-01-01', decided: '2021-01-01', outcome: 'dismissed', final: false }] })), 'non_exhaustion').status).toBe('not-met');
    // Decided with finality not said: whether a further appeal was open is needed.
    expect(cond(run(f({ remedies: [{ body: 'District Court', filed: '2020-01-01', decided: '2021-01-01', outcome: 'dismissed', final: null }] })), 'non_exhaustion').status).toBe('needs-information');
    // Marked final without a date: exhausted; the time limits then need the date.
    expect(cond(run(f({ remedies: [{ body: 'Supreme Court', filed: '2020-01-01', decided: null, outcome: 'dismissed', final: true }] })), 'non_exhaustion').status).toBe('met');
    for (const e of ['unavailable', 'ineffective', 'prolonged'] as const) expect(cond(run(f({ remediesException: e })), 'non_exhaustion').status, e).toBe('met');
  });

  it('OP-CEDAW art. 2 / OP3-CRC art. 5(2): acting for a victim needs consent or a justification; an actio popularis is not-met', () => {
    expect(cond(run(f({ authorIsVictim: false, actingForVictim: { consent: true, justification: null } })), 'victim_status').status).toBe('met');
    expect(cond(run(f({ authorIsVictim: false, actingForVictim: { consent: false, justification: 'the victim is held incommunicado' } })), 'victim_status').status).toBe('met');
    expect(cond(run(f({ authorIsVictim: false, actingForVictim: { consent: false, justification: null } })), 'victim_status').status).toBe('not-met');
    expect(cond(run(f({ authorIsVictim: false, actingForVictim: null })), 'victim_status').status).toBe('not-met');
    expect(cond(run(f({ authorIsVictim: null })), 'victim_status').status).toBe('needs-information');
  });

  it('an anonymous communication is not-met; an author identified to the committee is met; unknown is needs-information', () => {
    expect(cond(run(f({ authorAnonymous: true })), 'anonymity').status).toBe('not-met');
    expect(cond(run(f({ authorAnonymous: false })), 'anonymity').status).toBe('met');
    expect(cond(run(f({ authorAnonymous: null })), 'anonymity').status).toBe('needs-information');
  });
});

describe('the outcome rule (issue 18 §3)', () => {
  it('inadmissible if any condition is not-met, else needs-information if any needs it, else admissible; not-applicable does not count', () => {
    const c = (status: 'met' | 'not-met' | 'needs-information' | 'not-applicable') => ({ condition: 'competence' as const, status, reason: '', rule: '' });
    expect(outcomeOf([c('met'), c('needs-information'), c('not-met')])).toBe('inadmissible');
    expect(outcomeOf([c('met'), c('needs-information'), c('not-applicable')])).toBe('needs-information');
    expect(outcomeOf([c('met'), c('not-applicable')])).toBe('admissible');
  });

  it('answers every condition, in the contract\'s order, for every treaty body', () => {
    for (const m of mechanisms.treatyBodies) {
      const r = run(facts({ mechanism: m.code, state: 'XVR' }));
      expect(r.conditions.map((x) => x.condition)).toEqual(['competence', 'ratione_temporis', 'ratione_materiae', 'ratione_personae', 'victim_status', 'anonymity', 'non_exhaustion', 'same_matter', 'time_limit', 'abuse_of_right']);
      for (const x of r.conditions) expect(x.reason.length, `${m.code} ${x.condition}`).toBeGreaterThan(10);
    }
  });
});

describe('domestic decisions as part of the facts (ratione_temporis, data domesticDecisionsCount)', () => {
  const before = { violation: { start: '2010-06-01', end: '2010-06-30', continuing: false }, acceptance: { inForce: '2011-05-16' } };
  it('CERD, rule 91(c) as read in CERD/C/103/D/60/2016, para. 7.3: facts before the declaration are brought within competence by a domestic decision on them given after it; not by one given before it', () => {
    const after = run(cerd({ ...before, remedies: [{ body: 'Supreme Court', filed: '2010-09-01', decided: '2012-02-01', outcome: 'dismissed', final: true }] }));
    expect(cond(after, 'ratione_temporis').status).toBe('met');
    expect(cond(after, 'ratione_temporis').reason).toMatch(/Supreme Court, 2012-02-01/);
    const earlier = run(cerd({ ...before, remedies: [{ body: 'Supreme Court', filed: '2010-09-01', decided: '2011-02-01', outcome: 'dismissed', final: true }] }));
    expect(cond(earlier, 'ratione_temporis').status).toBe('not-met');
  });

  it('CERD: a decision known only to the month of entry into force does not count (it cannot be shown to come after it)', () => {
    const r = run(cerd({ ...before, remedies: [{ body: 'Supreme Court', filed: '2010-09-01', decided: '2011-05', outcome: 'dismissed', final: true }] }));
    expect(cond(r, 'ratione_temporis').status).toBe('not-met');
  });

  it('CCPR (OP1 art. 1): the flag is not set, so a later decision on facts wholly before entry into force does not bring them within competence', () => {
    const r = run(facts({ mechanism: 'CCPR', state: 'XVR', ...before, remedies: [{ body: 'Supreme Court', filed: '2010-09-01', decided: '2012-02-01', outcome: 'dismissed', final: true }] }));
    expect(cond(r, 'ratione_temporis').status).toBe('not-met');
  });
});
