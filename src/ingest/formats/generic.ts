import { readCsv } from '../readers/csv.js';
import type { TextEncoding } from '../readers/encoding.js';
import { readGeoJson, readJsonArray, readNdjson } from '../readers/json.js';
import { readXlsx } from '../readers/xlsx.js';
import type { FormatProfile, FormatSample } from '../types.js';

/**
 * The generic profiles: a file read as it is, its columns named by a mapping. Their
 * detection scores are low on purpose (0.2–0.7): a tool's profile that recognises its own
 * export (GED's columns, an HXL tag row, Kobo's `_uuid`) scores higher and wins.
 */
const extension = (s: FormatSample) => /\.([a-z0-9]+)$/i.exec(s.fileName)?.[1]?.toLowerCase() ?? '';
const text = (s: FormatSample) => s.head.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart();
const isZip = (s: FormatSample) => s.head[0] === 0x50 && s.head[1] === 0x4b && s.head[2] === 0x03 && s.head[3] === 0x04;

export const csvProfile: FormatProfile = {
  format: 'csv',
  detect(s) {
    if (isZip(s) || s.head.length === 0) return ['csv', 'tsv', 'txt'].includes(extension(s)) ? 0.2 : 0;
    const t = text(s);
    if (t.startsWith('{') || t.startsWith('[')) return 0.1;
    return ['csv', 'tsv', 'txt'].includes(extension(s)) ? 0.4 : 0.3;
  },
  open: (file, o) => readCsv(file, { encoding: o.encoding as TextEncoding | undefined, delimiter: o.delimiter }),
  defaultMapping: null,
};

export const xlsxProfile: FormatProfile = {
  format: 'xlsx',
  detect: (s) => (isZip(s) && (s.members?.includes('xl/workbook.xml') || extension(s) === 'xlsx') ? 0.5 : 0),
  open: (file, o) => readXlsx(file, { sheet: o.sheet }),
  defaultMapping: null,
};

export const jsonProfile: FormatProfile = {
  format: 'json',
  detect: (s) => (text(s).startsWith('[') ? 0.5 : extension(s) === 'json' ? 0.3 : 0),
  open: (file) => readJsonArray(file),
  defaultMapping: null,
};

export const ndjsonProfile: FormatProfile = {
  format: 'ndjson',
  detect(s) {
    if (['ndjson', 'jsonl'].includes(extension(s))) return 0.6;
    const lines = text(s).split(/\r?\n/).filter((l) => l.trim() !== '');
    // One object per line: the first line is a whole object, and so is the second (when the sample holds one).
    const whole = (l: string | undefined) => l !== undefined && l.trim().startsWith('{') && l.trim().endsWith('}');
    return whole(lines[0]) && (lines.length < 2 || whole(lines[1])) ? 0.45 : 0;
  },
  open: (file) => readNdjson(file),
  defaultMapping: null,
};

export const geojsonProfile: FormatProfile = {
  format: 'geojson',
  detect(s) {
    const t = text(s);
    if (t.startsWith('{') && /"type"\s*:\s*"FeatureCollection"/.test(t)) return 0.7;
    return extension(s) === 'geojson' ? 0.5 : 0;
  },
  open: (file) => readGeoJson(file),
  defaultMapping: null,
};
