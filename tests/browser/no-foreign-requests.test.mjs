// The calculator works offline: a whole session (load, typing, the load() hook) asks the
// network for nothing but the page's own files.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  SINGLE_FILE_URL, WEB_FILES, criterion, insertInto, loadAssessment, result, sharedBrowser, typeCounts, waitForIdle,
} from './support.mjs';

const shared = sharedBrowser();
const { withPage } = shared;

// Opens `address`, recording every request of the context from before the navigation.
async function session(address) {
  const requests = [];
  const recorded = { address, setup: (ctx) => ctx.on('request', (r) => requests.push(r.url())) };
  await withPage(async (page) => {
    await typeCounts(page, 'PAY_DOSSIERS', '1437', '1541');
    await insertInto(page, 'unit', 'value', 'UBND xã Chân Mộng');
    await page.keyboard.press('Enter');
    assert.equal(criterion(await result(page), 'PAY_DOSSIERS').points, 5.59);
    const errs = await loadAssessment(page, {
      format: 'dvcscore-assessment/1', unit: 'UBND tỉnh Phú Thọ', period: '2026',
      values: { ONLINE_PROVISION: { numerator: 52, denominator: 89 }, ONLINE_DOSSIERS: { percent: 98.6 }, AVG_DAYS: { value: 4.24 } },
    });
    assert.deepEqual(errs, []);
    assert.equal((await result(page)).unit, 'UBND tỉnh Phú Thọ');
    await page.mouse.wheel(0, 600);
    await waitForIdle(page);
  }, recorded);
  return requests;
}

describe('no network requests beyond the page', () => {
  test('over http: only the page\'s own files (WEB_FILES) from our own server', async (t) => {
    const { server } = shared;
    const seenBefore = server.paths.length;
    const requests = await session(server.url);
    const own = new Set([server.url, ...WEB_FILES.map((f) => `${server.url}${f}`)]);
    const foreign = requests.filter((u) => !own.has(u) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(foreign, [], 'requests beyond the page\'s own files');
    for (const file of ['boot.js', 'dvcscore.js', 'dvcscore.wasm'])
      assert.ok(requests.includes(`${server.url}${file}`), `${file} was requested (the recording works): ${JSON.stringify(requests)}`);
    // What the server itself was asked for. /favicon.ico is asked by the browser on its
    // own (the page declares no icon), not by the page: tolerated, reported in the log.
    const asked = server.paths.slice(seenBefore);
    const unexpected = asked.filter((p) => !['/', ...WEB_FILES.map((f) => `/${f}`), '/favicon.ico'].includes(p));
    assert.deepEqual(unexpected, [], `the server was asked for more: ${JSON.stringify(asked)}`);
    if (asked.includes('/favicon.ico')) t.diagnostic('the browser asked the server for /favicon.ico (404): the page declares no icon');
  });

  test('from file://: only the single file itself (data: and blob: allowed)', async () => {
    const requests = await session(SINGLE_FILE_URL);
    const foreign = requests.filter((u) => u !== SINGLE_FILE_URL && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(foreign, [], 'requests beyond dist/dvcscore.html');
    assert.ok(requests.includes(SINGLE_FILE_URL), `the file itself was requested (the recording works): ${JSON.stringify(requests)}`);
  });
});
