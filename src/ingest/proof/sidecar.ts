/**
 * Tella and eyeWitness metadata: the JSON a capture app writes beside a photo or video (time,
 * location, device, the app's own hashes). Precursor does not interpret it — each app has its own
 * fields and versions — it keeps the file with the evidence (stored by its SHA-256, named in the
 * media's chain of custody) so that the app's own verifier, or a person, can read it later.
 */
export type CaptureApp = 'tella' | 'eyewitness' | 'capture app';

export interface CaptureMetadata {
  file: string;
  app: CaptureApp;
  /** Whether the file is well-formed JSON (kept either way, said either way). */
  wellFormed: boolean;
}

/** The metadata files among a media file's side files (ProofMode's own `.proof.json` excluded: it belongs to the proof). */
export function captureMetadata(files: Record<string, Buffer>): CaptureMetadata[] {
  return Object.entries(files)
    .filter(([name]) => name.toLowerCase().endsWith('.json') && !name.toLowerCase().endsWith('.proof.json'))
    .map(([file, bytes]) => {
      let wellFormed = true;
      try {
        JSON.parse(bytes.toString('utf8'));
      } catch {
        wellFormed = false;
      }
      return { file, app: appOf(file, bytes), wellFormed };
    });
}

function appOf(file: string, bytes: Buffer): CaptureApp {
  const text = `${file}\n${bytes.subarray(0, 64 * 1024).toString('utf8')}`.toLowerCase();
  if (text.includes('eyewitness')) return 'eyewitness';
  if (text.includes('tella')) return 'tella';
  return 'capture app';
}
