import { z } from 'zod';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { Incident } from '../incidents/schema.js';
import { DismissInput, DuplicateList, DuplicateListQuery, DuplicateScanInput, DuplicateScanSummary, MergeInput, PairParams } from './schema.js';
import { dismissCandidate, listCandidates, mergeCandidate, scanDuplicates, undoMerge } from './service.js';
import { invalid } from '../errors.js';

const tags = ['duplicates'];

export async function duplicateRoutes(app: App) {
  app.get(
    '/api/duplicates',
    {
      config: { access: 'review.read' },
      schema: {
        operationId: 'listDuplicates',
        tags,
        summary: 'Likely duplicates, best first: pairs of incidents (both readable by the caller) with the score and the features behind it',
        querystring: DuplicateListQuery,
        response: { 200: DuplicateList, ...problemResponses },
      },
    },
    async (request) => listCandidates(request.ctx, request.query),
  );
  app.post(
    '/api/duplicates/scan',
    {
      config: { access: 'incidents.merge' },
      schema: {
        operationId: 'scanDuplicates',
        tags,
        summary: 'Scan the incidents the caller may read for likely duplicates and store the pairs for review',
        body: DuplicateScanInput,
        response: { 200: DuplicateScanSummary, ...problemResponses },
      },
    },
    async (request) => scanDuplicates(request.ctx, request.body),
  );
  app.post(
    '/api/duplicates/:a/:b/dismiss',
    {
      config: { access: 'review.write' },
      schema: {
        operationId: 'dismissDuplicate',
        tags,
        summary: 'Not one event: set the pair aside with the reason (later scans do not propose it again)',
        params: PairParams,
        body: DismissInput,
        response: { 200: z.object({ status: z.string() }), ...problemResponses },
      },
    },
    async (request) => {
      const row = await dismissCandidate(request.ctx, request.params.a, request.params.b, request.body.reason);
      return { status: row.status };
    },
  );
  app.post(
    '/api/duplicates/:a/:b/merge',
    {
      config: { access: 'incidents.merge' },
      schema: {
        operationId: 'mergeDuplicate',
        tags,
        summary: "One event: merge the other incident into `keep` (its sources, evidence, links and acts move; it is deleted). Undone by /unmerge",
        params: PairParams,
        body: MergeInput,
        response: { 200: Incident, ...problemResponses },
      },
    },
    async (request) => {
      const { a, b } = request.params;
      const { keep } = request.body;
      if (keep !== a && keep !== b) throw invalid([{ field: 'keep', code: 'invalid', message: 'keep must be one of the pair' }]);
      return mergeCandidate(request.ctx, keep, keep === a ? b : a);
    },
  );
  app.post(
    '/api/duplicates/:a/:b/unmerge',
    {
      config: { access: 'incidents.merge' },
      schema: {
        operationId: 'unmergeDuplicate',
        tags,
        summary: 'Undo a merge: both incidents back as they were (refused if the kept one was edited since)',
        params: PairParams,
        response: { 200: z.object({ kept: Incident, restored: Incident }), ...problemResponses },
      },
    },
    async (request) => undoMerge(request.ctx, request.params.a, request.params.b),
  );
}
