// Screenshots of a realistically filled form for a person to look at:
// build/screenshots/calculator-1400x900.png and calculator-phone-360x740.png.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  FILLED_VALUES, assessment, ensureScreenshotDir, insertInto, loadAssessment, result, sharedBrowser, waitForIdle,
} from './support.mjs';

// A province-level year, every criterion filled in the portal's style; the unit is typed by
// keyboard afterwards.
const FILLED = assessment('', 'Năm 2026', FILLED_VALUES);
const UNIT = 'UBND tỉnh Phú Thọ';
const { withPage } = sharedBrowser();

function pngSize(file) {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), size: bytes.length };
}

async function shoot(name, contextOptions, expected, minBytes) {
  const file = join(ensureScreenshotDir(), name);
  rmSync(file, { force: true });  // the assertion must see this run's file
  await withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, FILLED), []);
    await insertInto(page, 'unit', 'value', UNIT);
    await page.keyboard.press('Enter');
    const res = await result(page);
    assert.equal(res.unit, UNIT);
    assert.equal(res.missing.length, 0, 'every criterion filled');
    assert.ok(res.total > 50 && res.total < 90, `a realistic total: ${res.total}`);
    // Back to the top of the form, then let the page settle before the picture.
    await page.evaluate(() => window.dvcscore.widgetRect('unit', 'value'));
    await page.mouse.move(-1, -1);
    await waitForIdle(page);
    await page.screenshot({ path: file });
  }, { context: contextOptions });
  const png = pngSize(file);
  assert.deepEqual({ width: png.width, height: png.height }, expected, 'screenshot dimensions');
  assert.ok(png.size >= minBytes, `${name} is ${png.size} bytes: a blank or near-blank picture is much smaller`);
  assert.equal(statSync(file).isFile(), true);
}

describe('screenshots for a person to look at', () => {
  test('desktop 1400×900 → build/screenshots/calculator-1400x900.png', async () => {
    await shoot('calculator-1400x900.png', { viewport: { width: 1400, height: 900 } }, { width: 1400, height: 900 }, 40_000);
  });
  test('phone 360×740 at DPR 2 → build/screenshots/calculator-phone-360x740.png', async () => {
    await shoot('calculator-phone-360x740.png',
      { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true },
      { width: 720, height: 1480 }, 40_000);
  });
});
