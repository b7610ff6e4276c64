import type { Evidence } from '../evidence/schema.js';
import type { Actor, Group, Source } from '../registry/schema.js';
import { victimKinds, type Incident } from './schema.js';

/** The records an incident points at, looked up so that a person reads names, not ids. */
export interface IncidentNames {
  groups: ReadonlyMap<string, Pick<Group, 'name'>>;
  actors: ReadonlyMap<string, Pick<Actor, 'name'>>;
  sources: ReadonlyMap<string, Pick<Source, 'name' | 'reliability'>>;
  evidence: ReadonlyMap<string, Pick<Evidence, 'filename' | 'sha256'>>;
  /** Titles of the linked incidents. */
  incidents: ReadonlyMap<string, { title: string }>;
}

/**
 * `precursor incidents show` as text: the place, each act's group and perpetrators, each
 * source with its reliability grade (A–F) beside the credibility of its information (1–6),
 * and each evidence file by name and SHA-256. A record that could not be found (it was never
 * there, or it is out of reach) is shown by its id, so nothing is silently left out.
 */
export function formatIncident(incident: Incident, names: IncidentNames): string {
  const name = (map: ReadonlyMap<string, { name: string }>, id: string) => map.get(id)?.name ?? id;
  const where = [incident.country, incident.admin1, incident.place?.name].filter(Boolean).join(', ');
  const victims = victimKinds.filter((k) => incident.victims[k]).map((k) => `${incident.victims[k]} ${k}`);
  const lines = [
    incident.title,
    `  id:            ${incident.id} (version ${incident.version})${incident.deletedAt ? `, deleted ${incident.deletedAt}` : ''}`,
    `  when:          ${incident.startDate}${incident.endDate ? ` – ${incident.endDate}` : ''}${incident.dateEstimated ? ' (estimated)' : ''}`,
    `  where:         ${where}`,
    `  pyramid level: ${incident.pyramidLevel}${incident.pyramidLevelOverride ? ` (overridden from ${incident.derivedPyramidLevel}: ${incident.pyramidLevelOverride.reason})` : ''}`,
    `  verification:  ${incident.verificationStatus}    confidentiality: ${incident.confidentiality}`,
    `  victims:       ${victims.join(', ') || 'none counted'}`,
    `  acts:`,
    ...incident.acts.flatMap((act) => {
      const counted = victimKinds.filter((k) => act.victims[k]).map((k) => `${act.victims[k]} ${k}`);
      return [
        `    - ${act.violationType} (level ${act.pyramidLevel})${act.groupId ? ` against ${name(names.groups, act.groupId)}` : ''}${counted.length ? `: ${counted.join(', ')}` : ''}`,
        ...act.perpetrators.map((p) => `        by ${name(names.actors, p.actorId)} (${p.involvement})`),
      ];
    }),
    `  sources:${incident.sources.length ? '' : '       none'}`,
    ...incident.sources.map((s) => {
      const source = names.sources.get(s.sourceId);
      const graded = source ? `${source.name}, reliability ${source.reliability}` : s.sourceId;
      return `    - ${graded}; information credibility ${s.credibility} (${s.connection}, ${s.materialType}${s.informationDate ? `, ${s.informationDate}` : ''})`;
    }),
    `  evidence:${incident.evidenceIds.length ? '' : '      none'}`,
    ...incident.evidenceIds.map((id) => {
      const file = names.evidence.get(id);
      return file ? `    - ${file.filename}  sha-256 ${file.sha256}` : `    - ${id}`;
    }),
    `  links:${incident.links.length ? '' : '         none'}`,
    ...incident.links.map((l) => {
      const title = names.incidents.get(l.incidentId)?.title;
      const other = title ? `'${title}' (${l.incidentId})` : l.incidentId;
      // A link is read in its own direction: this incident precedes that one, or that one precedes this.
      const phrase = l.direction === 'outgoing' ? `this incident ${l.kind} ${other}` : `${other} ${l.kind} this incident`;
      return `    - ${phrase}${l.note ? ` — ${l.note}` : ''}`;
    }),
  ];
  if (incident.narrative) lines.push('', incident.narrative);
  return `${lines.join('\n')}\n`;
}
