import { describe, expect, it } from 'vitest';
import { acceptanceFor, loadAcceptance } from '../acceptance.js';
import { loadMechanisms } from '../mechanisms.js';
import { acceptanceInstruments, type CheckFacts, type CheckResult, type ConditionName } from '../types.js';
import { facts } from './fixtures.js';
import { checkAdmissibility as engine } from './index.js';

/**
 * Worked examples from published decisions: the facts as the committee stated them (dates,
 * entry into force, reservations), the acceptance given as an override as the judge's files do,
 * and the engine's answer compared with the committee's. Each runs over the shipped acceptance
 * row, as `precursor cases check` does. "(facts checked)" marks a decision whose dates were read
 * in a stored copy on 2026-11-30 (the copy is named); where only the opening of a decision could
 * be read, the test says which paragraphs were read and asserts only what they support.
 */

const mechanisms = loadMechanisms();
const rows = loadAcceptance();
/** The engine as the CLI runs it: the shipped row for the state and instrument, the facts' override over it. */
const checkAdmissibility = (f: CheckFacts, _row?: null, m = mechanisms) => engine(f, acceptanceFor(rows, f.state, acceptanceInstruments[f.mechanism]), m);
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

  it('CCPR, Achabal Puertas v. Spain (CCPR/C/107/D/1945/2010, Views of 27 March 2013; header, Spain\'s reservation and dates read in the University of Minnesota copy and the ISHR summary, 2026-11-30): torture in incommunicado custody on 7–9 June 1996, communication of 2 November 2009; procedural issue "matter already being examined under another procedure"; the Committee reached the merits and found a violation, so Spain\'s reservation ("has not been or is not being examined") did not bar the earlier European Court application. The Court\'s step is encoded as a decision that did not examine the merits: the Views\' paragraph on it was not in the copy read → same_matter met under the reservation', () => {
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
    expect(status(r, 'ratione_temporis')).toBe('met');
    // Received before 1 January 2012: rule 99(c)'s five years do not apply to it.
    expect(status(r, 'abuse_of_right')).toBe('met');
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

  it('CED, Yrusta v. Argentina (CED/C/10/D/1/2013, Views of 11 March 2016; facts checked in the OHCHR copy, paras. 1.1–1.2, and in CAT/C/65/D/778/2016 para. 2.2): Roberto Yrusta was transferred to Coronda prison in January 2013 (no day stated) and his family could not learn his whereabouts for more than seven days; he died on 7 February 2013. Art. 31 declaration of 11 June 2008, Convention in force for Argentina on 23 December 2010 (para. 1.2); his sisters are victims themselves → competence, ratione_temporis (ICPPED art. 35) and victim_status met', () => {
    const r = checkAdmissibility(
      facts({ mechanism: 'CED', state: 'ARG', submissionDate: '2013-09-11', violation: { start: '2013-01', end: '2013-02', continuing: false }, authorIsVictim: true, acceptance: { deposited: '2008-06-11', inForce: '2010-12-23' } }),
      null,
      mechanisms,
    );
    expect(status(r, 'competence')).toBe('met');
    expect(status(r, 'ratione_temporis')).toBe('met');
    expect(status(r, 'victim_status')).toBe('met');
    expect(status(r, 'same_matter')).toBe('met');
    // The month is precise enough: January 2013 is after 23 December 2010 whatever the day.
    expect(r.conditions.find((c) => c.condition === 'ratione_temporis')!.reason).toMatch(/2013-01 \(known only to the month\)/);
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

  it('CRC, Sacchi et al. v. Argentina (CRC/C/88/D/104/2019, decision of 2021; filing date read in the UCLA Law Review and Leiden case note copies, ground and articles in the CRIN case summary, 2026-11-30): sixteen children filed on 23 September 2019 without bringing any claim before Argentine courts; the Committee found jurisdiction and victim status established but the communication inadmissible under OP3-CRC art. 7(e) for non-exhaustion (the authors\' plea that remedies were futile was rejected). OP3-CRC deposited by Argentina on 14 April 2015 → in force 14 July 2015 (art. 19(2)), as the shipped row says. Holding paragraphs not read in a stored copy.', () => {
    const r = checkAdmissibility(
      facts({ mechanism: 'CRC', state: 'ARG', submissionDate: '2019-09-23', violation: { start: '2019', end: null, continuing: true }, remedies: [], acceptance: { deposited: '2015-04-14' } }),
      null,
      mechanisms,
    );
    expect(status(r, 'competence')).toBe('met');
    expect(r.conditions.find((c) => c.condition === 'competence')!.reason).toMatch(/since 2015-07-14/);
    expect(status(r, 'victim_status')).toBe('met');
    expect(status(r, 'non_exhaustion')).toBe('not-met');
    expect(status(r, 'ratione_temporis')).toBe('met');
    // No final decision: the one-year limit of art. 7(h) cannot be counted, and does not decide the case.
    expect(status(r, 'time_limit')).toBe('needs-information');
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

  it('CERD, A.W.R.A.P. v. Denmark (CERD/C/71/D/37/2006, 8 August 2007; paras. 1.1–2.1 and footnote 1 read in the WorldCourts copy, 2026-11-30): the petitioner is an individual — a Danish citizen and practising Muslim — who claims to be the victim (not an association, as an earlier version of this test said); communication of 6 July 2006; Denmark\'s art. 14 declaration of 11 October 1985 (footnote 1, as the shipped row says). The Committee\'s holding (paragraphs 6–7) was not in the copy read, so only what these paragraphs support is asserted → competence and victim_status met, same_matter not-applicable (ICERD art. 14 has no such bar)', () => {
    const r = checkAdmissibility(facts({ mechanism: 'CERD', state: 'DNK', submissionDate: '2006-07-06', authorIsVictim: true, actingForVictim: null }), null, mechanisms);
    expect(status(r, 'competence')).toBe('met');
    expect(r.conditions.find((c) => c.condition === 'competence')!.reason).toMatch(/since 1985-10-11/);
    expect(status(r, 'victim_status')).toBe('met');
    expect(status(r, 'same_matter')).toBe('not-applicable');
  });

  it('CAT, A.A. v. Azerbaijan (CAT/C/35/D/247/2004, 25 November 2005; paras. 1.1–2.3 and the header read in the OHCHR and Atlas of Torture copies; listed under "Inadmissibility" in OHCHR, Selected Decisions of the Committee against Torture, vol. I, 2008): ill-treatment on death row from 1994 until the death sentences were commuted on 10 February 1998 (para. 1.1), Azerbaijan\'s art. 22 declaration of 4 February 2002 (para. 1.2), complaint of 28 February 2004; the issues the Committee decided include "admissibility ratione temporis" and the "continuing effect of violations that occurred before entry into force of procedure for State party" → ratione_temporis not-met, inadmissible', () => {
    const r = checkAdmissibility(
      facts({ mechanism: 'CAT', state: 'AZE', submissionDate: '2004-02-28', violation: { start: '1994-10-01', end: '1998-02-10', continuing: false }, acceptance: { inForce: '2002-02-04' } }),
      null,
      mechanisms,
    );
    expect(status(r, 'competence')).toBe('met');
    expect(status(r, 'ratione_temporis')).toBe('not-met');
    expect(r.outcome).toBe('inadmissible');
  });

  it('CAT, Yrusta v. Argentina (CAT/C/65/D/778/2016, Views of 23 November 2018; header and paras. 1.1–3.7 read in the OHCHR and Atlas of Torture copies): complaint of 10 November 2015 by the sisters of Roberto Yrusta, who was transferred in January 2013 and died on 7 February 2013; art. 22 declaration of 24 September 1986 (para. 1.2); the Committee examined "the same case by another international settlement procedure" (the CED\'s Views of 2016 on his disappearance) and still adopted Views on torture, so it did not treat that procedure as the same matter → competence, ratione_temporis and victim_status met; a file gives otherProcedure only for a procedure the committee counts as the same matter', () => {
    const r = checkAdmissibility(
      facts({ mechanism: 'CAT', state: 'ARG', submissionDate: '2015-11-10', violation: { start: '2013-01', end: '2013-02-07', continuing: false }, authorIsVictim: true }),
      null,
      mechanisms,
    );
    expect(status(r, 'competence')).toBe('met');
    expect(status(r, 'ratione_temporis')).toBe('met');
    expect(status(r, 'victim_status')).toBe('met');
    expect(status(r, 'same_matter')).toBe('met');
    // CAT art. 22(5)(a) bars a matter that "has been" examined: had the CED examined the same matter, it would bar it.
    const same = checkAdmissibility(facts({ mechanism: 'CAT', state: 'ARG', submissionDate: '2015-11-10', otherProcedure: { body: 'Committee on Enforced Disappearances', submitted: '2013-09-11', decided: '2016-03-11', status: 'decided', examinedMerits: true } }));
    expect(status(same, 'same_matter')).toBe('not-met');
  });

  it('CESCR, Merino Sierra v. Spain (E/C.12/59/D/4/2014, Views of 29 September 2016; header and para. 1.1 read in the OHCHR copies): the Optional Protocol entered into force for Spain on 5 May 2013 (para. 1.1) — the date the shipped row holds; the communication is dated by its posting in Spain, 13 May 2014, and the one-year limit of art. 3(2)(a) was the procedural issue the Committee decided before adopting Views. The final domestic decision\'s date was not in the paragraphs read: without it the limit cannot be counted → competence met, time_limit needs-information, and it says why', () => {
    const r = checkAdmissibility(facts({ mechanism: 'CESCR', state: 'ESP', submissionDate: '2014-05-13', violation: { start: '2013', end: null, continuing: true }, authorIsVictim: true }), null, mechanisms);
    expect(status(r, 'competence')).toBe('met');
    expect(r.conditions.find((c) => c.condition === 'competence')!.reason).toMatch(/since 2013-05-05/);
    expect(status(r, 'time_limit')).toBe('needs-information');
    expect(r.conditions.find((c) => c.condition === 'time_limit')!.reason).toMatch(/final domestic decision/);
  });

  it('CRPD, Bujdosó and five others v. Hungary (CRPD/C/10/D/4/2011, Views of 9 September 2013; header read in the OHCHR copy, facts in a summary of the Views): six persons under guardianship were struck off the electoral rolls automatically by art. 70(5) of the Constitution and could not vote on 11 April and 3 October 2010, and remained disenfranchised; communication of 14 September 2011; "Procedural issues: None" and Views adopted — the Committee reached the merits. With no remedy against a constitutional exclusion (encoded as unavailable) → admissible, every condition met or not applicable', () => {
    const r = checkAdmissibility(
      facts({ mechanism: 'CRPD', state: 'HUN', submissionDate: '2011-09-14', violation: { start: '2010-04-11', end: null, continuing: true }, remedies: [], remediesException: 'unavailable', authorIsVictim: true }),
      null,
      mechanisms,
    );
    expect(r.conditions.find((c) => c.condition === 'competence')!.reason).toMatch(/since 2008-05-03/);
    expect(status(r, 'non_exhaustion')).toBe('met');
    expect(status(r, 'time_limit')).toBe('not-applicable');
    expect(r.outcome).toBe('admissible');
  });

  it('CERD, communication No. 60/2016 (CERD/C/103/D/60/2016, adopted at the 103rd session; paras. 7.1–7.3 read in the adattar.minorityforum.info copy, 2026-11-30; the pages read do not name the State: it is taken to be the Republic of Moldova because art. 14 took effect for it on 8 May 2013, the only declaration of that date in the shipped table, and its highest court is the Supreme Court of Justice): facts of November 2012, before the art. 14 declaration took effect for Moldova on 8 May 2013; domestic decisions of 27 June 2014, 22 January 2015 and 16 September 2015; the Supreme Court of Justice\'s decision served on 22 January 2016; petition of 30 June 2016. The Committee held the six months met, counted from service, and the facts within competence because the domestic decisions came after the declaration (para. 7.3) → time_limit met (from service), ratione_temporis met (CERD counts later domestic decisions as part of the facts)', () => {
    const moldova = {
      mechanism: 'CERD' as const,
      state: 'MDA',
      submissionDate: '2016-06-30',
      violation: { start: '2012-11', end: '2012-11', continuing: false },
      // Para. 7.3 lists the three decisions; the Supreme Court of Justice's is taken to be the last of them (16 September 2015), served on 22 January 2016 (para. 7.2).
      remedies: [
        { body: 'first-instance court', filed: null, decided: '2014-06-27', outcome: 'dismissed', final: false },
        { body: 'court of appeal', filed: null, decided: '2015-01-22', outcome: 'dismissed', final: false },
        { body: 'Supreme Court of Justice', filed: null, decided: '2015-09-16', outcome: 'dismissed', final: true },
      ],
      finalDomesticDecision: '2015-09-16',
      finalDecisionNotified: '2016-01-22',
      authorIsVictim: true,
    };
    const r = checkAdmissibility(facts(moldova), null, mechanisms);
    expect(status(r, 'competence')).toBe('met');
    const time = r.conditions.find((c) => c.condition === 'time_limit')!;
    expect(time.status).toBe('met');
    expect(time.reason).toMatch(/served on 2016-01-22/);
    expect(r.deadlines.find((d) => /six months/.test(d.what))!.date).toBe('2016-07-22');
    const temporal = r.conditions.find((c) => c.condition === 'ratione_temporis')!;
    expect(temporal.status).toBe('met');
    expect(temporal.reason).toMatch(/Supreme Court of Justice, 2015-09-16/);
    expect(temporal.rule).toMatch(/CERD\/C\/103\/D\/60\/2016/);
    expect(r.outcome).toBe('admissible');
    // Counted from the decision itself (16 September 2015) the petition would have been late: the day of service decides it.
    const fromDecision = checkAdmissibility(facts({ ...moldova, finalDecisionNotified: null }), null, mechanisms);
    expect(status(fromDecision, 'time_limit')).toBe('not-met');
    // Without the later domestic decisions the November 2012 facts would fall outside competence.
    const noDecisions = checkAdmissibility(facts({ ...moldova, remedies: [], finalDomesticDecision: null }), null, mechanisms);
    expect(status(noDecisions, 'ratione_temporis')).toBe('not-met');
  });

  it('CRC, A.H.A. v. Spain (CRC/C/69/D/1/2014, decision of 4 June 2015; header and paras. 1–2.3 read in the OHCHR copies, the final court decision\'s date and the ground in the CRIN case summary, 2026-11-30): age determination of an unaccompanied boy; the Directorate\'s decision of 16 November 2010, court decisions of 22 July 2011 and 5 October 2011, the final court decision of 17 September 2013, all before OP3-CRC entered into force for Spain on 14 April 2014; communication of 23 September 2014; inadmissible under art. 7(g) → ratione_temporis not-met, inadmissible', () => {
    const r = checkAdmissibility(
      facts({
        mechanism: 'CRC',
        state: 'ESP',
        submissionDate: '2014-09-23',
        violation: { start: '2010-11-16', end: '2013-09-17', continuing: false },
        remedies: [
          { body: 'Court of First Instance No. 18, Barcelona', filed: null, decided: '2011-07-22', outcome: 'dismissed', final: false },
          { body: 'Provincial Court, Barcelona', filed: null, decided: '2011-10-05', outcome: 'dismissed', final: false },
          { body: 'final court decision', filed: '2012-11-05', decided: '2013-09-17', outcome: 'dismissed', final: true },
        ],
        finalDomesticDecision: '2013-09-17',
      }),
      null,
      mechanisms,
    );
    expect(r.conditions.find((c) => c.condition === 'competence')!.reason).toMatch(/since 2014-04-14/);
    expect(status(r, 'ratione_temporis')).toBe('not-met');
    expect(r.outcome).toBe('inadmissible');
  });

  it('CCPR, Nyaya v. Nepal (CCPR/C/125/D/2556/2015, Views of 18 March 2019; header and paras. 1.1, 2.12–2.15 read in the OHCHR and Atlas of Torture copies, 2026-11-30): rape, torture and forced labour of a 14-year-old girl by soldiers in 2002; in 2014 the police refused her first information report under the 35-day limitation for rape, the Assistant Chief District Officer refused it on 29 March 2014, and her writ of mandamus of 11 April 2014 was pending; communication of 20 June 2014, twelve years after the facts. The only procedural issue listed is exhaustion, and the Committee adopted Views → rule 99(c)\'s five years run from exhaustion, not from the facts: with remedies excused and no final decision, abuse_of_right met; admissible', () => {
    const r = checkAdmissibility(
      facts({
        mechanism: 'CCPR',
        state: 'NPL',
        submissionDate: '2014-06-20',
        violation: { start: '2002', end: '2002', continuing: false },
        remedies: [
          { body: 'Assistant Chief District Officer, Dhangadhi (first information report refused)', filed: '2014-03-29', decided: null, outcome: 'refused', final: false },
          { body: 'Supreme Court of Nepal (writ of mandamus against the 35-day limitation)', filed: '2014-04-11', decided: null, outcome: null, final: null },
        ],
        remediesException: 'ineffective',
        authorIsVictim: true,
      }),
      null,
      mechanisms,
    );
    // Para. 1.1: the Optional Protocol entered into force for Nepal on 14 August 1991, as the shipped row says (deposit 14 May 1991).
    expect(r.conditions.find((c) => c.condition === 'competence')!.reason).toMatch(/since 1991-08-14/);
    expect(status(r, 'ratione_temporis')).toBe('met');
    expect(status(r, 'non_exhaustion')).toBe('met');
    const abuse = r.conditions.find((c) => c.condition === 'abuse_of_right')!;
    expect(abuse.status).toBe('met');
    expect(abuse.reason).toMatch(/has not begun to run/);
    expect(r.outcome).toBe('admissible');
  });

  it('the shipped acceptance rows agree with the dates the decisions read state (declarations and entry into force)', () => {
    const row = (state: string, instrument: Parameters<typeof acceptanceFor>[2]) => acceptanceFor(rows, state, instrument)!;
    expect(row('AZE', 'CAT-22').deposited).toBe('2002-02-04'); // A.A. v. Azerbaijan, para. 1.2
    expect(row('ARG', 'CAT-22').deposited).toBe('1986-09-24'); // Yrusta v. Argentina (CAT), para. 1.2
    expect(row('ARG', 'ICPPED-31')).toMatchObject({ deposited: '2008-06-11', inForce: '2010-12-23' }); // Yrusta v. Argentina (CED), para. 1.2
    expect(row('ESP', 'OP-ICESCR').inForce).toBe('2013-05-05'); // Merino Sierra v. Spain, para. 1.1
    expect(row('DNK', 'ICERD-14').deposited).toBe('1985-10-11'); // A.W.R.A.P. v. Denmark, footnote 1
    expect(row('ARG', 'OP3-CRC')).toMatchObject({ deposited: '2015-04-14', inForce: '2015-07-14' }); // OP3-CRC art. 19(2): three months after deposit
  });
});
