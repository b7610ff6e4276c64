import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { apiGet, apiSend, clearCache, setCsrfToken } from '../api/client';

/** GET /api/session: who is using the app (src/accounts/schema.ts, SessionInfo). */
export interface SessionInfo {
  mode: 'local' | 'accounts';
  user: AccountUser | null;
  role: string;
  permissions: string[];
  csrfToken: string | null;
  tokenId: string | null;
  firstRun: boolean;
}

export interface AccountUser {
  id: string;
  login: string;
  displayName: string;
  role: string;
  clearance: string;
  teams: { id: string; name: string }[];
  disabled: boolean;
  totpEnabled: boolean;
}

interface SessionContext {
  /** Undefined while loading. */
  session: SessionInfo | undefined;
  /** Reads the session again (after sign-in or the first run), or takes the one a sign-in answered. */
  refresh: (known?: SessionInfo) => Promise<void>;
  signOut: () => Promise<void>;
}

const Context = createContext<SessionContext>({ session: undefined, refresh: async () => {}, signOut: async () => {} });

/** What someone who cannot reach the server may do: nothing; the API decides anyway. */
const unreachable: SessionInfo = { mode: 'accounts', user: null, role: 'public', permissions: [], csrfToken: null, tokenId: null, firstRun: false };

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionInfo>();
  const take = useCallback((next: SessionInfo) => {
    setCsrfToken(next.csrfToken);
    // Another person's (or nobody's) view of the records: nothing read before may be shown.
    clearCache();
    setSession(next);
  }, []);
  const refresh = useCallback(
    async (known?: SessionInfo) => take(known ?? (await apiGet<SessionInfo>('/api/session').catch(() => unreachable))),
    [take],
  );
  const signOut = useCallback(async () => {
    await apiSend('DELETE', '/api/session').catch(() => undefined);
    await refresh();
  }, [refresh]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return <Context.Provider value={{ session, refresh, signOut }}>{children}</Context.Provider>;
}

export const useSession = () => useContext(Context);
