import { readConfig } from '../config.js';
import { createContext, type RequestContext } from '../context.js';
import { openRuntime } from '../runtime.js';

/**
 * Runs one command's work on the configured database as the local user, and closes the
 * database whatever happens. Imported by the commands' work modules, never for `--help`.
 */
export async function withContext<T>(work: (ctx: RequestContext) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(readConfig());
  try {
    return await work(createContext(runtime.db));
  } finally {
    await runtime.close();
  }
}
