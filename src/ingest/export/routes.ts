import { z } from 'zod';
import type { App } from '../../http/app.js';
import { problemResponses } from '../../http/problem.js';
import { IncidentFilterQuery } from '../../incidents/schema.js';
import { exportFileName, exportFormats, exportMedia, exportStream } from './index.js';

/** `?public=true|false|1|0`: a query string carries text. */
const QueryBoolean = z.preprocess((v) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : v), z.boolean());

export const ExportQuery = z
  .object({
    format: z.enum(exportFormats).meta({ description: 'csv, xlsx, geojson, hxl (CSV with an HXL hashtag row), json, ndjson, or esf (HURIDOCS Events Standard Formats as JSON)' }),
    public: QueryBoolean.default(false).meta({
      description:
        'Public mode: only what the public may read, as the public reads it, with no sources, evidence ids, teams or authors, and the coordinates of sensitive incidents rounded (PRECURSOR_PUBLIC_COORDINATE_DECIMALS). Always on for an anonymous reader',
    }),
  })
  .and(IncidentFilterQuery);

/**
 * `GET /api/exports`: the incidents the caller may read that match the list's filters, in a
 * partner's format, streamed (no row cap) as a download.
 */
export async function exportRoutes(app: App) {
  app.get(
    '/api/exports',
    {
      config: { access: 'exports.read' },
      schema: {
        operationId: 'exportIncidents',
        tags: ['exports'],
        summary: 'Export the incidents matching the list filters as CSV, XLSX, GeoJSON, HXL, JSON, NDJSON or HURIDOCS ESF JSON, streamed',
        description: [
          'Every incident the caller may read that matches the filters (as GET /api/incidents takes them), oldest first, with no row cap.',
          'CSV, XLSX and HXL text cells that start with = + - @ a tab, a carriage return or an apostrophe are written with a leading apostrophe (formula injection);',
          "the column precursor_export marks the file as Precursor's own, whose importer removes that apostrophe again.",
        ].join(' '),
        querystring: ExportQuery,
        response: { 200: z.any().meta({ description: 'The export, streamed' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { format, public: isPublic, ...filters } = request.query;
      const stream = exportStream(request.ctx, format, filters, { public: isPublic });
      const shownPublic = isPublic || request.ctx.actor.scope.role === 'public';
      return reply
        .header('content-type', exportMedia[format].contentType)
        .header('content-disposition', `attachment; filename="${exportFileName(format, shownPublic)}"`)
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );
}
