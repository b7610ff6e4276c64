import { printJson } from '../cli/output.js';
import { readConfig } from '../config.js';
import { openRuntime } from '../runtime.js';
import { generateDemo } from './generate.js';
import { loadDemo, loadDemoOnce } from './load.js';

/** `precursor demo load`: once per database, or another copy with --force. */
export async function loadDemoCommand(o: { force?: boolean; seed?: number; json?: boolean }) {
  const runtime = await openRuntime(readConfig());
  try {
    const log = (line: string) => (o.json ? undefined : process.stdout.write(`${line}\n`));
    const seed = o.seed ?? Date.now() % 2 ** 31;
    const loaded = o.force ? (await loadDemo(runtime, log, generateDemo(seed)), true) : await loadDemoOnce(runtime, log);
    if (o.json) printJson({ loaded });
    else if (!loaded) process.stdout.write('the demo data set was loaded before; use --force to load another copy\n');
  } finally {
    await runtime.close();
  }
}
