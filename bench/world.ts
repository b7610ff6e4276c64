import type { RequestContext } from '../src/context.js';
import { createRecord } from '../src/registry/service.js';
import type { WorldShape } from './generate.js';

/** Writes the benchmark world's groups, actors and sources through the registry service, with their fixed ids. */
export async function createWorldRecords(ctx: RequestContext, world: WorldShape): Promise<void> {
  for (const g of world.groups) await createRecord(ctx, 'groups', { name: g.name, basis: g.basis, aliases: [], country: g.country, description: '', countingUnit: 'people-in-general', sizeEstimate: null }, g.id);
  for (const a of world.actors) await createRecord(ctx, 'actors', { name: a.name, kind: a.kind, country: a.country, description: '' }, a.id);
  for (const s of world.sources) await createRecord(ctx, 'sources', { name: s.name, kind: 'ngo', reliability: s.reliability, url: null, description: '' }, s.id);
}
