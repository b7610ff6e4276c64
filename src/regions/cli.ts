import type { Command } from 'commander';

/**
 * `precursor regions list|merge`: names, options and help only; what they do is in
 * ./commands.ts, imported when a command runs (src/cli/main.ts says why).
 */

const commands = () => import('./commands.js');

export function registerRegionCommands(program: Command) {
  const regions = program.command('regions').description("A country's regions (admin1, admin2): list them, merge two spellings");
  regions
    .command('list')
    .description('List the regions of a country with their live places and incidents')
    .requiredOption('--country <code>', 'ISO 3166-1 alpha-3 code')
    .option('--q <text>', 'part of the name, any case or spacing')
    .option('--level <level>', 'admin1 | admin2')
    .option('--json', 'machine-readable output')
    .action(async (o: { country: string; q?: string; level?: string; json?: boolean }) => (await commands()).listRegionsCommand(o));
  regions
    .command('merge')
    .description('Merge one spelling of a region into another: places, incidents and counts move, audited, in one transaction')
    .requiredOption('--country <code>', 'ISO 3166-1 alpha-3 code')
    .requiredOption('--from <name>', 'the spelling to merge away (any case or spacing)')
    .requiredOption('--into <name>', 'the region to keep (a new name renames --from)')
    .option('--level <level>', 'admin1 | admin2', 'admin1')
    .option('--admin1 <name>', 'for admin2: the admin1 both lie in')
    .option('--json', 'machine-readable output')
    .action(async (o: { country: string; from: string; into: string; level: string; admin1?: string; json?: boolean }) => (await commands()).mergeRegionsCommand(o));
}
