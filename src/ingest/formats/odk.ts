import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { DomainError } from '../../errors.js';
import { proofSideFiles } from '../proof/bundle.js';
import type { Attachment, FormatProfile, FormatSample, ImportFile, SourceRecord, SourceTable } from '../types.js';
import { looksLikeZip, openZip, type ZipMember } from './archive.js';
import { detectDelimiter, openCsvTable, openFile, readHead } from './fieldTables.js';
import { addRepeatSums, formColumnNames, planFormColumns, repeatSumNames, shapeFormFields } from './formFields.js';

/**
 * ODK Central and ODK Briefcase exports, as ODK documents them:
 * - a ZIP with the root table `<form>.csv`, one CSV per repeat group `<form>-<repeat>.csv`
 *   (Briefcase adds `~N` when two repeats share a name) and `media/` with the submissions'
 *   files; or the root CSV alone.
 * - the root's `KEY` is the submission's instance id (`uuid:…`); a repeat row has its own `KEY`
 *   (`uuid:…/victims[1]`) and its parent's in `PARENT_KEY` — the submission's, or a repeat
 *   row's for a nested repeat. Central's OData feeds call the id `__id`; a file that has it
 *   and no `KEY` is read with `__id` as the key.
 * - group paths joined with `-` (`incident-date`), given also as `/` paths (formFields.ts) so
 *   that one mapping reads a form whether Kobo or ODK collected it; geopoints as four columns
 *   `<path>-Latitude/-Longitude/-Altitude/-Accuracy`.
 * - a media file is named by its question's value in the submission (or in a repeat row): it
 *   becomes an Attachment of the submission, stored as evidence by the writer, with a custody
 *   note naming the submission; ProofMode / Tella / eyeWitness side files beside it go with it.
 * Repeat rows are held in memory while the root table streams (see koboRepeats.ts for why).
 */
export const odkProfile: FormatProfile = {
  format: 'odk',
  defaultMapping: 'odk-incident-form',
  detect: detectOdk,
  open: openOdk,
};

export function detectOdk(sample: FormatSample): number {
  if (looksLikeZip(sample.head)) {
    const members = sample.members ?? [];
    const csvs = members.filter((m) => m.toLowerCase().endsWith('.csv') && !m.startsWith('media/'));
    const bases = new Set(csvs.map((m) => posix.basename(m, '.csv')));
    const hasRepeat = csvs.some((m) => [...bases].some((b) => posix.basename(m).startsWith(`${b}-`)));
    if (csvs.length && (hasRepeat || members.some((m) => m.startsWith('media/')))) return 0.8;
    return 0;
  }
  const line = sample.head.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const columns = sample.columns ?? line.split(detectDelimiter(line)).map((c) => c.trim().replace(/^"|"$/g, ''));
  const has = (c: string) => columns.includes(c);
  if (has('KEY') && (has('SubmissionDate') || has('meta-instanceID'))) return 0.95;
  if (has('__id') && (has('__system') || has('__system-submissionDate') || has('meta-instanceID'))) return 0.85;
  if (has('KEY') && has('PARENT_KEY')) return 0.6;
  return 0;
}

interface CsvSource {
  name: string;
  open: () => Promise<Readable>;
}

export async function openOdk(file: ImportFile, options: { sheet?: string; delimiter?: string } = {}): Promise<SourceTable> {
  const head = await readHead(openFile(file.path), 8);
  if (!looksLikeZip(head)) {
    const root = await readRoot({ name: file.name, open: openFile(file.path) }, options, new Map(), new Map(), [], []);
    root.notes.unshift('ODK CSV (root table only): repeat groups and media are in the ZIP export — import the ZIP to bring them');
    return root;
  }
  const members = (await openZip(file.path, { displayName: file.name })).filter((m) => !m.isDirectory);
  const csvs = members.filter((m) => m.name.toLowerCase().endsWith('.csv') && !m.name.startsWith('media/'));
  if (!csvs.length) throw new DomainError('invalid', `${file.name}: no CSV in the archive (an ODK export has <form>.csv)`, [{ field: 'file', code: 'invalid', message: 'no CSV in the ZIP' }]);
  const rootMember = options.sheet ? csvs.find((m) => m.name === options.sheet || posix.basename(m.name, '.csv') === options.sheet) : await findRoot(csvs);
  if (!rootMember) throw new DomainError('invalid', `${file.name}: no member named ${options.sheet}`, [{ field: 'sheet', code: 'invalid', message: `no member named ${options.sheet}` }]);
  const rootBase = posix.basename(rootMember.name, '.csv');
  const children = new Map<string, Record<string, SourceRecord[]>>();
  const repeatNames: string[] = [];
  const repeatColumns: string[] = [];
  for (const member of csvs) {
    if (member === rootMember) continue;
    const repeat = repeatName(member.name, rootBase);
    repeatNames.push(repeat);
    repeatColumns.push(...(await readRepeat(member, repeat, options, children)));
  }
  linkNested(children);
  const media = new Map(members.filter((m) => m.name.startsWith('media/')).map((m) => [posix.basename(m.name), m]));
  const table = await readRoot({ name: rootMember.name, open: rootMember.open }, options, children, media, members, [...new Set(repeatColumns)]);
  table.notes.unshift(`ODK export (ZIP): root table ${rootMember.name}${repeatNames.length ? `, repeats ${repeatNames.join(', ')}` : ''}, ${media.size} media file(s)`);
  return table;
}

