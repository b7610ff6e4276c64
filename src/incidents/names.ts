import { invalid } from '../errors.js';
import { uuidPattern } from '../ids.js';


/**
 * Lets a person name a group, actor or source by its name instead of its id, on the command
 * line: an id is kept, a name must match exactly one record (case aside) that `search` finds —
 * in the local database or on a remote server alike.
 */
export async function namesToIds(
  kind: 'groups' | 'actors' | 'sources',
  values: string[] | undefined,
  option: string,
  search: (name: string) => Promise<{ id: string; name: string }[]>,
): Promise<string[] | undefined> {
  if (!values?.length) return undefined;
  const ids: string[] = [];
  for (const value of values) {
    if (uuidPattern.test(value)) {
      ids.push(value);
      continue;
    }
    const exact = (await search(value)).filter((r) => r.name.toLowerCase() === value.toLowerCase());
    if (exact.length !== 1) {
      const entity = kind.slice(0, -1);
      throw invalid([
        exact.length
          ? { field: option, code: 'ambiguous-name', message: `more than one ${entity} is named '${value}'; give its id`, params: { entity, value } }
          : { field: option, code: 'not-found', message: `no ${entity} named '${value}'`, params: { entity, id: value } },
      ]);
    }
    ids.push(exact[0]!.id);
  }
  return ids;
}
