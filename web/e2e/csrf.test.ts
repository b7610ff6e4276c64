import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, closeSession, openSession, type Session } from './harness.js';

const available = browserAvailable();

/**
 * Cross-site writes in a real browser: a page served from another origin — another site
 * (`localhost:<port>` against the app's `127.0.0.1`) and the same site on another port —
 * posts a multipart evidence upload and a bodiless restore to the app, as a CSRF attack
 * would. Both are refused and nothing changes; the app itself still writes.
 */
describe.skipIf(!available)('cross-site writes in Chromium', () => {
  let session: Session;
  let attacker: HttpServer;
  let attackerPort: number;
  let incident: { id: string; version: number };

  /** The attacker's pages: they fire the writes as soon as they load. */
  const attackPage = (kind: string, target: string, id: string, version: number) => {
    const restoreUrl = `${target}/api/incidents/${id}/restore?version=${version}`;
    if (kind === '/fetch') {
      // Scripted writes whose answers the page cannot read (no-cors): what a CSRF page sends blind.
      return `<!doctype html><title>Win a prize</title>
<script>
  (async () => {
    const form = new FormData();
    form.append('description', 'planted by another site');
    form.append('file', new Blob(['planted evidence ${Date.now()}'], { type: 'text/plain' }), 'planted.txt');
    const send = (url, init) => fetch(url, { mode: 'no-cors', credentials: 'include', ...init }).then(() => 'sent', () => 'sent');
    window.results = [await send('${target}/api/evidence', { method: 'POST', body: form }), await send('${restoreUrl}', { method: 'POST' })];
    window.done = true;
  })();
</script>`;
    }
    // A form posted by the page itself: the browser navigates to the answer, so the test reads it.
    const upload = kind === '/form-upload';
    return `<!doctype html><title>Win a prize</title>
<form id="f" method="post" ${upload ? `enctype="multipart/form-data" action="${target}/api/evidence"` : `action="${restoreUrl}"`}>
  ${upload ? '<input name="description" value="planted by another site"><input type="file" name="file" id="file">' : ''}
</form>
<script>
  ${upload ? `const files = new DataTransfer(); files.items.add(new File(['planted evidence ${Date.now()}'], 'planted.txt', { type: 'text/plain' })); document.getElementById('file').files = files.files;` : ''}
  document.getElementById('f').submit();
</script>`;
  };

  beforeAll(async () => {
    session = await openSession();
    const api = session.context.request;
    // A deleted incident, through the API (a script sends no Origin: allowed).
    const created = await api.post(`${session.server.url}/api/incidents`, {
      data: { title: 'Teral shop burned (CSRF test)', startDate: '2026-01-10', country: 'XVR', acts: [{ violationType: 'arson' }] },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id, version } = await created.json();
    const deleted = await api.delete(`${session.server.url}/api/incidents/${id}?version=${version}`);
    expect(deleted.status(), await deleted.text()).toBe(200);
    incident = { id, version: (await deleted.json()).version };

    attacker = createServer((req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(attackPage(req.url ?? '/', session.server.url, incident.id, incident.version));
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerPort = (attacker.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => (attacker ? attacker.close(resolve) : resolve(undefined)));
    await closeSession(session ?? {});
  });

  const evidenceAudit = async () => (await (await session.context.request.get(`${session.server.url}/api/audit?entity=evidence&limit=500`)).json()).items.length as number;
  const deletedAt = async () => (await (await session.context.request.get(`${session.server.url}/api/incidents/${incident.id}`)).json()).deletedAt as string | null;

  for (const [name, origin] of [
    ['another site', () => `http://localhost:${attackerPort}`],
    ['the same site on another port', () => `http://127.0.0.1:${attackerPort}`],
  ] as const) {
    it(`refuses an upload and a restore posted by ${name}, scripted or as a form, and nothing changes`, async () => {
      const before = await evidenceAudit();
      const page = await session.context.newPage();
      await page.goto(`${origin()}/fetch`);
      await expect.poll(() => page.evaluate(() => (window as unknown as { done?: boolean }).done === true), { timeout: 30_000 }).toBe(true);
      // Forms navigate to the server's answer: the refusal itself, read by the test.
      for (const form of ['/form-upload', '/form-restore']) {
        await page.goto(`${origin()}${form}`);
        await page.waitForURL((url) => url.href.startsWith(session.server.url), { timeout: 30_000 });
        await expect.poll(() => page.locator('body').innerText()).toContain('urn:precursor:problem:forbidden');
      }
      expect(await evidenceAudit()).toBe(before);
      expect(await deletedAt()).not.toBeNull();
      await page.close();
    });
  }

  it('the app itself still uploads and restores', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/incidents/${incident.id}`);
    await page.getByTestId('deleted-banner').waitFor();
    const before = await evidenceAudit();
    // The app's own origin: a multipart upload as the evidence field sends it.
    const status = await page.evaluate(async () => {
      const form = new FormData();
      form.append('description', 'uploaded from the app');
      form.append('file', new Blob([`evidence from the app ${Date.now()}`], { type: 'text/plain' }), 'note.txt');
      return (await fetch('/api/evidence', { method: 'POST', body: form })).status;
    });
    expect(status).toBe(201);
    expect(await evidenceAudit()).toBe(before + 1);
    await page.getByTestId('restore').click();
    await expect.poll(() => page.getByTestId('deleted-banner').count()).toBe(0);
    expect(await deletedAt()).toBeNull();
  });
});
