import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { acceptanceInstruments, type AcceptanceInstrument, type Citation, conditionNames, treatyBodies } from './types.js';

/**
 * The UN mechanisms as data (`data/mechanisms/*.yaml`): each treaty body's competence and
 * admissibility rules, the special procedures, the Special Adviser on the Prevention of Genocide,
 * CERD's early-warning procedure, the UPR and the CMW (not in force). Every rule carries its
 * citation: the short rule ("OP1 art. 5(2)(a)"), a source named in the file's `sources` table, and
 * the day it was read ("as of"). The admissibility engine (./check/) reads its parameters here —
 * the months of a time limit, which same-matter bar applies — so a rule changes in the data, with
 * its citation, and not in code. Validated when loaded; an error names the file and the field.
 */

export const mechanismsDir = fileURLToPath(new URL('../../data/mechanisms/', import.meta.url));
export const mechanismFiles = ['treaty-bodies.yaml', 'charter-based.yaml'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

const Source = z.object({ title: z.string().min(1), url: z.string().url().nullable().default(null) }).strict();

/** A rule as written in the YAML: what it says, in our words, and where it comes from. */
const RuleIn = z
  .object({
    text: z.string().min(1, 'says what the rule is'),
    rule: z.string().min(1, 'the short form cited beside an answer, e.g. "OP1 art. 5(2)(a)"'),
    source: z.string().min(1, "a key of the file's sources table"),
    asOf: isoDate,
  })
  .strict();

const instruments = Object.values(acceptanceInstruments) as [AcceptanceInstrument, ...AcceptanceInstrument[]];

/** The same-matter bar, body by body (issue 18 §1). */
export const sameMatterBars = ['none', 'being-examined', 'has-been-or-is-being-examined', 'being-examined-same-nature'] as const;
export type SameMatterBar = (typeof sameMatterBars)[number];

const TreatyBodyIn = z
  .object({
    code: z.enum(treatyBodies),
    kind: z.literal('treaty-body'),
    name: z.string().min(1),
    treaty: z.string().min(1),
    instrument: z.enum(instruments),
    /** How the instrument or declaration enters into force for a state, from its deposit. */
    entryIntoForce: RuleIn.extend({ months: z.number().int().min(0), days: z.number().int().min(0) }).strict(),
    conditions: z
      .object({
        competence: RuleIn,
        /**
         * `commencedOnly`: facts that began before entry into force are outside, even if they
         * continue (ICPPED art. 35). `domesticDecisionsCount`: domestic judicial decisions directly
         * connected with the facts are part of them, so one given after entry into force brings
         * earlier facts within competence (CERD/C/103/D/60/2016, para. 7.3); set only where a
         * decision saying so was read.
         */
        ratione_temporis: RuleIn.extend({ commencedOnly: z.boolean(), domesticDecisionsCount: z.boolean().default(false) }).strict(),
        ratione_materiae: RuleIn,
        ratione_personae: RuleIn,
        victim_status: RuleIn,
        anonymity: RuleIn,
        non_exhaustion: RuleIn,
        same_matter: RuleIn.extend({ bar: z.enum(sameMatterBars) }).strict(),
        /**
         * A fixed limit (`months` after exhaustion, excused by the fact named in `excuse`), or
         * `unreasonableDelay` (CAT rule 113(f)), or neither (`not-applicable`).
         */
        time_limit: RuleIn.extend({
          months: z.number().int().positive().nullable(),
          excuse: z.enum(['exceptionalCircumstances', 'delayJustification']).nullable(),
          unreasonableDelayMonths: z.number().int().positive().nullable().default(null),
        }).strict(),
        /** The Human Rights Committee's rule 99(c): a delay that is presumed an abuse unless justified. */
        abuse_of_right: RuleIn.extend({
          delay: z
            .object({ monthsAfterExhaustion: z.number().int().positive(), monthsAfterOtherProcedure: z.number().int().positive(), receivedFrom: isoDate })
            .strict()
            .nullable()
            .default(null),
        }).strict(),
      })
      .strict(),
    interimMeasures: RuleIn,
  })
  .strict();

const SimpleIn = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9-]+$/, 'an upper-case code such as SR-MINORITIES'),
    kind: z.enum(['special-procedure', 'early-warning', 'upr', 'recipient', 'not-in-force']),
    name: z.string().min(1),
    /** Why it is (or is not) open; for a special procedure: no ratification or exhaustion needed. */
    openness: RuleIn,
    /** What a communication, request or submission must contain, each item cited. */
    contents: z.array(RuleIn).default([]),
    /** CERD early warning: the indicators that trigger the procedure. */
    indicators: z.array(RuleIn).default([]),
    /** UPR: length limits, format and timing. */
    limits: z.array(RuleIn.extend({ words: z.number().int().positive().nullable().default(null), who: z.string().nullable().default(null) }).strict()).default([]),
  })
  .strict();

