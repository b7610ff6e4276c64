/** The API's person, as GET /api/persons answers it (src/persons/schema.ts). */
export type PersonRole = 'victim' | 'witness' | 'victim-witness';
export type Sex = 'female' | 'male' | 'other' | 'unknown';
export type ConsentScope = 'record-only' | 'share-un' | 'publish';

export const personRoles: readonly PersonRole[] = ['victim', 'witness', 'victim-witness'];
export const sexes: readonly Sex[] = ['female', 'male', 'other', 'unknown'];
export const consentScopes: readonly ConsentScope[] = ['record-only', 'share-un', 'publish'];

export interface Identity {
  name: string;
  aliases: string[];
  dateOfBirth: string | null;
  contacts: string[];
  address: string;
  photos: string[];
  notes: string;
}

export interface Person {
  id: string;
  incidentId: string;
  number: number;
  pseudonym: string;
  role: PersonRole;
  sex: Sex | null;
  age: number | null;
  actIds: string[];
  sourceIds: string[];
  consent: {
    status: 'none' | 'given' | 'withdrawn';
    scope: ConsentScope | null;
    givenOn: string | null;
    recordedBy: string | null;
    withdrawnOn: string | null;
    withdrawnBy: string | null;
  };
  /** Null when the reader's role may not see identities. */
  identity: Identity | null;
  version: number;
}
