import { createHash } from 'node:crypto';
import * as openpgp from 'openpgp';

/**
 * ProofMode-shaped bundles made in the test: a key pair generated here, the media and its proof
 * signed with it (detached, armored), as ProofMode's verification guide describes the files.
 * No file of ProofMode's own is used.
 */
export interface DeviceKey {
  privateKey: openpgp.PrivateKey;
  publicArmored: string;
  fingerprint: string;
}

export async function deviceKey(name = 'Field monitor device'): Promise<DeviceKey> {
  const { privateKey, publicKey } = await openpgp.generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ name }], format: 'object' });
  return { privateKey, publicArmored: publicKey.armor(), fingerprint: publicKey.getFingerprint().toUpperCase() };
}

export async function detachedSignature(data: Buffer, key: DeviceKey): Promise<Buffer> {
  const message = await openpgp.createMessage({ binary: new Uint8Array(data) });
  return Buffer.from(await openpgp.sign({ message, signingKeys: key.privateKey, detached: true }));
}

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The side files of a ProofMode share of `media`: proof CSV, its signature, the media's signature, the public key. */
export async function proofModeFiles(media: Buffer, mediaName: string, key: DeviceKey, options: { hashNamed?: boolean } = {}): Promise<Record<string, Buffer>> {
  const stem = options.hashNamed ? sha256(media) : mediaName;
  const proof = Buffer.from(
    'File Path,File Hash SHA256,File Modified,Proof Generated,Location.Latitude,Location.Longitude,Location.Provider,DeviceID\n' +
      `/storage/DCIM/${mediaName},${sha256(media)},2025-03-02T10:14:02Z,2025-03-02T10:14:05Z,-31.4521,-12.2087,gps,device-test-01\n`,
  );
  return {
    [`${stem}.proof.csv`]: proof,
    [`${stem}.proof.csv.asc`]: await detachedSignature(proof, key),
    [`${stem}.asc`]: await detachedSignature(media, key),
    'pubkey.asc': Buffer.from(key.publicArmored),
  };
}
