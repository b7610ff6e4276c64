import { describe, expect, it } from 'vitest';
import { isLoopback, readConfig } from './config.js';

describe('configuration', () => {
  it('knows loopback addresses, where local mode (no sign-in) is allowed', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.org', '128.0.0.1']) expect(isLoopback(host), host).toBe(false);
  });

  it('reads the public URL and refuses one that is not http(s)', () => {
    expect(readConfig({ PRECURSOR_PUBLIC_URL: 'https://precursor.example.org' }).publicUrl?.href).toBe('https://precursor.example.org/');
    expect(readConfig({}).publicUrl).toBeUndefined();
    expect(() => readConfig({ PRECURSOR_PUBLIC_URL: 'ftp://x' })).toThrow(/PRECURSOR_PUBLIC_URL/);
  });
});
