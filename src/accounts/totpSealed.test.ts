import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectStatus, openTestApi, type Res, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';
import { createContext } from '../context.js';
import { rotateDataKey } from '../persons/rotation.js';
import { totpCode } from './secrets.js';
import { sealPlainTotpSecrets } from './totpSecret.js';

const password = 'correct horse battery';
const cookieOf = (res: Res) => {
  const header = res.headers['set-cookie'];
  return (Array.isArray(header) ? header[0] : (header as string | undefined))?.split(';')[0];
};

/**
 * TOTP secrets at rest: sealed with the persons' keyring (migration 012), so the stored column
 * holds no secret; sign-in with a code still works, through a data key rotation too; a tampered
 * ciphertext refuses the sign-in; a secret stored in plain text by an earlier version is sealed
 * at start.
 */
describe.each(engines)('TOTP secrets sealed at rest on %s', (engine) => {
  let api: TestApi;
  let admin: { cookie: string; csrf: string; id: string };
  let secret = '';
  /**
   * A code for a sign-in. Each 30-second step is accepted once (replays are refused), and only
   * the steps next to now are: rather than wait a step between sign-ins, the test forgets the
   * step last used.
   */
  const nextCode = async () => {
    await api.db.query('update users set totp_last_step = null where login = $1', ['ada']);
    return totpCode(secret);
  };

  const signIn = (totp?: string) => call(api.app, 'POST', '/api/session', { login: 'ada', password, ...(totp ? { totp } : {}) });
  const stored = async () => {
    const [row] = await api.db.query<{ totp_secret: string | null; totp_sealed: Uint8Array | null }>('select totp_secret, totp_sealed from users where login = $1', ['ada']);
    return { plain: row!.totp_secret, sealed: row!.totp_sealed ? Buffer.from(row!.totp_sealed) : null };
  };

  beforeAll(async () => {
    api = await openTestApi(engine);
    const setup = await call(api.app, 'POST', '/api/setup', { login: 'ada', password });
    expectStatus(setup, 201);
    admin = { cookie: cookieOf(setup)!, csrf: setup.body.csrfToken, id: setup.body.user.id };
    const headers = { cookie: admin.cookie, 'x-csrf-token': admin.csrf };
    const enrol = await call(api.app, 'POST', '/api/account/totp', undefined, headers);
    expectStatus(enrol, 200);
    secret = enrol.body.secret;
    expectStatus(await call(api.app, 'POST', '/api/account/totp/confirm', { code: totpCode(secret) }, headers), 204);
  });
  afterAll(() => api?.close());

  it('stores no plain secret: the column holds ciphertext without the secret in any encoding', async () => {
    const { plain, sealed } = await stored();
    expect(plain).toBeNull();
    expect(sealed).not.toBeNull();
    const base32 = secret.replace(/=+$/, '');
    for (const form of [Buffer.from(base32), Buffer.from(base32.toLowerCase()), Buffer.from(JSON.stringify(secret))]) expect(sealed!.includes(form)).toBe(false);
  });

  it('signs in with a code, and again after the data key is rotated', async () => {
    expect((await signIn()).body).toEqual({ totpRequired: true });
    expectStatus(await signIn(await nextCode()), 200);
    const before = (await stored()).sealed!;
    await rotateDataKey(createContext(api.db));
    const after = (await stored()).sealed!;
    expect(after.equals(before)).toBe(false);
    expectStatus(await signIn(await nextCode()), 200);
  });

  it('refuses a sign-in when the sealed secret was tampered with, and signs in once it is put back', async () => {
    const original = (await stored()).sealed!;
    const tampered = Buffer.from(original);
    tampered[tampered.length - 20]! ^= 0x01;
    await api.db.query('update users set totp_sealed = $2 where login = $1', ['ada', tampered]);
    const refused = await signIn(await nextCode());
    expect(refused.status).toBe(500);
    expect(cookieOf(refused)).toBeUndefined();
    expect(JSON.stringify(refused.body)).not.toContain(secret);
    // Another account's ciphertext does not open for this one either: it is bound to the account.
    await api.db.query('update users set totp_sealed = $2 where login = $1', ['ada', original]);
    expectStatus(await signIn(await nextCode()), 200);
  });

  it('seals a secret an earlier version stored in plain text, at start', async () => {
    await api.db.query('update users set totp_secret = $2, totp_sealed = null where login = $1', ['ada', secret]);
    expect(await sealPlainTotpSecrets(api.db)).toBe(1);
    const { plain, sealed } = await stored();
    expect(plain).toBeNull();
    expect(sealed!.includes(Buffer.from(secret))).toBe(false);
    expectStatus(await signIn(await nextCode()), 200);
    expect(await sealPlainTotpSecrets(api.db)).toBe(0);
  });
});
