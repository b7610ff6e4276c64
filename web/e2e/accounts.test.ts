import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/accounts/secrets.js';
import { browserAvailable, closeSession, describeViolations, openSession, screenshot, seriousViolations, type Server } from './harness.js';

const available = browserAvailable();
const adminPassword = 'admin password 2026';
const viewerPassword = 'viewer password 2026';

/** Accounts in Chromium: first run, sign-in, an administrator creates a viewer, what the viewer sees, lockout, Arabic. */
describe.skipIf(!available)('accounts in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, context, page } = await openSession());
  });
  afterAll(() => closeSession({ server, browser }));

  const expectAccessible = async (p: Page = page) => {
    const violations = await seriousViolations(p);
    expect(violations, describeViolations(violations)).toEqual([]);
  };
  async function signIn(p: Page, login: string, password: string) {
    await p.goto(`${server.url}/sign-in`);
    await p.fill('#signin-login', login);
    await p.fill('#signin-password', password);
    await p.getByTestId('sign-in').click();
  }

  it('runs in local mode until the first run creates an administrator, who is signed in', async () => {
    await page.goto(`${server.url}/`);
    await page.getByText('Local mode: no sign-in').waitFor();
    // Local mode shows everything: the demo's incidents can be edited without signing in.
    const { items } = await (await page.request.get(`${server.url}/api/incidents?limit=1`)).json();
    await page.goto(`${server.url}/incidents/${items[0].id}`);
    await page.getByRole('link', { name: 'Edit', exact: true }).waitFor();

    await page.getByRole('link', { name: 'Create an administrator' }).click();
    await page.waitForURL(/\/setup$/);
    await page.fill('#setup-login', 'ada');
    await page.fill('#setup-name', 'Ada Admin');
    await page.fill('#setup-password', adminPassword);
    await page.fill('#setup-confirm', adminPassword);
    await screenshot(page, 'accounts-first-run');
    await expectAccessible();
    await page.getByTestId('create-admin').click();
    await page.waitForURL(/\/admin$/);
    await expect.poll(() => page.getByTestId('signed-in-user').innerText()).toBe('Signed in as Ada Admin (Administrator)');
  });

  it('lets the administrator create a viewer', async () => {
    await page.getByTestId('new-user').waitFor();
    await page.fill('#new-login', 'vic');
    await page.fill('#new-name', 'Vic Viewer');
    await page.selectOption('#new-role', 'viewer');
    await page.fill('#new-password', viewerPassword);
    await page.getByTestId('create-user').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toBe('Account vic created.');
    await page.locator('tr[data-login="vic"]').waitFor();
    await screenshot(page, 'accounts-admin');
    await expectAccessible();
  });

  it('signs out, and the viewer who signs in sees no Edit button', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
    await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    await signIn(page, 'vic', viewerPassword);
    await expect.poll(() => page.getByTestId('signed-in-user').innerText()).toBe('Signed in as Vic Viewer (Viewer)');
    const { items } = await (await page.request.get(`${server.url}/api/incidents?limit=1`)).json();
    await page.goto(`${server.url}/incidents/${items[0].id}`);
    await expect.poll(() => page.locator('main h1').innerText()).toBe(items[0].title);
    // The session is known before the buttons are drawn; the viewer's role has no incidents.write.
    await page.getByTestId('signed-in-user').waitFor();
    expect(await page.getByRole('link', { name: 'Edit', exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Users and teams' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Record an incident' }).count()).toBe(0);
    await screenshot(page, 'accounts-viewer-incident');
  });

  it('lets the viewer make an API token and turn on a second factor, which sign-in then asks for', async () => {
    await page.getByTestId('signed-in-user').click();
    await page.waitForURL(/\/account$/);
    await page.fill('#token-name', 'weekly report');
    await page.getByRole('button', { name: 'Create token' }).click();
    await expect.poll(() => page.getByTestId('token-secret').innerText()).toMatch(/^prc_[\w-]{43}$/);
    await expect.poll(() => page.getByTestId('tokens').innerText()).toContain('weekly report');

    await page.getByRole('button', { name: 'Set up a second factor' }).click();
    const secret = await page.getByTestId('totp-secret').innerText();
    await page.fill('#totp-code', totpCode(secret));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByText('A second factor is on').waitFor();
    await screenshot(page, 'accounts-account');
    await expectAccessible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
    await signIn(page, 'vic', viewerPassword);
    await page.locator('#signin-totp').waitFor();
    // The next step's code: the one that confirmed the enrolment is used up.
    await page.fill('#signin-totp', totpCode(secret, Date.now() + 30_000));
    await page.getByTestId('sign-in').click();
    await expect.poll(() => page.getByTestId('signed-in-user').innerText()).toBe('Signed in as Vic Viewer (Viewer)');
  });

  it('says a login name is locked after repeated wrong passwords', async () => {
    const p = await context.newPage();
    await p.context().clearCookies();
    for (let i = 0; i < 5; i++) {
      await signIn(p, 'bruno', `wrong guess number ${i}`);
      await expect.poll(() => p.getByTestId('sign-in-error').innerText()).toBe('Wrong login name or password.');
    }
    await signIn(p, 'bruno', 'another wrong guess');
    await expect.poll(() => p.getByTestId('sign-in-error').innerText()).toMatch(/^Too many failed sign-ins: try again in \d+ minutes\.$/);
    await p.close();
  });

  it('shows the sign-in page right to left in Arabic', async () => {
    const ar = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await ar.goto(`${server.url}/sign-in?lang=ar`);
    await ar.getByRole('heading', { name: 'تسجيل الدخول' }).waitFor();
    expect(await ar.locator('html').getAttribute('dir')).toBe('rtl');
    await ar.fill('#signin-login', 'vic');
    await ar.fill('#signin-password', 'not the password at all');
    await ar.getByTestId('sign-in').click();
    await expect.poll(() => ar.getByTestId('sign-in-error').innerText()).toBe('اسم الدخول أو كلمة المرور غير صحيحة.');
    await screenshot(ar, 'accounts-sign-in-ar');
    await expectAccessible(ar);
    await ar.context().close();
  });
});
