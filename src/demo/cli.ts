import type { Command } from 'commander';
import { printJson } from '../cli/output.js';
import { readConfig } from '../config.js';
import { openRuntime } from '../runtime.js';
import { generateDemo } from './generate.js';
import { loadDemo, loadDemoOnce } from './load.js';

export function registerDemoCommands(program: Command) {
  const demo = program.command('demo').description('The demo data set (fictional Veridia)');
  demo
    .command('load')
    .description('Load the demo data set: 4½ years of incidents in a fictional country, with an escalation against one group')
    .option('--force', 'load it even if this database has had it before (adds another copy, from another seed)')
    .option('--seed <n>', 'seed of the generator (with --force; default: from the clock)', Number)
    .option('--json', 'machine-readable output')
    .action(async (o: { force?: boolean; seed?: number; json?: boolean }) => {
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
    });
}
