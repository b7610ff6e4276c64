import { useMemo } from 'react';
import { useApi } from '../api/useApi';
import { useSession } from './session';

/** A team of this server, by name (GET /api/team-names: no members). */
export interface TeamName {
  id: string;
  name: string;
}

export interface Teams {
  items: TeamName[];
  /** A team's name; an id this server does not know (a team of another installation) as itself. */
  name: (id: string) => string;
  ids: ReadonlySet<string>;
  /** False until the names arrived, or were found not to be readable (the public reads none). */
  loaded: boolean;
}

/** This server's teams by name, for those who may read them (`teams.read`); none for the others. */
export function useTeams(): Teams {
  const { session } = useSession();
  const mayRead = Boolean(session?.permissions.includes('teams.read'));
  const names = useApi<{ items: TeamName[] }>(mayRead ? '/api/team-names' : null);
  return useMemo(() => {
    const items = names.data?.items ?? [];
    const byId = new Map(items.map((x) => [x.id, x.name]));
    return { items, name: (id: string) => byId.get(id) ?? id, ids: new Set(byId.keys()), loaded: session !== undefined && (!mayRead || !names.loading) };
  }, [names.data, names.loading, mayRead, session]);
}
