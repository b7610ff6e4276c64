import { apiGet } from '../api/client';
import type { IncidentPage, IncidentSummary } from '../api/types';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; formula-like
 * text is defused. A cell starting with = + - @, a tab or a carriage return would run as a
 * formula in a spreadsheet (CSV injection): any text cell so starting gets a leading
 * apostrophe — a title, and a list of names too (groups, perpetrators: named by whoever
 * recorded them). Numbers are never touched (-3 stays a number).
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = Array.isArray(value) ? value.join('; ') : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvHeader = [
  'id', 'title', 'start_date', 'start_precision', 'end_date', 'country', 'admin1', 'pyramid_level', 'verification_status', 'confidentiality',
  'violation_types', 'targeted_groups', 'perpetrators', 'killed', 'injured', 'detained', 'disappeared', 'displaced', 'affected', 'updated_at', 'url',
];

export interface CsvNames {
  group: (id: string) => string;
  actor: (id: string) => string;
  origin: string;
}

export function csvLine(i: IncidentSummary, names: CsvNames): string {
  return [
    i.id, i.title, i.startDate, i.startPrecision, i.endDate, i.country, i.admin1, i.pyramidLevel, i.verificationStatus, i.confidentiality,
    i.violationTypes, i.targetedGroupIds.map(names.group), i.perpetratorIds.map(names.actor),
    i.victims.killed, i.victims.injured, i.victims.detained, i.victims.disappeared, i.victims.displaced, i.victims.affected, i.updatedAt,
    `${names.origin}/incidents/${i.id}`,
  ].map(csvField).join(',');
}

/**
 * Every incident of the current selection as CSV, page after page of the API's keyset
 * pagination (no row cap), reporting progress; stops early when the signal aborts.
 */
export async function selectionCsv(query: URLSearchParams, names: CsvNames, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<Blob> {
  const parts: string[] = [`${csvHeader.join(',')}\r\n`];
  let cursor: string | null = null;
  let done = 0;
  do {
    const q = new URLSearchParams(query);
    q.set('limit', '500');
    if (cursor) q.set('cursor', cursor);
    const page: IncidentPage = await apiGet<IncidentPage>(`/api/incidents?${q}`, signal);
    parts.push(page.items.map((i) => `${csvLine(i, names)}\r\n`).join(''));
    done += page.items.length;
    onProgress(done, page.total);
    cursor = page.nextCursor;
  } while (cursor && !signal.aborted);
  // A byte-order mark so spreadsheet programs read the file as UTF-8 (Arabic, accents).
  return new Blob(['\ufeff', ...parts], { type: 'text/csv;charset=utf-8' });
}
