import { posix } from 'node:path';

/**
 * Which files beside a media file are its capture proofs, by the names the capture apps give them:
 * - **ProofMode** (Guardian Project): `<media>.proof.csv` (and `.proof.json`) with the media's
 *   SHA-256 and the device's readings, `<media>.asc` (OpenPGP detached signature of the media),
 *   `<media>.proof.csv.asc` (of the proof), and the device's public key `pubkey.asc`. Recent
 *   versions name the side files by the media's SHA-256 instead of its name
 *   (`<sha256>.proof.csv`, `<sha256>.asc`…): those are taken when the folder holds one media
 *   file, and the verifier picks the ones whose name is the media's actual hash.
 * - **Tella** and **eyeWitness** metadata: a JSON file named after the media
 *   (`<media>.json`, `<stem>.json`, `<media>.metadata.json`).
 */
const hashNamed = /^[0-9a-f]{64}\.(proof\.csv|proof\.json|asc|proof\.csv\.asc|proof\.json\.asc)$/i;

export function isSideFile(name: string): boolean {
  const base = posix.basename(name).toLowerCase();
  return base === 'pubkey.asc' || base.endsWith('.asc') || base.endsWith('.proof.csv') || base.endsWith('.proof.json') || base.endsWith('.json') || hashNamed.test(base);
}

/** The member names (same folder) that are side files of `media`. */
export function proofSideFiles(media: string, memberNames: readonly string[]): string[] {
  const dir = posix.dirname(media);
  const base = posix.basename(media);
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const inFolder = memberNames.filter((n) => posix.dirname(n) === dir && n !== media);
  const named = new Set(
    [
      `${base}.proof.csv`,
      `${base}.proof.json`,
      `${base}.asc`,
      `${base}.proof.csv.asc`,
      `${base}.proof.json.asc`,
      'pubkey.asc',
      `${base}.json`,
      `${stem}.json`,
      `${base}.metadata.json`,
      `${base}.meta.json`,
    ].map((n) => n.toLowerCase()),
  );
  const mediaInFolder = inFolder.filter((n) => !isSideFile(n)).length + 1;
  return inFolder.filter((n) => {
    const b = posix.basename(n).toLowerCase();
    return named.has(b) || (mediaInFolder === 1 && hashNamed.test(b));
  });
}
