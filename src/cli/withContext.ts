import { requireLocalDatabase } from '../accounts/remote.js';
import { readConfig } from '../config.js';
import { createContext, type RequestContext } from '../context.js';
import { openRuntime, type Runtime } from '../runtime.js';

/**
 * Runs one command's work on the configured database as the local user (with the runtime, for
 * the evidence store), and closes the
 * database whatever happens. Refused while `precursor login` points the CLI at a server.
 * Imported by the commands' work modules, never for `--help`.
 */
export async function withContext<T>(work: (ctx: RequestContext, runtime: Runtime) => Promise<T>): Promise<T> {
  // Signed in to a shared server, a command without a remote form must not quietly act on a
  // local database the person may not even know is there.
  requireLocalDatabase();
  const runtime = await openRuntime(readConfig());
  try {
    return await work(createContext(runtime.db), runtime);
  } finally {
    await runtime.close();
  }
}
