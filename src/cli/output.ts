import { DatabaseInUseError } from '../db/lock.js';
import { DomainError } from '../errors.js';

/**
 * Exit codes scripts can rely on. `conflict` (4): a stale version, or an edit of a deleted
 * record (refused until it is restored). `busy`: the embedded database is held by another
 * process (a running `precursor serve`) — try again when it stops, or use the HTTP API.
 * `forbidden` (6): not signed in, or the role may not do it.
 */
export const exitCodes = { ok: 0, failure: 1, invalid: 2, notFound: 3, conflict: 4, rejectedRows: 5, forbidden: 6, busy: 7 } as const;

/**
 * Control characters in stored text (an ESC starting a terminal escape sequence, a carriage
 * return that overwrites the line, C1 controls some terminals obey) could rewrite what a
 * reader's terminal shows or do worse; a record's text is not trusted to drive the terminal.
 * Tabs and line breaks are kept where text is printed as text. Bidirectional embeddings,
 * overrides and isolates (U+202A–202E, U+2066–2069) go too: they can make a line read in
 * another order than it is ("Trojan Source", CVE-2021-42574). The marks LRM/RLM/ALM, which
 * Arabic text uses and which cannot reorder a line, are kept.
 */
const controls = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g;
const controlsInCell = /[\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g;

/** Text with the control characters a terminal would act on removed (line breaks and tabs kept). */
export function terminalSafe(text: string): string {
  return text.replace(controls, '');
}

/** Writes text for a person to read, without terminal controls. */
export function printText(text: string) {
  process.stdout.write(terminalSafe(text));
}

/**
 * JSON for scripts: JSON.stringify already escapes C0 controls; DEL and the C1 range are
 * escaped too (`\u009b`), so the same data reaches the script and none reaches a terminal.
 */
export function printJson(value: unknown) {
  process.stdout.write(`${jsonSafe(JSON.stringify(value, null, 2))}\n`);
}

function jsonSafe(json: string): string {
  return json.replace(/[\x7F-\x9F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A plain text table: columns padded to their widest cell, long cells cut. */
export function printTable(rows: Record<string, unknown>[], columns: { key: string; title: string; max?: number }[]) {
  const cell = (v: unknown, max = 60) => {
    const s = (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(',') : String(v)).replace(controlsInCell, ' ');
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
  };
  const widths = columns.map((c) => Math.max(c.title.length, ...rows.map((r) => cell(r[c.key], c.max).length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  process.stdout.write(`${line(columns.map((c) => c.title))}\n`);
  for (const r of rows) process.stdout.write(`${line(columns.map((c) => cell(r[c.key], c.max)))}\n`);
}

/** Prints an error for a person (or as problem-like JSON with --json) and returns the exit code. */
export function reportError(err: unknown, json: boolean): number {
  if (err instanceof DomainError) {
    const code =
      err.code === 'not-found' || err.code === 'gone'
        ? exitCodes.notFound
        : err.code === 'conflict' || err.code === 'deleted' || err.code === 'integrity'
          ? exitCodes.conflict
          : err.code === 'forbidden' || err.code === 'unauthenticated'
            ? exitCodes.forbidden
            : exitCodes.invalid;
    if (json) process.stderr.write(`${jsonSafe(JSON.stringify({ error: err.code, message: err.message, errors: err.fields }))}\n`);
    else {
      process.stderr.write(terminalSafe(`error: ${err.fields.length ? 'the input is not valid' : err.message}\n`));
      for (const f of err.fields) process.stderr.write(terminalSafe(`  ${f.field}: ${f.message}\n`));
    }
    return code;
  }
  if (err instanceof DatabaseInUseError) {
    process.stderr.write(json ? `${JSON.stringify({ error: 'busy', message: err.message, pid: err.pid ?? null, url: err.url ?? null })}\n` : `error: ${err.message}\n`);
    return exitCodes.busy;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(json ? `${jsonSafe(JSON.stringify({ error: 'failure', message }))}\n` : terminalSafe(`error: ${message}\n`));
  return exitCodes.failure;
}
