// dist/web is installable and works offline after one visit: a web app manifest with its
// icons, and a cache-first service worker that serves the page with the network off. Its
// Content-Security-Policy gains exactly manifest-src and worker-src 'self'; the single file
// (file://) has neither manifest nor worker, and its policy is unchanged.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  PHU_THO_TOTAL, SINGLE_FILE_URL, WEB_FILES, fieldBox, loadPhuTho, result, sharedBrowser, startServer, waitForApp,
} from './support.mjs';

const shared = sharedBrowser();
const { withPage } = shared;

const policy = (page) => page.evaluate(() => {
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]').content;
  return Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
});

describe('installable and offline', () => {
  test('after one visit the service worker serves the page with the network off', async () => {
    // A server of its own, stopped halfway: nothing can come from it afterwards.
    const server = await startServer();
    try {
      await withPage(async (page, { context }) => {
        await page.evaluate(() => navigator.serviceWorker.ready);
        await loadPhuTho(page);  // the form is kept in the browser's storage
        assert.deepEqual(server.paths.filter((p) => !['/', '/favicon.ico', ...WEB_FILES.map((f) => `/${f}`)].includes(p)), [],
          'the worker asks for the page\'s own files only');
        for (const file of WEB_FILES) assert.ok(server.paths.includes(`/${file}`), `${file} was fetched to be kept`);
        server.server.closeAllConnections();  // the browser's idle connections too
        await server.close();
        await context.setOffline(true);
        await page.reload();
        await waitForApp(page);
        assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true, 'the page is served by the worker');
        assert.equal((await result(page)).total, PHU_THO_TOTAL, 'the page works offline, the autosaved form back');
        await fieldBox(page, 'ON_TIME', 'numerator').focus();
        await page.keyboard.type('9');
        await page.keyboard.press('Tab');
        await page.keyboard.type('10');
        // 2.1: 9/10 = 90 % of 20 → 18 more.
        assert.equal((await result(page)).total, 26.56);
      }, { address: server.url });
    } finally {
      await server.close().catch(() => {});
    }
  });

  test('the manifest makes the page installable (Chromium\'s own check) and the CSP allows exactly it and the worker', () => withPage(async (page, { context }) => {
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    const parsed = JSON.parse(manifest.data);
    assert.equal(parsed.lang, 'vi');
    assert.equal(parsed.display, 'standalone');
    assert.deepEqual(parsed.icons.map((i) => i.sizes), ['192x192', '512x512']);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // A test browser is always "incognito"; nothing else may stand in the way.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
    const csp = await policy(page);
    assert.deepEqual(csp['manifest-src'], ["'self'"]);
    assert.deepEqual(csp['worker-src'], ["'self'"]);
    assert.deepEqual(csp['default-src'], ["'none'"]);
    assert.deepEqual(csp['connect-src'], ["'self'"]);
  }));

  test('the single file stays the file:// copy: no manifest, no worker, its policy without them', () => withPage(async (page) => {
    assert.equal(await page.evaluate(() => document.querySelector('link[rel="manifest"]')), null);
    const csp = await policy(page);
    assert.equal(csp['manifest-src'], undefined);
    assert.equal(csp['worker-src'], undefined);
    assert.deepEqual(csp['connect-src'], ["'none'"]);
    assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
  }, { address: SINGLE_FILE_URL }));
});
