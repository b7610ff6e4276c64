import { escalation, generateDemo } from '../../src/demo/generate.js';
import { parseEventDate } from '../../src/incidents/dates.js';
import { violationLevels } from '../../src/taxonomies/codes.js';
import type { SeriesIncident } from '../../src/warning/series.js';

/**
 * The demo data set (src/demo, fictional Veridia) as the detectors read it: one row per
 * incident × targeted group, levels from the violation-type taxonomy, perpetrator kinds from the
 * demo's actors — the same rows the store would read after `precursor demo load`.
 */
export function demoIncidents(): { incidents: SeriesIncident[]; escalation: { country: string; admin1: string; groupId: string; groupName: string } } {
  const demo = generateDemo();
  const levels = violationLevels();
  const places = new Map(demo.places.map((p) => [p.id, p]));
  const groups = new Map(demo.groups.map((g) => [g.id, g]));
  const actorKinds = new Map(demo.actors.map((a) => [a.id, a.kind]));
  const rows: SeriesIncident[] = [];
  for (const inc of demo.incidents) {
    const start = parseEventDate(inc.startDate)!;
    const level = Math.max(...inc.acts.map((a) => levels.get(a.violationType) ?? 1));
    const byGroup = new Map<string, typeof inc.acts>();
    for (const act of inc.acts) if (act.groupId) byGroup.set(act.groupId, [...(byGroup.get(act.groupId) ?? []), act]);
    for (const [groupId, acts] of byGroup) {
      const perpetratorIds = [...new Set(acts.flatMap((a) => a.perpetrators.map((p) => p.actorId)))];
      const sum = (k: 'killed' | 'detained' | 'disappeared' | 'displaced') => acts.reduce((n, a) => n + a.victims[k], 0);
      rows.push({
        incidentId: inc.id,
        country: inc.country ?? demo.places[0]!.country,
        admin1: inc.placeId ? (places.get(inc.placeId)?.admin1 ?? null) : null,
        groupId,
        groupName: groups.get(groupId)?.name ?? groupId,
        startDate: start.date,
        startPrecision: start.precision,
        level,
        violationTypes: acts.map((a) => a.violationType),
        killed: sum('killed'),
        detained: sum('detained'),
        disappeared: sum('disappeared'),
        displaced: sum('displaced'),
        perpetratorIds,
        perpetratorKinds: [...new Set(perpetratorIds.map((id) => actorKinds.get(id) ?? 'unknown'))],
      });
    }
  }
  const teral = demo.groups.find((g) => g.key === escalation.group)!;
  return { incidents: rows, escalation: { country: demo.places[0]!.country, admin1: escalation.region, groupId: teral.id, groupName: teral.name } };
}
