import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { deviceKey, proofModeFiles, type DeviceKey } from '../../../test/proofBundle.js';
import { createContext, type RequestContext } from '../../context.js';
import { EvidenceFiles } from '../../evidence/files.js';
import { getEvidence } from '../../evidence/service.js';
import type { Attachment } from '../types.js';
import { storeAttachment } from './attachments.js';
import { readProofBundle } from './zipBundle.js';

const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('a photo of the burned shops, as a capture app signed it'), Buffer.from([0xff, 0xd9])]);

function attachmentOf(name: string, bytes: Buffer, side: Record<string, Buffer>, note?: string): Attachment {
  return {
    name,
    open: async () => Readable.from([bytes]),
    proofFiles: Object.fromEntries(Object.entries(side).map(([n, b]) => [n, async () => b])),
    ...(note ? { note } : {}),
  };
}

describe.each(engines)('imported attachments as evidence on %s', (engine) => {
  let t: TestDatabase;
  let ctx: RequestContext;
  let files: EvidenceFiles;
  let key: DeviceKey;
  const dir = mkdtempSync(join(tmpdir(), 'precursor-attach-'));
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    ctx = createContext(t.db);
    files = new EvidenceFiles(join(dir, 'evidence'), 100 * 1024 * 1024);
    key = await deviceKey();
  });
  afterAll(async () => {
    await t?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const actions = async (id: string) => (await getEvidence(ctx, id)).custody.map((c) => c.action);

  it('a verified ProofMode bundle: the file, its proof result with the key’s fingerprint, and its side files kept — in the given transaction', async () => {
    const side = { ...(await proofModeFiles(photo, 'IMG_0001.jpg', key)), 'IMG_0001.json': Buffer.from('{"tella":{"version":"2.9"}}') };
    const stored = await t.db.transaction((tx) => storeAttachment(ctx, files, attachmentOf('IMG_0001.jpg', photo, side, 'imported from ODK submission uuid:1'), { tx }));
    expect(stored.proof!.verified).toBe(true);
    expect(stored.related).toHaveLength(5);
    const evidence = await getEvidence(ctx, stored.evidenceId);
    expect(evidence.filename).toBe('IMG_0001.jpg');
    expect(evidence.mediaType).toBe('image/jpeg');
    expect(evidence.custody.map((c) => c.action)).toEqual(['imported', 'proof-verified', 'metadata-kept']);
    expect(evidence.custody[0]!.note).toBe('imported from ODK submission uuid:1');
    expect(evidence.custody[1]!.note).toContain('ProofMode proof verified');
    expect(evidence.custody[1]!.note).toContain(key.fingerprint);
    expect(evidence.custody[2]!.note).toContain('tella metadata IMG_0001.json');
    for (const id of stored.related) expect(await actions(id)).toEqual(['imported']);
    const proof = await getEvidence(ctx, stored.related[0]!);
    expect(proof.custody[0]!.note).toBe('imported from ODK submission uuid:1, beside IMG_0001.jpg');
  });

  it('a tampered file joins the chain with the failed checks named; importing the same bytes again adds to its chain', async () => {
    const side = await proofModeFiles(photo, 'IMG_0002.jpg', key);
    const tampered = Buffer.concat([photo, Buffer.from('!')]);
    const stored = await storeAttachment(ctx, files, attachmentOf('IMG_0002.jpg', tampered, side));
    expect(stored.proof!.verified).toBe(false);
    const evidence = await getEvidence(ctx, stored.evidenceId);
    expect(evidence.custody.map((c) => c.action)).toEqual(['imported', 'proof-failed', 'metadata-kept']);
    expect(evidence.custody[1]!.note).toMatch(/NOT verified \(hash, media-signature failed\)/);
    const again = await storeAttachment(ctx, files, attachmentOf('IMG_0002.jpg', tampered, {}, 'imported from ODK submission uuid:2'));
    expect(again.evidenceId).toBe(stored.evidenceId);
    expect(await actions(stored.evidenceId)).toEqual(['imported', 'proof-failed', 'metadata-kept', 'imported-again']);
  });

  it('a file without side files is stored with its origin only', async () => {
    const stored = await storeAttachment(ctx, files, attachmentOf('note.txt', Buffer.from('plain text evidence'), {}, 'imported from ODK submission uuid:3'));
    expect(stored.proof).toBeNull();
    expect(await actions(stored.evidenceId)).toEqual(['imported']);
  });

  it('a transaction that rolls back leaves no record (the bytes stay content-addressed on disk, harmless)', async () => {
    const bytes = Buffer.from('rolled back');
    let id = '';
    await expect(
      t.db.transaction(async (tx) => {
        id = (await storeAttachment(ctx, files, attachmentOf('x.txt', bytes, {}), { tx })).evidenceId;
        throw new Error('the batch failed');
      }),
    ).rejects.toThrow('the batch failed');
    await expect(getEvidence(ctx, id)).rejects.toThrow(/does not exist/);
  });

  it('a ProofMode share (ZIP) read as attachments, each with its side files', async () => {
    const zip = new yazl.ZipFile();
    const third = Buffer.concat([photo, Buffer.from('3')]);
    zip.addBuffer(third, 'IMG_0003.jpg');
    for (const [name, bytes] of Object.entries(await proofModeFiles(third, 'IMG_0003.jpg', key, { hashNamed: true }))) zip.addBuffer(bytes, name);
    zip.end();
    const chunks: Buffer[] = [];
    for await (const c of zip.outputStream) chunks.push(c as Buffer);
    const path = join(dir, 'proofmode.zip');
    writeFileSync(path, Buffer.concat(chunks));
    const [attachment, ...rest] = await readProofBundle(path);
    expect(rest).toHaveLength(0);
    expect(attachment!.name).toBe('IMG_0003.jpg');
    expect(Object.keys(attachment!.proofFiles!)).toHaveLength(4);
    const stored = await storeAttachment(ctx, files, attachment!);
    expect(stored.proof!.verified).toBe(true);
    expect((await getEvidence(ctx, stored.evidenceId)).custody[0]!.note).toBe('imported from capture bundle proofmode.zip');
  });
});
