import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { EvidenceFiles } from './files.js';

/**
 * The content-addressed store says whether a call put the bytes on disk (`created`), and removes
 * a file with the directories it leaves empty — what an import that refuses a row relies on to
 * leave nothing behind (src/ingest/write/evidence.ts).
 */
describe('EvidenceFiles', () => {
  const root = mkdtempSync(join(tmpdir(), 'precursor-evidence-files-'));
  const files = new EvidenceFiles(root, 1024 * 1024);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const bytes = (text: string) => Readable.from([Buffer.from(text)]);

  it('reports created for the first store of some bytes only', async () => {
    const first = await files.store(bytes('a witness statement, typed'));
    expect(first.created).toBe(true);
    const again = await files.store(bytes('a witness statement, typed'));
    expect(again).toEqual({ ...first, created: false });
    expect(existsSync(files.pathOf(first.sha256))).toBe(true);
  });

  it('removes a file, and the directories it leaves empty; a directory another file is in stays', async () => {
    const a = await files.store(bytes('first file to remove'));
    await files.remove(a.sha256);
    expect(existsSync(files.pathOf(a.sha256))).toBe(false);
    expect(existsSync(join(root, a.sha256.slice(0, 2)))).toBe(false);
    // Two files under one directory: removing one keeps the other and its directory.
    const kept = await files.store(bytes('a file that stays'));
    const dir = join(files.pathOf(kept.sha256), '..');
    let other: string | undefined;
    for (let i = 0; !other; i++) {
      const s = await files.store(bytes(`candidate ${i}`));
      if (s.sha256.slice(0, 2) === kept.sha256.slice(0, 2)) other = s.sha256;
      else await files.remove(s.sha256);
    }
    await files.remove(other);
    expect(existsSync(files.pathOf(kept.sha256))).toBe(true);
    expect(readdirSync(join(dir, '..')).length).toBeGreaterThan(0);
    // Removing what is not there is not an error.
    await files.remove(other);
  });
});
