import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { invalid } from '../errors.js';
import { type IssueLike, problemOfIssue } from '../fieldProblems.js';

/**
 * Validates CLI input with the same schema as the API, and names the option the person
 * typed (`--date`) rather than the API field (`startDate`) when something is wrong.
 */
export function parseOptions<T extends z.ZodType>(schema: T, value: unknown, optionOf: Record<string, string> = {}): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalid(
    result.error.issues.map((issue) => {
      // `acts.3.victims.killed` is looked up as `acts.*.victims.killed`, then as `acts`.
      const pattern = issue.path.map((p) => (typeof p === 'number' ? '*' : String(p))).join('.');
      const top = String(issue.path[0] ?? '');
      // An option is the top-level field: `--level 7` fails at `level.0`, and is `--level`.
      return { field: optionOf[pattern] ?? optionOf[top] ?? (top ? `--${kebab(top)}` : 'input'), ...problemOfIssue(issue as IssueLike, value) };
    }),
  );
}

/**
 * Validates a JSON document the person wrote (`--from-json`): a problem is named by its
 * path in that document (`acts.0.violationType`), as the HTTP API names it, since no option
 * was typed; a problem with the document as a whole is named `option`.
 */
export function parseDocument<T extends z.ZodType>(schema: T, value: unknown, option: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalid(result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || option, ...problemOfIssue(issue as IssueLike, value) })));
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The JSON document of a `--from-json FILE` option (`-` reads standard input), or a problem naming the option. */
export function readJsonOption(file: string): unknown {
  const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw invalid([{ field: '--from-json', code: 'invalid-json', message: `not valid JSON: ${(err as Error).message}` }]);
  }
}
