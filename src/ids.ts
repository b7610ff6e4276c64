import { invalid } from './errors.js';

/** A record id as the database writes it (a uuid, any case). The one pattern every module checks ids with. */
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Refuses an id given on the command line that is not a uuid, naming the option (exit 2),
 * before it reaches a query that would fail on the cast. `what` names the record:
 * `requireUuid(id, 'an incident')` says "'x' is not an incident id".
 */
export function requireUuid(id: string, what: string, field = 'id'): void {
  if (!uuidPattern.test(id)) throw invalid([{ field, code: 'invalid-uuid', message: `'${id}' is not ${what} id` }]);
}
