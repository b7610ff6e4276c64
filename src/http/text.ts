import type { FastifyRequest } from 'fastify';
import { invalid, type FieldProblem } from '../errors.js';
import type { App } from './app.js';

/**
 * Text PostgreSQL cannot store is refused at the door, naming the field: a NUL character
 * (`text` cannot hold U+0000) and a lone UTF-16 surrogate (`"\ud800"` is valid JSON but not
 * a character, so it has no UTF-8 form). Without this check both reached the database and
 * came back as a 500 from deep inside a write or a search.
 */
const unstorable = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a text can be stored as it is. */
export function isStorableText(value: string): boolean {
  return !unstorable.test(value);
}

/** The field problem for a text that cannot be stored. */
export function unstorableText(field: string, where: FieldProblem['in'] = 'body'): FieldProblem {
  return { field, code: 'invalid-character', message: 'holds a NUL character or an unpaired surrogate, which cannot be stored', in: where };
}

/** Checks the body, query and path of every request before its schema does. */
export function registerTextCheck(app: App) {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const problems = [...scan(request.params, 'path'), ...scan(request.query, 'query'), ...scan(request.body, 'body')];
    if (problems.length) throw invalid(problems.slice(0, 20));
  });
}

/**
 * Every unstorable string (values and keys) in a parsed value, by path. Iterative, so a deep
 * body cannot overflow the stack, and a path is spelled out only for a string at fault (a
 * body of a million small arrays is walked in tens of milliseconds, not seconds).
 */
function scan(root: unknown, where: 'path' | 'query' | 'body'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // Parallel stacks: the value, and the index of its parent's entry in `keys`/`parents`.
  const values: unknown[] = [root];
  const at: number[] = [-1];
  const keys: string[] = [];
  const parents: number[] = [];
  const pathOf = (entry: number) => {
    const parts: string[] = [];
    for (let e = entry; e >= 0; e = parents[e]!) parts.push(keys[e]!);
    return parts.reverse().join('.') || where;
  };
  while (values.length && problems.length < 20) {
    const value = values.pop();
    const entry = at.pop()!;
    if (typeof value === 'string') {
      if (!isStorableText(value)) problems.push(unstorableText(pathOf(entry), where));
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (value[i] === null || (typeof value[i] !== 'string' && typeof value[i] !== 'object')) continue;
        keys.push(String(i));
        parents.push(entry);
        values.push(value[i]);
        at.push(keys.length - 1);
      }
    } else if (value && typeof value === 'object') {
      for (const key in value) {
        keys.push(key);
        parents.push(entry);
        if (!isStorableText(key)) problems.push(unstorableText(pathOf(entry), where));
        else {
          values.push((value as Record<string, unknown>)[key]);
          at.push(keys.length - 1);
        }
      }
    }
  }
  return problems;
}
