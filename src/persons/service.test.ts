import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeFor } from '../access/scope.js';
import { createContext, type RequestContext } from '../context.js';
import { IncidentInput } from '../incidents/schema.js';
import { createIncident } from '../incidents/service.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { incidentBody } from '../../test/api.js';
import { deletePersonsOfIncident } from './store.js';
import { fixedKeyring, useKeyring } from './keys.js';
import { PersonInput } from './schema.js';
import { createPerson, getPerson, personsForDisclosure, recordConsent, withdrawConsent } from './service.js';

/** Which persons a document or export may name: consent wide enough, not withdrawn, in incidents the caller may read. */
describe.each(engines)('persons for disclosure (%s)', (engine) => {
  let database: TestDatabase;
  let ctx: RequestContext;
  const person: Record<string, string> = {};
  let incidentId: string;
  let secretIncidentId: string;

  const add = async (incident: string, name: string, consent?: 'record-only' | 'share-un' | 'publish') => {
    const p = await createPerson(ctx, PersonInput.parse({ incidentId: incident, role: 'victim', name }));
    person[name] = p.id;
    if (consent) await recordConsent(ctx, p.id, p.version, { scope: consent, date: '2024-01-10' });
  };
  const names = async (purpose: 'share-un' | 'publish', as: RequestContext = ctx, incidents = [incidentId, secretIncidentId]) =>
    (await personsForDisclosure(as, incidents, purpose)).map((p) => p.identity?.name ?? p.pseudonym).sort();

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    useKeyring(database.db, fixedKeyring(randomBytes(32)));
    ctx = createContext(database.db);
    incidentId = (await createIncident(ctx, IncidentInput.parse(incidentBody({ confidentiality: 'internal' })))).id;
    secretIncidentId = (await createIncident(ctx, IncidentInput.parse(incidentBody({ confidentiality: 'strictly-confidential' })))).id;
    await add(incidentId, 'No Consent');
    await add(incidentId, 'Record Only', 'record-only');
    await add(incidentId, 'Share UN', 'share-un');
    await add(incidentId, 'Publish', 'publish');
    await add(incidentId, 'Withdrawn', 'publish');
    await add(secretIncidentId, 'Secret Publish', 'publish');
    const w = await getPerson(ctx, person.Withdrawn!);
    await withdrawConsent(ctx, w.id, w.version, '2024-02-01');
  });
  afterAll(async () => database?.dispose());

  it('leaves out persons without consent for the purpose, and those who withdrew it', async () => {
    expect(await names('share-un')).toEqual(['Publish', 'Secret Publish', 'Share UN']);
    expect(await names('publish')).toEqual(['Publish', 'Secret Publish']);
  });

  it('takes a person back in only when consent is given again', async () => {
    const w = await getPerson(ctx, person.Withdrawn!);
    await recordConsent(ctx, w.id, w.version, { scope: 'share-un', date: '2024-03-01' });
    expect(await names('share-un')).toContain('Withdrawn');
    const again = await getPerson(ctx, person.Withdrawn!);
    await withdrawConsent(ctx, again.id, again.version, '2024-03-02');
    expect(await names('share-un')).not.toContain('Withdrawn');
  });

  it('gives pseudonyms to callers who may not see identities, and nothing of incidents they may not read', async () => {
    const analyst = createContext(database.db, { id: 'a', name: 'Analyst', scope: scopeFor('analyst') });
    const disclosed = await personsForDisclosure(analyst, [incidentId, secretIncidentId], 'publish');
    expect(disclosed.map((p) => p.identity)).toEqual([null]);
    expect(disclosed.map((p) => p.id)).toEqual([person.Publish]);
    const anonymous = createContext(database.db, { id: 'p', name: 'Public', scope: scopeFor('public') });
    expect(await personsForDisclosure(anonymous, [incidentId], 'publish')).toEqual([]);
  });

  it('deletes the persons of an incident inside a transaction (for the purge)', async () => {
    const deleted = await database.db.transaction((tx) => deletePersonsOfIncident(tx, secretIncidentId));
    expect(deleted).toEqual([person['Secret Publish']]);
    expect(await names('publish')).toEqual(['Publish']);
  });
  it('numbers persons recorded at the same moment in one incident apart', async () => {
    const made = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => createPerson(ctx, PersonInput.parse({ incidentId, role: 'witness', name: `Concurrent ${n}` }))),
    );
    const numbers = made.map((p) => p.number).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(5);
    expect(numbers[0]).toBeGreaterThan(5);
  });
});
