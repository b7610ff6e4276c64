import { describe, expect, it } from 'vitest';
import { loadMechanisms } from '../mechanisms.js';
import type { CheckResult, ConditionName } from '../types.js';
import { facts } from './fixtures.js';
import { checkAdmissibility } from './index.js';

/**
 * Worked examples from published decisions: the facts as the committee stated them (dates,
 * entry into force, reservations), the acceptance given as an override as the judge's files do,
 * and the engine's answer compared with the committee's. "(facts checked)" marks a decision whose
 * dates were read in a stored copy on 2026-11-30; the others were written from the published
 * decision as summarised in the literature and give dates only to the precision we are sure of.
 */

const mechanisms = loadMechanisms();
const status = (r: CheckResult, c: ConditionName) => r.conditions.find((x) => x.condition === c)!.status;

describe('worked examples from treaty-body decisions', () => {
  it('CCPR, Yurich v. Chile (CCPR/C/85/D/1078/2002, 2005; facts checked): a disappearance that began in 1974, before Chile\'s declaration limiting competence to acts begun after 11 March 1990 → ratione_temporis not-met, inadmissible', () => {
    const r = checkAdmissibility(
      facts({
        mechanism: 'CCPR',
        state: 'CHL',
        submissionDate: '2001-07-10',
        violation: { start: '1974-10-30', end: null, continuing: true },
        authorIsVictim: false,
        actingForVictim: { consent: null, justification: 'mother of the disappeared person' },
        remediesException: 'ineffective',
        acceptance: {
          inForce: '1992-08-28',
          reservations: ['In recognizing the competence of the Committee, the Government of Chile states that this competence applies in respect of acts occurring after the entry into force for that State of the Optional Protocol or, in any event, to acts which began after 11 March 1990.'],
        },
      }),
      null,
      mechanisms,
    );
    expect(status(r, 'ratione_temporis')).toBe('not-met');
    expect(r.conditions.find((c) => c.condition === 'ratione_temporis')!.rule).toMatch(/reservation of CHL/);
    expect(status(r, 'victim_status')).toBe('met');
    expect(r.outcome).toBe('inadmissible');
  });

  it('CCPR, S.E. v. Argentina (CCPR/C/38/D/275/1988, 1990; facts checked): abductions of 10 August and 4 November 1976, before the Covenant and Optional Protocol entered into force for Argentina on 8 November 1986, not treated as continuing → ratione_temporis not-met', () => {
    const r = checkAdmissibility(
      facts({ mechanism: 'CCPR', state: 'ARG', submissionDate: '1988-02-10', violation: { start: '1976-08-10', end: '1976-12', continuing: false }, authorIsVictim: false, actingForVictim: { consent: null, justification: 'mother of the disappeared' }, acceptance: { inForce: '1986-11-08' } }),
      null,
      mechanisms,
    );
    expect(status(r, 'ratione_temporis')).toBe('not-met');
    expect(r.outcome).toBe('inadmissible');
  });

  it('CCPR, Achabal Puertas v. Spain (CCPR/C/107/D/1945/2010, 2013; dates checked, the European Court\'s decision as summarised in the literature): torture in custody on 7–9 June 1996, communication of 2 November 2009; the European Court declared the application inadmissible without reasons; Spain\'s declaration widens art. 5(2)(a) to a matter that "has been" examined, but an unreasoned decision is not an examination → same_matter met', () => {
    const r = checkAdmissibility(
      facts({
        mechanism: 'CCPR',
        state: 'ESP',
        submissionDate: '2009-11-02',
        violation: { start: '1996-06-07', end: '1996-06-09', continuing: false },
        otherProcedure: { body: 'European Court of Human Rights', submitted: null, decided: null, status: 'decided', examinedMerits: false },
        acceptance: { inForce: '1985-04-25', reservations: ['The Human Rights Committee shall not consider any communication from an individual unless it has ascertained that the same matter has not been or is not being examined under another procedure of international investigation or settlement.'] },
      }),
      null,
      mechanisms,
    );
    const same = r.conditions.find((c) => c.condition === 'same_matter')!;
    expect(same.status).toBe('met');
    expect(same.rule).toMatch(/reservation of ESP/);
    expect(same.reason).toMatch(/without examining the merits/);
  });

  it('CEDAW, A.T. v. Hungary (CEDAW/C/32/D/2/2003, 2005; facts checked): violence from 1999 that continued after the Optional Protocol entered into force on 22 March 2001, and criminal proceedings pending for over three years → ratione_temporis met (continuing), non_exhaustion met (unreasonably prolonged), admissible', () => {
    const r = checkAdmissibility(
      facts({
        mechanism: 'CEDAW',
        state: 'HUN',
        submissionDate: '2003-10-10',
        violation: { start: '1999', end: null, continuing: true },
        remedies: [{ body: 'criminal proceedings against L.F.', filed: '1999', decided: null, outcome: null, final: null }],
        remediesException: 'prolonged',
        acceptance: { inForce: '2001-03-22' },
      }),
      null,
      mechanisms,
    );
    expect(status(r, 'ratione_temporis')).toBe('met');
    expect(status(r, 'non_exhaustion')).toBe('met');
    expect(status(r, 'time_limit')).toBe('not-applicable');
    expect(r.outcome).toBe('admissible');
  });

  it('CED, Yrusta v. Argentina (CED/C/10/D/1/2013, 2016; facts checked): a disappearance that commenced in January 2013, after the Convention entered into force for Argentina on 23 December 2010 (art. 31 declaration of 11 June 2008) → competence and ratione_temporis met (ICPPED art. 35)', () => {
    const r = checkAdmissibility(
      facts({ mechanism: 'CED', state: 'ARG', submissionDate: '2013-09-11', violation: { start: '2013-01', end: '2013-02', continuing: false }, authorIsVictim: true, acceptance: { deposited: '2008-06-11', inForce: '2010-12-23' } }),
      null,
      mechanisms,
    );
    expect(status(r, 'competence')).toBe('met');
    expect(status(r, 'ratione_temporis')).toBe('met');
    expect(status(r, 'same_matter')).toBe('met');
  });

  it('CED, art. 35 against the same facts moved back: had Roberto Yrusta disappeared in 2009, before 23 December 2010, the continuing character of the disappearance would not bring it within competence → ratione_temporis not-met', () => {
    const r = checkAdmissibility(
      facts({ mechanism: 'CED', state: 'ARG', submissionDate: '2013-09-11', violation: { start: '2009', end: null, continuing: true }, acceptance: { inForce: '2010-12-23' } }),
      null,
      mechanisms,
    );
    expect(status(r, 'ratione_temporis')).toBe('not-met');
    expect(r.conditions.find((c) => c.condition === 'ratione_temporis')!.reason).toMatch(/whatever their continuing character/);
  });

  it('CRC, Sacchi et al. v. Argentina (CRC/C/88/D/104/2019, 2021): no domestic remedy was pursued, the claim of futility being rejected by the Committee → non_exhaustion not-met, inadmissible', () => {
    const r = checkAdmissibility(
      facts({ mechanism: 'CRC', state: 'ARG', submissionDate: '2019-09-23', violation: { start: '2015', end: null, continuing: true }, remedies: [], acceptance: { inForce: '2015-04-14' } }),
      null,
      mechanisms,
    );
    expect(status(r, 'non_exhaustion')).toBe('not-met');
    expect(status(r, 'ratione_temporis')).toBe('met');
    expect(r.outcome).toBe('inadmissible');
  });

  it('CESCR, I.D.G. v. Spain (E/C.12/55/D/2/2014, 2015; facts checked): mortgage enforcement admitted on 21 June 2012 and notice posted on 30 October 2012, before the Optional Protocol entered into force for Spain on 5 May 2013, but the proceedings continued after it (auction order notified 4 April 2013, then the Constitutional Court) → ratione_temporis met', () => {
    const r = checkAdmissibility(
      facts({ mechanism: 'CESCR', state: 'ESP', submissionDate: '2014-01-28', violation: { start: '2012-06-21', end: null, continuing: true }, acceptance: { inForce: '2013-05-05' } }),
      null,
      mechanisms,
    );
    expect(status(r, 'ratione_temporis')).toBe('met');
    expect(status(r, 'competence')).toBe('met');
  });

  it('CERD, A.W.R.A.P. v. Denmark (CERD/C/71/D/37/2006, 2007): an association that was not itself the victim of the statements complained of, acting for no identified victim → victim_status not-met', () => {
    const r = checkAdmissibility(facts({ mechanism: 'CERD', state: 'DNK', submissionDate: '2006', authorIsVictim: false, actingForVictim: null, acceptance: { inForce: '1985-10-11' } }), null, mechanisms);
    expect(status(r, 'victim_status')).toBe('not-met');
    expect(status(r, 'same_matter')).toBe('not-applicable');
    expect(r.outcome).toBe('inadmissible');
  });
});
