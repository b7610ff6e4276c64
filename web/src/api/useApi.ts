import { useEffect, useState } from 'react';
import { ApiError, cachedGet } from './client';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | Error | undefined;
  loading: boolean;
}

/**
 * Reads one API path (cached); null waits. The latest path wins when it changes quickly.
 * Changing `reload` reads it again (writes clear the cache), e.g. after a delete on the same page.
 */
export function useApi<T>(path: string | null, reload = 0): Loaded<T> {
  const [state, setState] = useState<Loaded<T> & { path: string | null }>({ data: undefined, error: undefined, loading: path !== null, path });
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, path }));
    cachedGet<T>(path).then(
      (data) => live && setState({ data, error: undefined, loading: false, path }),
      (error: Error) => live && setState({ data: undefined, error, loading: false, path }),
    );
    return () => {
      live = false;
    };
  }, [path, reload]);
  return state;
}
