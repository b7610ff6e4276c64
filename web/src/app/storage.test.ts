import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, writeStored } from './storage';

/** In a sandboxed or cross-site frame, touching localStorage throws: the app must not. */
describe('guarded local storage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads nothing and keeps nothing when storage is refused, without throwing', () => {
    const refused = () => {
      throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
    };
    vi.stubGlobal('window', Object.defineProperty({}, 'localStorage', { get: refused }));
    expect(readStored('precursor.lang')).toBeNull();
    expect(() => writeStored('precursor.lang', 'ar')).not.toThrow();
  });

  it('reads and writes when storage works', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('window', { localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) } });
    writeStored('precursor.lang', 'ar');
    expect(readStored('precursor.lang')).toBe('ar');
  });
});
