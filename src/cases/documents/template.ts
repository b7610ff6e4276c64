import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { submissionKinds, type SubmissionKind } from '../types.js';

/**
 * Submission templates as data (`data/submissions/*.yaml`): one per form a submission follows, each
 * citing the form it follows, with its sections — a heading, the part of the case that fills it and
 * the guidance printed under it. Validated at load, so a wrong file fails with its name and field.
 */
export const templatesDir = fileURLToPath(new URL('../../../data/submissions/', import.meta.url));

/** The parts of a SubmissionInput a section can show. */
export const sectionFills = [
  'summary',
  'victims',
  'targeted-groups',
  'state',
  'chronology',
  'pattern',
  'map',
  'provisions',
  'remedies',
  'procedures',
  'requested-measures',
  'interim-measures',
  'indicators',
  'annex',
] as const;
export type SectionFill = (typeof sectionFills)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day written YYYY-MM-DD');
const text = z.string().trim().min(1);

const Section = z.strictObject({ heading: text, fills: z.enum(sectionFills), guidance: text });

const WordLimit = z.strictObject({
  limit: z.number().int().positive(),
  /** For a joint submission (the UPR's coalition limit). */
  joint: z.number().int().positive().optional(),
  rule: text,
  source: text,
  url: z.url(),
  asOf: day,
  verified: z.boolean(),
  note: text.optional(),
});

const TemplateFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(submissionKinds),
  title: text,
  mechanisms: z.array(z.strictObject({ code: z.string().regex(/^[A-Z0-9-]+$/), name: text })).min(1),
  form: z.strictObject({ title: text, url: z.url(), asOf: day, verified: z.boolean(), note: text.optional() }),
  wordLimit: WordLimit.nullable(),
  sections: z.array(Section).min(1).optional(),
  sectionsFrom: z.string().optional(),
  indicators: z.array(text).optional(),
  /** The form asks for numbered paragraphs (the UPR's 2008 technical guidelines do). */
  numberedParagraphs: z.boolean().default(false),
});

export type SubmissionTemplate = Omit<z.infer<typeof TemplateFile>, 'sections' | 'sectionsFrom'> & { sections: z.infer<typeof Section>[] };

/** Thrown for a template file that does not validate: names the file and the field. */
export class TemplateError extends Error {}

/** Parses and checks the template files (name → YAML text); `sectionsFrom` is resolved among them. */
export function parseTemplates(files: Record<string, string>): SubmissionTemplate[] {
  const parsed = Object.entries(files).map(([name, source]) => {
    let data: unknown;
    try {
      data = parse(source);
    } catch (e) {
      throw new TemplateError(`${name}: not valid YAML: ${(e as Error).message}`);
    }
    const result = TemplateFile.safeParse(data);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new TemplateError(`${name}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    }
    return { name, file: result.data };
  });
  const byId = new Map(parsed.map((p) => [p.file.id, p]));
  const templates = parsed.map(({ name, file }) => {
    const { sectionsFrom, sections, ...rest } = file;
    if (sections && sectionsFrom) throw new TemplateError(`${name}: sections and sectionsFrom: give one, not both`);
    const source = sectionsFrom ? byId.get(sectionsFrom)?.file.sections : sections;
    if (!source) throw new TemplateError(`${name}: ${sectionsFrom ? `sectionsFrom: no template "${sectionsFrom}" with sections of its own` : 'sections: required'}`);
    if (file.kind === 'cerd-early-warning' && !file.indicators?.length) throw new TemplateError(`${name}: indicators: required for an early-warning request`);
    return { ...rest, sections: source };
  });
  const seen = new Map<string, string>();
  for (const t of templates) {
    for (const m of t.mechanisms) {
      const key = `${t.kind}:${m.code}`;
      if (seen.has(key)) throw new TemplateError(`${t.id}: mechanism ${m.code} already has a ${t.kind} template (${seen.get(key)})`);
      seen.set(key, t.id);
    }
  }
  return templates;
}

let cached: SubmissionTemplate[] | undefined;

/** Every shipped template, read once. */
export function loadTemplates(dir = templatesDir): SubmissionTemplate[] {
  if (dir !== templatesDir) return parseTemplates(readTemplateFiles(dir));
  cached ??= parseTemplates(readTemplateFiles(dir));
  return cached;
}

function readTemplateFiles(dir: string): Record<string, string> {
  const names = readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort();
  return Object.fromEntries(names.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
}

/** The template for this kind of submission to this mechanism, or undefined when none is shipped. */
export function templateFor(kind: SubmissionKind, mechanismCode: string, templates = loadTemplates()): SubmissionTemplate | undefined {
  return templates.find((t) => t.kind === kind && t.mechanisms.some((m) => m.code === mechanismCode));
}

/** The mechanisms that have a template of this kind (for an error that lists the choices). */
export function mechanismsFor(kind: SubmissionKind, templates = loadTemplates()): string[] {
  return templates.filter((t) => t.kind === kind).flatMap((t) => t.mechanisms.map((m) => m.code));
}
