import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { openZip, type ZipMember } from '../formats/archive.js';
import type { Attachment } from '../types.js';
import { isSideFile, proofSideFiles } from './bundle.js';

/**
 * A capture app's ZIP (a ProofMode share, a Tella or eyeWitness export) as attachments: each
 * media file with its side files, checked like any archive (limits, unsafe names, encryption)
 * before a byte is inflated. Store each with storeAttachment; the proof is verified there.
 */
export async function readProofBundle(path: string, displayName = posix.basename(path)): Promise<Attachment[]> {
  const members = (await openZip(path, { displayName })).filter((m) => !m.isDirectory);
  const byName = new Map(members.map((m) => [m.name, m]));
  const names = [...byName.keys()];
  return members
    .filter((m) => !isSideFile(m.name))
    .map((m) => {
      const proofFiles: Record<string, () => Promise<Buffer>> = {};
      for (const name of proofSideFiles(m.name, names)) proofFiles[posix.basename(name)] = () => readMember(byName.get(name)!);
      return { name: posix.basename(m.name), open: m.open as () => Promise<Readable>, proofFiles, note: `imported from capture bundle ${displayName}` };
    });
}

async function readMember(member: ZipMember): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await member.open()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
