import type { Scope } from '../access/scope.js';
import type { Sql } from '../db/database.js';
import * as store from './store/index.js';

/**
 * Which places a reader may not see exactly (issue 16 §5): those named by an incident the reader
 * may not read or whose place is withheld from the reader — and, for the public, by any incident
 * that is not public or withholds its place (the rule by which the public export rounds). The
 * registry coarsens these places' coordinates on every read (src/registry/placeCoordinates.ts).
 */
export function placesSensitiveFor(sql: Sql, scope: Scope, placeIds: readonly string[]): Promise<Set<string>> {
  return store.selectPlacesSensitiveFor(sql, scope, [...new Set(placeIds)]);
}
