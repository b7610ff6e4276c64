import { randomUUID } from 'node:crypto';
import type { Database } from './db/database.js';

/** Who is acting. Until accounts exist (a later issue) every request is the local user. */
export interface Actor {
  id: string;
  name: string;
}

export const localUser: Actor = { id: 'local', name: 'Local user' };

/**
 * What every service call receives: the actor (for the audit trail and, later, access
 * rules), a request id to tie log lines and audit entries together, and the database.
 * Access control plugs in here, in one place.
 */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  db: Database;
}

export function createContext(db: Database, actor: Actor = localUser, requestId: string = randomUUID()): RequestContext {
  return { actor, requestId, db };
}
