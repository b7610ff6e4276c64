import { describe, expect, it } from 'vitest';
import { entryHash, genesisHash } from './chain.js';
import { generateHeadKeys, headFormat, headSignatureValid, signHead, type ChainHead } from './head.js';

const head: ChainHead = { format: headFormat, seq: 42, hash: 'a'.repeat(64), at: '2026-11-30T03:26:43.155000Z', count: 42, exportedAt: '2026-11-30T04:00:00.000Z' };

describe('a signed chain head', () => {
  const keys = generateHeadKeys();

  it('verifies with the public key of the pair that signed it', () => {
    const signed = signHead(head, keys.privateKeyPem);
    expect(signed.signature).toMatchObject({ algorithm: 'ed25519', keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(headSignatureValid(signed, keys.publicKeyPem)).toBe(true);
  });

  it('fails after any field is changed, with another key, or unsigned', () => {
    const signed = signHead(head, keys.privateKeyPem);
    for (const change of [{ seq: 41 }, { hash: 'b'.repeat(64) }, { at: '2026-11-30T03:26:43.155001Z' }, { count: 43 }, { exportedAt: '2027-01-01T00:00:00.000Z' }]) {
      expect(headSignatureValid({ ...signed, ...change }, keys.publicKeyPem), JSON.stringify(change)).toBe(false);
    }
    expect(headSignatureValid(signed, generateHeadKeys().publicKeyPem)).toBe(false);
    expect(headSignatureValid(head, keys.publicKeyPem)).toBe(false);
  });

  it('refuses a key that is not Ed25519', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => signHead(head, rsa)).toThrow(/not Ed25519/);
  });
});

describe('the entry hash', () => {
  const fields = {
    id: '7', seq: '3', at: '2026-11-30T03:26:43.155000Z', actor: 'local', requestId: null, action: 'incident.create', entity: 'incident',
    entityId: '9b0e3c1e-0000-4000-8000-000000000001', beforeDigest: null, afterDigest: 'c'.repeat(64), detailDigest: null, prevHash: genesisHash,
  };

  it('tells a null apart from an empty text, and one field boundary from another', () => {
    expect(entryHash({ ...fields, requestId: '' })).not.toBe(entryHash(fields));
    expect(entryHash({ ...fields, action: 'incident.c', entity: 'reateincident' })).not.toBe(entryHash({ ...fields, action: 'incident.create', entity: 'incident' }));
  });
});
