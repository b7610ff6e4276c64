/**
 * The one error vocabulary of Precursor. Services throw `DomainError`s; the HTTP edge turns
 * them into RFC 9457 problem+json and the CLI edge into a message and an exit code.
 */
export type ErrorCode =
  | 'invalid' // the input breaks a rule; `fields` names each offending field
  | 'not-found'
  | 'conflict' // a stale version, or a state that forbids the change
  | 'deleted' // the record is soft-deleted: restore it before editing (apart from 'conflict' so clients can tell the two apart)
  | 'too-large'
  | 'unsupported-media-type';

export interface FieldProblem {
  /** Path of the field in the request, e.g. `acts.0.groupId` or `query.from`. */
  field: string;
  message: string;
  /** Where the field is in an HTTP request; the body unless said otherwise. */
  in?: 'body' | 'query' | 'path' | 'header';
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (fields: FieldProblem[], message = describe(fields)) => new DomainError('invalid', message, fields);
export const notFound = (what: string, id: string) => new DomainError('not-found', `${what} ${id} does not exist`);

/** A stale write: the caller edited version `expected`, the record is now at `current`. */
export const staleVersion = (what: string, id: string, expected: number, current: unknown) =>
  new DomainError(
    'conflict',
    `${what} ${id} was changed by someone else: you edited version ${expected}, it is now at version ${(current as { version?: number }).version}`,
    [{ field: 'version', message: `stale version ${expected}` }],
    { current },
  );

/** An edit of a soft-deleted record: nothing is changed until it is restored. */
export const deletedRecord = (what: string, id: string, deletedAt: string) =>
  new DomainError('deleted', `${what} ${id} is deleted (at ${deletedAt}): restore it before editing it`, [], { deletedAt });

function describe(fields: FieldProblem[]): string {
  return fields.map((f) => `${f.field}: ${f.message}`).join('; ') || 'invalid input';
}
