import { randomUUID } from 'node:crypto';
import { fullScope, publicScope, type Scope } from './access/scope.js';
import type { Database } from './db/database.js';

/** Who is acting, and what they may see (the access door reads `scope`). */
export interface Actor {
  id: string;
  name: string;
  scope: Scope;
}

/**
 * The single user of local mode (a server bound to a loopback address, and the CLI on the
 * embedded database): an administrator, since whoever holds the machine holds the data.
 */
export const localUser: Actor = { id: 'local', name: 'Local user', scope: fullScope };

/**
 * Someone who has not signed in, on a server that has accounts: reads what is published, nothing
 * else. A refusal for this actor is `unauthenticated` (401: sign in), not `forbidden` (403).
 */
export const anonymousUser: Actor = { id: 'anonymous', name: 'Anonymous', scope: publicScope };

/**
 * What every service call receives: the actor (for the audit trail and the access door), a
 * request id to tie log lines and audit entries together, and the database.
 */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  db: Database;
}

export function createContext(db: Database, actor: Actor = localUser, requestId: string = randomUUID()): RequestContext {
  return { actor, requestId, db };
}
