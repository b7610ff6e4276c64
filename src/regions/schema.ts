import { z } from 'zod';
import { problem } from '../fieldProblems.js';
import { CountryCode } from '../taxonomies/codes.js';

/**
 * Regions per country: admin1 (province, state, region) and admin2 (district) under an
 * admin1. Places and incidents name their region by its display spelling; this module
 * keeps one spelling per region and country.
 */

export const regionLevels = ['admin1', 'admin2'] as const;
export type RegionLevel = (typeof regionLevels)[number];

const spelling = z.string().trim().min(1, 'a region name is required').max(200);
const ring = z.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])).min(3);

/** A GeoJSON Polygon or MultiPolygon, positions as [longitude, latitude]. */
export const Boundary = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

export const Region = z.object({
  id: z.uuid(),
  country: z.string(),
  level: z.enum(regionLevels),
  name: z.string(),
  /** For an admin2: the admin1 it lies in. */
  parentId: z.uuid().nullable(),
  parentName: z.string().nullable(),
  /** Spellings merged into this region (their normalised keys). */
  aliases: z.array(z.string()),
  centroid: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
  hasBoundary: z.boolean(),
  /** Only when asked for (`boundaries=true`): boundaries can be large. */
  boundary: Boundary.nullable().optional(),
  /** Live places that name this region. */
  places: z.number().int(),
  /** Live incidents in this region. */
  incidents: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Region = z.infer<typeof Region>;

export const RegionListQuery = z.object({
  country: CountryCode,
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'Part of the name, any case or spacing' }),
  level: z.enum(regionLevels).optional(),
  admin1: spelling.optional().meta({ description: 'Only the admin2 regions of this admin1' }),
  boundaries: z.stringbool().default(false).meta({ description: 'Include each boundary (GeoJSON)' }),
});
export type RegionListQuery = z.output<typeof RegionListQuery>;

export const RegionAtQuery = z.object({
  country: CountryCode,
  lon: z.coerce.number().min(-180, 'lon is between -180 and 180').max(180, 'lon is between -180 and 180'),
  lat: z.coerce.number().min(-90, 'lat is between -90 and 90').max(90, 'lat is between -90 and 90'),
});
export type RegionAtQuery = z.output<typeof RegionAtQuery>;

export const RegionAt = z.object({
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  /** The most specific region found. */
  regionId: z.uuid().nullable(),
  /** How it was found: a boundary that contains the point, or the nearest known place within 50 km. */
  matchedBy: z.enum(['boundary', 'nearest-place']).nullable(),
  nearestPlace: z.object({ id: z.uuid(), name: z.string(), distanceKm: z.number() }).nullable(),
});
export type RegionAt = z.infer<typeof RegionAt>;

export const RegionMergeInput = z
  .object({
    country: CountryCode,
    level: z.enum(regionLevels).default('admin1'),
    from: spelling.meta({ description: 'The spelling to merge away (matched ignoring case and spacing)' }),
    into: spelling.meta({ description: 'The region to keep; the same region with another case or spacing respells it' }),
    admin1: spelling.optional().meta({ description: 'For admin2: the admin1 both lie in' }),
  })
  .superRefine((m, ctx) => {
    if (m.level === 'admin2' && !m.admin1) ctx.addIssue({ code: 'custom', path: ['admin1'], message: 'an admin2 merge names its admin1', params: problem('required') });
  });
export type RegionMergeInput = z.output<typeof RegionMergeInput>;

export const RegionMergeResult = z.object({
  into: Region,
  /** The spelling merged away, as it was stored. */
  from: z.string(),
  places: z.number().int(),
  incidents: z.number().int(),
});
export type RegionMergeResult = z.infer<typeof RegionMergeResult>;

/** What the demo data (or an administrator's import) says a region looks like. */
export const RegionShape = z.object({
  name: spelling,
  centroid: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).nullish(),
  boundary: Boundary.nullish(),
});
export type RegionShape = z.output<typeof RegionShape>;
