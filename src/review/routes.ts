import { z } from 'zod';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { AssignInput, Assignment, AssignmentListQuery, BulkVerificationInput, BulkVerificationResult, RejectedRow, RejectedRowListQuery, ReviewSummary } from './schema.js';
import { assignIncidents, bulkVerification, listAssignments, rejectedImportRows, reviewSummary } from './service.js';

const tags = ['review'];

export async function reviewRoutes(app: App) {
  app.get(
    '/api/review',
    {
      config: { access: 'review.read' },
      schema: { operationId: 'getReviewSummary', tags, summary: 'What needs attention: incidents not yet verified, unverifiable, assigned to me, likely duplicates', response: { 200: ReviewSummary, ...problemResponses } },
    },
    async (request) => reviewSummary(request.ctx),
  );
  app.get(
    '/api/review/assignments',
    {
      config: { access: 'review.read' },
      schema: { operationId: 'listReviewAssignments', tags, summary: "Incidents on reviewers' lists, newest first (`assignee=me` for one's own)", querystring: AssignmentListQuery, response: { 200: z.object({ items: z.array(Assignment), nextCursor: z.string().nullable() }), ...problemResponses } },
    },
    async (request) => listAssignments(request.ctx, request.query),
  );
  app.get(
    '/api/review/rejected-rows',
    {
      config: { access: 'review.read' },
      schema: {
        operationId: 'listRejectedImportRows',
        tags,
        summary: 'Rows imports rejected (batches not rolled back), newest batch first: batch, row, field and reason, and the job whose error file holds them; needs imports.read too',
        querystring: RejectedRowListQuery,
        response: { 200: z.object({ items: z.array(RejectedRow), nextCursor: z.string().nullable() }), ...problemResponses },
      },
    },
    async (request) => rejectedImportRows(request.ctx, request.query),
  );
  app.post(
    '/api/review/assignments',
    {
      config: { access: 'review.write' },
      schema: { operationId: 'assignForReview', tags, summary: "Put incidents on a reviewer's list (assignee null takes them off), audited", body: AssignInput, response: { 200: z.object({ changed: z.number().int() }), ...problemResponses } },
    },
    async (request) => assignIncidents(request.ctx, request.body),
  );
  app.post(
    '/api/review/verification',
    {
      config: { access: 'review.write' },
      schema: {
        operationId: 'setVerificationInBulk',
        tags,
        summary: 'Set the verification status of every incident a filter selects (at most 5,000; each change audited); refused if the selection no longer has `expected` incidents',
        body: BulkVerificationInput,
        response: { 200: BulkVerificationResult, ...problemResponses },
      },
    },
    async (request) => bulkVerification(request.ctx, request.body),
  );
}
