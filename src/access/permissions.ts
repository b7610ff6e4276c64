import { DomainError } from '../errors.js';
import type { Role, Scope } from './scope.js';

/**
 * What a role may do, as data: one row per action, the roles allowed. Which *records* an
 * allowed action reaches is the scope's business (scope.ts); this table says whether the
 * action is open to the role at all. Every route names its action (the route table's test
 * fails for a route without one).
 */
export const permissions = {
  // Reading incidents, their counts and the registry they name.
  'incidents.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer', 'public'],
  'incidents.write': ['administrator', 'editor'],
  'incidents.delete': ['administrator', 'editor'],
  'registry.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer', 'public'],
  'registry.write': ['administrator', 'editor'],
  // Sources are who tells us: never public, since a source named can be a source endangered.
  'sources.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer'],
  'regions.merge': ['administrator', 'editor'],
  'evidence.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer'],
  'evidence.write': ['administrator', 'editor'],
  'audit.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer'],
  'audit.verify': ['administrator'],
  // Persons: seeing a victim's or witness's identity is apart from knowing a person is recorded.
  'persons.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer'],
  'persons.read-identity': ['administrator', 'editor', 'lawyer'],
  'persons.write': ['administrator', 'editor', 'lawyer'],
  // Rotating the keys that protect identities, and reading which keys are in use.
  'persons.keys': ['administrator'],
  'users.manage': ['administrator'],
  // Team names (no members): every account reads them, to pick a record's teams and to see them named.
  'teams.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer'],
  // One's own account: second factor, API tokens. Every account, never the anonymous public.
  'account.manage': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer'],
  'records.purge': ['administrator'],
  'backup.run': ['administrator'],
  'taxonomies.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer', 'public'],
  // Imports write incidents in bulk: those who write incidents; their batches and reports name sources.
  'imports.read': ['administrator', 'editor', 'analyst'],
  'imports.write': ['administrator', 'editor'],
  // Exports: anyone who reads incidents gets what their scope reads; the public export mode is coarsened.
  'exports.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer', 'public'],
  // Review queue: assigning records and bulk status changes.
  'review.read': ['administrator', 'editor', 'analyst'],
  'review.write': ['administrator', 'editor'],
  // Likely duplicates: merging two incidents (undone by the same role).
  'incidents.merge': ['administrator', 'editor'],
  // The UN Framework of Analysis scorecard: an analysts' judgement of a country, never public
  // (a published "signs of intent to destroy" is a political act, for the organisation to decide).
  'framework.read': ['administrator', 'editor', 'analyst', 'lawyer'],
  'framework.write': ['administrator', 'editor', 'analyst'],
  // Early-warning alerts (src/warning): read by every account, each alert only if all its incidents
  // may be read; triaged (acknowledged, escalated, dismissed) by those who analyse; a scan run on
  // demand by those who write incidents (it rewrites alerts for everyone).
  'alerts.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer'],
  'alerts.write': ['administrator', 'editor', 'analyst'],
  'alerts.scan': ['administrator', 'editor'],
  // Stored country risk forecasts (src/forecast): computed from public predictors, so every account
  // reads them; saved by those who analyse. The watchlist (src/watchlist) joins them with alerts and
  // scorecards, each through its own door: every account reads it, and sees in it only what it may.
  'forecasts.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer'],
  'forecasts.write': ['administrator', 'editor', 'analyst'],
  'watchlist.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer'],
  // UN cases (src/cases): a case file names victims and its strategy, so never public or viewer;
  // built by lawyers and editors. The mechanisms' rules and the admissibility check on facts given
  // without a stored case are public law: every account reads them.
  'cases.read': ['administrator', 'editor', 'analyst', 'lawyer'],
  'cases.write': ['administrator', 'editor', 'lawyer'],
  'mechanisms.read': ['administrator', 'editor', 'analyst', 'lawyer', 'viewer', 'public'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;
export const actions = Object.keys(permissions) as Action[];

export function can(scope: Scope, action: Action): boolean {
  return (permissions[action] as readonly Role[]).includes(scope.role);
}

/** Throws `forbidden` unless the scope's role may take the action. */
export function requirePermission(scope: Scope, action: Action): void {
  if (!can(scope, action)) throw new DomainError('forbidden', `the role ${scope.role} may not ${action.replace('.', ' ')}`, [], { action });
}
