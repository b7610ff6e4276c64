/**
 * The codes the API gives each field problem, mirrored from `fieldProblemCodes` in
 * src/errors.ts (a unit test keeps the two lists equal). The web app shows a problem by its
 * code, translated, never by the API's English `message`.
 */
export const fieldProblemCodes = [
  'required',
  'invalid-type',
  'not-integer',
  'too-long',
  'too-large',
  'too-small',
  'too-many',
  'too-few',
  'invalid-enum',
  'invalid-uuid',
  'invalid-url',
  'invalid-date',
  'invalid-day',
  'date-in-future',
  'end-before-start',
  'unknown-code',
  'not-found',
  'place-in-other-country',
  'coordinates-together',
  'duplicate',
  'self-link',
  'belongs-elsewhere',
  'already-deleted',
  'not-deleted',
  'stale-version',
  'invalid-cursor',
  'invalid-json',
  'file-empty',
  'file-too-large',
  'media-type-refused',
  'unsupported-media-type',
  'ambiguous-name',
  'above-clearance',
  'not-in-team',
  'withheld',
  'invalid',
] as const;
export type FieldProblemCode = (typeof fieldProblemCodes)[number];
