import type { RequestContext } from '../context.js';

/**
 * The ingest module's contract (issue 16): what each stage hands the next.
 *
 *   file ──reader──▶ SourceRecord ──format profile + mapping──▶ ImportedIncident | RowProblem[]
 *        ──writer (batches of ~1,000)──▶ RowOutcome per record ──▶ report, error file, batch record
 *
 * Readers (src/ingest/readers/) know file formats (CSV, XLSX, JSON, ZIP) and nothing of
 * Precursor. Format profiles (src/ingest/formats/) know a tool's export shape (Kobo group
 * paths, ODK repeats, GED precision codes) and turn a record into fields a mapping can name.
 * Mappings (data/mappings/*.yaml, src/ingest/mapping/) say which column fills which field and
 * how a source's codes become our vocabulary codes, each value mapping with its reasoning.
 * The writer (src/ingest/write/) resolves names to registry records in bulk, keys every
 * record by (source system, key) in the external-ids table, and writes batches fast.
 *
 * Nothing here is stored as is: an ImportedIncident names places, groups, actors and sources
 * by name (with what is known of them); the writer finds or creates them.
 */

/** File formats the importer detects or is told (`--format`). */
export const importFormats = ['csv', 'xlsx', 'json', 'ndjson', 'geojson', 'hxl', 'kobo', 'odk', 'ged', 'acled', 'uwazi', 'esf', 'precursor'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** Where a record came from in the file, for reports: the row is 1-based and counts the header. */
export interface RecordOrigin {
  /** Physical line (CSV: the line where the record starts, header line = 1; XLSX: the sheet's row number; NDJSON: the line; JSON array / GeoJSON: the element's 1-based index). */
  row: number;
  /** The member of a ZIP archive, when the record came from one. */
  file?: string;
  /** The XLSX sheet, when the record came from one. */
  sheet?: string;
}

/** One record as read from a file, before any mapping. */
export interface SourceRecord extends RecordOrigin {
  /** Column (or JSON key path joined with '/') → raw value. CSV and XLSX cells arrive as strings ('' for empty); JSON keeps its types. */
  fields: Record<string, unknown>;
  /** Repeat groups (Kobo sheets, ODK repeat CSVs) joined to this record, by repeat name. */
  children?: Record<string, SourceRecord[]>;
  /** Files that came with the record (ODK media/, a ProofMode bundle), by file name. */
  attachments?: Attachment[];
  /**
   * What the reader could not read of this record (a ragged row, a broken quote, lines it had
   * to skip): the record is rejected with these problems, never half-imported. `fields` then
   * holds what could be read, for the error file.
   */
  problems?: RowProblem[];
}

export interface Attachment {
  name: string;
  /** Opens the file's bytes; may be called more than once. */
  open: () => Promise<NodeJS.ReadableStream>;
  /** ProofMode / Tella / eyeWitness side files that came with it, by file name. */
  proofFiles?: Record<string, () => Promise<Buffer>>;
  /** Where it came from, for the chain of custody (e.g. `imported from ODK submission uuid:…`). */
  note?: string;
}

/** What a reader gives: the column names it found and the records, streamed. */
export interface SourceTable {
  /** Column names in file order (for a preview and the mapping page). */
  columns: string[];
  /** HXL hashtag (e.g. `#affected+killed`) per column, when the file has a tag row. */
  hxlTags?: Record<string, string>;
  /** Notes on how the file was read (encoding, delimiter, sheet chosen, tag row found at line N). */
  notes: string[];
  records: AsyncIterable<SourceRecord>;
  /** Bytes of the file read so far, for progress and an ETA, when the reader can tell. */
  bytesRead?: () => number;
  /**
   * A form's choice names → their labels, when the export carries its form's choices (a Kobo
   * workbook with a `choices` sheet): a region or place given as a choice name (`eastern_lakes`)
   * is recorded as its label (`Eastern Lakes`) unless the mapping's values name it.
   */
  choiceLabels?: ReadonlyMap<string, string>;
}

/** Why a record, or one field of it, could not be imported. */
export interface RowProblem extends RecordOrigin {
  /** The source column at fault (as in the file), when one is. */
  field?: string;
  /** The Precursor field it was to fill (`startDate`, `acts.0.violationType`, `place.latitude`). */
  target?: string;
  /** A stable code (as the API's field problems: 'unknown-code', 'invalid-date', 'required', 'out-of-range', 'malformed-row', …). */
  code: string;
  message: string;
}

/** A place named by an import: found by (country, admin1, name) or coordinates, else created. */
export interface ImportedPlace {
  name?: string | null;
  country: string;
  admin1?: string | null;
  admin2?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  /** A location-precisions code. */
  precision?: string | null;
}

export interface ImportedGroup { name: string; basis?: string | null; country?: string | null }
export interface ImportedActor { name: string; kind?: string | null; country?: string | null }
export interface ImportedSource { name: string; kind?: string | null; reliability?: string | null; url?: string | null }

export interface ImportedAct {
  /** The act's id in our own exports: kept on import when no other act has it (cases and persons point at acts by id). */
  id?: string;
  /** A violation-types code (mapped and checked). */
  violationType: string;
  group?: ImportedGroup | null;
  identityBasis?: string | null;
  victims?: Partial<Record<'killed' | 'injured' | 'detained' | 'disappeared' | 'displaced' | 'affected', number>>;
  perpetrators?: { actor: ImportedActor; involvement?: string | null }[];
}

export interface ImportedInformation {
  source: ImportedSource;
  connection?: string | null;
  materialType?: string | null;
  informationDate?: string | null;
  credibility?: number | null;
  note?: string | null;
}

/**
 * One incident as an import describes it: every code already mapped to our vocabularies and
 * checked, dates in our written form (2023 / 2023-05 / 2023-05-14), names instead of ids.
 */
export interface ImportedIncident {
  origin: RecordOrigin;
  /** Stable within the source system: the source's own id, or a hash of the normalised record. */
  key: string;
  title: string;
  narrative?: string;
  startDate: string;
  endDate?: string | null;
  dateEstimated?: boolean;
  reportDate?: string | null;
  place: ImportedPlace;
  acts: ImportedAct[];
  verificationStatus?: string;
  confidentiality?: string;
  monitoringStatus?: string;
  sources?: ImportedInformation[];
  /** Files to store as evidence and link (ODK media, ProofMode bundles). */
  attachments?: Attachment[];
  /** Our incident id when the file is one of our own exports (ESF, Precursor CSV/JSON): kept on import into an empty instance. */
  id?: string;
  /**
   * Chain-of-events links to other incidents, by the other end's key in the same source system
   * or its incident id: resolved by the writer, or kept pending until that incident is imported
   * (later in the file or in a later import).
   */
  links?: { key: string; kind: string; note?: string }[];
  /** Our own exports' access fields: teams the incident is restricted to, fields withheld below a level. */
  teams?: string[];
  withhold?: { place: string | null; date: string | null; reporter: string | null };
  pyramidLevelOverride?: { level: number; reason: string } | null;
  /**
   * Evidence records our own exports describe (the files themselves do not travel in a JSON
   * document): linked by SHA-256 to the file when it is on record here, else recorded without
   * its file, which is restored by uploading the same bytes.
   */
  evidence?: ImportedEvidence[];
}

export interface ImportedEvidence {
  id?: string;
  sha256: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  description: string;
}

/** Links a written row names whose other end is not on record yet: kept, and made when it is imported. */
export interface PendingLinks {
  pendingLinks?: { key: string; kind: string }[];
}

export type RowOutcome =
  | ({ status: 'imported'; incidentId: string } & PendingLinks)
  | ({ status: 'updated'; incidentId: string; mergedFields?: string[] } & PendingLinks)
  | { status: 'unchanged'; incidentId: string }
  /** The row's incident was deleted or purged here: not brought back, reported. */
  | { status: 'skipped'; incidentId: string | null; reason: 'deleted' | 'purged' }
  /** A field both a person and the source changed since the last import: sent to the review queue. */
  | { status: 'conflict'; incidentId: string; fields: string[] }
  | { status: 'rejected'; problems: RowProblem[] };

/** The counts and first problems of a run, as `precursor import --json` prints them. */
export interface ImportReport {
  batch: string | null;
  dryRun: boolean;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  conflicts: number;
  rejectedCount: number;
  /** At most the first 1,000 problems (a row may have several); all of them are in the error file. `code` is the problem's own (RowProblem.code). */
  rejected: { row: number; file?: string; sheet?: string; field?: string; target?: string; code: string; message: string }[];
  errorFile: string | null;
  /** Codes of the source that no value mapping names, with how often each was seen: map them and re-run. */
  unknownCodes: { target: string; value: string; count: number }[];
  /** Links whose other incident is not on record yet (kept pending; made when it is imported), the first 1,000. */
  pendingLinks?: { row: number; key: string; kind: string }[];
}

/** Progress of a running import, for the CLI's bar and the web page. */
export interface ImportProgress {
  rowsRead: number;
  rowsWritten: number;
  rejected: number;
  /** Bytes of the file read so far and in all, for an ETA; null when unknown (a stream). */
  bytesRead: number | null;
  bytesTotal: number | null;
  rowsPerSecond: number;
}

/** A file given to the importer (CLI path, or an API upload saved to a temporary file). */
export interface ImportFile {
  path: string;
  /** The name the user gave it (an upload's file name), for reports and the batch record. */
  name: string;
  size: number;
}

/** What a profile sees to decide whether a file is its format. */
export interface FormatSample {
  fileName: string;
  /** The first 64 kB of the file. */
  head: Buffer;
  /** Column names of a CSV/XLSX's first non-empty row, or a JSON record's keys, when the reader could tell. */
  columns?: string[];
  /** XLSX sheet names / ZIP member names. */
  members?: string[];
}

/**
 * A tool's export shape (src/ingest/formats/<format>.ts), listed once in
 * src/ingest/formats/index.ts. A profile may add derived columns to each record (e.g. GED's
 * `_datePrecision` from date_prec) so that a mapping can name them.
 */
export interface FormatProfile {
  format: ImportFormat;
  /** How sure the profile is that the sample is its format: 0 (no) … 1 (certain). */
  detect(sample: FormatSample): number;
  open(file: ImportFile, options: { sheet?: string; encoding?: string; delimiter?: string }): Promise<SourceTable>;
  /** The mapping in data/mappings/ used when the user names none, or null when the profile maps records itself. */
  defaultMapping: string | null;
  /** For self-describing formats (ESF, Precursor's own exports): a record straight to an incident. */
  toIncident?(record: SourceRecord): { incident?: ImportedIncident; problems: RowProblem[] };
}

/**
 * A mapping (data/mappings/<name>.yaml, or a user's file): which column fills which field and
 * how the source's codes become ours. Validated at load (src/ingest/mapping/schema.ts) like
 * the taxonomies: misspelt keys and unknown target fields or codes are errors naming the path.
 */
export interface Mapping {
  name: string;
  description: string;
  /** The profile that reads the file. */
  format: ImportFormat;
  /** Namespace of the records' keys in the external-ids table; defaults to `name`. */
  sourceSystem?: string;
  /** The stable key of a record: the source's own id column(s), or a hash of the normalised record. */
  key: { columns: string[] } | { hash: 'record' };
  /** The organisation whose data this is, recorded as each incident's source (e.g. UCDP) unless a column names one. */
  source?: ImportedSource & { connection?: string; materialType?: string; credibility?: number };
  /** Target field → where its value comes from. Target fields are the closed list `mappingTargets` (src/ingest/mapping/targets.ts). */
  fields: Record<string, FieldRule>;
  /** Target field → source value → our code(s), each with the reasoning for it. */
  values?: Record<string, Record<string, ValueMapping>>;
  /** Constant values for fields no column fills (e.g. confidentiality: public for a public data set). */
  defaults?: Record<string, string | number | boolean>;
  /**
   * How to read dates written with slashes or dots (`03/04/2023`): day first (most of the
   * world) or month first (the United States). Without it such a date is refused as
   * ambiguous rather than guessed; ISO dates and Excel serials need no order.
   */
  dateOrder?: 'day-first' | 'month-first';
}

/** A column name, or a rule. */
export type FieldRule =
  | string
  | {
      /** One column, or several: the first non-empty wins (or all, joined, with `join`). */
      column?: string | string[];
      /** An HXL hashtag with attributes (`#affected+killed`): the column carrying it. */
      tag?: string;
      join?: string;
      /** Text with `{column}` placeholders (for titles built from several columns). */
      template?: string;
      /** Split a multi-value cell ('|' for Uwazi, ' ' for Kobo select_multiple). */
      split?: string;
      /** For a value from a repeat group: its name (Kobo sheet / ODK repeat CSV). */
      repeat?: string;
    };

export interface ValueMapping {
  /** Our code (or codes); null: the value is deliberately not imported as this field (say why). */
  code: string | string[] | null;
  why: string;
}

/** An import run, recorded (table `import_batches`, migration 013): listed, inspected, rolled back. */
export interface ImportBatch {
  id: string;
  sourceSystem: string;
  fileName: string;
  fileSha256: string;
  format: ImportFormat;
  mappingName: string | null;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'finished' | 'failed' | 'rolled-back';
  counts: { imported: number; updated: number; unchanged: number; skipped: number; conflicts: number; rejected: number };
}

/**
 * The writer (src/ingest/write/index.ts exports one object of this shape, `importWriter`), called by
 * the pipeline (src/ingest/pipeline.ts). The pipeline takes it as a parameter so that its own tests
 * can pass a fake.
 */
export interface ImportWriter {
  /** A batch of the same file (SHA-256), mapping and system left `running` by a killed run is resumed, not begun again. */
  beginBatch(ctx: RequestContext, info: Pick<ImportBatch, 'sourceSystem' | 'fileName' | 'fileSha256' | 'format' | 'mappingName'> & { mapping: unknown }): Promise<ImportBatch>;
  /**
   * One transaction per call; an outcome per incident, in order. A record whose problems come only
   * from the database (an unknown id, a key twice in the call) is `rejected`; the others are written.
   */
  writeIncidents(ctx: RequestContext, batch: ImportBatch, incidents: ImportedIncident[]): Promise<RowOutcome[]>;
  /** The same outcomes, nothing written (--dry-run). */
  planIncidents(ctx: RequestContext, sourceSystem: string, incidents: ImportedIncident[]): Promise<RowOutcome[]>;
  /** Stores the counts and rejected rows; announces `import.finished`. */
  finishBatch(ctx: RequestContext, batch: ImportBatch, report: ImportReport, status: 'finished' | 'failed'): Promise<ImportBatch>;
  /** Deletes what the batch created and reverts what it updated (audited); refused for a batch whose records were edited since, naming them. */
  rollbackBatch(ctx: RequestContext, batchId: string): Promise<ImportBatch>;
  listBatches(ctx: RequestContext): Promise<ImportBatch[]>;
  getBatch(ctx: RequestContext, id: string): Promise<ImportBatch>;
}

/*
 * Every writer function takes the RequestContext: it checks `imports.write` / `imports.read`
 * through src/access/permissions.ts and writes through the caller's scope, like every module.
 */
