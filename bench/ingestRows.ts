import type { ImportedIncident } from '../src/ingest/types.js';
import { benchIncidents, type WorldShape } from './generate.js';

/**
 * The store benchmark's synthetic incidents (bench/generate.ts) as an import's mapping would give
 * them: every record named (groups, actors, sources by name, not id), keyed by row.
 */
export function* importedRows(world: WorldShape, size: number, batchSize: number, seed = 16): Generator<ImportedIncident[]> {
  const groups = new Map(world.groups.map((g) => [g.id, g]));
  const actors = new Map(world.actors.map((a) => [a.id, a]));
  const sources = new Map(world.sources.map((s) => [s.id, s]));
  let n = 0;
  for (const batch of benchIncidents(world, seed, size, batchSize)) {
    yield batch.map((b) => {
      n += 1;
      return {
        origin: { row: n + 1 },
        key: `bench-${n}`,
        title: b.title,
        narrative: b.narrative,
        startDate: b.startDate,
        place: { country: b.country!, admin1: b.admin1 },
        acts: b.acts.map((a) => {
          const group = groups.get(a.groupId!)!;
          return {
            violationType: a.violationType,
            group: { name: group.name, basis: group.basis, country: group.country },
            victims: a.victims,
            perpetrators: a.perpetrators.map((p) => {
              const actor = actors.get(p.actorId)!;
              return { actor: { name: actor.name, kind: actor.kind, country: actor.country }, involvement: p.involvement };
            }),
          };
        }),
        verificationStatus: b.verificationStatus,
        confidentiality: b.confidentiality,
        sources: b.sources.map((s) => {
          const source = sources.get(s.sourceId)!;
          return { source: { name: source.name, reliability: source.reliability }, connection: s.connection, materialType: s.materialType, credibility: s.credibility };
        }),
      };
    });
  }
}
