// Zoom and reflow (WCAG 1.4.4, 1.4.10): at 200 % browser zoom the page is drawn at twice
// the pixels and scrolls as a whole with nothing cut off at the sides; at 320 CSS px (1280
// px at 400 %) it is the phone layout, every control whole; a pinch zoom redraws sharp.
// Browser zoom is what Chromium's own emulation gives: the window's CSS size divided and
// its device pixel ratio multiplied by the zoom. Screenshots in build/screenshots/.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  FILLED_VALUES, assessment, ensureScreenshotDir, fieldName, focused, loadAssessment, pressByRole,
  sharedBrowser, waitForIdle,
} from './support.mjs';

const { withPage } = sharedBrowser();
const FILLED = assessment('UBND tỉnh Phú Thọ', 'Năm 2026', FILLED_VALUES);

// Controls and texts of the accessibility tree (each sits over what the canvas draws)
// that reach past the window's left or right edge.
const cutOff = (page) => page.evaluate(() => [...document.querySelectorAll('#semantics [role], #semantics button, #semantics input')]
  .map((e) => ({ name: e.getAttribute('aria-label') || e.textContent, r: e.getBoundingClientRect() }))
  .filter(({ r }) => r.width > 0 && (r.left < 0 || r.right > innerWidth + 0.5))
  .map(({ name, r }) => `${name}: ${Math.round(r.left)}..${Math.round(r.right)}`));

const canvasPixels = (page) => page.evaluate(() => {
  const c = document.getElementById('canvas');
  return { width: c.width, height: c.height };
});

describe('zoom and reflow', () => {
  test('200 % zoom of a 1280×800 window: drawn at 2×, the page scrolls as a whole, nothing cut off at the sides', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, FILLED), []);
    await waitForIdle(page, { quietMs: 150 });
    const file = join(ensureScreenshotDir(), 'zoom-200-percent.png');
    await page.screenshot({ path: file });
    assert.deepEqual(await canvasPixels(page), { width: 1280, height: 800 }, 'glyphs and shapes at 2 device pixels per CSS pixel');
    assert.deepEqual(await cutOff(page), []);
    const unit = page.getByRole('textbox', { name: 'Đơn vị', exact: true });
    const unitTop = (await unit.boundingBox()).y;
    // The last field of the form, reached with the keyboard, shows whole: the top bar has
    // scrolled away with the rest of the page to make room.
    const last = fieldName('DOSSIER_RECEIVING_SATISFACTION', 'denominator');
    await page.getByRole('textbox', { name: last, exact: true }).focus();
    assert.deepEqual(await focused(page), { role: 'textbox', name: last });
    await waitForIdle(page, { quietMs: 150 });
    const box = await page.getByRole('textbox', { name: last, exact: true }).boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 400, `the field shows whole in the 400 px high window: ${JSON.stringify(box)}`);
    assert.ok((await unit.boundingBox()).y < unitTop - 200, 'the top bar scrolled up with the page');
    assert.deepEqual(await cutOff(page), []);
  }, { context: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 } }));

  test('320 CSS px wide (1280 px at 400 %): every control whole, the four tabs included', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, FILLED), []);
    await waitForIdle(page, { quietMs: 150 });
    await page.screenshot({ path: join(ensureScreenshotDir(), 'zoom-400-percent-320px.png') });
    assert.deepEqual(await cutOff(page), []);
    for (const name of ['Chấm điểm', 'Đánh giá đã lưu (1)', 'Bảng tổng hợp', 'So sánh']) {
      const box = await page.getByRole('tab', { name, exact: true }).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 320, `tab «${name}» whole: ${JSON.stringify(box)}`);
    }
    // A criterion's card: its fields side by side within the width.
    const field = page.getByRole('textbox', { name: fieldName('PAY_DOSSIERS', 'denominator'), exact: true });
    await field.focus();
    await waitForIdle(page, { quietMs: 150 });
    assert.deepEqual(await cutOff(page), []);
    await pressByRole(page, 'tab', 'So sánh');
    await page.getByRole('button', { name: 'Nhân bản đánh giá đang mở' }).waitFor();
    assert.deepEqual(await cutOff(page), []);
  }, { context: { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 } }));

  test('a pinch zoom redraws the canvas at the new scale, and back', () => withPage(async (page, { context }) => {
    assert.deepEqual(await canvasPixels(page), { width: 360, height: 740 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
    await page.waitForFunction(() => document.getElementById('canvas').width === 720, null, { timeout: 5000 })
      .catch(async () => assert.fail(`after a 2× pinch the canvas is ${JSON.stringify(await canvasPixels(page))}, not 720×1480`));
    assert.deepEqual(await canvasPixels(page), { width: 720, height: 1480 });
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
    await page.waitForFunction(() => document.getElementById('canvas').width === 360, null, { timeout: 5000 });
  }, { context: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } }));
});
