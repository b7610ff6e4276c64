import { can, requirePermission } from '../../access/permissions.js';
import { publicScope } from '../../access/scope.js';
import type { RequestContext } from '../../context.js';
import { incidentPages } from '../../incidents/pages.js';
import type { IncidentFilterQuery } from '../../incidents/schema.js';
import { getEvidenceMany } from '../../evidence/service.js';
import { getRecords } from '../../registry/service.js';
import { toExchange, type ExchangeIncident } from './exchange.js';
import { publicOptionsFrom, toPublic, type PublicOptions } from './public.js';

export interface ExportScope {
  /** Public mode: what the public would get, coarsened (public.ts). Always on for the public itself. */
  public: boolean;
  publicOptions?: PublicOptions;
  pageSize?: number;
  /** Told how many incidents each page held, as it is read (for a count at the end). */
  onPage?: (incidents: number) => void;
}

/**
 * The incidents an export writes, a page at a time (memory flat, no row cap), as exchanged
 * (exchange.ts). Read through the caller's scope — or, in public mode, through the public's
 * scope whoever asks, so an editor's public export holds exactly what the public may read.
 * Sources are named only for a scope that may read sources.
 */
export async function* exchangePages(ctx: RequestContext, q: IncidentFilterQuery, options: ExportScope): AsyncGenerator<ExchangeIncident[]> {
  requirePermission(ctx.actor.scope, 'exports.read');
  const isPublic = options.public || ctx.actor.scope.role === 'public';
  const publicOptions = options.publicOptions ?? publicOptionsFrom();
  const readCtx: RequestContext = isPublic ? { ...ctx, actor: { ...ctx.actor, scope: publicScope } } : ctx;
  const namesSources = !isPublic && can(readCtx.actor.scope, 'sources.read');
  const namesEvidence = !isPublic && can(readCtx.actor.scope, 'evidence.read');
  for await (const page of incidentPages(readCtx, q, options.pageSize)) {
    const acts = page.flatMap((i) => i.acts);
    const evidenceIds = namesEvidence ? page.flatMap((i) => i.evidenceIds) : [];
    const [groups, actors, sources, evidence] = await Promise.all([
      getRecords(ctx.db, 'groups', acts.flatMap((a) => (a.groupId ? [a.groupId] : []))),
      getRecords(ctx.db, 'actors', acts.flatMap((a) => a.perpetrators.map((p) => p.actorId))),
      namesSources ? getRecords(ctx.db, 'sources', page.flatMap((i) => i.sources.map((s) => s.sourceId))) : Promise.resolve([]),
      // Through the evidence door: only records this reader may read (their chains of custody stay out of an export).
      evidenceIds.length ? getEvidenceMany(readCtx, evidenceIds) : Promise.resolve([]),
    ]);
    const names = {
      places: new Map(),
      groups: new Map(groups.map((g) => [g.id, g])),
      actors: new Map(actors.map((a) => [a.id, a])),
      sources: new Map(sources.map((s) => [s.id, s])),
      ...(namesEvidence ? { evidence: new Map(evidence.map((e) => [e.id, { id: e.id, sha256: e.sha256, filename: e.filename, mediaType: e.mediaType, sizeBytes: Number(e.sizeBytes), description: e.description }])) } : {}),
    };
    options.onPage?.(page.length);
    yield page.map((incident) => {
      const doc = toExchange(namesSources ? incident : { ...incident, sources: [] }, names);
      return isPublic ? toPublic(doc, publicOptions) : doc;
    });
  }
}
