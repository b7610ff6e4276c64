import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFiles } from './files.js';

describe('ImportFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'precursor-import-files-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('streams an upload to its file with its size and SHA-256', async () => {
    const files = new ImportFiles(root, 1024);
    const saved = await files.save(Readable.from([Buffer.from('title\n'), Buffer.from('x\n')]));
    expect(saved.sizeBytes).toBe(8);
    expect(saved.sha256).toBe('0a23f33da2079a112418ef5c60f4f494165e2c282079e2407fc64f507b29dc68');
    expect(await files.exists(saved.id)).toBe(true);
  });

  it('refuses a file over the limit and leaves nothing behind', async () => {
    const dir = mkdtempSync(join(root, 'limit-'));
    const files = new ImportFiles(dir, 4);
    await expect(files.save(Readable.from([Buffer.from('12345')]))).rejects.toMatchObject({ code: 'too-large' });
    expect(await files.removeStaleUploads()).toEqual([]);
  });

  it('removes half-written uploads and those older than the days kept', async () => {
    const dir = mkdtempSync(join(root, 'stale-'));
    const files = new ImportFiles(dir, 1024);
    mkdirSync(join(dir, 'uploads'));
    for (const name of ['fresh', 'old', 'cut.part']) writeFileSync(join(dir, 'uploads', name), 'x');
    const eightDaysAgo = (Date.now() - 8 * 86_400_000) / 1000;
    utimesSync(join(dir, 'uploads', 'old'), eightDaysAgo, eightDaysAgo);
    expect((await files.removeStaleUploads(7)).sort()).toEqual(['cut.part', 'old']);
    expect(existsSync(join(dir, 'uploads', 'fresh'))).toBe(true);
  });
});
