import type { z } from 'zod';
import { type FieldProblem, type FieldProblemCode, fieldProblemCodes, type FieldProblemParams } from './errors.js';

/**
 * Zod's issues as Precursor's field problems: one stable `code` per kind of fault, whatever
 * the schema's English message says, so the HTTP API and the CLI name faults alike and the
 * web app can translate them.
 *
 * A refinement states its own code through the issue's params:
 *   z.string().refine(isDate, { message: 'a real date…', params: problem('invalid-date') })
 */
export function problem(code: FieldProblemCode, params: FieldProblemParams = {}): { code: FieldProblemCode } & FieldProblemParams {
  return { ...params, code };
}

/** The parts of a zod issue this mapping reads; the fastify type provider passes them apart. */
export type IssueLike = Pick<z.core.$ZodIssue, 'code' | 'path' | 'message'> & Record<string, unknown>;

const known = new Set<string>(fieldProblemCodes);

/**
 * One issue as a field problem without its field name (the caller names the field: the API
 * by its path, the CLI by its option). `root` is the value that was validated, so that a
 * missing value reads `required` rather than "expected string, received undefined" (zod
 * does not keep the input in its issues).
 */
export function problemOfIssue(issue: IssueLike, root: unknown): Omit<FieldProblem, 'field' | 'in'> {
  const { code, params } = classify(issue, valueAt(root, issue.path));
  return params ? { code, message: issue.message, params } : { code, message: issue.message };
}

function classify(issue: IssueLike, input: unknown): { code: FieldProblemCode; params?: FieldProblemParams } {
  const origin = String(issue.origin ?? '');
  const limit = (key: 'maximum' | 'minimum') => ({ [key]: Number(issue[key]) });
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined || input === null) return { code: 'required' };
      if (issue.expected === 'int') return { code: 'not-integer' };
      return { code: 'invalid-type', params: { expected: String(issue.expected) } };
    case 'too_big':
      if (origin === 'string') return { code: 'too-long', params: limit('maximum') };
      if (origin === 'array' || origin === 'set') return { code: 'too-many', params: limit('maximum') };
      if (origin === 'file') return { code: 'file-too-large', params: limit('maximum') };
      return { code: 'too-large', params: limit('maximum') };
    case 'too_small':
      // An empty (or, once trimmed, blank) text is a field left empty; no text field asks for more than one character.
      if (origin === 'string') return Number(issue.minimum) <= 1 ? { code: 'required' } : { code: 'invalid' };
      if (origin === 'array' || origin === 'set') return { code: 'too-few', params: limit('minimum') };
      return { code: 'too-small', params: limit('minimum') };
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') return { code: 'invalid-uuid' };
      if (issue.format === 'url') return { code: 'invalid-url' };
      return { code: 'invalid' };
    case 'invalid_value':
      if (input === undefined || input === '') return { code: 'required' };
      return { code: 'invalid-enum', params: { options: ((issue.values as unknown[] | undefined) ?? []).map(String) } };
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as Record<string, unknown>;
      if (typeof code === 'string' && known.has(code)) {
        return Object.keys(params).length ? { code: code as FieldProblemCode, params: params as FieldProblemParams } : { code: code as FieldProblemCode };
      }
      return { code: 'invalid' };
    }
    default:
      return { code: 'invalid' };
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}
