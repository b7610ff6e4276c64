/** What a person may do from the web app; each button that writes asks here first. */
export type Action = 'incident.edit' | 'incident.delete' | 'incident.restore' | 'evidence.verify';

/**
 * Whether the current person may take `action`. Accounts and roles arrive in a later issue:
 * until then everyone using this installation may do everything, and the API is the only
 * guard. When roles exist, this is the one place that reads them — the buttons already ask.
 */
export function useCan(): (action: Action) => boolean {
  return () => true;
}
