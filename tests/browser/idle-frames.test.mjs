// Nothing animates: once the page has settled it draws no frames until something happens,
// and it does draw after an input.
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { before, describe, test } from 'node:test';
import { clickField, criterion, framesDrawn, openPage, result, sharedBrowser, waitForIdle } from './support.mjs';

const IDLE_MS = 1500;
const shared = sharedBrowser();
let page;  // one page for all the tests, closed with the browser

async function assertIdle(what) {
  const settled = await waitForIdle(page);
  await delay(IDLE_MS);  // by nature: watch a quiet page for a while
  const later = await framesDrawn(page);
  assert.equal(later, settled, `${what}: frames drawn while idle for ${IDLE_MS} ms (${settled} → ${later})`);
  return later;
}

describe('no frames while idle', () => {
  before(async () => {
    ({ page } = await openPage(shared.browser, shared.server.url));
  });

  test('after loading, the page settles and draws nothing for 1.5 s', async () => {
    await assertIdle('after load');
  });

  test('typing into a field draws frames; with the field still active (caret shown) it is idle again', async () => {
    await clickField(page, 'PAY_DOSSIERS', 'numerator');
    const beforeTyping = await assertIdle('with an active text field');
    await page.keyboard.type('1437');
    const afterTyping = await framesDrawn(page);
    assert.ok(afterTyping > beforeTyping, `typing drew frames (${beforeTyping} → ${afterTyping})`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('1541');
    assert.equal(criterion(await result(page), 'PAY_DOSSIERS').points, 5.59);
    await assertIdle('after typing');
  });

  test('moving the mouse over the page draws frames (hover), then it is idle again', async () => {
    await page.keyboard.press('Enter');
    // widgetRect draws frames itself: ask for the rectangle before watching the page.
    const r = await page.evaluate(() => window.dvcscore.widgetRect('ON_TIME', 'numerator'));
    const quiet = await assertIdle('after leaving the field');
    await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2, { steps: 4 });
    await page.waitForFunction((n) => window.dvcscore.framesDrawn() > n, quiet, { timeout: 5000 });
    await assertIdle('after the mouse stopped');
  });
});
