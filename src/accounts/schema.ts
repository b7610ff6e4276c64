import { z } from 'zod';
import { actions } from '../access/permissions.js';
import { confidentialityLevels, roles } from '../access/scope.js';

/**
 * Accounts as the API and the CLI see them: users, teams, sign-in, API tokens. A password,
 * a session id and a token never appear in an output shape; a token's secret is in the
 * creation answer only.
 */

/** The roles an account may hold: `public` is the anonymous reader, never an account. */
export const accountRoles = roles.filter((r) => r !== 'public') as Exclude<(typeof roles)[number], 'public'>[];
export type AccountRole = (typeof accountRoles)[number];

/** NIST SP 800-63B: at least 8 characters for a chosen password; we ask for 12, and cap length so hashing stays bounded. */
export const minimumPasswordLength = 12;
export const Password = z
  .string()
  .min(minimumPasswordLength, `at least ${minimumPasswordLength} characters`)
  .max(1024)
  .meta({ description: `At least ${minimumPasswordLength} characters` });

export const Login = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._@-]*$/, 'letters, digits and . _ @ - only')
  .meta({ description: 'Login name: letters, digits and . _ @ -, kept lower-case' });

const DisplayName = z.string().trim().min(1).max(200);
const TeamRef = z.string().trim().min(1).max(200).meta({ description: 'A team id or name' });

export const User = z
  .object({
    id: z.uuid(),
    login: z.string(),
    displayName: z.string(),
    role: z.enum(accountRoles),
    clearance: z.enum(confidentialityLevels),
    teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
    disabled: z.boolean(),
    totpEnabled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserInput = z.object({
  login: Login,
  displayName: DisplayName.optional(),
  role: z.enum(accountRoles),
  clearance: z.enum(confidentialityLevels).optional().meta({ description: "Capped at the role's maximum; the maximum when left out" }),
  teams: z.array(TeamRef).max(100).default([]),
  password: Password,
});
export type UserInput = z.infer<typeof UserInput>;

export const UserChange = z.object({
  displayName: DisplayName.optional(),
  role: z.enum(accountRoles).optional(),
  clearance: z.enum(confidentialityLevels).optional(),
  teams: z.array(TeamRef).max(100).optional(),
  disabled: z.boolean().optional(),
});
export type UserChange = z.infer<typeof UserChange>;

export const PasswordReset = z.object({ password: Password });
export const PasswordChange = z.object({ currentPassword: z.string().min(1).max(1024), password: Password });

export const FirstAdministrator = z.object({ login: Login, displayName: DisplayName.optional(), password: Password });
export type FirstAdministrator = z.infer<typeof FirstAdministrator>;

export const Team = z.object({ id: z.uuid(), name: z.string(), members: z.number().int() }).meta({ id: 'Team' });
export type Team = z.infer<typeof Team>;
export const TeamName = Team.pick({ id: true, name: true }).meta({ id: 'TeamName' });
export type TeamName = z.infer<typeof TeamName>;
export const TeamInput = z.object({ name: z.string().trim().min(1).max(200) });

export const SignIn = z.object({
  login: z.string().trim().toLowerCase().min(1).max(200),
  password: z.string().min(1).max(1024),
  totp: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'six digits')
    .optional(),
});
export type SignIn = z.infer<typeof SignIn>;

/** Who this request is: the web app reads it at start to know what to show. */
export const SessionInfo = z
  .object({
    /** `local`: a loopback server without accounts, no sign-in; `accounts`: sign-in required for anything not public. */
    mode: z.enum(['local', 'accounts']),
    user: User.nullable(),
    /** The actor's role and what it may do (`public` when not signed in). */
    role: z.enum(roles),
    permissions: z.array(z.enum(actions)),
    /** For a cookie session: send it as `x-csrf-token` on every POST, PUT, PATCH and DELETE. */
    csrfToken: z.string().nullable(),
    /** When the caller authenticated with an API token: its id (so `precursor logout` can revoke it). */
    tokenId: z.uuid().nullable(),
    /** True while no account exists and the server is on a loopback address: the first-run page may create the administrator. */
    firstRun: z.boolean(),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfo>;

/** A sign-in that needs the second factor answers this, without a session. */
export const SignInResult = z.union([SessionInfo, z.object({ totpRequired: z.literal(true) })]);

export const tokenAccessPresets = ['read-only', 'read-write'] as const;
export const TokenInput = z.object({
  name: z.string().trim().min(1).max(200),
  /** `read-only`: the reading actions; `read-write`: all the user's; or a list of actions. */
  access: z.union([z.enum(tokenAccessPresets), z.array(z.enum(actions)).min(1)]).default('read-only'),
  expiresInDays: z.number().int().min(1).max(366).default(90),
});
export type TokenInput = z.input<typeof TokenInput>;

export const ApiToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    /** null: every action its user may take. */
    actions: z.array(z.string()).nullable(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;
export const CreatedToken = ApiToken.extend({ token: z.string().meta({ description: 'The secret: shown this once, send it as `Authorization: Bearer …`' }) });

export const TotpEnrolment = z.object({
  secret: z.string().meta({ description: 'Base32; shown this once' }),
  uri: z.string().meta({ description: 'otpauth:// URI for an authenticator app (as a QR code or typed)' }),
});
export const TotpCode = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'six digits') });
