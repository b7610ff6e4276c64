import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../http/app.js';
import {
  auditOf,
  call,
  elfHeader,
  expectProblem,
  expectStatus,
  filesUnder,
  get,
  incidentBody,
  multipart,
  post,
  put,
  rowCounts,
  seed,
  tinyPng,
  upload,
  openTestApi,
  type TestApi,
} from '../../test/api.js';
import { engines } from '../../test/databases.js';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Evidence over HTTP: multipart uploads kept by SHA-256 with a sniffed media type, the
 * same file stored once with a custody event per handling, downloads that give back the
 * same bytes, limits on size and type that leave nothing behind, and links from incidents.
 */
describe.each(engines)('evidence API on %s', (engine) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('upload and download', () => {
    let png: any;

    it('stores an upload by its SHA-256 and sniffs its type from the bytes, not the name (201)', async () => {
      const res = await upload(t.app, tinyPng, 'photo-from-the-market.txt', { description: 'Photo of the burned stall', contentType: 'text/plain' });
      expectStatus(res, 201);
      png = res.body;
      expect(png).toMatchObject({
        sha256: sha256(tinyPng),
        sizeBytes: tinyPng.length,
        mediaType: 'image/png',
        filename: 'photo-from-the-market.txt',
        description: 'Photo of the burned stall',
        createdBy: 'local',
      });
      expect(png.custody).toEqual([expect.objectContaining({ action: 'uploaded', actor: 'local' })]);
      // The file is kept under its hash, byte for byte.
      const stored = t.files.pathOf(png.sha256);
      expect(readFileSync(stored).equals(tinyPng)).toBe(true);
      expect(filesUnder(t.evidenceDir).filter((f) => !f.startsWith('tmp'))).toEqual([stored.slice(t.evidenceDir.length + 1)]);

      const audit = await auditOf(t.app, 'evidence', png.id);
      expect(audit.map((a) => a.action)).toEqual(['evidence.create']);
      expect((await get(t.app, `/api/evidence/${png.id}`)).body).toEqual(png);
    });

    it('answers the same bytes again with the same record (200) and a second custody event', async () => {
      const before = await rowCounts(t.db);
      const res = await upload(t.app, tinyPng, 'copy.png');
      expectStatus(res, 200);
      expect(res.body.id).toBe(png.id);
      expect(res.body).toMatchObject({ sha256: png.sha256, filename: 'photo-from-the-market.txt', description: 'Photo of the burned stall' });
      expect(res.body.custody.map((c: { action: string }) => c.action)).toEqual(['uploaded', 'uploaded-again']);
      expect(res.body.custody[1].note).toContain('copy.png');
      const after = await rowCounts(t.db);
      expect(after.evidence).toBe(before.evidence);
      expect(after.custody_events).toBe(before.custody_events + 1);
      expect(filesUnder(t.evidenceDir).filter((f) => !f.startsWith('tmp'))).toHaveLength(1);
    });

    it('downloads the same bytes with their type, and records the download', async () => {
      const res = await get(t.app, `/api/evidence/${png.id}/content`);
      expectStatus(res, 200);
      expect(res.raw.equals(tinyPng)).toBe(true);
      expect(String(res.headers['content-type'])).toMatch(/^image\/png/);
      expect(Number(res.headers['content-length'])).toBe(tinyPng.length);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['etag']).toBe(`"${png.sha256}"`);
      expect(res.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(tinyPng).digest('base64')}:`);
      expect(String(res.headers['content-disposition'])).toContain('attachment');
      expect(String(res.headers['content-disposition'])).toContain('photo-from-the-market.txt');

      const read = await get(t.app, `/api/evidence/${png.id}`);
      expect(read.body.custody.map((c: { action: string }) => c.action)).toEqual(['uploaded', 'uploaded-again', 'downloaded']);
      expectProblem(await get(t.app, `/api/evidence/${randomUUID()}/content`), 404);
    });

    it('proves a stored file intact, and notices when its bytes were changed, each in the chain of custody', async () => {
      const ok = await post(t.app, `/api/evidence/${png.id}/verify`);
      expectStatus(ok, 200);
      expect(ok.body.intact).toBe(true);
      expect(ok.body.evidence.custody.at(-1)).toMatchObject({ action: 'verified', note: expect.stringContaining('match') });

      const path = t.files.pathOf(png.sha256);
      const original = readFileSync(path);
      writeFileSync(path, Buffer.concat([original, Buffer.from('tampered')]));
      try {
        const bad = await post(t.app, `/api/evidence/${png.id}/verify`);
        expectStatus(bad, 200);
        expect(bad.body.intact).toBe(false);
        expect(bad.body.evidence.custody.at(-1)).toMatchObject({ action: 'verified', note: expect.stringContaining('does not match') });
      } finally {
        writeFileSync(path, original);
      }
      expectProblem(await post(t.app, `/api/evidence/${randomUUID()}/verify`), 404);
    });

    it('stores the same new file once when it is uploaded several times at once', async () => {
      // Two monitors sending the same photo at the same moment: one record, no error.
      for (let round = 0; round < 5; round++) {
        const bytes = Buffer.from(`the same statement, round ${round}, ${randomUUID()}`);
        const before = await rowCounts(t.db);
        const answers = await Promise.all([upload(t.app, bytes, 'a.txt'), upload(t.app, bytes, 'b.txt'), upload(t.app, bytes, 'c.txt')]);
        expect(answers.map((a) => a.status).sort(), JSON.stringify(answers.map((a) => a.body.detail ?? a.status))).toEqual([200, 200, 201]);
        expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
        const after = await rowCounts(t.db);
        expect(after.evidence).toBe(before.evidence + 1);
        expect(after.custody_events).toBe(before.custody_events + 3);
      }
    });

    it('takes text as text/plain and unknown bytes as application/octet-stream', async () => {
      const text = Buffer.from('Witness statement, 14 May 2023.\nThe stall was burned at night.\n');
      const asText = await upload(t.app, text, 'statement.pdf', { contentType: 'application/pdf' });
      expectStatus(asText, 201);
      expect(asText.body).toMatchObject({ mediaType: 'text/plain', sha256: sha256(text), sizeBytes: text.length });
      const binary = Buffer.from([0x00, 0x01, 0x02, 0x03, 0xfe, 0xff, 0x10, 0x11]);
      const asBinary = await upload(t.app, binary, 'blob.png', { contentType: 'image/png' });
      expectStatus(asBinary, 201);
      expect(asBinary.body.mediaType).toBe('application/octet-stream');
      const download = await get(t.app, `/api/evidence/${asBinary.body.id}/content`);
      expect(download.raw.equals(binary)).toBe(true);
    });
  });

  describe('refused uploads leave nothing behind', () => {
    let small: { app: App; evidenceDir: string };
    beforeAll(async () => {
      small = await t.withMaxBytes(1024);
    });

    it('a file over the limit: 413 naming file, no row, no stored file', async () => {
      const before = await rowCounts(t.db);
      const big = Buffer.alloc(5000, 'x');
      const res = await upload(small.app, big, 'big.txt');
      expectProblem(res, 413, ['file']);
      expect(await rowCounts(t.db)).toEqual(before);
      expect(filesUnder(small.evidenceDir)).toEqual([]);
      // One byte over is over; exactly the limit is not.
      expectProblem(await upload(small.app, Buffer.alloc(1025, 'y'), 'just-over.txt'), 413, ['file']);
      expect(await rowCounts(t.db)).toEqual(before);
      expect(filesUnder(small.evidenceDir)).toEqual([]);
      const exact = await upload(small.app, Buffer.alloc(1024, 'z'), 'exact.txt');
      expectStatus(exact, 201);
      expect(exact.body.sizeBytes).toBe(1024);
    });

    it('an executable: 415, no row, no stored file', async () => {
      const before = await rowCounts(t.db);
      const res = await upload(t.app, elfHeader, 'invoice.pdf', { contentType: 'application/pdf' });
      expectProblem(res, 415, ['file']);
      expect(await rowCounts(t.db)).toEqual(before);
      expect(existsSync(t.files.pathOf(sha256(elfHeader)))).toBe(false);
      expect(filesUnder(t.evidenceDir).filter((f) => f.startsWith('tmp'))).toEqual([]);
    });

    it('an empty file, a request without a file, or a body that is not multipart', async () => {
      const before = await rowCounts(t.db);
      expectProblem(await upload(t.app, Buffer.alloc(0), 'empty.txt'), 400, ['file']);
      const onlyDescription = multipart([{ name: 'description', content: 'no file here' }]);
      expectProblem(await call(t.app, 'POST', '/api/evidence', onlyDescription.payload, onlyDescription.headers), 400, ['file']);
      expectProblem(await post(t.app, '/api/evidence', { file: 'aGVsbG8=' }), 415);
      expect(await rowCounts(t.db)).toEqual(before);
    });
  });

  describe('evidence on incidents', () => {
    it('links evidence to an incident through evidenceIds', async () => {
      const photo = Buffer.from('%PDF-1.4\n% a small report\n');
      const first = await upload(t.app, photo, 'report.pdf');
      expectStatus(first, 201);
      const png = await upload(t.app, tinyPng, 'again.png');
      expectStatus(png, 200);
      const group = await seed.group(t.app);

      const created = await post(t.app, '/api/incidents', incidentBody({ acts: [{ violationType: 'arson', groupId: group.id }], evidenceIds: [first.body.id, png.body.id, first.body.id] }));
      expectStatus(created, 201);
      expect([...created.body.evidenceIds].sort()).toEqual([first.body.id, png.body.id].sort());
      const read = await get(t.app, `/api/incidents/${created.body.id}`);
      expect([...read.body.evidenceIds].sort()).toEqual([first.body.id, png.body.id].sort());

      // An edit can drop one.
      const edited = await put(t.app, `/api/incidents/${created.body.id}`, {
        ...incidentBody({ title: created.body.title, acts: [{ violationType: 'arson', groupId: group.id }], evidenceIds: [png.body.id] }),
        version: 1,
      });
      expectStatus(edited, 200);
      expect(edited.body.evidenceIds).toEqual([png.body.id]);
    });

    it('reads several evidence records in one request, with their chains of custody, in the order asked', async () => {
      const a = (await upload(t.app, Buffer.from(`first ${randomUUID()}`), 'first.txt')).body;
      const b = (await upload(t.app, Buffer.from(`second ${randomUUID()}`), 'second.txt')).body;
      const res = await get(t.app, `/api/evidence?id=${b.id},${a.id},${randomUUID()}`);
      expectStatus(res, 200);
      // An unknown id is left out, not an error: a page resolving names shows what exists.
      expect(res.body.items.map((e: { filename: string }) => e.filename)).toEqual(['second.txt', 'first.txt']);
      expect(res.body.items[0].custody).toEqual([expect.objectContaining({ action: 'uploaded' })]);
      expectProblem(await get(t.app, '/api/evidence?id=not-a-uuid'), 400, ['id.0']);
      expectProblem(await get(t.app, '/api/evidence'), 400, ['id']);
    });

    it('refuses evidence that does not exist, naming evidenceIds.N, and writes nothing', async () => {
      const known = (await upload(t.app, Buffer.from('known evidence'), 'known.txt')).body.id;
      const before = await rowCounts(t.db);
      const res = await post(t.app, '/api/incidents', incidentBody({ evidenceIds: [randomUUID()] }));
      expectProblem(res, 400, ['evidenceIds.0']);
      const second = await post(t.app, '/api/incidents', incidentBody({ evidenceIds: [known, randomUUID()] }));
      const p = expectProblem(second, 400, ['evidenceIds.1']);
      expect(p.errors!.map((e) => e.field)).not.toContain('evidenceIds.0');
      expectProblem(await post(t.app, '/api/incidents', incidentBody({ evidenceIds: ['not-a-uuid'] })), 400, ['evidenceIds.0']);
      expect(await rowCounts(t.db)).toEqual(before);
    });
  });
});
