import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openActorsApi, type ActorsApi, type As } from '../../test/actors.js';
import { incidentBody, multipart } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * Evidence through the door: a file's metadata, custody, content and verification are given
 * only to a caller who may read a live incident it is linked to, or — to roles that may add
 * evidence — when it is linked to none. Anyone else gets the 404 of a missing file.
 */
describe.each(engines)('evidence through the door on %s', (engine) => {
  let api: ActorsApi;
  const ids = { public: '', eastSecret: '', unlinked: '', ofDeleted: '' };
  const bytes = { eastSecret: Buffer.alloc(0) };

  const uploadAs = async (as: As, content: Buffer, filename: string, description = '') => {
    const { payload, headers } = multipart([
      { name: 'description', content: description },
      { name: 'file', filename, contentType: 'application/octet-stream', content },
    ]);
    return api.send(as, { method: 'POST', url: '/api/evidence', payload, headers });
  };
  const incidentWith = async (evidenceId: string, over: Record<string, unknown>) => {
    const res = await api.post('administrator', '/api/incidents', incidentBody({ evidenceIds: [evidenceId], ...over }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    api = await openActorsApi(engine);
    const up = async (filename: string) => {
      const content = randomBytes(64);
      const res = await uploadAs('administrator', content, filename, `about ${filename}`);
      expect(res.status).toBe(201);
      return { id: res.body.id as string, content };
    };
    const pub = await up('market.jpg');
    const secret = await up('witness-statement.pdf');
    const unlinked = await up('unsorted.bin');
    const ofDeleted = await up('withdrawn.png');
    ids.public = pub.id;
    ids.eastSecret = secret.id;
    ids.unlinked = unlinked.id;
    ids.ofDeleted = ofDeleted.id;
    bytes.eastSecret = secret.content;
    await incidentWith(pub.id, { confidentiality: 'public' });
    await incidentWith(secret.id, { confidentiality: 'strictly-confidential', teams: ['east'] });
    const deleted = await incidentWith(ofDeleted.id, { confidentiality: 'public' });
    expect((await api.del('administrator', `/api/incidents/${deleted.id}?version=${deleted.version}`)).status).toBe(200);
  });
  afterAll(async () => {
    await api?.close();
  });

  /** For each file: whether `as` may read its metadata (200) or is told it does not exist (404). */
  const visibleTo = async (as: As) => {
    const out: Record<string, number> = {};
    for (const [name, id] of Object.entries(ids)) out[name] = (await api.get(as, `/api/evidence/${id}`)).status;
    return out;
  };

  it('shows a file to those who may read a live incident it is linked to, and unlinked files to those who may add evidence', async () => {
    expect(await visibleTo('administrator')).toEqual({ public: 200, eastSecret: 200, unlinked: 200, ofDeleted: 200 });
    expect(await visibleTo('viewer')).toEqual({ public: 200, eastSecret: 404, unlinked: 404, ofDeleted: 404 });
    // The right level without the team, or the team without the level, is not enough.
    expect(await visibleTo({ role: 'analyst', teams: ['east'] })).toEqual({ public: 200, eastSecret: 404, unlinked: 404, ofDeleted: 404 });
    expect(await visibleTo({ role: 'lawyer', teams: ['west'] })).toEqual({ public: 200, eastSecret: 404, unlinked: 404, ofDeleted: 404 });
    expect(await visibleTo({ role: 'lawyer', teams: ['east'] })).toEqual({ public: 200, eastSecret: 200, unlinked: 404, ofDeleted: 404 });
    // An editor adds evidence before linking it: files linked to no live incident are theirs to see.
    expect(await visibleTo({ role: 'editor', teams: ['west'] })).toEqual({ public: 200, eastSecret: 404, unlinked: 200, ofDeleted: 200 });
  });

  it('refuses the content, the verification and the list alike, and records no custody event for a refusal', async () => {
    const custodyBefore = (await api.get('administrator', `/api/evidence/${ids.eastSecret}`)).body.custody.length;
    for (const as of ['viewer', { role: 'analyst', teams: ['east'] }] as As[]) {
      const content = await api.get(as, `/api/evidence/${ids.eastSecret}/content`);
      expect(content.status).toBe(404);
      expect(content.raw.includes(bytes.eastSecret)).toBe(false);
      expect((await api.post(as, `/api/evidence/${ids.eastSecret}/verify`)).status).toBe(404);
      const list = await api.get(as, `/api/evidence?id=${ids.public},${ids.eastSecret},${ids.unlinked}`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((e: { id: string }) => e.id)).toEqual([ids.public]);
    }
    // The 404 reads as for an id that names nothing.
    const missing = await api.get('viewer', '/api/evidence/00000000-0000-4000-8000-000000000000');
    const refused = await api.get('viewer', `/api/evidence/${ids.eastSecret}`);
    expect(refused.body.type).toBe(missing.body.type);
    expect(refused.body.title).toBe(missing.body.title);
    expect((await api.get('administrator', `/api/evidence/${ids.eastSecret}`)).body.custody).toHaveLength(custodyBefore);

    const allowed = await api.get({ role: 'lawyer', teams: ['east'] }, `/api/evidence/${ids.eastSecret}/content`);
    expect(allowed.status).toBe(200);
    expect(allowed.raw.equals(bytes.eastSecret)).toBe(true);
  });

  it('refuses to link a file the writer may not read, as if it did not exist', async () => {
    const editor: As = { role: 'editor', teams: ['west'] };
    const refused = await api.post(editor, '/api/incidents', incidentBody({ evidenceIds: [ids.eastSecret] }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'evidenceIds.0', code: 'not-found' })]);
    expect((await api.post(editor, '/api/incidents', incidentBody({ evidenceIds: [ids.public, ids.unlinked] }))).status).toBe(201);
  });

  it('never gives the public or an anonymous visitor any evidence', async () => {
    expect((await api.get('public', `/api/evidence/${ids.public}`)).status).toBe(403);
    expect((await api.get('anonymous', `/api/evidence/${ids.public}/content`)).status).toBe(401);
  });

  it('tells an uploader of a file already on record its id, but not what others named it, said or did with it', async () => {
    const editor: As = { role: 'editor', teams: ['west'] };
    const res = await uploadAs(editor, bytes.eastSecret, 'copy.pdf', 'my copy');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: ids.eastSecret, filename: 'copy.pdf', description: 'my copy', createdBy: 'test-editor-west' });
    expect(JSON.stringify(res.body)).not.toContain('witness-statement');
    expect(res.body.custody.map((c: { actor: string; action: string }) => [c.actor, c.action])).toEqual([['test-editor-west', 'uploaded-again']]);
    // The record itself is unchanged, and the administrator sees the new custody event.
    const stored = await api.get('administrator', `/api/evidence/${ids.eastSecret}`);
    expect(stored.body.filename).toBe('witness-statement.pdf');
    expect(stored.body.custody.at(-1)).toMatchObject({ actor: 'test-editor-west', action: 'uploaded-again' });
  });
});
