import { describe, expect, it } from 'vitest';
import { demoCaseIncidents } from './case.js';
import { generateDemo } from './generate.js';

describe('the demo case', () => {
  it('joins real demo incidents: Teral detentions and disappearances in one town of the Eastern Lakes, detentions first', () => {
    const data = generateDemo();
    const { town, incidentIds } = demoCaseIncidents(data)!;
    const incidents = incidentIds.map((id) => data.incidents.find((i) => i.id === id)!);
    const teral = data.groups.find((g) => g.key === 'teral')!.id;
    const place = data.places.find((p) => p.name === town)!;
    expect(place.admin1).toBe('Eastern Lakes');
    expect(incidents.length).toBeGreaterThanOrEqual(2);
    expect(incidents.every((i) => i.placeId === place.id && i.acts.some((a) => a.groupId === teral))).toBe(true);
    const types = incidents.map((i) => i.acts[0]!.violationType);
    expect(types).toContain('enforced-disappearance');
    expect(types.lastIndexOf('arbitrary-detention')).toBeLessThan(types.indexOf('enforced-disappearance'));
    // Deterministic: the same seed, the same case.
    expect(demoCaseIncidents(generateDemo())!.incidentIds).toEqual(incidentIds);
  });

  it('makes no case from a data set cut down to incidents without a disappearance (as tests load it)', () => {
    const data = generateDemo();
    expect(demoCaseIncidents({ ...data, incidents: data.incidents.filter((i) => i.acts.every((a) => a.violationType !== 'enforced-disappearance')) })).toBeNull();
  });
});
