import type { Command } from 'commander';

/**
 * `precursor persons …` and `precursor keys …`: names, options and help only. The work is in
 * ./commands.ts, imported when a command runs (so `--help` loads no database or crypto).
 */

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
const repeat = (value: string, previous: string[] = []) => [...previous, value];

const commands = () => import('./commands.js');

export function registerPersonCommands(program: Command) {
  const persons = program.command('persons').description('Victims and witnesses of incidents: identities encrypted at rest, consent recorded');

  persons
    .command('list')
    .description("List an incident's persons, or find persons by name (exact match: case, spacing and accents folded)")
    .option('--incident <id>', 'the incident')
    .option('--name <name>', 'a name or alias to look up')
    .option('--json', 'machine-readable output')
    .action(async (o) => (await commands()).listPersonsCommand(o));

  persons
    .command('show')
    .description('Show one person, with identity and consent')
    .argument('<id>', 'person id')
    .option('--json', 'machine-readable output')
    .action(async (id: string, o) => (await commands()).showPersonCommand(id, o));

  persons
    .command('add')
    .description('Record a victim or witness of an incident')
    .option('--incident <id>', 'the incident')
    .option('--role <role>', 'victim | witness | victim-witness')
    .option('--name <name>', 'the name as the person gives it')
    .option('--alias <name>', 'another name (repeat)', repeat)
    .option('--sex <code>', 'female | male | other | unknown')
    .option('--age <years>', 'age at the time of the incident', Number)
    .option('--date-of-birth <date>', 'YYYY-MM-DD')
    .option('--contact <text>', 'a way to reach the person safely (repeat)', repeat)
    .option('--address <text>', 'the exact address')
    .option('--notes <text>', 'notes')
    .option('--act <ids>', "acts of the incident the person suffered or saw (their ids)", collect)
    .option('--source <ids>', "sources' information of the incident naming the person (source ids)", collect)
    .option('--photo <ids>', 'evidence ids of identifying photos', collect)
    .option('--from-json <file>', "the person as the API's JSON body ('-' for standard input); other options are ignored")
    .option('--json', 'print the stored person as JSON')
    .action(async (o) => (await commands()).addPersonCommand(o));

  persons
    .command('consent')
    .description("Record a person's consent, or (--withdraw) its withdrawal")
    .argument('<id>', 'person id')
    .option('--scope <scope>', 'record-only | share-un | publish')
    .option('--withdraw', 'the person withdrew their consent')
    .option('--date <date>', 'when (YYYY-MM-DD); default today')
    .option('--json', 'print the person as JSON')
    .action(async (id: string, o) => (await commands()).consentCommand(id, o));
}

export function registerKeysCommands(program: Command) {
  const keys = program
    .command('keys')
    .description('The keys that protect identities: PRECURSOR_MASTER_KEY, PRECURSOR_MASTER_KEY_FILE, or a key file in the data directory');

  keys
    .command('status')
    .description('Which data key and master key are in use; --verify opens every encrypted field')
    .option('--verify', 'open every person’s encrypted fields and name the first that fails')
    .option('--json', 'machine-readable output')
    .action(async (o) => (await commands()).keysStatusCommand(o));

  keys
    .command('rotate')
    .description('Wrap the data key under a new master key; with --data-key, re-encrypt every field under a new data key (one transaction)')
    .option('--data-key', 'make a new data key and re-encrypt every person under it')
    .option('--new-key-file <file>', 'the new master key (base64 of 32 bytes); default: a new key replaces the key file in use')
    .option('--json', 'machine-readable output')
    .action(async (o) => (await commands()).keysRotateCommand(o));

  keys
    .command('generate')
    .description('Write a new random master key to a file readable by you only (for PRECURSOR_MASTER_KEY_FILE or keys rotate --new-key-file)')
    .argument('<file>', 'where to write it (must not exist)')
    .action(async (file: string) => (await commands()).keysGenerateCommand(file));
}
