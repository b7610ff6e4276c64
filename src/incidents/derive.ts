import { victimKinds, type VictimCounts } from './schema.js';

/**
 * What an incident's acts say about the incident as a whole (DESIGN.md: the incident's
 * victim totals, targeted groups and pyramid level are derived from its acts). Pure: the
 * taxonomy's levels and the groups' bases are passed in.
 */
export interface ActFacts {
  violationType: string;
  groupId?: string | null;
  identityBasis?: string | null;
  victims: VictimCounts;
  perpetrators: { actorId: string }[];
}

export interface DerivedFacts {
  /**
   * The highest pyramid level among the acts' violation types. The level shown and counted is an
   * analyst's override when there is one: the database computes it (the generated column
   * `incidents.pyramid_level`, migration 001), so lists, filters and the rollup cannot disagree;
   * src/incidents/routes.test.ts ('pyramid level') tests it there.
   */
  derivedLevel: number;
  violationTypes: string[];
  groupIds: string[];
  identityBases: string[];
  perpetratorIds: string[];
  victims: VictimCounts;
}

export function deriveFacts(
  acts: readonly ActFacts[],
  levelOf: ReadonlyMap<string, number>,
  basisOfGroup: ReadonlyMap<string, string>,
): DerivedFacts {
  const victims = Object.fromEntries(victimKinds.map((k) => [k, 0])) as VictimCounts;
  const types = new Set<string>();
  const groups = new Set<string>();
  const bases = new Set<string>();
  const perpetrators = new Set<string>();
  let derivedLevel = 0;
  for (const act of acts) {
    const level = levelOf.get(act.violationType);
    if (level === undefined) throw new Error(`violation type '${act.violationType}' has no pyramid level`);
    derivedLevel = Math.max(derivedLevel, level);
    types.add(act.violationType);
    if (act.groupId) groups.add(act.groupId);
    const basis = act.identityBasis ?? (act.groupId ? basisOfGroup.get(act.groupId) : undefined);
    if (basis) bases.add(basis);
    for (const p of act.perpetrators) perpetrators.add(p.actorId);
    for (const k of victimKinds) victims[k] += act.victims[k];
  }
  if (derivedLevel === 0) throw new Error('an incident needs at least one act');
  return {
    derivedLevel,
    violationTypes: [...types],
    groupIds: [...groups],
    identityBases: [...bases],
    perpetratorIds: [...perpetrators],
    victims,
  };
}
