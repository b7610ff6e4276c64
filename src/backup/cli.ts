import type { Command } from 'commander';

/** `precursor backup FILE` and `precursor restore FILE`: options and help; the work is in ./commands.ts. */
export function registerBackupCommands(program: Command) {
  const commands = () => import('./commands.js');
  program
    .command('backup')
    .description('Write one consistent backup (database, evidence files, manifest of SHA-256s) to FILE')
    .argument('<file>', 'the backup file to write (replaced if it exists)')
    .option('--passphrase-file <path>', 'encrypt with the passphrase on the first line of this file, or to the age key (AGE-SECRET-KEY-1…) in it')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nWhile `precursor serve` runs on the embedded database, back it up through the server:\n' +
        '  curl -X POST http://127.0.0.1:8080/api/backup -o precursor.tar.gz\n' +
        '  (with -H "content-type: application/json" -d \'{"passphrase":"…"}\' to encrypt)',
    )
    .action(async (file: string, o: { passphraseFile?: string; json?: boolean }) => (await commands()).backupCommand(file, o));
  program
    .command('restore')
    .description('Check a backup from end to end, then restore it in one transaction (an empty database, or --replace)')
    .argument('<file>', 'a backup written by `precursor backup` or POST /api/backup')
    .option('--passphrase-file <path>', 'the passphrase or age key the backup was encrypted with')
    .option('--replace', 'replace the data this database holds (its tombstones of purged records are kept)')
    .option('--check', 'only check the backup; change nothing')
    .option('--json', 'machine-readable output')
    .action(async (file: string, o: { passphraseFile?: string; replace?: boolean; check?: boolean; json?: boolean }) => (await commands()).restoreCommand(file, o));
}
