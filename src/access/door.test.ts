import { describe, expect, it } from 'vitest';
import { clearanceRowsPredicate, visibilityPredicate } from './door.js';
import { fullScope, mayRead, publicScope, scopeFor } from './scope.js';

const collect = () => {
  const values: unknown[] = [];
  return { values, add: (v: unknown) => (values.push(v), `$${values.length}`) };
};

describe('the visibility predicate', () => {
  it('adds nothing for a scope that reads everything', () => {
    expect(visibilityPredicate(fullScope, collect().add)).toBeUndefined();
  });

  it('limits the public to public records without a team', () => {
    const p = collect();
    expect(visibilityPredicate(publicScope, p.add)).toBe('confidentiality = any($1::text[]) and cardinality(teams) = 0');
    expect(p.values).toEqual([['public']]);
  });

  it('lets a team member read records of that team up to the clearance', () => {
    const p = collect();
    const scope = scopeFor('analyst', { teams: ['t1'] });
    expect(visibilityPredicate(scope, p.add, { confidentiality: 'i.confidentiality', teams: 'i.teams' })).toBe(
      'i.confidentiality = any($1::text[]) and (cardinality(i.teams) = 0 or i.teams && $2::text[])',
    );
    expect(p.values).toEqual([['public', 'internal', 'confidential'], ['t1']]);
  });
});

describe('the predicate over counts folded by clearance', () => {
  it('picks the rows of the scope’s own clearance, even for a scope that reads everything', () => {
    const p = collect();
    expect(clearanceRowsPredicate(fullScope, p.add)).toBe('clearance = $1');
    expect(p.values).toEqual(['strictly-confidential']);
  });

  it('adds the team rule as the visibility predicate does', () => {
    const p = collect();
    expect(clearanceRowsPredicate(scopeFor('analyst', { teams: ['t1'] }), p.add)).toBe('clearance = $1 and (cardinality(teams) = 0 or teams && $2::text[])');
    expect(p.values).toEqual(['confidential', ['t1']]);
    const q = collect();
    expect(clearanceRowsPredicate(publicScope, q.add)).toBe('clearance = $1 and cardinality(teams) = 0');
    expect(q.values).toEqual(['public']);
  });
});

describe('mayRead', () => {
  it('caps a clearance at the role maximum', () => {
    expect(scopeFor('viewer', { clearance: 'strictly-confidential' }).clearance).toBe('internal');
  });
  it('reads by level and by team', () => {
    const analyst = scopeFor('analyst', { teams: ['t1'] });
    expect(mayRead(analyst, { confidentiality: 'confidential' })).toBe(true);
    expect(mayRead(analyst, { confidentiality: 'strictly-confidential' })).toBe(false);
    expect(mayRead(analyst, { confidentiality: 'internal', teams: ['t2'] })).toBe(false);
    expect(mayRead(analyst, { confidentiality: 'internal', teams: ['t2', 't1'] })).toBe(true);
    expect(mayRead(fullScope, { confidentiality: 'strictly-confidential', teams: ['t9'] })).toBe(true);
    expect(mayRead(publicScope, { confidentiality: 'public', teams: ['t1'] })).toBe(false);
  });
});
