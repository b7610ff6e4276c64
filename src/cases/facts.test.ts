import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { parseFacts } from './facts.js';

describe('the facts at the boundary (CheckFacts)', () => {
  it('takes nulls and missing optional fields, ignores unknown fields, and upper-cases the state', () => {
    const f = parseFacts({ mechanism: 'cat', state: 'fra', violation: { start: '2013' }, somethingElse: { deep: 1 } });
    expect(f).toMatchObject({ mechanism: 'CAT', state: 'FRA', submissionDate: null, violation: { start: '2013', end: null, continuing: null }, remedies: null, otherProcedure: null, authorIsVictim: null });
    expect('somethingElse' in f).toBe(false);
  });

  it('names each bad field: an impossible date, a date at a precision the contract does not take, a wrong status', () => {
    try {
      parseFacts({ mechanism: 'CCPR', state: 'FRA', submissionDate: '2016-02-30', finalDomesticDecision: '2015-6', otherProcedure: { status: 'closed' }, acceptance: { inForce: '1984-05' } });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).fields.map((p) => p.field)).toEqual(['submissionDate', 'finalDomesticDecision', 'otherProcedure.status', 'acceptance.inForce']);
    }
  });
});
