import { describe, expect, it } from 'vitest';
import { deriveFacts } from './derive.js';
import { VictimCounts } from './schema.js';

const levels = new Map([
  ['hate-speech', 2],
  ['discrimination-housing', 3],
  ['killing', 4],
  ['massacre', 5],
]);
const bases = new Map([
  ['g1', 'ethnicity'],
  ['g2', 'religion'],
]);
const none = VictimCounts.parse({});

describe('deriving an incident from its acts', () => {
  it('takes the highest pyramid level among the violation types, not the first or the last', () => {
    const facts = deriveFacts(
      [
        { violationType: 'hate-speech', victims: none, perpetrators: [] },
        { violationType: 'killing', victims: none, perpetrators: [] },
        { violationType: 'discrimination-housing', victims: none, perpetrators: [] },
      ],
      levels,
      bases,
    );
    expect(facts.derivedLevel).toBe(4);
    expect(facts.violationTypes).toEqual(['hate-speech', 'killing', 'discrimination-housing']);
  });

  it('sums victims by kind over the acts and collects groups, bases and perpetrators once each', () => {
    const facts = deriveFacts(
      [
        { violationType: 'killing', groupId: 'g1', victims: { ...none, killed: 3, injured: 1 }, perpetrators: [{ actorId: 'a1' }] },
        { violationType: 'killing', groupId: 'g2', victims: { ...none, killed: 2 }, perpetrators: [{ actorId: 'a1' }, { actorId: 'a2' }] },
        { violationType: 'hate-speech', groupId: 'g1', identityBasis: 'language', victims: none, perpetrators: [] },
      ],
      levels,
      bases,
    );
    expect(facts.victims).toEqual({ ...none, killed: 5, injured: 1 });
    expect(facts.groupIds).toEqual(['g1', 'g2']);
    expect(facts.identityBases.sort()).toEqual(['ethnicity', 'language', 'religion']);
    expect(facts.perpetratorIds).toEqual(['a1', 'a2']);
  });

  it('refuses an incident without acts and an unknown violation type', () => {
    expect(() => deriveFacts([], levels, bases)).toThrow(/at least one act/);
    expect(() => deriveFacts([{ violationType: 'nope', victims: none, perpetrators: [] }], levels, bases)).toThrow(/nope/);
  });
});