const FileIn = z
  .object({
    sources: z.record(z.string(), Source),
    mechanisms: z.array(z.discriminatedUnion('kind', [TreatyBodyIn, SimpleIn.extend({ kind: z.enum(['special-procedure', 'early-warning', 'upr', 'recipient', 'not-in-force']) })])),
  })
  .strict();

/** A rule as the engine and the API use it: the text with its full citation. */
export interface MechanismRule extends Citation {
  text: string;
}

type Resolved<T> = T extends { source: string; rule: string; text: string; asOf: string } ? Omit<T, 'source'> & MechanismRule : T extends (infer U)[] ? Resolved<U>[] : T extends object ? { [K in keyof T]: Resolved<T[K]> } : T;

export type TreatyBodyMechanism = Resolved<z.infer<typeof TreatyBodyIn>>;
export type OtherMechanism = Resolved<z.infer<typeof SimpleIn>>;
export type Mechanism = TreatyBodyMechanism | OtherMechanism;

export interface Mechanisms {
  treatyBodies: TreatyBodyMechanism[];
  others: OtherMechanism[];
}

export class MechanismFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`mechanism file ${file} is invalid:\n  ${problems.join('\n  ')}`);
  }
}

/** Parses and validates one file's text; errors name the mechanism entry and the field. */
export function parseMechanismFile(text: string, file: string): Mechanism[] {
  let raw: unknown;
  try {
    const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    raw = parse(text);
  } catch (err) {
    throw new MechanismFileError(file, [(err as Error).message]);
  }
  const parsed = FileIn.safeParse(raw);
  if (!parsed.success) throw new MechanismFileError(file, parsed.error.issues.map((i) => `${describePath(raw, i.path)}: ${i.message}`));
  const { sources, mechanisms } = parsed.data;
  const problems: string[] = [];
  const resolve = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => resolve(v, `${path}.${i}`));
    if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.rule === 'string' && typeof o.source === 'string' && typeof o.text === 'string') {
        const source = sources[o.source];
        if (!source) problems.push(`${path}.source: '${o.source}' is not in the file's sources table`);
        return { ...Object.fromEntries(Object.entries(o).map(([k, v]) => [k, resolve(v, `${path}.${k}`)])), source: source?.title ?? o.source, url: source?.url ?? null };
      }
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, resolve(v, `${path}.${k}`)]));
    }
    return value;
  };
  const out = mechanisms.map((m) => resolve(m, m.code) as Mechanism);
  if (problems.length) throw new MechanismFileError(file, problems);
  return out;
}

/** "mechanisms.3 (CAT).conditions.same_matter.bar" rather than a bare index. */
function describePath(raw: unknown, path: PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'mechanisms' && parts[1] !== undefined) {
    const code = (raw as { mechanisms?: { code?: unknown }[] })?.mechanisms?.[Number(parts[1])]?.code;
    if (typeof code === 'string') parts[1] = `${parts[1]} (${code})`;
  }
  return parts.join('.') || '(file)';
}

/** Checks what spans entries: every treaty body once, codes unique, CMW stated. */
export function assembleMechanisms(entries: Mechanism[]): Mechanisms {
  const codes = new Set<string>();
  for (const m of entries) {
    if (codes.has(m.code)) throw new MechanismFileError('data/mechanisms', [`${m.code} is defined twice`]);
    codes.add(m.code);
  }
  const missing = treatyBodies.filter((c) => !codes.has(c));
  if (missing.length) throw new MechanismFileError('data/mechanisms', [`no entry for ${missing.join(', ')}`]);
  const tb = entries.filter((m): m is TreatyBodyMechanism => m.kind === 'treaty-body');
  for (const m of tb) {
    if (acceptanceInstruments[m.code] !== m.instrument) throw new MechanismFileError('data/mechanisms', [`${m.code}.instrument: the acceptance table calls it ${acceptanceInstruments[m.code]}`]);
    for (const c of conditionNames) if (!(c in m.conditions)) throw new MechanismFileError('data/mechanisms', [`${m.code}.conditions.${c}: missing`]);
  }
  return { treatyBodies: tb, others: entries.filter((m): m is OtherMechanism => m.kind !== 'treaty-body') };
}

let cached: Mechanisms | null = null;

/** Every shipped mechanism, validated (read once per process). */
export function loadMechanisms(): Mechanisms {
  cached ??= assembleMechanisms(mechanismFiles.flatMap((f) => parseMechanismFile(readFileSync(`${mechanismsDir}${f}`, 'utf8'), `data/mechanisms/${f}`)));
  return cached;
}

export function treatyBody(mechanisms: Mechanisms, code: string): TreatyBodyMechanism {
  const m = mechanisms.treatyBodies.find((t) => t.code === code);
  if (!m) throw new RangeError(`no treaty body ${code}`);
  return m;
}
