import { z } from 'zod';
import { isCountryCode } from '../../taxonomies/countries.js';
import { taxonomyCodes } from '../../taxonomies/load.js';
import { importFormats, type Mapping } from '../types.js';
import { datePrecisions, isMappingTarget, mappingTargetNames, mappingTargets } from './targets.js';

/**
 * A mapping file, validated like a taxonomy file: every object is strict, so a misspelt key
 * (`colum:`) is an error naming its path, not a silently ignored setting; target fields must
 * be in `mappingTargets`; every value mapping says why; the codes it maps to must exist.
 */
const nonEmpty = z.string().trim().min(1);

const FieldRuleSchema = z.union([
  nonEmpty,
  z
    .strictObject({
      column: z.union([nonEmpty, z.array(nonEmpty).min(1)]).optional(),
      tag: z.string().regex(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/i, 'an HXL hashtag such as #affected+killed').optional(),
      join: z.string().optional(),
      template: z.string().regex(/\{[^{}]+\}/, 'a template names at least one {column}').optional(),
      split: z.string().min(1).optional(),
      repeat: nonEmpty.optional(),
    })
    .refine((r) => [r.column, r.tag, r.template].filter((x) => x !== undefined).length === 1, { message: 'a field rule takes one of column, tag or template' }),
]);

const ValueMappingSchema = z.strictObject({
  code: z.union([nonEmpty, z.array(nonEmpty).min(1), z.null()]),
  why: nonEmpty.describe('the reasoning for this mapping, citing the source’s codebook'),
});

const SourceSchema = z.strictObject({
  name: nonEmpty.max(300),
  kind: z.string().max(100).nullish(),
  reliability: z.string().nullish(),
  url: z.string().nullish(),
  connection: z.string().optional(),
  materialType: z.string().optional(),
  credibility: z.number().int().min(1).max(6).optional(),
});

const targetKeys = <T extends z.ZodType>(value: T) =>
  z.record(z.string(), value).superRefine((record, ctx) => {
    for (const key of Object.keys(record))
      if (!isMappingTarget(key)) ctx.addIssue({ code: 'custom', path: [key], message: `unknown target field '${key}' (the targets are ${mappingTargetNames.join(', ')})` });
  });

export const MappingSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and -'),
    description: nonEmpty,
    format: z.enum(importFormats),
    sourceSystem: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'lower-case letters, digits, ., _ and -').optional(),
    key: z.union([z.strictObject({ columns: z.array(nonEmpty).min(1) }), z.strictObject({ hash: z.literal('record') })]),
    source: SourceSchema.optional(),
    fields: targetKeys(FieldRuleSchema),
    // Checked apart from the rest, so that a wrong code is reported with the file's other faults.
    values: targetKeys(z.record(z.string(), ValueMappingSchema))
      .superRefine((values, ctx) => {
        // The codes a value mapping gives must be codes of the target's vocabulary.
        for (const [target, byValue] of Object.entries(values)) {
          for (const [value, mapping] of Object.entries(byValue)) {
            const codes = mapping.code === null ? [] : Array.isArray(mapping.code) ? mapping.code : [mapping.code];
            for (const code of codes) {
              const problem = codeProblem(target, code);
              if (problem) ctx.addIssue({ code: 'custom', path: [target, value, 'code'], message: problem });
            }
          }
        }
      })
      .optional(),
    defaults: targetKeys(z.union([z.string(), z.number(), z.boolean()]))
      .superRefine((defaults, ctx) => {
        for (const [target, value] of Object.entries(defaults)) {
          const problem = typeof value === 'string' && isMappingTarget(target) && ['code', 'precision', 'country'].includes(mappingTargets[target].kind) ? codeProblem(target, value) : undefined;
          if (problem) ctx.addIssue({ code: 'custom', path: [target], message: problem });
        }
      })
      .optional(),
    dateOrder: z.enum(['day-first', 'month-first']).optional(),
  })
  .superRefine((m, ctx) => {
    const src = m.source;
    if (src?.reliability && !taxonomyCodes('source-reliability').has(src.reliability)) ctx.addIssue({ code: 'custom', path: ['source', 'reliability'], message: `unknown source-reliability code '${src.reliability}'` });
    if (src?.connection && !taxonomyCodes('source-connections').has(src.connection)) ctx.addIssue({ code: 'custom', path: ['source', 'connection'], message: `unknown source-connections code '${src.connection}'` });
    if (src?.materialType && !taxonomyCodes('material-types').has(src.materialType)) ctx.addIssue({ code: 'custom', path: ['source', 'materialType'], message: `unknown material-types code '${src.materialType}'` });
    if (!m.fields.startDate && m.defaults?.startDate === undefined) ctx.addIssue({ code: 'custom', path: ['fields', 'startDate'], message: 'a mapping must say where the start date comes from' });
    if (!m.fields.violationType && m.defaults?.violationType === undefined) ctx.addIssue({ code: 'custom', path: ['fields', 'violationType'], message: 'a mapping must say where the violation type comes from (a column, or a default)' });
    if (!m.fields.country && !m.fields.coordinates && m.defaults?.country === undefined) ctx.addIssue({ code: 'custom', path: ['fields', 'country'], message: 'a mapping must say where the country comes from (a column, or a default)' });
  });

/** Codes per vocabulary, built once: every code of every imported row is checked against them. */
const vocabularies = new Map<string, ReadonlySet<string>>();
const codesOf = (name: Parameters<typeof taxonomyCodes>[0]) => {
  let codes = vocabularies.get(name);
  if (!codes) vocabularies.set(name, (codes = taxonomyCodes(name)));
  return codes;
};

/** Why a code is not one the target takes, or undefined when it is. */
export function codeProblem(target: string, code: string): string | undefined {
  if (!isMappingTarget(target)) return undefined;
  const t = mappingTargets[target] as { kind: string; vocabulary?: Parameters<typeof taxonomyCodes>[0] };
  if (t.kind === 'precision') return (datePrecisions as readonly string[]).includes(code) ? undefined : `'${code}' is not a date precision (${datePrecisions.join(', ')})`;
  if (t.kind === 'code' && t.vocabulary && !codesOf(t.vocabulary).has(code)) return `unknown ${t.vocabulary} code '${code}'`;
  if (t.kind === 'boolean' && !['true', 'false'].includes(code)) return `'${code}' is not true or false`;
  if (t.kind === 'country' && !isCountryCode(code)) return `'${code}' is not an ISO 3166-1 alpha-3 country code`;
  return undefined;
}

/** The validated mapping has exactly the contract's shape (src/ingest/types.ts). */
export type ValidMapping = z.output<typeof MappingSchema> & Mapping;