/** The root table: the CSV without PARENT_KEY (the shortest name if several). */
async function findRoot(csvs: ZipMember[]): Promise<ZipMember> {
  const roots: ZipMember[] = [];
  for (const m of csvs) {
    const table = await openCsvTable(m.open);
    if (!table.columns.includes('PARENT_KEY')) roots.push(m);
    void (table.rows as AsyncGenerator).return?.(undefined);
  }
  return [...(roots.length ? roots : csvs)].sort((a, b) => a.name.length - b.name.length)[0]!;
}

/** `incident_report-victims.csv` → `victims`; Briefcase's `~2` suffix is kept (two repeats of one name). */
export function repeatName(memberName: string, rootBase: string): string {
  const base = posix.basename(memberName, '.csv');
  return base.startsWith(`${rootBase}-`) ? base.slice(rootBase.length + 1) : base;
}

/** Files the repeat's rows by parent; returns the names its rows carry. */
async function readRepeat(member: ZipMember, repeat: string, options: { delimiter?: string }, children: Map<string, Record<string, SourceRecord[]>>): Promise<string[]> {
  const table = await openCsvTable(member.open, options);
  const plan = planFormColumns(table.columns, 'odk');
  const names = formColumnNames(table.columns, plan);
  for await (const row of table.rows) {
    const fields: Record<string, unknown> = shapeFormFields(table.columns, row.cells, plan);
    // `victims/killed` as well as `killed`: the same names as Kobo's repeat sheets.
    for (const [k, v] of Object.entries(fields)) if (!k.startsWith(`${repeat}/`) && !['KEY', 'PARENT_KEY'].includes(k)) fields[`${repeat}/${k}`] ??= v;
    const parent = String(fields.PARENT_KEY ?? '');
    const byRepeat = children.get(parent) ?? {};
    (byRepeat[repeat] ??= []).push({ row: row.row, file: member.name, fields });
    children.set(parent, byRepeat);
  }
  return [...names, ...names.filter((k) => !k.startsWith(`${repeat}/`) && !['KEY', 'PARENT_KEY'].includes(k)).map((k) => `${repeat}/${k}`)];
}

/** A nested repeat's rows name a repeat row's KEY as parent: file them under that row. */
function linkNested(children: Map<string, Record<string, SourceRecord[]>>) {
  for (const byRepeat of children.values()) {
    for (const rows of Object.values(byRepeat)) {
      for (const row of rows) {
        const nested = children.get(String(row.fields.KEY ?? ''));
        if (nested) row.children = nested;
      }
    }
  }
}

async function readRoot(
  source: CsvSource,
  options: { delimiter?: string },
  children: Map<string, Record<string, SourceRecord[]>>,
  media: Map<string, ZipMember>,
  members: ZipMember[],
  repeatColumns: string[],
): Promise<SourceTable> {
  const table = await openCsvTable(source.open, options);
  const plan = planFormColumns(table.columns, 'odk');
  const notes: string[] = [];
  if (!table.columns.includes('KEY') && table.columns.includes('__id')) notes.push('no KEY column: the submissions are keyed by __id');
  const byName = new Map(members.map((m) => [m.name, m]));
  async function* records(): AsyncGenerator<SourceRecord> {
    for await (const row of table.rows) {
      const fields: Record<string, unknown> = shapeFormFields(table.columns, row.cells, plan);
      if (!fields.KEY) fields.KEY = fields.__id || fields['meta/instanceID'] || '';
      // The day of SubmissionDate (an ISO time in UTC), in our date form, for a mapping's reportDate.
      const submitted = String(fields.SubmissionDate ?? fields['__system/submissionDate'] ?? '');
      if (/^\d{4}-\d{2}-\d{2}/.test(submitted)) fields._submission_date = submitted.slice(0, 10);
      const key = String(fields.KEY);
      const record: SourceRecord = { row: row.row, ...(members.length ? { file: source.name } : {}), fields };
      const mine = key ? children.get(key) : undefined;
      if (mine) record.children = mine;
      addRepeatSums(fields, mine);
      const attachments = attachmentsOf(record, key, media, byName);
      if (attachments.length) record.attachments = attachments;
      yield record;
    }
  }
  const derived = ['_submission_date', ...(table.columns.includes('KEY') ? [] : ['KEY']), ...repeatSumNames(repeatColumns)];
  return { columns: [...new Set([...formColumnNames(table.columns, plan), ...derived])], notes, records: records() };
}

/** The media files named by the submission's values or its repeat rows' values. */
function attachmentsOf(record: SourceRecord, key: string, media: Map<string, ZipMember>, byName: Map<string, ZipMember>): Attachment[] {
  const memberNames = [...byName.keys()];
  if (!media.size) return [];
  const found = new Map<string, ZipMember>();
  const visit = (r: SourceRecord) => {
    for (const value of Object.values(r.fields)) {
      const m = typeof value === 'string' && value ? media.get(value) : undefined;
      if (m) found.set(value as string, m);
    }
    for (const rows of Object.values(r.children ?? {})) rows.forEach(visit);
  };
  visit(record);
  return [...found.values()].map((m) => {
    const proofFiles: Record<string, () => Promise<Buffer>> = {};
    for (const name of proofSideFiles(m.name, memberNames)) {
      const member = byName.get(name);
      if (member) proofFiles[posix.basename(name)] = () => readAll(member);
    }
    return {
      name: posix.basename(m.name),
      open: m.open,
      ...(Object.keys(proofFiles).length ? { proofFiles } : {}),
      note: `imported from ODK submission ${key}`,
    };
  });
}

async function readAll(member: ZipMember): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await member.open()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
