// A DPR 2 screen: the canvas backing store has twice the CSS size in each direction, and
// follows the window when it is resized.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { criterion, framesDrawn, result, sharedBrowser, typeCounts } from './support.mjs';

const { withPage } = sharedBrowser();

const canvasSize = (page) => page.evaluate(() => {
  const c = document.getElementById('canvas');
  return { width: c.width, height: c.height, clientWidth: c.clientWidth, clientHeight: c.clientHeight, dpr: devicePixelRatio };
});

describe('device pixel ratio 2', () => {
  test('the canvas backing store is 2× its CSS size and follows a resize; clicks still land', () => withPage(async (page) => {
    const first = await canvasSize(page);
    assert.equal(first.dpr, 2);
    assert.deepEqual([first.clientWidth, first.clientHeight], [1000, 700]);
    assert.equal(first.width, 2 * first.clientWidth, 'canvas.width = 2 × clientWidth');
    assert.equal(first.height, 2 * first.clientHeight, 'canvas.height = 2 × clientHeight');

    // CSS-pixel rectangles from widgetRect still hit the fields on a 2× backing store.
    await typeCounts(page, 'PAY_DOSSIERS', '1437', '1541');
    assert.equal(criterion(await result(page), 'PAY_DOSSIERS').points, 5.59);
    await page.keyboard.press('Enter');

    const frames = await framesDrawn(page);
    await page.setViewportSize({ width: 720, height: 520 });
    await page.waitForFunction(() => {
      const c = document.getElementById('canvas');
      return c.clientWidth === 720 && c.width === 1440 && c.height === 1040;
    }, null, { timeout: 5000 }).catch(async () => {
      assert.fail(`after resizing to 720×520 the canvas is ${JSON.stringify(await canvasSize(page))}, expected 1440×1040`);
    });
    const resized = await canvasSize(page);
    assert.deepEqual(resized, { width: 1440, height: 1040, clientWidth: 720, clientHeight: 520, dpr: 2 });
    await page.waitForFunction((n) => window.dvcscore.framesDrawn() > n, frames, { timeout: 5000 });
    // The form survives the resize, and the page is laid out for the new width.
    assert.equal(criterion(await result(page), 'PAY_DOSSIERS').points, 5.59);
    const r = await page.evaluate(() => window.dvcscore.widgetRect('PAY_DOSSIERS', 'denominator'));
    assert.ok(r && r.x + r.w <= 720, `the field is within the new width: ${JSON.stringify(r)}`);
  }, { context: { viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2 } }));

  // Moving the window to a DPR 2 screen (size and ratio change together). A ratio change
  // alone cannot be checked here: Chromium's emulation then fires no media-query change.
  test('moving from a DPR 1 to a DPR 2 screen re-sizes the backing store with the new ratio', () => withPage(async (page, { context }) => {
    assert.deepEqual(await canvasSize(page), { width: 800, height: 600, clientWidth: 800, clientHeight: 600, dpr: 1 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 700, height: 500, deviceScaleFactor: 2, mobile: false });
    await page.waitForFunction(() => document.getElementById('canvas').width === 1400, null, { timeout: 5000 }).catch(async () => {
      assert.fail(`on the 700×500 DPR 2 screen the canvas is ${JSON.stringify(await canvasSize(page))}, expected 1400×1000`);
    });
    assert.deepEqual(await canvasSize(page), { width: 1400, height: 1000, clientWidth: 700, clientHeight: 500, dpr: 2 });
  }, { context: { viewport: { width: 800, height: 600 } } }));
});
