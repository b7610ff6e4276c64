import { useSession } from './session';

/** What a person may do from the web app; each button that writes asks here first. */
export type Action = 'incident.edit' | 'incident.delete' | 'incident.restore' | 'incident.merge' | 'review.read' | 'evidence.read' | 'evidence.upload' | 'evidence.verify' | 'users.manage' | 'imports.run' | 'imports.read' | 'alert.read' | 'alert.triage' | 'alert.scan' | 'framework.read' | 'framework.write' | 'watchlist.read' | 'cases.read' | 'cases.write';

/** Each button's action as the server's permission (src/access/permissions.ts). */
const permissionOf: Record<Action, string> = {
  'incident.edit': 'incidents.write',
  'incident.delete': 'incidents.delete',
  'incident.restore': 'incidents.delete',
  'incident.merge': 'incidents.merge',
  'review.read': 'review.read',
  'evidence.read': 'evidence.read',
  'evidence.upload': 'evidence.write',
  'evidence.verify': 'evidence.write',
  'users.manage': 'users.manage',
  'imports.run': 'imports.write',
  'imports.read': 'imports.read',
  'alert.read': 'alerts.read',
  'alert.triage': 'alerts.write',
  'alert.scan': 'alerts.scan',
  'framework.read': 'framework.read',
  'framework.write': 'framework.write',
  'watchlist.read': 'watchlist.read',
  'cases.read': 'cases.read',
  'cases.write': 'cases.write',
};

/**
 * Whether the current person may take `action`, from their role as GET /api/session tells it.
 * Local mode is the administrator's, so everything shows; the API stays the real guard.
 */
export function useCan(): (action: Action) => boolean {
  const { session } = useSession();
  return (action) => Boolean(session?.permissions.includes(permissionOf[action]));
}
