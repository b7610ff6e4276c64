import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createGunzip, createGzip } from 'node:zlib';
import { DomainError } from '../errors.js';

/**
 * The layers around the tar archive: gzip, then optionally age (age-encryption.org/v1, via
 * the `age-encryption` package by age's author: scrypt for passphrases, X25519 for keys, and
 * a STREAM of authenticated 64 KiB chunks, so a file of any size is encrypted and checked in
 * flat memory, and any change or truncation of the ciphertext is refused).
 */
export type BackupSecret = { passphrase: string } | { identity: string };

const ageMagic = 'age-encryption.org/v1';

/**
 * Reads a passphrase file (the first line; a trailing newline is not part of it) or an age
 * identity file (a line `AGE-SECRET-KEY-1…`, as made by `age-keygen`).
 */
export async function readSecretFile(path: string): Promise<BackupSecret> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw invalidSecret(`cannot read the passphrase file ${path}: ${(err as Error).message}`);
  }
  const identity = text.split(/\r?\n/).find((line) => line.startsWith('AGE-SECRET-KEY-'));
  if (identity) return { identity: identity.trim() };
  const passphrase = text.split(/\r?\n/)[0] ?? '';
  if (!passphrase) throw invalidSecret(`the passphrase file ${path} is empty`);
  return { passphrase };
}

/** tar → gzip → (age): what goes into the backup file or the HTTP response. */
export async function encodeArchive(tar: Readable, secret: BackupSecret | undefined, options: { scryptWorkFactor?: number } = {}): Promise<Readable> {
  const gzipped = tar.pipe(createGzip());
  tar.on('error', (err) => gzipped.destroy(err));
  if (!secret) return gzipped;
  const { Encrypter, identityToRecipient } = await import('age-encryption');
  const encrypter = new Encrypter();
  if ('passphrase' in secret) {
    if (options.scryptWorkFactor) encrypter.setScryptWorkFactor(options.scryptWorkFactor);
    encrypter.setPassphrase(secret.passphrase);
  } else {
    encrypter.addRecipient(await identityToRecipient(secret.identity));
  }
  const encrypted = await encrypter.encrypt(Readable.toWeb(gzipped) as unknown as ReadableStream<Uint8Array>);
  return Readable.fromWeb(encrypted as unknown as WebReadableStream<Uint8Array>);
}

/**
 * (age) → gunzip: the tar stream inside a backup file. An encrypted backup without a secret,
 * or with the wrong one, is refused with a message saying so.
 */
export async function decodeArchive(open: () => Readable, secret: BackupSecret | undefined): Promise<Readable> {
  const encrypted = await startsWithAge(open());
  const source = open();
  if (!encrypted) {
    if (secret) source.destroy();
    if (secret) throw invalidSecret('this backup is not encrypted: restore it without --passphrase-file');
    return source.pipe(gunzip(source));
  }
  if (!secret) {
    source.destroy();
    throw invalidSecret('this backup is encrypted: give its passphrase or key with --passphrase-file');
  }
  const { Decrypter } = await import('age-encryption');
  const decrypter = new Decrypter();
  if ('passphrase' in secret) decrypter.addPassphrase(secret.passphrase);
  else decrypter.addIdentity(secret.identity);
  let plain: ReadableStream<Uint8Array>;
  try {
    plain = (await decrypter.decrypt(Readable.toWeb(source) as unknown as ReadableStream<Uint8Array>)) as ReadableStream<Uint8Array>;
  } catch (err) {
    source.destroy();
    const message = (err as Error).message;
    throw /no identity matched|HMAC/.test(message)
      ? invalidSecret('wrong passphrase or key: it does not open this backup')
      : damaged(`cannot decrypt it: ${message}`);
  }
  const decrypted = Readable.fromWeb(plain as unknown as WebReadableStream<Uint8Array>);
  return decrypted.pipe(gunzip(decrypted));
}

function gunzip(source: Readable) {
  const out = createGunzip();
  source.on('error', (err) => out.destroy(err));
  return out;
}

async function startsWithAge(stream: Readable): Promise<boolean> {
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of stream) {
      head = Buffer.concat([head, chunk as Buffer]);
      if (head.length >= ageMagic.length) break;
    }
  } finally {
    stream.destroy();
  }
  return head.subarray(0, ageMagic.length).toString('latin1') === ageMagic;
}

const invalidSecret = (message: string) => new DomainError('invalid', message, [{ field: 'passphrase-file', code: 'invalid', message }]);

/** A backup that is not whole: damaged, truncated, altered, or not a Precursor backup. */
export const damaged = (message: string) => new DomainError('invalid', `the backup is damaged or not a Precursor backup: ${message}`, [], { damaged: true });

/** Errors of the layers underneath (gzip, age, tar) say the file is not whole; ours pass through. */
export const asDamaged = (err: unknown) => (err instanceof DomainError ? err : damaged((err as Error).message));
