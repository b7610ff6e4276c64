import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, expectStatus, get, multipart, call, openTestApi, rowCounts, upload, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * The stored file is the evidence only while its bytes hash to the recorded SHA-256: a
 * changed or missing file is never served as if it were, and every such finding joins the
 * chain of custody. A HEAD records nothing; each uploader of the same bytes keeps their own
 * file name and description; nothing is stored cut.
 */
describe.each(engines)('evidence integrity on %s', (engine) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(engine);
  });
  afterAll(async () => t?.close());

  const fresh = async (bytes = randomBytes(200_000)) => {
    const res = await upload(t.app, bytes, 'scan.bin', { description: 'first' });
    expectStatus(res, 201);
    return { id: res.body.id as string, sha256: res.body.sha256 as string, bytes };
  };
  const custody = async (id: string) => ((await get(t.app, `/api/evidence/${id}`)).body.custody as { action: string; filename: string | null; description: string | null }[]).map((c) => c.action);

  it('a file whose bytes changed on disk (same size) is never delivered whole, and the mismatch is recorded', async () => {
    const { id, sha256, bytes } = await fresh();
    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 10]! ^= 0xff;
    writeFileSync(t.files.pathOf(sha256), tampered);
    const res = await t.app.inject({ method: 'GET', url: `/api/evidence/${id}/content` }).catch((err: Error) => err);
    // The transfer fails before its end: never the full body with the recorded digest.
    if (!(res instanceof Error)) expect(res.rawPayload.equals(tampered)).toBe(false);
    await expect.poll(() => custody(id)).toContain('integrity-failed');
  });

  it('a file whose size changed is refused before a byte is sent: 409 with its own type, recorded', async () => {
    const { id, sha256, bytes } = await fresh();
    writeFileSync(t.files.pathOf(sha256), bytes.subarray(1));
    const res = await call(t.app, 'GET', `/api/evidence/${id}/content`);
    expectProblem(res, 409);
    expect(res.body.type).toBe('urn:precursor:problem:integrity');
    expect(res.headers.etag).toBeUndefined();
    expect(await custody(id)).toEqual(['uploaded', 'integrity-failed']);
  });

  it('a missing file is a 410 problem, not a 500, and is recorded', async () => {
    const { id, sha256 } = await fresh();
    rmSync(t.files.pathOf(sha256));
    const res = await call(t.app, 'GET', `/api/evidence/${id}/content`);
    expectProblem(res, 410);
    expect(res.body.type).toBe('urn:precursor:problem:gone');
    expect(await custody(id)).toEqual(['uploaded', 'missing']);
  });

  it('an intact file is delivered whole with its digest; a HEAD gives its headers and records nothing', async () => {
    const { id, sha256, bytes } = await fresh();
    const head = await t.app.inject({ method: 'HEAD', url: `/api/evidence/${id}/content` });
    expect(head.statusCode).toBe(200);
    expect(head.headers.etag).toBe(`"${sha256}"`);
    expect(Number(head.headers['content-length'])).toBe(bytes.length);
    expect(await custody(id)).toEqual(['uploaded']);
    const res = await t.app.inject({ method: 'GET', url: `/api/evidence/${id}/content` });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(await custody(id)).toEqual(['uploaded', 'downloaded']);
  });

  it('a second uploader of the same bytes keeps their own file name and description in the chain', async () => {
    const bytes = randomBytes(5000);
    await upload(t.app, bytes, 'first-name.bin', { description: 'as the first monitor saw it' });
    const again = await upload(t.app, bytes, 'second-name.bin', { description: 'the same video, sent by a witness' });
    expectStatus(again, 200);
    expect(again.body.filename).toBe('first-name.bin');
    expect(again.body.custody).toEqual([
      expect.objectContaining({ action: 'uploaded', filename: 'first-name.bin', description: 'as the first monitor saw it' }),
      expect.objectContaining({ action: 'uploaded-again', filename: 'second-name.bin', description: 'the same video, sent by a witness' }),
    ]);
  });

  it('an over-long description or file name is refused naming the field, and nothing is stored', async () => {
    const before = await rowCounts(t.db);
    for (const [description, name, field] of [
      ['x'.repeat(5001), 'ok.bin', 'description'],
      ['y'.repeat(200_000), 'ok.bin', 'description'], // past the parser's field limit: cut there, so refused
      ['fine', `${'n'.repeat(300)}.bin`, 'filename'],
    ] as const) {
      const res = await upload(t.app, randomBytes(100), name, { description });
      const p = expectProblem(res, 400, [field]);
      expect(p.errors!.find((e) => e.field === field)!.code).toBe('too-long');
    }
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('uploads a crash left half-written are removed at start-up', async () => {
    const tmp = join(t.evidenceDir, 'tmp');
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, 'c0ffee-partial'), randomBytes(1000));
    writeFileSync(join(tmp, 'another-partial'), randomBytes(10));
    expect(await t.files.removePartialUploads()).toBe(2);
    expect(existsSync(tmp) ? readdirSync(tmp) : []).toEqual([]);
    // Uploads keep working afterwards.
    expectStatus(await upload(t.app, randomBytes(300), 'after.bin'), 201);
  });

  it('a multipart description is a body field like any other: a NUL in it is refused', async () => {
    const { payload, headers } = multipart([
      { name: 'description', content: 'a\u0000b' },
      { name: 'file', filename: 'x.bin', contentType: 'application/octet-stream', content: randomBytes(10) },
    ]);
    expectProblem(await call(t.app, 'POST', '/api/evidence', payload, headers), 400, ['description']);
  });
});
