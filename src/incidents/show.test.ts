import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Incident } from './schema.js';
import { formatIncident } from './show.js';

const groupId = randomUUID();
const actorId = randomUUID();
const sourceId = randomUUID();
const evidenceId = randomUUID();
const incident: Incident = {
  id: randomUUID(),
  version: 3,
  title: 'Teral teachers dismissed in Mirrow',
  narrative: 'Fourteen teachers were told not to come back.',
  startDate: '2026-05',
  startPrecision: 'month',
  endDate: null,
  endPrecision: null,
  dateEstimated: false,
  reportDate: null,
  country: 'XVR',
  admin1: null,
  placeId: null,
  place: null,
  pyramidLevel: 3,
  derivedPyramidLevel: 3,
  pyramidLevelOverride: null,
  verificationStatus: 'not-yet-verified',
  confidentiality: 'internal',
  teams: [],
  withhold: { place: null, date: null, reporter: null },
  withheld: [],
  monitoringStatus: 'open',
  victims: { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 14 },
  violationTypes: ['discrimination-employment'],
  targetedGroupIds: [groupId],
  identityBases: ['ethnicity'],
  perpetratorIds: [actorId],
  acts: [
    {
      id: randomUUID(),
      violationType: 'discrimination-employment',
      pyramidLevel: 3,
      groupId,
      identityBasis: 'ethnicity',
      victims: { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 14 },
      perpetrators: [{ actorId, involvement: 'policy-or-legislation' }],
    },
  ],
  sources: [{ sourceId, connection: 'participant', materialType: 'interview', informationDate: null, credibility: 3, note: '' }],
  evidenceIds: [evidenceId],
  links: [],
  createdAt: '2026-06-01T10:00:00Z',
  createdBy: 'local',
  updatedAt: '2026-06-02T10:00:00Z',
  updatedBy: 'local',
  deletedAt: null,
};
const none = { groups: new Map(), actors: new Map(), sources: new Map(), evidence: new Map(), incidents: new Map() };

describe('formatIncident', () => {
  it('names what it can look up', () => {
    const text = formatIncident(incident, {
      ...none,
      groups: new Map([[groupId, { name: 'Teral' }]]),
      actors: new Map([[actorId, { name: 'Governor of the Eastern Lakes' }]]),
      sources: new Map([[sourceId, { name: 'Mirrow Teachers Union', reliability: 'C' }]]),
      evidence: new Map([[evidenceId, { filename: 'dismissal-letter.pdf', sha256: 'ab'.repeat(32) }]]),
    });
    expect(text).toContain('- discrimination-employment (level 3) against Teral: 14 affected\n        by Governor of the Eastern Lakes (policy-or-legislation)\n');
    expect(text).toContain('- Mirrow Teachers Union, reliability C; information credibility 3 (participant, interview)\n');
    expect(text).toContain(`- dismissal-letter.pdf  sha-256 ${'ab'.repeat(32)}\n`);
    expect(text).toMatch(/links: +none\n\nFourteen teachers were told not to come back\.\n$/);
    for (const id of [groupId, actorId, sourceId, evidenceId]) expect(text).not.toContain(id);
  });

  it('shows a record it could not look up by its id, rather than leaving it out', () => {
    const text = formatIncident(incident, none);
    expect(text).toContain(`against ${groupId}`);
    expect(text).toContain(`by ${actorId} (policy-or-legislation)`);
    expect(text).toContain(`- ${sourceId}; information credibility 3`);
    expect(text).toContain(`- ${evidenceId}\n`);
  });
});
