import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { acceptanceFor, loadAcceptance } from '../acceptance.js';
import { parseFacts } from '../facts.js';
import { loadMechanisms } from '../mechanisms.js';
import { acceptanceInstruments, type CheckResult, treatyBodies } from '../types.js';
import { isPartialDate } from './dates.js';
import { checkAdmissibility } from './index.js';

/**
 * Properties every answer keeps, whatever facts a judge's file holds: facts are generated at the
 * JSON boundary (every field possibly null or absent, dates at any precision), parsed as the CLI
 * parses them, and checked over the shipped acceptance row as the CLI checks them.
 */

const mechanisms = loadMechanisms();
const rows = loadAcceptance();
const conditionNames = ['competence', 'ratione_temporis', 'ratione_materiae', 'ratione_personae', 'victim_status', 'anonymity', 'non_exhaustion', 'same_matter', 'time_limit', 'abuse_of_right'];
const statuses = ['met', 'not-met', 'needs-information', 'not-applicable'];

const day = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** A date as a file may write it: to the day, the month or the year. */
const partial = fc.tuple(day, fc.constantFrom(4, 7, 10)).map(([d, n]) => d.slice(0, n));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const text = fc.constantFrom('', '  ', 'the author was detained incommunicado', 'exceptional circumstances: the author was hospitalised');

const remedy = fc.record({ body: maybe(fc.constantFrom('District Court', 'Supreme Court', 'Constitutional Court')), filed: maybe(partial), decided: maybe(partial), outcome: maybe(fc.constantFrom('dismissed', 'granted')), final: maybe(fc.boolean()) }, { requiredKeys: [] });
const rawFacts = fc.record(
  {
    mechanism: fc.constantFrom(...treatyBodies, 'ccpr'),
    state: fc.constantFrom('FRA', 'ESP', 'ARG', 'DNK', 'AZE', 'XVR', 'ZZZ'),
    submissionDate: maybe(partial),
    violation: maybe(fc.record({ start: maybe(partial), end: maybe(partial), continuing: maybe(fc.boolean()) }, { requiredKeys: [] })),
    finalDomesticDecision: maybe(partial),
    finalDecisionNotified: maybe(partial),
    remedies: maybe(fc.array(remedy, { maxLength: 3 })),
    remediesException: maybe(fc.constantFrom('unavailable', 'ineffective', 'prolonged')),
    otherProcedure: maybe(fc.record({ body: maybe(fc.constantFrom('ECtHR', 'Working Group on Arbitrary Detention', 'Special Rapporteur on torture', 'Committee against Torture')), submitted: maybe(partial), decided: maybe(partial), status: maybe(fc.constantFrom('pending', 'decided')), examinedMerits: maybe(fc.boolean()) }, { requiredKeys: [] })),
    authorIsVictim: maybe(fc.boolean()),
    authorAnonymous: maybe(fc.boolean()),
    actingForVictim: maybe(fc.record({ consent: maybe(fc.boolean()), justification: maybe(text) })),
    delayJustification: maybe(text),
    exceptionalCircumstances: maybe(text),
    acceptance: maybe(fc.record({ inForce: maybe(day), deposited: maybe(day), withdrawn: maybe(day), reservations: maybe(fc.array(fc.constantFrom('the same matter has already been examined under another procedure', 'having its origin in events occurring prior to the entry into force'), { maxLength: 2 })) }, { requiredKeys: [] })),
  },
  { requiredKeys: ['mechanism', 'state'] },
);

/** Parses as the CLI does; a file the boundary refuses (dates in the wrong order) is not checked. */
function parsed(raw: unknown) {
  try {
    return parseFacts(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fields.length).toBeGreaterThan(0);
    return null;
  }
}

function run(raw: unknown, today: string | null): CheckResult | null {
  const f = parsed(raw);
  if (!f) return null;
  return checkAdmissibility(f, acceptanceFor(rows, f.state, acceptanceInstruments[f.mechanism]), mechanisms, { today });
}

describe('properties of every answer (fast-check over facts at the JSON boundary)', () => {
  it('names every condition of the issue exactly once, in a fixed order, each with a status, a reason and a rule', () => {
    fc.assert(
      fc.property(rawFacts, maybe(day), (raw, today) => {
        const r = run(raw, today);
        if (!r) return;
        expect(r.conditions.map((c) => c.condition)).toEqual(conditionNames);
        for (const c of r.conditions) {
          expect(statuses).toContain(c.status);
          expect(c.reason.trim().length, c.condition).toBeGreaterThan(0);
          expect(c.rule.trim().length, c.condition).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the outcome rule: inadmissible if any not-met, else needs-information if any, else admissible', () => {
    fc.assert(
      fc.property(rawFacts, maybe(day), (raw, today) => {
        const r = run(raw, today);
        if (!r) return;
        const s = r.conditions.map((c) => c.status);
        const expected = s.includes('not-met') ? 'inadmissible' : s.includes('needs-information') ? 'needs-information' : 'admissible';
        expect(r.outcome).toBe(expected);
        expect(r.mechanism).toBe(String((raw as { mechanism: string }).mechanism).toUpperCase());
      }),
      { numRuns: 400 },
    );
  });

  it('gives deadlines as real days in order, each with its rule, and answers the same facts the same way', () => {
    fc.assert(
      fc.property(rawFacts, maybe(day), (raw, today) => {
        const r = run(raw, today);
        if (!r) return;
        for (const d of r.deadlines) {
          expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(isPartialDate(d.date)).toBe(true);
          expect(d.rule.length).toBeGreaterThan(0);
        }
        expect(r.deadlines.map((d) => d.date)).toEqual([...r.deadlines.map((d) => d.date)].sort());
        expect(run(raw, today)).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });

  it('never says not-met because a fact is missing: the same facts with every optional field null are never inadmissible for lack of them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...treatyBodies), fc.constantFrom('FRA', 'ESP', 'ARG', 'XVR', 'ZZZ'), (mechanism, state) => {
        const r = run({ mechanism, state }, null)!;
        // With nothing known, only a state with no acceptance at all can be not-met (competence), never the others.
        for (const c of r.conditions.filter((x) => x.condition !== 'competence' && x.condition !== 'ratione_temporis')) expect(c.status, `${mechanism} ${state} ${c.condition}`).not.toBe('not-met');
      }),
    );
  });
});

describe('the boundary refuses dates in the wrong order, naming the field', () => {
  it('violation.end before violation.start, remedies.N.decided before filed, otherProcedure.decided before submitted', () => {
    try {
      parseFacts({ mechanism: 'CERD', state: 'DNK', violation: { start: '2015-03', end: '2014' }, remedies: [{ filed: '2015-01-01', decided: '2015-02-01' }, { filed: '2016-05-01', decided: '2016-04-30' }], otherProcedure: { submitted: '2017', decided: '2016-12-31' } });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).fields.map((p) => p.field)).toEqual(['violation.end', 'remedies.1.decided', 'otherProcedure.decided']);
    }
    // Dates whose precision leaves the order open are taken (a month and a day in it).
    expect(parseFacts({ mechanism: 'CERD', state: 'DNK', violation: { start: '2015-03', end: '2015-03-01' } }).violation).toMatchObject({ start: '2015-03', end: '2015-03-01' });
  });
});
