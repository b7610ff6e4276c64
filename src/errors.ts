/**
 * The one error vocabulary of Precursor. Services throw `DomainError`s; the HTTP edge turns
 * them into RFC 9457 problem+json and the CLI edge into a message and an exit code.
 */
export type ErrorCode =
  | 'invalid' // the input breaks a rule; `fields` names each offending field
  | 'not-found'
  | 'conflict' // a stale version, or a state that forbids the change
  | 'deleted' // the record is soft-deleted: restore it before editing (apart from 'conflict' so clients can tell the two apart)
  | 'unauthenticated' // no valid session or token where one is needed (HTTP 401)
  | 'forbidden' // the caller's role may not take this action (HTTP 403)
  | 'too-many-attempts' // sign-in locked after repeated failures (HTTP 429); `retryAfter` in seconds
  | 'too-large'
  | 'unsupported-media-type';

/**
 * What is wrong with one field, as a stable machine code: the web app translates it, a
 * script can branch on it. A closed list — adding a code means adding its translations
 * (web/src/i18n/problems.ts) and a request that produces it (src/http/fieldProblems.test.ts).
 * Parameters of the message travel in `params`, named in the comment of each code.
 */
export const fieldProblemCodes = [
  'required', // nothing given, or an empty text or choice
  'invalid-type', // { expected }: a number where text was expected, …
  'not-integer',
  'too-long', // { maximum } characters
  'too-large', // { maximum } for a number
  'too-small', // { minimum } for a number
  'too-many', // { maximum } items in a list
  'too-few', // { minimum } items in a list
  'invalid-enum', // { options }: not one of the listed values
  'invalid-uuid',
  'invalid-url',
  'invalid-date', // not a real date written YYYY-MM-DD, YYYY-MM or YYYY
  'invalid-day', // not a real date written YYYY-MM-DD
  'date-in-future',
  'end-before-start',
  'unknown-code', // { vocabulary, value }: not a code of that vocabulary (countries included)
  'not-found', // { entity, id }: the record named does not exist or is deleted
  'place-in-other-country', // { placeCountry, country }
  'coordinates-together', // latitude without longitude, or the reverse
  'duplicate', // the same record listed twice
  'self-link', // an incident linked to itself
  'belongs-elsewhere', // { entity }: the id names a record of another incident (an act's id)
  'already-deleted', // { entity }
  'not-deleted', // { entity }
  'stale-version', // { expected, current }: someone else saved meanwhile
  'invalid-cursor',
  'invalid-json',
  'file-empty',
  'file-too-large', // { maximum } bytes
  'media-type-refused', // { mediaType }
  'unsupported-media-type', // the request's content type
  'ambiguous-name', // { entity, value }: the CLI was given a name that several records share
  'above-clearance', // { clearance }: a confidentiality level above the writer's clearance (it could not read the record back)
  'not-in-team', // teams the writer is in none of (it could not read the record back)
  'withheld', // the field is withheld from the writer (below its level): it cannot be edited
  'invalid', // anything else a schema refuses (no request produces it today); `message` says what
] as const;
export type FieldProblemCode = (typeof fieldProblemCodes)[number];

/** Values of a field problem's message, e.g. `{ maximum: 500 }` or `{ vocabulary: 'violation-types', value: 'kiling' }`. */
export type FieldProblemParams = Record<string, string | number | string[]>;

export interface FieldProblem {
  /** Path of the field in the request, e.g. `acts.0.groupId` or `query.from`. */
  field: string;
  code: FieldProblemCode;
  /** In English, for people reading a script's output; the web app shows `code` translated. */
  message: string;
  params?: FieldProblemParams;
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

/** `the group is already deleted` / `not deleted`, on a delete or restore that changes nothing. */
export const deletedAlready = (entity: string, deleted: boolean) =>
  invalid([
    { field: 'id', code: deleted ? 'already-deleted' : 'not-deleted', message: `the ${entity} is ${deleted ? 'already deleted' : 'not deleted'}`, params: { entity } },
  ]);

/** A stale write: the caller edited version `expected`, the record is now at `current`. */
export const staleVersion = (what: string, id: string, expected: number, current: unknown) =>
  new DomainError(
    'conflict',
    `${what} ${id} was changed by someone else: you edited version ${expected}, it is now at version ${(current as { version?: number }).version}`,
    [{ field: 'version', code: 'stale-version', message: `stale version ${expected}`, params: { expected, current: (current as { version?: number }).version ?? 0 } }],
    { current },
  );

/** An edit of a soft-deleted record: nothing is changed until it is restored. */
export const deletedRecord = (what: string, id: string, deletedAt: string) =>
  new DomainError('deleted', `${what} ${id} is deleted (at ${deletedAt}): restore it before editing it`, [], { deletedAt });

function describe(fields: FieldProblem[]): string {
  return fields.map((f) => `${f.field}: ${f.message}`).join('; ') || 'invalid input';
}
