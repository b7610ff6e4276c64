import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../audit/verify.js';
import { createContext, type RequestContext } from '../context.js';
import { EvidenceFiles } from '../evidence/files.js';
import { IncidentInput } from '../incidents/schema.js';
import { createIncident } from '../incidents/service.js';
import { purgeIncident } from '../purge/service.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { incidentBody } from '../../test/api.js';
import { PersonInput } from './schema.js';
import { createPerson, getPerson, recordConsent } from './service.js';

/** Purging an incident takes its persons with it: ciphertexts gone, audit documents erased, the chain intact. */
describe.each(engines)('persons of a purged incident (%s)', (engine) => {
  let database: TestDatabase;
  let ctx: RequestContext;
  let dir: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    ctx = createContext(database.db);
    dir = mkdtempSync(join(tmpdir(), 'precursor-evidence-'));
  });
  afterAll(async () => {
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are deleted with it, and their audit documents erased', async () => {
    const incident = await createIncident(ctx, IncidentInput.parse(incidentBody()));
    const kept = await createIncident(ctx, IncidentInput.parse(incidentBody()));
    const person = await createPerson(ctx, PersonInput.parse({ incidentId: incident.id, role: 'victim', name: 'Purged Person' }));
    await recordConsent(ctx, person.id, person.version, { scope: 'publish', date: '2024-01-01' });
    const other = await createPerson(ctx, PersonInput.parse({ incidentId: kept.id, role: 'victim', name: 'Kept Person' }));

    await purgeIncident(ctx, new EvidenceFiles(dir, 1024), incident.id, 'the victim asked to be removed');
    await expect(getPerson(ctx, person.id)).rejects.toThrow(/does not exist/);
    expect((await getPerson(ctx, other.id)).identity?.name).toBe('Kept Person');
    const [left] = await database.db.query<{ n: number }>(
      "select count(*)::int as n from audit_entries where entity = 'person' and entity_id = $1 and (before is not null or after is not null)",
      [person.id],
    );
    expect(left!.n).toBe(0);
    expect((await verifyChain(database.db)).ok).toBe(true);
  });
});
