import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { acceptanceInstruments, type AcceptanceInstrument } from './types.js';

/**
 * The shapes the acceptance table's edges take (CLI options and the HTTP query and answer),
 * validated with zod so that a mistyped option is named before anything is read or written.
 */

const instruments = Object.values(acceptanceInstruments) as [AcceptanceInstrument, ...AcceptanceInstrument[]];
export const AcceptanceInstrumentSchema = z.enum(instruments);

/**
 * A real ISO 3166-1 alpha-3 code, or one of the user-assigned codes XAA–XZZ that ISO leaves to
 * private use (the demo's fictional Veridia is XVR).
 */
export function isCountryCode(code: string): boolean {
  return /^X[A-Z]{2}$/.test(code) || countries.isValid(code);
}

/** Only real states go into the real table: a user-assigned code belongs in the fictional file. */
export function isRealCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && !code.startsWith('X') && countries.isValid(code);
}

const day = z.iso.date({ error: 'a real date written YYYY-MM-DD' });
const realState = z
  .string()
  .transform((s) => s.toUpperCase())
  .refine(isRealCountryCode, { message: 'an ISO 3166-1 alpha-3 code of a real country, such as FRA' });

export const AcceptanceQuery = z.object({
  state: z
    .string()
    .transform((s) => s.toUpperCase())
    .refine((s) => /^[A-Z]{3}$/.test(s), { message: 'an ISO 3166-1 alpha-3 code such as FRA' })
    .optional(),
  instrument: AcceptanceInstrumentSchema.optional(),
});

export const AcceptanceSetInput = z.object({
  state: realState,
  instrument: AcceptanceInstrumentSchema,
  action: z.enum(['ratification', 'accession', 'succession', 'declaration', 'signature']),
  deposited: day,
  inForce: day.optional(),
  withdrawn: day.optional(),
  reservations: z.array(z.string().trim().min(1).max(2000).refine((s) => !s.includes(' | ') && !/[\r\n]/.test(s), { message: 'one reservation per option, without " | " or line breaks' })).max(20),
  source: z.string().trim().min(1, 'every row names its source (title and URL)').max(1000),
  sourceDate: day.optional(),
  verified: z.boolean(),
});
export type AcceptanceSetInput = z.output<typeof AcceptanceSetInput>;

export const AcceptanceRowOut = z.object({
  state: z.string(),
  instrument: AcceptanceInstrumentSchema,
  action: z.enum(['ratification', 'accession', 'succession', 'declaration', 'signature']),
  deposited: z.string().nullable(),
  inForce: z.string().nullable().meta({ description: 'Entry into force for that State (the first day the body may examine facts)' }),
  withdrawn: z.string().nullable().meta({ description: 'Denunciation or withdrawal, effective from that day' }),
  reservations: z.array(z.string()).meta({ description: 'Reservations and declarations that bear on admissibility (same matter, ratione temporis …), summarised' }),
  source: z.string(),
  sourceDate: z.string().nullable().meta({ description: 'The date of the copy of the source that was read' }),
  verified: z.boolean().meta({ description: 'Whether the row was compared with its source; false for rows from memory or inferred' }),
});
