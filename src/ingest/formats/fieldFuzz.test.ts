import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import type { FormatProfile } from '../types.js';
import { koboProfile } from './kobo.js';
import { odkProfile } from './odk.js';

/**
 * Damaged exports (bytes flipped, cut short) are read to the end or refused with a clear
 * problem — never a crash, a foreign error or a hang. Seeded, so a failure replays; a case it
 * finds is kept below as its own test.
 */
const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'precursor-fieldfuzz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return (n: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

async function outcome(profile: FormatProfile, path: string): Promise<'read' | 'refused'> {
  const run = async () => {
    const table = await profile.open({ path, name: 'damaged', size: 0 }, {});
    for await (const _ of table.records) void _;
    return 'read' as const;
  };
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('hung for 10 s')), 10_000).unref());
  try {
    return await Promise.race([run(), timeout]);
  } catch (err) {
    if (err instanceof DomainError) return 'refused';
    throw err;
  }
}

function damage(bytes: Buffer, seed: number): Buffer {
  const next = random(seed);
  const copy = Buffer.from(bytes);
  if (next(4) === 0) return copy.subarray(0, next(copy.length));
  for (let i = 0, n = 1 + next(8); i < n; i++) copy[next(copy.length)] = next(256);
  return copy;
}

describe.each([
  ['ODK ZIP', odkProfile, 'odk/incident_report.zip'],
  ['Kobo XLSX', koboProfile, 'kobo/incident-report.xlsx'],
] as const)('damaged %s', (_name, profile, fixture) => {
  const original = readFileSync(join(fixtures, fixture));
  // FIELD_FUZZ_RUNS=1000 for a longer search; 60 in the suite.
  const runs = Number(process.env.FIELD_FUZZ_RUNS ?? 60);
  it(`is read or refused with a reason, for ${runs} seeded damages`, async () => {
    const seen = { read: 0, refused: 0 };
    for (let seed = 1; seed <= runs; seed++) {
      const path = join(tmp, `${seed}-${fixture.replace('/', '-')}`);
      writeFileSync(path, damage(original, seed));
      const result = await outcome(profile, path).catch((err: Error) => {
        throw new Error(`seed ${seed}: ${err.stack ?? err.message}`);
      });
      seen[result] += 1;
    }
    expect(seen.read + seen.refused).toBe(runs);
  }, 600_000);
});

describe('damaged exports found by the search above', () => {
  it('Kobo XLSX, seed 11: bytes flipped inside a member’s compressed data stalled the workbook reader; now refused before it', async () => {
    const path = join(tmp, 'seed-11.xlsx');
    writeFileSync(path, damage(readFileSync(join(fixtures, 'kobo/incident-report.xlsx')), 11));
    await expect(koboProfile.open({ path, name: 'seed-11.xlsx', size: 0 }, {})).rejects.toThrow(/cannot be read to its end|is damaged/);
  });
});
