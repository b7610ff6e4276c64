import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IntegrityError, keyFingerprint, nameDigest, newDataKey, normalizeName, openField, sealField, unwrapKey, wrapKey } from './crypto.js';

const key = newDataKey(randomUUID());
const alice = randomUUID();
const bob = randomUUID();

describe('sealed fields', () => {
  it('open to what was sealed, and hold no plaintext', () => {
    const blob = sealField(key, alice, 'name', 'Amina Hassan');
    expect(blob.includes(Buffer.from('Amina'))).toBe(false);
    expect(openField(key, alice, 'name', blob)).toBe('Amina Hassan');
    expect(openField(key, alice, 'contacts', sealField(key, alice, 'contacts', ['+1 555', 'a@b.c']))).toEqual(['+1 555', 'a@b.c']);
  });

  it('refuse any changed byte with an integrity error, never garbage', () => {
    const blob = sealField(key, alice, 'name', 'Amina Hassan');
    for (let i = 0; i < blob.length; i++) {
      const bad = Buffer.from(blob);
      bad[i] = bad[i]! ^ 0x01;
      expect(() => openField(key, alice, 'name', bad), `byte ${i}`).toThrow(IntegrityError);
    }
    expect(() => openField(key, alice, 'name', blob.subarray(0, blob.length - 1))).toThrow(IntegrityError);
  });

  it('are bound to their person and field: a ciphertext moved elsewhere does not open', () => {
    const blob = sealField(key, alice, 'name', 'Amina Hassan');
    expect(() => openField(key, bob, 'name', blob)).toThrow(/person .* failed its integrity check/);
    expect(() => openField(key, alice, 'notes', blob)).toThrow(IntegrityError);
  });

  it('do not open under another key, and say which person and field failed without the content', () => {
    const blob = sealField(key, alice, 'name', 'Amina Hassan');
    const other = { id: key.id, key: randomBytes(32) };
    try {
      openField(other, alice, 'name', blob);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(IntegrityError);
      expect((err as Error).message).toContain(alice);
      expect((err as Error).message).not.toContain('Amina');
    }
  });
});

describe('the wrapped data key', () => {
  it('opens only under its master key', () => {
    const master = randomBytes(32);
    const wrapped = wrapKey(master, key);
    expect(unwrapKey(master, key.id, wrapped)).toEqual(key.key);
    expect(unwrapKey(randomBytes(32), key.id, wrapped)).toBeUndefined();
    expect(unwrapKey(master, randomUUID(), wrapped)).toBeUndefined();
    expect(keyFingerprint(master)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('names', () => {
  it('fold case, spacing and diacritics, and keep other scripts', () => {
    expect(normalizeName('  Amína   HASSAN ')).toBe('amina hassan');
    expect(normalizeName('Zoë Çelik')).toBe('zoe celik');
    // Arabic keeps its letters; hamza on alef is a mark and folds, as Arabic search usually does (أمينة = امينة).
    expect(normalizeName('أمينة  حسن')).toBe('امينة حسن');
    expect(normalizeName('Аня Иванова')).toBe('аня иванова');
  });
  it('hash to one keyed digest per folded name, different under another key', () => {
    expect(nameDigest(key, 'Amína Hassan')).toBe(nameDigest(key, 'amina  hassan'));
    expect(nameDigest(key, 'Amina Hassan')).not.toBe(nameDigest(key, 'Amina Hasan'));
    expect(nameDigest(newDataKey(randomUUID()), 'Amina Hassan')).not.toBe(nameDigest(key, 'Amina Hassan'));
  });
});
