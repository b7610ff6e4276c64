import { z } from 'zod';
import { problem } from '../fieldProblems.js';
import { CountryCode, taxonomyCode } from '../taxonomies/codes.js';

/**
 * The records an incident refers to: places, identity groups, actors (perpetrators,
 * speakers) and sources. They share one life cycle — create, edit with a version,
 * soft delete, restore, audit — and differ only in their fields, declared here.
 */

const name = z.string().trim().min(1, 'a name is required').max(300);
const description = z.string().max(20_000).default('');

export const PlaceInput = z
  .object({
    name,
    country: CountryCode,
    admin1: z.string().trim().min(1).max(200).nullish(),
    admin2: z.string().trim().min(1).max(200).nullish(),
    latitude: z.number().min(-90, 'latitude is between -90 and 90').max(90, 'latitude is between -90 and 90').nullish(),
    longitude: z.number().min(-180, 'longitude is between -180 and 180').max(180, 'longitude is between -180 and 180').nullish(),
    locationPrecision: taxonomyCode('location-precisions').default('exact'),
  })
  .superRefine((p, ctx) => {
    if ((p.latitude == null) !== (p.longitude == null)) {
      ctx.addIssue({ code: 'custom', path: [p.latitude == null ? 'latitude' : 'longitude'], message: 'latitude and longitude go together', params: problem('coordinates-together') });
    }
  });

export const GroupInput = z.object({
  name,
  basis: taxonomyCode('identity-bases'),
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  country: CountryCode.nullish(),
  description,
  countingUnit: taxonomyCode('counting-units').default('people-in-general'),
  sizeEstimate: z.number().int().nonnegative().nullish(),
});

export const ActorInput = z.object({
  name,
  kind: taxonomyCode('actor-kinds'),
  country: CountryCode.nullish(),
  description,
});

export const SourceInput = z.object({
  name,
  kind: z.string().trim().min(1).max(100).default('other').meta({ description: 'e.g. ngo, media, un, government, individual' }),
  reliability: taxonomyCode('source-reliability').default('F'),
  // Web addresses only: a `javascript:` or `data:` URL shown as a link would run in the reader's page.
  url: z
    .url({ protocol: /^https?$/, error: 'an http:// or https:// address' })
    .max(2000)
    .nullish()
    .meta({ description: 'An http(s) address' }),
  description,
});

const recordMeta = {
  id: z.uuid(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
};

const nullable = <T extends z.ZodRawShape>(shape: T) =>
  Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, (v as z.ZodType).nullable()])) as unknown as {
    [K in keyof T]: z.ZodNullable<T[K]>;
  };

export const Place = z.object({
  ...recordMeta,
  name: z.string(),
  country: z.string(),
  ...nullable({ admin1: z.string(), admin2: z.string(), latitude: z.number(), longitude: z.number() }),
  locationPrecision: z.string(),
});
export const Group = z.object({
  ...recordMeta,
  name: z.string(),
  basis: z.string(),
  aliases: z.array(z.string()),
  country: z.string().nullable(),
  description: z.string(),
  countingUnit: z.string(),
  sizeEstimate: z.number().nullable(),
});
export const Actor = z.object({ ...recordMeta, name: z.string(), kind: z.string(), country: z.string().nullable(), description: z.string() });
export const Source = z.object({
  ...recordMeta,
  name: z.string(),
  kind: z.string(),
  reliability: z.string(),
  url: z.string().nullable(),
  description: z.string(),
});

export type PlaceInput = z.output<typeof PlaceInput>;
export type GroupInput = z.output<typeof GroupInput>;
export type ActorInput = z.output<typeof ActorInput>;
export type SourceInput = z.output<typeof SourceInput>;
export type Place = z.infer<typeof Place>;
export type Group = z.infer<typeof Group>;
export type Actor = z.infer<typeof Actor>;
export type Source = z.infer<typeof Source>;

export const RegistryListQuery = z.object({
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'Words in the name (or an alias)' }),
  country: CountryCode.optional(),
  kind: z.string().optional().meta({ description: 'basis for groups, kind for actors and sources' }),
  reliability: taxonomyCode('source-reliability').optional().meta({ description: 'Sources only: the reliability grade, A–F' }),
  includeDeleted: z.stringbool().default(false),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
});
export type RegistryListQuery = z.output<typeof RegistryListQuery>;

/**
 * How each kind maps to its table: API field → column. Columns are constants of the code,
 * never user input, so the store can build its SQL from them.
 */
export interface RegistryKind {
  /** Singular noun for messages and audit entries. */
  noun: 'place' | 'group' | 'actor' | 'source';
  /** Plural, as in the URL. */
  plural: 'places' | 'groups' | 'actors' | 'sources';
  table: 'places' | 'groups' | 'actors' | 'sources';
  columns: Record<string, string>;
  /** Column filtered by the list query's `kind`, if any. */
  kindColumn?: string;
  /** Column filtered by the list query's `reliability`, if any. */
  reliabilityColumn?: string;
  /** Column filtered by `country`, if any. */
  countryColumn?: string;
  /** Array column searched by `q` beside the name. */
  aliasColumn?: string;
  input: z.ZodType;
  output: z.ZodType;
}

const meta = { id: 'id', version: 'version', createdAt: 'created_at', updatedAt: 'updated_at', deletedAt: 'deleted_at' };

export const registryKinds = {
  places: {
    noun: 'place',
    plural: 'places',
    table: 'places',
    columns: { ...meta, name: 'name', country: 'country', admin1: 'admin1', admin2: 'admin2', latitude: 'latitude', longitude: 'longitude', locationPrecision: 'location_precision' },
    countryColumn: 'country',
    input: PlaceInput,
    output: Place,
  },
  groups: {
    noun: 'group',
    plural: 'groups',
    table: 'groups',
    columns: { ...meta, name: 'name', basis: 'basis', aliases: 'aliases', country: 'country', description: 'description', countingUnit: 'counting_unit', sizeEstimate: 'size_estimate' },
    kindColumn: 'basis',
    countryColumn: 'country',
    aliasColumn: 'aliases',
    input: GroupInput,
    output: Group,
  },
  actors: {
    noun: 'actor',
    plural: 'actors',
    table: 'actors',
    columns: { ...meta, name: 'name', kind: 'kind', country: 'country', description: 'description' },
    kindColumn: 'kind',
    countryColumn: 'country',
    input: ActorInput,
    output: Actor,
  },
  sources: {
    noun: 'source',
    plural: 'sources',
    table: 'sources',
    columns: { ...meta, name: 'name', kind: 'kind', reliability: 'reliability', url: 'url', description: 'description' },
    kindColumn: 'kind',
    reliabilityColumn: 'reliability',
    input: SourceInput,
    output: Source,
  },
} as const satisfies Record<string, RegistryKind>;

export type RegistryKindName = keyof typeof registryKinds;
export interface RegistryRecordOf {
  places: Place;
  groups: Group;
  actors: Actor;
  sources: Source;
}
export interface RegistryInputOf {
  places: PlaceInput;
  groups: GroupInput;
  actors: ActorInput;
  sources: SourceInput;
}
