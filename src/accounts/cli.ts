import type { Command } from 'commander';

/**
 * Accounts at the command line: users, teams and API tokens on the local database (as its
 * administrator), and `login`/`logout`/`whoami` for a shared server. Names, options and help
 * only; the work is in ./commands.ts, imported when a command runs.
 */

const commands = () => import('./commands.js');
const list = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean);

export function registerAccountCommands(program: Command) {
  const users = program.command('users').description('Accounts on the local database: list, add, change role or teams, reset a password, disable');
  users
    .command('list')
    .description('List accounts')
    .option('--json', 'machine-readable output')
    .action(async (o) => (await commands()).listUsersCommand(o));
  users
    .command('add')
    .description('Create an account; the first one must be an administrator (it ends local mode: the server then asks everyone to sign in)')
    .requiredOption('--login <name>', 'login name')
    .requiredOption('--role <role>', 'administrator | editor | analyst | lawyer | viewer')
    .option('--name <text>', 'display name (default: the login)')
    .option('--clearance <level>', "public | internal | confidential | strictly-confidential (capped at the role's maximum)")
    .option('--teams <names>', 'teams, comma-separated', list)
    .option('--json', 'machine-readable output')
    .action(async (o) => (await commands()).addUserCommand(o));
  users
    .command('set-role')
    .description("Change an account's role (and clearance)")
    .argument('<login>', 'login name or id')
    .argument('<role>', 'administrator | editor | analyst | lawyer | viewer')
    .option('--clearance <level>', 'clearance level')
    .option('--json', 'machine-readable output')
    .action(async (login: string, role: string, o) => (await commands()).changeUserCommand(login, { role, clearance: o.clearance }, o));
  users
    .command('set-teams')
    .description("Replace an account's teams ('' for none)")
    .argument('<login>', 'login name or id')
    .argument('<teams>', 'team names, comma-separated')
    .option('--json', 'machine-readable output')
    .action(async (login: string, teams: string, o) => (await commands()).changeUserCommand(login, { teams: list(teams) }, o));
  users
    .command('reset-password')
    .description('Set a new password (asked for, or read from standard input); the account’s sessions and API tokens end')
    .argument('<login>', 'login name or id')
    .option('--json', 'machine-readable output')
    .action(async (login: string, o) => (await commands()).resetPasswordCommand(login, o));
  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    users
      .command(name)
      .description(disabled ? 'Disable an account: it cannot sign in, its sessions and tokens end' : 'Enable a disabled account')
      .argument('<login>', 'login name or id')
      .option('--json', 'machine-readable output')
      .action(async (login: string, o) => (await commands()).changeUserCommand(login, { disabled }, o));
  }

  const teams = program.command('teams').description('Teams on the local database: records restricted to a team are seen by its members');
  teams
    .command('list')
    .description('List teams')
    .option('--json', 'machine-readable output')
    .action(async (o) => (await commands()).listTeamsCommand(o));
  teams
    .command('add')
    .description('Create a team')
    .argument('<name>', 'team name')
    .option('--json', 'machine-readable output')
    .action(async (name: string, o) => (await commands()).addTeamCommand(name, o));
  teams
    .command('remove')
    .description('Remove a team and its memberships')
    .argument('<name>', 'team name or id')
    .option('--json', 'machine-readable output')
    .action(async (name: string, o) => (await commands()).removeTeamCommand(name, o));

  const tokens = program.command('tokens').description("API tokens on the local database, for scripts (send as 'Authorization: Bearer …')");
  tokens
    .command('create')
    .description('Create an API token for an account; the secret is printed this once')
    .requiredOption('--user <login>', 'the account the token acts as')
    .requiredOption('--name <text>', 'what the token is for')
    .option('--access <access>', 'read-only | read-write | actions, comma-separated (e.g. incidents.read,incidents.write)', 'read-only')
    .option('--expires-days <n>', 'days until it expires (1–366)', '90')
    .option('--json', 'machine-readable output')
    .action(async (o) => (await commands()).createTokenCommand(o));
  tokens
    .command('list')
    .description('List API tokens (never their secrets)')
    .option('--user <login>', 'only this account’s')
    .option('--json', 'machine-readable output')
    .action(async (o) => (await commands()).listTokensCommand(o));
  tokens
    .command('revoke')
    .description('Revoke an API token')
    .argument('<id>', 'token id')
    .option('--json', 'machine-readable output')
    .action(async (id: string, o) => (await commands()).revokeTokenCommand(id, o));

  program
    .command('login')
    .description('Sign in to a shared Precursor server; `incidents list|show|search` and `stats` then ask it')
    .argument('<url>', 'the server, e.g. https://precursor.example.org')
    .option('--token <token>', 'use this API token instead of signing in with a password')
    .option('--login <name>', 'login name (asked for when left out)')
    .action(async (url: string, o) => (await commands()).loginCommand(url, o));
  program
    .command('logout')
    .description('Forget the server login (and revoke its API token there)')
    .action(async () => (await commands()).logoutCommand());
  program
    .command('whoami')
    .description('Who the commands act as: the local user of the local database, or the account on a server')
    .option('--json', 'machine-readable output')
    .action(async (o) => (await commands()).whoamiCommand(o));
}
