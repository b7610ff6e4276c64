import { Readable } from 'node:stream';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CliDatabase, openEmptyCliDatabase, runCli, stopCliProcesses } from '../../test/cli.js';
import { engines } from '../../test/databases.js';
import { readConfig } from '../config.js';
import { createContext } from '../context.js';
import { openDatabase } from '../db/open.js';
import { EvidenceFiles } from '../evidence/files.js';
import { uploadEvidence } from '../evidence/service.js';
import { createRecord } from '../registry/service.js';
import { ActorInput, GroupInput, PlaceInput, SourceInput } from '../registry/schema.js';
import { IncidentInput } from './schema.js';
import { createIncident } from './service.js';

/**
 * `precursor incidents show <id>` is read by a person: the place, groups and perpetrators by
 * name, each source with its reliability and the credibility of its information, each
 * evidence file by name and SHA-256, linked incidents by title — not ids.
 */
describe.each(engines)('precursor incidents show on %s', (engine) => {
  let database: CliDatabase;
  const ids = {} as Record<'incident' | 'earlier' | 'group' | 'actor' | 'source' | 'evidence', string>;
  let sha256 = '';

  beforeAll(async () => {
    database = await openEmptyCliDatabase(engine);
    // Records written in this process, then read by the CLI in its own: the embedded database
    // is closed in between, since it admits one process at a time.
    const config = readConfig({ ...process.env, ...database.env });
    const db = await openDatabase(config);
    try {
      const ctx = createContext(db);
      const place = await createRecord(ctx, 'places', PlaceInput.parse({ name: 'Karn Ford market', country: 'XVR', admin1: 'Eastern Lakes' }));
      const group = await createRecord(ctx, 'groups', GroupInput.parse({ name: 'Teral fishing families', basis: 'ethnicity' }));
      const actor = await createRecord(ctx, 'actors', ActorInput.parse({ name: 'Lake Guard 3rd company', kind: 'militia' }));
      const source = await createRecord(ctx, 'sources', SourceInput.parse({ name: 'Eastern Lakes Monitors', kind: 'ngo', reliability: 'B' }));
      const files = new EvidenceFiles(join(config.dataDir, 'evidence'), config.maxUploadBytes);
      const { evidence } = await uploadEvidence(ctx, files, { content: Readable.from([Buffer.from('witness statement, 5 November')]), filename: 'statement-karn-ford.txt', description: '' });
      sha256 = evidence.sha256;
      const earlier = await createIncident(ctx, IncidentInput.parse({ title: 'Radio broadcast calls the Teral traitors', startDate: '2023-10', country: 'XVR', acts: [{ violationType: 'hate-speech', groupId: group.id }] }));
      const incident = await createIncident(
        ctx,
        IncidentInput.parse({
          title: 'Market stalls of Teral families burned at Karn Ford',
          startDate: '2023-11-05',
          placeId: place.id,
          acts: [{ violationType: 'destruction-of-property', groupId: group.id, victims: { affected: 40 }, perpetrators: [{ actorId: actor.id, involvement: 'ordered-or-planned' }] }],
          sources: [{ sourceId: source.id, connection: 'eyewitness', materialType: 'testimony', informationDate: '2023-11-06', credibility: 2 }],
          evidenceIds: [evidence.id],
          links: [{ incidentId: earlier.id, kind: 'follows', note: '' }],
        }),
      );
      Object.assign(ids, { incident: incident.id, earlier: earlier.id, group: group.id, actor: actor.id, source: source.id, evidence: evidence.id });
    } finally {
      await db.close();
    }
  });
  // No command outlives its test, even one that timed out.
  afterEach(stopCliProcesses);
  afterAll(async () => {
    await database?.dispose();
  });

  it('prints names, grades and file names, not the ids of the records it points at', async () => {
    const result = await runCli(['incidents', 'show', ids.incident], { env: database.env });
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^Market stalls of Teral families burned at Karn Ford\n/);
    expect(out).toMatch(/where: +XVR, Eastern Lakes, Karn Ford market\n/);
    expect(out).toContain('- destruction-of-property (level 4) against Teral fishing families: 40 affected');
    expect(out).toContain('by Lake Guard 3rd company (ordered-or-planned)');
    expect(out).toContain('- Eastern Lakes Monitors, reliability B; information credibility 2 (eyewitness, testimony, 2023-11-06)');
    expect(out).toContain(`- statement-karn-ford.txt  sha-256 ${sha256}`);
    expect(out).toContain(`- this incident follows 'Radio broadcast calls the Teral traitors' (${ids.earlier})`);
    for (const id of [ids.group, ids.actor, ids.source, ids.evidence]) expect(out).not.toContain(id);
  });

  it('the linked incident shows the link from its side', async () => {
    const result = await runCli(['incidents', 'show', ids.earlier], { env: database.env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`- 'Market stalls of Teral families burned at Karn Ford' (${ids.incident}) follows this incident`);
    expect(result.stdout).toMatch(/sources: +none\n/);
    expect(result.stdout).toMatch(/evidence: +none\n/);
  });

  it('--json still prints the API document, with ids', async () => {
    const result = await runCli(['incidents', 'show', ids.incident, '--json'], { env: database.env });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: ids.incident, evidenceIds: [ids.evidence], targetedGroupIds: [ids.group], perpetratorIds: [ids.actor] });
  });
});
