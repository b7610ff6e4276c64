import { z } from 'zod';
import { DayText } from '../incidents/schema.js';

/**
 * Persons — victims and witnesses — at the edge: what a request may send, what a response
 * holds. Identifying fields travel only inside `identity`, which a response carries only to
 * a caller allowed to see it (persons.read-identity); everyone else gets `identity: null` and
 * the pseudonym.
 */

export const personRoles = ['victim', 'witness', 'victim-witness'] as const;
export const sexes = ['female', 'male', 'other', 'unknown'] as const;

/**
 * What a person agreed to, from narrowest to widest; each includes the ones before it.
 * `record-only`: kept in this record, named in nothing that leaves it. `share-un`: may be
 * named in submissions to UN mechanisms, courts and partners bound by confidentiality.
 * `publish`: may be named in public reports.
 */
export const consentScopes = ['record-only', 'share-un', 'publish'] as const;
export type ConsentScope = (typeof consentScopes)[number];

/** What a document or export is for: a person is disclosed only with consent at least this wide. */
export const disclosurePurposes = ['share-un', 'publish'] as const;
export type DisclosurePurpose = (typeof disclosurePurposes)[number];

const text = (max: number) => z.string().trim().max(max);

/** The identifying fields: encrypted at rest, each bound to its person and field. */
export const IdentityInput = z.object({
  name: text(300).min(1, 'a name is required').meta({ description: 'As the person gives it' }),
  aliases: z.array(text(300).min(1)).max(20).default([]),
  dateOfBirth: DayText.nullish().transform((v) => v ?? null),
  contacts: z.array(text(300).min(1)).max(20).default([]).meta({ description: 'Phone numbers, e-mail, how to reach the person safely' }),
  address: text(1000).default(''),
  photos: z.array(z.uuid()).max(50).default([]).meta({ description: 'Evidence ids of identifying photos' }),
  notes: text(20_000).default(''),
});
export type Identity = z.output<typeof IdentityInput>;
export const identityFields = ['name', 'aliases', 'dateOfBirth', 'contacts', 'address', 'photos', 'notes'] as const satisfies readonly (keyof Identity)[];
export type IdentityField = (typeof identityFields)[number];

export const PersonInput = z
  .object({
    incidentId: z.uuid(),
    role: z.enum(personRoles),
    sex: z.enum(sexes).nullish().transform((v) => v ?? null),
    age: z.number().int().min(0).max(130).nullish().transform((v) => v ?? null).meta({ description: 'Age in years at the time of the incident' }),
    actIds: z.array(z.uuid()).max(500).default([]).meta({ description: "Acts of the incident the person suffered or saw (the acts' stable ids)" }),
    sourceIds: z.array(z.uuid()).max(200).default([]).meta({ description: "Sources' information of the incident that names the person (the source's id)" }),
  })
  .extend(IdentityInput.shape);
export type PersonInput = z.output<typeof PersonInput>;

export const ConsentInput = z.object({
  version: z.number().int().min(1),
  scope: z.enum(consentScopes),
  date: DayText.meta({ description: 'When the person gave it' }),
});
export const WithdrawalInput = z.object({
  version: z.number().int().min(1),
  date: DayText.meta({ description: 'When the person withdrew it' }),
});

export const Consent = z.object({
  status: z.enum(['none', 'given', 'withdrawn']),
  scope: z.enum(consentScopes).nullable(),
  givenOn: z.string().nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
});
export type Consent = z.infer<typeof Consent>;

export const Identity = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  dateOfBirth: z.string().nullable(),
  contacts: z.array(z.string()),
  address: z.string(),
  photos: z.array(z.uuid()),
  notes: z.string(),
});

export const Person = z
  .object({
    id: z.uuid(),
    incidentId: z.uuid(),
    number: z.number().int(),
    pseudonym: z.string().meta({ description: 'How to name the person without identifying them: "Victim 3"' }),
    role: z.enum(personRoles),
    sex: z.enum(sexes).nullable(),
    age: z.number().int().nullable(),
    actIds: z.array(z.uuid()),
    sourceIds: z.array(z.uuid()),
    consent: Consent,
    identity: Identity.nullable().meta({ description: 'The identifying fields; null unless the caller may see identities (persons.read-identity)' }),
    version: z.number().int(),
    createdAt: z.string(),
    createdBy: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;

/** A person without identity: what the audit trail, a 409 body and callers without persons.read-identity receive. */
export type PersonRecord = Omit<Person, 'identity'>;
