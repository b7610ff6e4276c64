import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can } from '../access/permissions.js';
import { roles, scopeFor, type Confidentiality, type Role } from '../access/scope.js';
import type { Actor } from '../context.js';
import { EvidenceFiles } from '../evidence/files.js';
import { buildApp, type App } from '../http/app.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { call, expectProblem, expectStatus, incidentBody } from '../../test/api.js';
import { fixedKeyring, useKeyring } from './keys.js';

/**
 * Persons over HTTP, as each role: identities reach only roles allowed to see them, in
 * incidents they may read; nothing identifying reaches a 409 body, the audit trail or a log.
 */

const secret = 'Zainab Qasimova';
const actorFor = (role: Role, clearance?: Confidentiality): Actor => ({ id: `test-${role}`, name: `Test ${role}`, scope: scopeFor(role, { clearance }) });

describe.each(engines)('persons over HTTP (%s)', (engine) => {
  let database: TestDatabase;
  let app: App;
  let evidenceDir: string;
  const logLines: string[] = [];

  /** Requests as a role (the test's authenticate reads x-test-role; administrator by default). */
  const as = (role: Role) => ({
    get: (url: string) => call(app, 'GET', url, undefined, { 'x-test-role': role }),
    post: (url: string, body: unknown) => call(app, 'POST', url, body, { 'x-test-role': role }),
    put: (url: string, body: unknown) => call(app, 'PUT', url, body, { 'x-test-role': role }),
  });
  const admin = as('administrator');

  let incident: { id: string; acts: { id: string }[]; version: number };
  let person: { id: string; version: number };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    useKeyring(database.db, fixedKeyring(randomBytes(32)));
    evidenceDir = mkdtempSync(join(tmpdir(), 'precursor-evidence-'));
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    app = await buildApp({
      db: database.db,
      files: new EvidenceFiles(evidenceDir, 1024 * 1024),
      version: 'test',
      logger: { level: 'trace', stream } as { level: string },
      authenticate: async (request) =>
        actorFor((request.headers['x-test-role'] as Role | undefined) ?? 'administrator', request.headers['x-test-clearance'] as Confidentiality | undefined),
    });
    await app.ready();
    const created = await admin.post('/api/incidents', incidentBody({ confidentiality: 'confidential' }));
    expectStatus(created, 201);
    incident = created.body;
    const res = await admin.post('/api/persons', {
      incidentId: incident.id,
      role: 'victim',
      name: secret,
      aliases: ['Zee'],
      sex: 'female',
      age: 34,
      contacts: ['+999 555 0101'],
      address: '12 Hidden Lane',
      actIds: [incident.acts[0]!.id],
      notes: 'Fled after the second visit',
    });
    expectStatus(res, 201);
    person = res.body;
    expect(res.body.identity.name).toBe(secret);
    expect(res.body.pseudonym).toBe('Victim 1');
  });

  afterAll(async () => {
    await app?.close();
    await database?.dispose();
    rmSync(evidenceDir, { recursive: true, force: true });
  });

  it('stores no identifying field in clear: the table holds ciphertexts only', async () => {
    const rows = await database.db.query<{ row: string }>('select p::text as row from persons p');
    expect(rows).toHaveLength(1);
    for (const plain of [secret, 'Zainab', 'Zee', '555 0101', 'Hidden Lane', 'Fled']) {
      expect(rows[0]!.row).not.toContain(plain);
      expect(rows[0]!.row).not.toContain(Buffer.from(plain).toString('hex'));
    }
  });

  it('audits every change without the identity: the non-identifying record and a digest', async () => {
    const entries = await database.db.query<{ action: string; after: { identityDigest?: string; identity?: unknown; role: string } }>(
      "select action, after from audit_entries where entity = 'person'",
    );
    expect(entries.map((e) => e.action)).toContain('person.create');
    const text = JSON.stringify(entries);
    expect(text).not.toContain('Zainab');
    expect(text).not.toContain('Hidden Lane');
    expect(entries[0]!.after.identityDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(entries[0]!.after.role).toBe('victim');
  });

  it.each(roles)('gives identities to %s only if the role may see them', async (role) => {
    const one = await as(role).get(`/api/persons/${person.id}`);
    const list = await as(role).get(`/api/persons?incidentId=${incident.id}`);
    if (!can(scopeFor(role), 'persons.read')) {
      expectProblem(one, 403);
      expectProblem(list, 403);
      return;
    }
    const readsIncident = role !== 'viewer'; // the incident is confidential: above a viewer's clearance
    if (!readsIncident) {
      expectProblem(one, 404);
      expectProblem(list, 404, ['incidentId']);
      expect(one.raw.toString()).not.toContain('Zainab');
      return;
    }
    expectStatus(one, 200);
    expectStatus(list, 200);
    expect(one.body.pseudonym).toBe('Victim 1');
    expect(one.body.consent.status).toBe('none');
    if (can(scopeFor(role), 'persons.read-identity')) {
      expect(one.body.identity.name).toBe(secret);
      expect(list.body.items[0].identity.contacts).toEqual(['+999 555 0101']);
    } else {
      expect(one.body.identity).toBeNull();
      expect(list.body.items[0].identity).toBeNull();
      expect(one.body.age).toBe(34);
      for (const raw of [one.raw.toString(), list.raw.toString()]) {
        expect(raw).not.toContain('Zainab');
        expect(raw).not.toContain('Hidden Lane');
      }
    }
  });

  it('finds a person by name (case, spacing, diacritics folded) only for roles that may see identities', async () => {
    const byQuery = await as('lawyer').get(`/api/persons?name=${encodeURIComponent('  zaínab   QASIMOVA')}`);
    expectStatus(byQuery, 200);
    expect(byQuery.body.items.map((p: { id: string }) => p.id)).toEqual([person.id]);
    const byAlias = await as('editor').post('/api/persons/lookup', { name: 'ZEE' });
    expect(byAlias.body.items.map((p: { id: string }) => p.id)).toEqual([person.id]);
    expect((await admin.post('/api/persons/lookup', { name: 'Zainab Qasimov' })).body.items).toEqual([]);
    expectProblem(await as('analyst').get(`/api/persons?name=${encodeURIComponent(secret)}`), 403);
    expectProblem(await as('analyst').post('/api/persons/lookup', { name: secret }), 403);
  });

  it('shows nothing of a person in an incident above the caller’s clearance, even to a role that sees identities', async () => {
    const headers = { 'x-test-role': 'lawyer', 'x-test-clearance': 'internal' };
    expectProblem(await call(app, 'GET', `/api/persons/${person.id}`, undefined, headers), 404);
    expectProblem(await call(app, 'GET', `/api/persons?incidentId=${incident.id}`, undefined, headers), 404, ['incidentId']);
    const lookup = await call(app, 'POST', '/api/persons/lookup', { name: secret }, headers);
    expectStatus(lookup, 200);
    expect(lookup.body.items).toEqual([]);
    expectProblem(await call(app, 'POST', '/api/persons', { incidentId: incident.id, role: 'witness', name: 'New' }, headers), 404, ['incidentId']);
  });

  it('answers a stale version with the current record, without its identity', async () => {
    const res = await admin.put(`/api/persons/${person.id}`, { version: person.version + 5, role: 'victim', name: secret });
    const problem = expectProblem(res, 409, ['version']);
    expect(problem.current.id).toBe(person.id);
    expect(problem.current.identity).toBeUndefined();
    expect(res.raw.toString()).not.toContain('Zainab');
  });

  it('checks that acts and information belong to the incident', async () => {
    const other = (await admin.post('/api/incidents', incidentBody())).body;
    const res = await admin.post('/api/persons', { incidentId: incident.id, role: 'witness', name: 'Someone Else', actIds: [other.acts[0].id] });
    expectProblem(res, 400, ['actIds.0']);
    expectProblem(await admin.post('/api/persons', { incidentId: incident.id, role: 'witness', name: 'X', sourceIds: [other.id] }), 400, ['sourceIds.0']);
  });

  it('records and withdraws consent, audited', async () => {
    const current = (await admin.get(`/api/persons/${person.id}`)).body;
    const given = await admin.post(`/api/persons/${person.id}/consent`, { version: current.version, scope: 'share-un', date: '2024-02-01' });
    expectStatus(given, 200);
    expect(given.body.consent).toMatchObject({ status: 'given', scope: 'share-un', givenOn: '2024-02-01', recordedBy: 'test-administrator' });
    const withdrawn = await as('lawyer').post(`/api/persons/${person.id}/consent/withdraw`, { version: given.body.version, date: '2024-03-01' });
    expectStatus(withdrawn, 200);
    expect(withdrawn.body.consent).toMatchObject({ status: 'withdrawn', withdrawnOn: '2024-03-01', withdrawnBy: 'test-lawyer' });
    expectProblem(await as('analyst').post(`/api/persons/${person.id}/consent`, { version: withdrawn.body.version, scope: 'publish', date: '2024-02-01' }), 403);
    const actions = (await database.db.query<{ action: string }>("select action from audit_entries where entity = 'person' order by id")).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['person.consent', 'person.consent-withdraw']));
  });

  it('answers a tampered ciphertext with a 500 that says nothing of the content, and logs where it failed', async () => {
    const [row] = await database.db.query<{ blob: Uint8Array }>('select address_enc as blob from persons where id = $1', [person.id]);
    const original = Buffer.from(row!.blob);
    const altered = Buffer.from(original);
    altered[altered.length - 1] = altered[altered.length - 1]! ^ 0x01;
    await database.db.query('update persons set address_enc = $2 where id = $1', [person.id, altered]);
    const res = await admin.get(`/api/persons/${person.id}`);
    expectProblem(res, 500);
    expect(res.raw.toString()).not.toContain('Zainab');
    await expect.poll(() => logLines.join('')).toContain(`the encrypted field address of person ${person.id} failed its integrity check`);
    // A role that is not given identities is not troubled by them.
    expectStatus(await as('analyst').get(`/api/persons/${person.id}`), 200);
    await database.db.query('update persons set address_enc = $2 where id = $1', [person.id, original]);
    expect((await admin.get(`/api/persons/${person.id}`)).body.identity.address).toBe('12 Hidden Lane');
  });

  it('leaves out links to acts the incident no longer has', async () => {
    const current = (await admin.get(`/api/incidents/${incident.id}`)).body;
    const edited = await admin.put(`/api/incidents/${incident.id}`, { ...incidentBody({ confidentiality: 'confidential' }), title: current.title, version: current.version, acts: [{ violationType: 'hate-speech' }] });
    expectStatus(edited, 200);
    expect((await admin.get(`/api/persons/${person.id}`)).body.actIds).toEqual([]);
  });

  it('never logs a name sent in a failing request', async () => {
    const failing = [
      await admin.post('/api/persons', { incidentId: incident.id, name: `${secret} Logged`, contacts: ['+999 555 0199'] }), // no role
      await admin.post('/api/persons', { incidentId: '00000000-0000-4000-8000-000000000000', role: 'victim', name: `${secret} Logged` }),
      await admin.put(`/api/persons/${person.id}`, { version: 999, role: 'victim', name: `${secret} Logged` }),
      await as('analyst').get(`/api/persons?name=${encodeURIComponent(`${secret} Logged`)}`),
      await as('analyst').post('/api/persons/lookup', { name: `${secret} Logged` }),
      await admin.get(`/api/persons?name=${encodeURIComponent(`${secret} Logged`)}`), // succeeds, but its URL holds the name
    ];
    expect(failing.map((r) => r.status)).toEqual([400, 404, 409, 403, 403, 200]);
    expect(logLines.length).toBeGreaterThan(0); // the logger did capture these requests
    const log = logLines.join('');
    expect(log).not.toContain('Qasimova');
    expect(log).not.toContain('Zainab');
    expect(log).not.toContain('555 0199');
  });
  it('deletes a person with their ciphertexts; the audit keeps only the record and the digest', async () => {
    const made = await admin.post('/api/persons', { incidentId: incident.id, role: 'witness', name: 'Deleted Witness' });
    expectStatus(made, 201);
    expectProblem(await call(app, 'DELETE', `/api/persons/${made.body.id}?version=9`), 409, ['version']);
    expectProblem(await call(app, 'DELETE', `/api/persons/${made.body.id}?version=1`, undefined, { 'x-test-role': 'analyst' }), 403);
    expectStatus(await call(app, 'DELETE', `/api/persons/${made.body.id}?version=1`), 204);
    expectProblem(await admin.get(`/api/persons/${made.body.id}`), 404);
    const [entry] = await database.db.query<{ before: unknown }>("select before from audit_entries where entity = 'person' and action = 'person.delete' and entity_id = $1", [made.body.id]);
    expect(JSON.stringify(entry!.before)).not.toContain('Deleted Witness');
  });
});
