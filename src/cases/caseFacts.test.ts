import { describe, expect, it } from 'vitest';
import { caseToFacts, violationPeriod, type FactsIncident } from './caseFacts.js';
import type { CaseRecord } from './types.js';

const incident = (startDate: string, startPrecision: FactsIncident['startPrecision'], violationTypes: string[], end: [string, FactsIncident['startPrecision']] | null = null): FactsIncident => ({
  startDate,
  startPrecision,
  endDate: end?.[0] ?? null,
  endPrecision: end?.[1] ?? null,
  violationTypes,
});

const base: Pick<CaseRecord, 'country' | 'remedies' | 'remediesException' | 'procedures' | 'authorIsVictim' | 'authorAnonymous' | 'victims'> = {
  country: 'XVR',
  remedies: [],
  remediesException: null,
  procedures: [],
  authorIsVictim: true,
  authorAnonymous: false,
  victims: [],
};
const remedy = (over: Partial<CaseRecord['remedies'][number]>) => ({ id: 'r', body: 'Court', filed: null, decided: null, outcome: null, final: null, notPursuedReason: null, ...over });

describe('caseToFacts', () => {
  it('takes the final domestic decision from the latest decided final remedy, leaving out remedies not pursued', () => {
    const facts = caseToFacts(
      {
        ...base,
        remedies: [
          remedy({ body: 'High Court', filed: '2024-05', decided: '2024-11-02', final: false }),
          remedy({ body: 'Supreme Court', filed: '2024-12', decided: '2025-06', final: true }),
          remedy({ body: 'Constitutional Court', decided: '2025-03-01', final: true }),
          remedy({ body: 'Ombudsman', notPursuedReason: 'cannot order a release' }),
        ],
      },
      'CERD',
      { incidents: [], submissionDate: '2026-11-30' },
    );
    expect(facts).toMatchObject({ mechanism: 'CERD', state: 'XVR', submissionDate: '2026-11-30', finalDomesticDecision: '2025-06', violation: null });
    expect(facts.remedies!.map((r) => r.body)).toEqual(['High Court', 'Supreme Court', 'Constitutional Court']);
    expect(facts.remedies![0]).toEqual({ body: 'High Court', filed: '2024-05', decided: '2024-11-02', outcome: null, final: false });
  });

  it('has no final decision when no remedy is final, and passes the exception claimed', () => {
    const facts = caseToFacts({ ...base, remedies: [remedy({ decided: '2025-01-01', final: false })], remediesException: 'prolonged' }, 'CCPR', { incidents: [], submissionDate: null });
    expect(facts).toMatchObject({ finalDomesticDecision: null, remediesException: 'prolonged' });
  });

  it('takes a pending procedure before a decided one, and the last decided otherwise', () => {
    const proc = (body: string, status: 'pending' | 'decided', decided: string | null) => ({ id: body, body, submitted: '2024', decided, status, examinedMerits: false });
    expect(caseToFacts({ ...base, procedures: [proc('ECtHR', 'decided', '2024-06'), proc('WGAD', 'pending', null)] }, 'CCPR', { incidents: [], submissionDate: null }).otherProcedure).toMatchObject({ body: 'WGAD', status: 'pending' });
    expect(caseToFacts({ ...base, procedures: [proc('A', 'decided', '2023'), proc('B', 'decided', '2024-02')] }, 'CCPR', { incidents: [], submissionDate: null }).otherProcedure).toEqual({
      body: 'B',
      submitted: '2024',
      decided: '2024-02',
      status: 'decided',
      examinedMerits: false,
    });
  });

  it('says the author acts for the victims with their consent only when every victim consented', () => {
    const victim = (consent: boolean | null) => ({ id: 'v', description: 'x', personId: null, consent });
    const facts = (consents: (boolean | null)[]) => caseToFacts({ ...base, authorIsVictim: false, victims: consents.map(victim) }, 'CCPR', { incidents: [], submissionDate: null }).actingForVictim;
    expect(facts([true, true])).toEqual({ consent: true, justification: null });
    expect(facts([true, false])).toEqual({ consent: false, justification: null });
    expect(facts([true, null])).toEqual({ consent: null, justification: null });
    expect(caseToFacts(base, 'CCPR', { incidents: [], submissionDate: null }).actingForVictim).toBeNull();
  });
});

describe('violationPeriod', () => {
  it('runs from the earliest start to the latest end, each at its precision', () => {
    expect(violationPeriod([incident('2024-03-14', 'day', ['arbitrary-detention']), incident('2023-01-01', 'year', ['hate-speech']), incident('2024-06-01', 'month', ['torture'])])).toEqual({
      start: '2023',
      end: '2024-06',
      continuing: false,
    });
    // An end date counts as the end of that incident; a month ends later than a day inside it.
    expect(violationPeriod([incident('2024-01-01', 'day', ['assault'], ['2024-05-20', 'day']), incident('2024-05-01', 'month', ['assault'])])!.end).toBe('2024-05');
  });

  it('is continuing while a disappearance has no end (its fate not clarified), and ends when it does', () => {
    expect(violationPeriod([incident('2024-04-01', 'month', ['enforced-disappearance']), incident('2024-03-14', 'day', ['arbitrary-detention'])])).toEqual({ start: '2024-03-14', end: null, continuing: true });
    expect(violationPeriod([incident('2024-04-01', 'month', ['enforced-disappearance'], ['2025-02-10', 'day'])])).toEqual({ start: '2024-04', end: '2025-02-10', continuing: false });
    expect(violationPeriod([])).toBeNull();
  });
});
