import { z } from 'zod';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { Region, RegionAt, RegionAtQuery, RegionListQuery, RegionMergeInput, RegionMergeResult } from './schema.js';
import { listRegions, mergeRegions, nearestPlaceKm, regionAt } from './service.js';

const tags = ['regions'];

export async function regionRoutes(app: App) {
  app.get(
    '/api/regions',
    {
      schema: {
        operationId: 'listRegions',
        tags,
        summary: "A country's regions (admin1, admin2) with their live places and incidents; `q` matches any case or spacing",
        querystring: RegionListQuery,
        response: { 200: z.object({ items: z.array(Region) }), ...problemResponses },
      },
    },
    async (request) => listRegions(request.ctx, request.query),
  );
  app.get(
    '/api/regions/at',
    {
      schema: {
        operationId: 'getRegionAt',
        tags,
        summary: `The region at a point: a boundary that contains it, else the region of the nearest known place within ${nearestPlaceKm} km, else null`,
        querystring: RegionAtQuery,
        response: { 200: RegionAt, ...problemResponses },
      },
    },
    async (request) => regionAt(request.ctx, request.query),
  );
  app.post(
    '/api/regions/merge',
    {
      schema: {
        operationId: 'mergeRegions',
        tags,
        summary: 'Merge one spelling of a region into another: places, incidents and counts move, in one audited transaction',
        body: RegionMergeInput,
        response: { 200: RegionMergeResult, ...problemResponses },
      },
    },
    async (request) => mergeRegions(request.ctx, request.body),
  );
}
