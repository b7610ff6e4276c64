/** The API's person, as GET /api/persons answers it: generated from the server's schema (src/persons/schema.ts). */
import type { Person } from '../api/types';

export type { Person };
export type PersonRole = Person['role'];
export type Sex = NonNullable<Person['sex']>;
export type ConsentScope = NonNullable<Person['consent']['scope']>;
export type Identity = NonNullable<Person['identity']>;

export const personRoles = ['victim', 'witness', 'victim-witness'] as const satisfies readonly PersonRole[];
export const sexes = ['female', 'male', 'other', 'unknown'] as const satisfies readonly Sex[];
export const consentScopes = ['record-only', 'share-un', 'publish'] as const satisfies readonly ConsentScope[];
