import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { deviceKey, detachedSignature, proofModeFiles, sha256, type DeviceKey } from '../../../test/proofBundle.js';
import { proofSideFiles } from './bundle.js';
import { verifyProofMode } from './proofmode.js';
import { captureMetadata } from './sidecar.js';

const media = Buffer.from('pretend these are the bytes of a photo taken in Mirrow market');

const verify = (bytes: Buffer, files: Record<string, Buffer>, name = 'IMG_0001.jpg') =>
  verifyProofMode({ mediaName: name, sha256: sha256(bytes), openMedia: () => Readable.from([bytes]), files });

describe('ProofMode verification', () => {
  let key: DeviceKey;
  let other: DeviceKey;
  beforeAll(async () => {
    [key, other] = await Promise.all([deviceKey('monitor'), deviceKey('someone else')]);
  });

  it('a whole bundle is verified: hash, the media’s signature and the proof’s, with the key’s fingerprint', async () => {
    const result = await verify(media, await proofModeFiles(media, 'IMG_0001.jpg', key));
    expect(result.checks.map((c) => [c.check, c.ok])).toEqual([
      ['hash', true],
      ['media-signature', true],
      ['proof-signature', true],
    ]);
    expect(result.verified).toBe(true);
    expect(result.fingerprint).toBe(key.fingerprint);
    expect(result.proofFile).toBe('IMG_0001.jpg.proof.csv');
    expect(result.metadata['Location.Latitude']).toBe('-31.4521');
  });

  it('side files named by the media’s SHA-256 (recent ProofMode) are found too', async () => {
    const result = await verify(media, await proofModeFiles(media, 'IMG_0001.jpg', key, { hashNamed: true }));
    expect(result.verified).toBe(true);
    expect(result.proofFile).toBe(`${sha256(media)}.proof.csv`);
  });

  it('a tampered file fails the hash and its signature', async () => {
    const files = await proofModeFiles(media, 'IMG_0001.jpg', key);
    const tampered = Buffer.from(media);
    tampered[3]! ^= 1;
    const result = await verify(tampered, files);
    expect(result.verified).toBe(false);
    expect(result.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['hash', 'media-signature']);
    expect(result.checks[0]!.message).toContain('changed after it was signed');
  });

  it('a bad signature (of other bytes) fails that check alone', async () => {
    const files = await proofModeFiles(media, 'IMG_0001.jpg', key);
    files['IMG_0001.jpg.asc'] = await detachedSignature(Buffer.from('another photo'), key);
    const result = await verify(media, files);
    expect(result.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['media-signature']);
  });

  it('a proof edited after signing fails the proof’s signature', async () => {
    const files = await proofModeFiles(media, 'IMG_0001.jpg', key);
    files['IMG_0001.jpg.proof.csv'] = Buffer.from(files['IMG_0001.jpg.proof.csv']!.toString().replace('-31.4521', '-31.9999'));
    const result = await verify(media, files);
    expect(result.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['proof-signature']);
  });

  it('signatures by another key than the bundle’s fail, naming the key', async () => {
    const files = await proofModeFiles(media, 'IMG_0001.jpg', other);
    files['pubkey.asc'] = Buffer.from(key.publicArmored);
    const result = await verify(media, files);
    expect(result.verified).toBe(false);
    expect(result.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['media-signature', 'proof-signature']);
    expect(result.fingerprint).toBe(key.fingerprint);
  });

  it('no key, a broken key, no proof: each a failed check, never a throw', async () => {
    const files = await proofModeFiles(media, 'IMG_0001.jpg', key);
    delete files['pubkey.asc'];
    expect((await verify(media, files)).checks.map((c) => c.check + ':' + c.ok)).toEqual(['hash:true', 'key:false', 'media-signature:false', 'proof-signature:false']);
    files['pubkey.asc'] = Buffer.from('-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nnot a key\n-----END PGP PUBLIC KEY BLOCK-----\n');
    expect((await verify(media, files)).checks.find((c) => c.check === 'key')!.message).toContain('not an OpenPGP public key');
    const none = await verify(media, { 'pubkey.asc': Buffer.from(key.publicArmored) });
    expect(none.verified).toBe(false);
    expect(none.checks).toEqual([{ check: 'proof', ok: false, message: 'no IMG_0001.jpg.proof.csv in the bundle' }]);
    const garbled = await verify(media, { ...files, 'IMG_0001.jpg.proof.csv': Buffer.from('"unbalanced\n') });
    expect(garbled.checks[0]!.check).toBe('hash');
    expect(garbled.checks[0]!.ok).toBe(false);
  });

  it('finds side files by the capture apps’ names, and keeps Tella / eyeWitness metadata whatever its fields', () => {
    const names = ['dcim/IMG_0001.jpg', 'dcim/IMG_0001.jpg.proof.csv', 'dcim/IMG_0001.jpg.asc', 'dcim/pubkey.asc', 'dcim/IMG_0001.json', 'dcim/IMG_0002.jpg.asc', 'other/IMG_0001.jpg.asc'];
    expect(proofSideFiles('dcim/IMG_0001.jpg', names).sort()).toEqual(['dcim/IMG_0001.jpg.asc', 'dcim/IMG_0001.jpg.proof.csv', 'dcim/IMG_0001.json', 'dcim/pubkey.asc']);
    expect(
      captureMetadata({
        'IMG_0001.json': Buffer.from('{"tella":{"version":"2.9"},"location":{"lat":-31.4}}'),
        'IMG_0002.metadata.json': Buffer.from('{"eyeWitness":true}'),
        'IMG_0003.json': Buffer.from('{broken'),
        'IMG_0001.jpg.proof.json': Buffer.from('{}'),
      }),
    ).toEqual([
      { file: 'IMG_0001.json', app: 'tella', wellFormed: true },
      { file: 'IMG_0002.metadata.json', app: 'eyewitness', wellFormed: true },
      { file: 'IMG_0003.json', app: 'capture app', wellFormed: false },
    ]);
  });
});
