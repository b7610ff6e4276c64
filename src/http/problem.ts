import { z } from 'zod';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode, type FieldProblem, fieldProblemCodes } from '../errors.js';
import { type IssueLike, problemOfIssue } from '../fieldProblems.js';

/**
 * Errors as RFC 9457 problem details. Every 4xx names what was wrong in `errors`, one entry
 * per field with its path (`acts.0.groupId`) and a JSON pointer into the request.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: (FieldProblem & { in: 'body' | 'query' | 'path' | 'header'; pointer: string })[];
  [extension: string]: unknown;
}

const statusOf: Record<ErrorCode, number> = {
  invalid: 400,
  'not-found': 404,
  unauthenticated: 401,
  forbidden: 403,
  'too-many-attempts': 429,
  conflict: 409,
  deleted: 409,
  'too-large': 413,
  'unsupported-media-type': 415,
};

const titles: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Sign in first',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large',
  415: 'Unsupported media type',
  429: 'Too many attempts',
  500: 'Internal error',
};

/** Titles that say more than the status's, for codes that share a status. */
const codeTitles: Partial<Record<ErrorCode, string>> = { deleted: 'The record is deleted' };

const pointer = (field: string) => (field ? `#/${field.split('.').join('/')}` : '#');
const where = (context: string | undefined): 'body' | 'query' | 'path' | 'header' => (context === 'querystring' ? 'query' : context === 'params' ? 'path' : context === 'headers' ? 'header' : 'body');

export function toProblem(err: unknown, request: FastifyRequest): Problem {
  const base = (status: number, code: string, detail: string): Problem => ({
    type: `urn:precursor:problem:${code}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    instance: request.url,
  });

  if (err instanceof DomainError) {
    const status = statusOf[err.code];
    const problem = base(status, err.code, err.message);
    problem.title = codeTitles[err.code] ?? problem.title;
    if (err.fields.length) problem.errors = err.fields.map((f) => ({ ...f, in: f.in ?? 'body', pointer: pointer(f.field) }));
    if (err.code === 'conflict' && 'current' in err.details) problem.current = err.details.current;
    if (err.code === 'conflict' && 'merge' in err.details) problem.merge = err.details.merge;
    if (err.code === 'deleted') problem.deletedAt = err.details.deletedAt;
    if (err.code === 'too-many-attempts') problem.retryAfter = err.details.retryAfter;
    return problem;
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const place = where(err.validationContext);
    // What was validated, to tell a missing value from a wrong one.
    const input = place === 'query' ? request.query : place === 'path' ? request.params : place === 'header' ? request.headers : request.body;
    const errors = err.validation.map((v) => {
      // The type provider passes the zod issue apart: its code as `keyword`, the rest in `params`.
      const path = v.instancePath.split('/').filter(Boolean);
      const issue = { ...v.params, code: v.keyword, path, message: v.message ?? 'invalid' } as IssueLike;
      const field = path.join('.') || place;
      return { field, ...problemOfIssue(issue, input), in: place, pointer: pointer(path.join('.')) };
    });
    return { ...base(400, 'invalid', errors.map((e) => `${e.field}: ${e.message}`).join('; ')), errors };
  }
  if (isResponseSerializationError(err)) {
    request.log.error({ issues: err.cause.issues }, 'response did not match its schema');
    return base(500, 'internal', 'the server could not produce a valid response');
  }
  const fe = err as FastifyError;
  if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && /JSON/i.test(fe.message))) {
    return { ...base(400, 'invalid-json', `the body is not valid JSON: ${fe.message}`), errors: [{ field: 'body', code: 'invalid-json', message: 'not valid JSON', in: 'body', pointer: '#' }] };
  }
  if (fe.code === 'FST_REQ_FILE_TOO_LARGE' || fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413) {
    return { ...base(413, 'too-large', fe.message), errors: [{ field: 'file', code: 'file-too-large', message: fe.message, in: 'body', pointer: '#/file' }] };
  }
  if (fe.statusCode === 415 || fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return { ...base(415, 'unsupported-media-type', fe.message), errors: [{ field: 'content-type', code: 'unsupported-media-type', message: fe.message, in: 'header', pointer: '#' }] };
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return base(fe.statusCode, 'bad-request', fe.message);
  }
  request.log.error({ err }, 'unhandled error');
  return base(500, 'internal', 'an unexpected error happened; it has been logged');
}

export function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

/** The problem+json body, for the OpenAPI document of each route's error responses. */
export const ProblemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z
      .array(
        z.object({
          field: z.string().meta({ description: 'Path of the field, e.g. acts.0.violationType' }),
          code: z.enum(fieldProblemCodes).meta({ description: 'What is wrong, as a stable code to translate or branch on' }),
          message: z.string().meta({ description: 'The same in English, for people reading a script' }),
          params: z
            .record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))
            .optional()
            .meta({ description: 'Values for the message: maximum, minimum, vocabulary, value, entity, id, options, …' }),
          in: z.enum(['body', 'query', 'path', 'header']),
          pointer: z.string(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details; errors names each invalid field' });

/** Error responses every route may give. */
export const problemResponses = { 400: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema } as const;
