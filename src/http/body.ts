import { invalid } from '../errors.js';
import type { App } from './app.js';

/**
 * How large and how deep a JSON body may be. The largest legitimate request is one incident:
 * measured, an incident with 500 acts of 5 perpetrators each, a 200,000-character narrative in
 * Arabic, 200 sources with 1,000-character notes, 200 links and 500 evidence ids is 1.3 MB of
 * JSON; 2 MB leaves room. Bulk writes go through imports, not one request. The deepest
 * legitimate body (incident → newRecords → places → place → aliases) is 5 levels.
 *
 * A 10 MB body of nested arrays once held the event loop for 10–14 s and took ~1 GB: now a
 * body past the limit is refused from its Content-Length (413) before it is read, and nesting
 * is counted in one pass over the text before JSON.parse builds anything.
 */
export const jsonBodyLimit = 2 * 1024 * 1024;
export const maxJsonDepth = 32;

/** Replaces Fastify's JSON parser with one that refuses deep nesting first (keeping its prototype-poisoning checks). */
export function registerJsonParser(app: App) {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: jsonBodyLimit }, (request, body, done) => {
    const text = body as string;
    if (nestingDepth(text, maxJsonDepth) > maxJsonDepth) {
      return done(invalid([{ field: 'body', code: 'invalid', message: `nested deeper than ${maxJsonDepth} levels`, in: 'body' }]), undefined);
    }
    return parse(request, text, done);
  });
}

/** The deepest nesting of arrays and objects in a JSON text, counting no further than `stopAt + 1`; brackets inside strings do not count. */
export function nestingDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest && (deepest = depth) > stopAt) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
