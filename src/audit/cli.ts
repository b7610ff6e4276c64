import type { Command } from 'commander';

/** The audit commands' options and help; what they do is imported when they run (see src/incidents/cli.ts). */
export function registerAuditCommands(program: Command) {
  const commands = () => import('./commands.js');
  const audit = program.command('audit').description('The tamper-evident audit trail: verify the hash chain, export and check its head');

  audit
    .command('verify')
    .description('Recompute the hash chain and name the first altered, removed or reordered entry (exit 1 if there is one)')
    .option('--json', 'machine-readable output')
    .action(async (o: { json?: boolean }) => (await commands()).verifyCommand(o));

  audit
    .command('head')
    .description('Write the chain head (sequence, hash, time, count) for a partner to keep, signed with --sign')
    .option('--sign <keyfile>', 'an Ed25519 private key in PEM (from `precursor audit keygen`)')
    .option('--out <file>', 'write the head to this file instead of standard output')
    .action(async (o: { sign?: string; out?: string }) => (await commands()).headCommand(o));

  audit
    .command('keygen')
    .description('Make an Ed25519 key pair for signing heads: FILE (private, kept by the operator) and FILE.pub (for partners)')
    .requiredOption('--out <file>', 'where to write the private key; the public key goes to <file>.pub')
    .action(async (o: { out: string }) => (await commands()).keygenCommand(o));

  audit
    .command('check-head')
    .description('Confirm that the trail still contains a head exported earlier, unchanged, and nothing before it was rewritten (exit 1 if not)')
    .argument('<file>', 'the head file (from `precursor audit head --sign`)')
    .requiredOption('--public-key <file>', 'the Ed25519 public key (PEM) the head was signed with')
    .option('--json', 'machine-readable output')
    .action(async (file: string, o: { publicKey: string; json?: boolean }) => (await commands()).checkHeadCommand(file, o));
}
