import { DomainError } from '../../errors.js';
import { readCsv } from '../readers/csv.js';
import { readHead } from '../readers/encoding.js';
import { openZip } from '../readers/zip.js';
import { xlsxColumns, xlsxSheetNames } from '../readers/xlsx.js';
import type { FormatProfile, FormatSample, ImportFile, ImportFormat } from '../types.js';
import { esfProfile } from './esf.js';
import { precursorProfile } from './precursor.js';
import { acledProfile } from './acled.js';
import { gedProfile } from './ged.js';
import { csvProfile, geojsonProfile, jsonProfile, ndjsonProfile, xlsxProfile } from './generic.js';
import { hxlProfile } from './hxl.js';
import { uwaziProfile } from './uwazi.js';
import { koboProfile } from './kobo.js';
import { odkProfile } from './odk.js';

/**
 * Every format profile, in one list: detection asks each, and the highest score wins (ties go
 * to the earlier entry, so tools' profiles come before the generic ones). A new profile is
 * one line here.
 */
export const formatProfiles: FormatProfile[] = [
  esfProfile,
  precursorProfile,
  hxlProfile,
  gedProfile,
  acledProfile,
  uwaziProfile,
  koboProfile,
  odkProfile,
  // Tools' own export shapes (issue 16): added by their authors above this line.
  geojsonProfile,
  ndjsonProfile,
  jsonProfile,
  xlsxProfile,
  csvProfile,
];

/** The profile of a format, for `--format F`. */
export function profileFor(format: ImportFormat): FormatProfile {
  const profile = formatProfiles.find((p) => p.format === format);
  if (!profile) throw new DomainError('invalid', `the format '${format}' cannot be read yet (known: ${formatProfiles.map((p) => p.format).join(', ')})`);
  return profile;
}

/** What detection looks at: the first 64 kB, a ZIP's member names (an XLSX's sheet names too), and the header of a CSV or the first sheet. */
export async function sampleFile(file: ImportFile): Promise<FormatSample> {
  const head = await readHead(file.path);
  const sample: FormatSample = { fileName: file.name, head };
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const zip = await openZip(file.path, file.name);
    sample.members = zip.members.map((m) => m.name);
    zip.close();
    if (sample.members.includes('xl/workbook.xml')) {
      sample.members = [...sample.members, ...(await xlsxSheetNames(file))];
      // The first sheet's columns: how a tool's workbook (Kobo's `_uuid`, `_submission_time`…) is told apart without --format.
      // A first sheet that cannot be read leaves the columns unknown (the generic reader then says
      // why); anything but such a refusal is a fault of ours and is not hidden.
      sample.columns = await xlsxColumns(file).catch((err: unknown) => {
        if (err instanceof DomainError) return undefined;
        throw err;
      });
    }
    return sample;
  }
  const start = head.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.length && !start.startsWith('{') && !start.startsWith('[')) {
    try {
      sample.columns = (await readCsv(file)).columns;
    } catch {
      // Not text a CSV reader can take: the profiles judge by the head alone.
    }
  }
  return sample;
}

export interface DetectedFormat {
  profile: FormatProfile;
  score: number;
  /** Every profile's score, best first, for the preview's "read as" choice. */
  scores: { format: ImportFormat; score: number }[];
}

/**
 * Decides a file's format: every profile scores the sample; the best wins. An empty file, or
 * one no profile recognises, is refused with a message naming the formats.
 *
 *   const { profile } = await detectFormat({ path, name: 'events.csv', size });
 */
export async function detectFormat(file: ImportFile): Promise<DetectedFormat> {
  const sample = await sampleFile(file);
  if (sample.head.length === 0) throw new DomainError('invalid', `${file.name}: the file is empty`);
  const scores = formatProfiles.map((profile) => ({ profile, score: profile.detect(sample) }));
  const best = scores.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score <= 0) throw new DomainError('invalid', `${file.name}: not a format the importer reads (${formatProfiles.map((p) => p.format).join(', ')}); name one with --format`);
  return { profile: best.profile, score: best.score, scores: [...scores].sort((a, b) => b.score - a.score).map((s) => ({ format: s.profile.format, score: s.score })) };
}
