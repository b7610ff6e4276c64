/**
 * The browser's local storage, read and written without ever throwing: in a sandboxed or
 * cross-site frame, with cookies blocked or storage full, touching `localStorage` throws, and
 * an unguarded read at start-up once left the whole app blank. A preference that cannot be
 * kept is simply not kept.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not kept: the app works without it.
  }
}
