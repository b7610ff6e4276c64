import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, closeSession, openSession, type Session } from './harness.js';

const available = browserAvailable();

/**
 * The Content-Security-Policy (no inline script or style, no framing) holds in a real browser:
 * the web app and the API documentation load and work with no violation reported, and a page
 * on another site cannot frame the app.
 */
describe.skipIf(!available)('Content-Security-Policy in Chromium', () => {
  let session: Session;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    session = await openSession();
    page = session.page;
    // Reported by the browser for every blocked script, style, image, worker or frame.
    await session.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { violations?: string[] };
        (w.violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
  });
  afterAll(() => closeSession(session ?? {}));

  const reported = async (p: Page = page) => [...violations, ...((await p.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])) as string[])];

  it('the dashboard, list, form and incident page load and draw with no violation', async () => {
    const { server } = session;
    await page.goto(`${server.url}/`);
    await page.waitForURL(/country=XVR/);
    await expect.poll(() => page.locator('.map-donut').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await reported()).toEqual([]);
    await page.goto(`${server.url}/incidents`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    await page.goto(`${server.url}/incidents/new`);
    await page.locator('#f-title').waitFor();
    await expect.poll(() => page.locator('.maplibregl-canvas').count()).toBeGreaterThan(0);
    expect(await reported()).toEqual([]);
  });

  it('the API documentation loads and lists the operations with no violation', async () => {
    await page.goto(`${session.server.url}/api/docs/`);
    await expect.poll(() => page.locator('.opblock').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    // Swagger UI draws only the operations near the viewport: scroll through, collecting what it drew.
    const seen = new Set<string>();
    for (let i = 0; i < 60 && seen.size <= 20; i++) {
      for (const text of await page.locator('.opblock-summary').allInnerTexts()) seen.add(text.split('\n').slice(0, 2).join(' '));
      await page.mouse.wheel(0, 600);
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(await reported()).toEqual([]);
  });

  it('refuses to be framed by another page', async () => {
    const framing = await session.context.newPage();
    // A page of another origin (about:blank written by the test) framing the app.
    await framing.setContent(`<iframe id="app" src="${session.server.url}/" width="800" height="600" onload="window.framed = true"></iframe>`);
    await expect.poll(() => framing.evaluate(() => (window as unknown as { framed?: boolean }).framed === true), { timeout: 30_000 }).toBe(true);
    // Chromium blocked the document (frame-ancestors 'none', X-Frame-Options DENY): no app inside.
    const child = framing.frames().find((f) => f !== framing.mainFrame())!;
    expect(child.url().startsWith(session.server.url)).toBe(false);
    await framing.close();
  });
});
