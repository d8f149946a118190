// Screenshots of a realistically filled form for a person to look at:
// build/screenshots/calculator-1400x900.png and calculator-phone-360x740.png.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  clickField, ensureScreenshotDir, launchBrowser, loadAssessment, openPage, result, startServer, waitForIdle,
} from './support.mjs';

// A province-level year, figures in the portal's style (rubric-qd766.md worked examples
// and plausible others); the unit is typed by keyboard afterwards.
const FILLED = {
  format: 'dvcscore-assessment/1', rubric: 'qd766', unit: '', period: 'Năm 2026',
  values: {
    PUBLISH_ON_TIME: { numerator: 118, denominator: 121 },
    PUBLIC_UPDATE_ON_TIME: { numerator: 1874, denominator: 1874 },
    PUBLIC_CONTENT_FULL: { numerator: 1851, denominator: 1874 },
    DOSSIER_SYNC: { numerator: 590112, denominator: 597894 },
    ON_TIME: { numerator: 583201, denominator: 597894 },
    AVG_DAYS: { value: 4.24 },
    ONLINE_PROVISION: { numerator: 52, denominator: 89 },
    HAS_ONLINE: { numerator: 516, denominator: 1884 },
    ONLINE_DOSSIERS: { percent: 98.6 },
    PAY_PROVISION: { numerator: 8, denominator: 40 },
    PAY_FORMALITIES: { numerator: 18, denominator: 40 },
    PAY_DOSSIERS: { numerator: 1437, denominator: 1541 },
    ORIGINAL_RESULT_AVAILABLE: { numerator: 560311, denominator: 597894 },
    SO_HOA_GIAY_TO_GIAI_QUYET: { numerator: 501220, denominator: 597894 },
    REUSED_DIGITIZED_DATA: { numerator: 120455, denominator: 597894 },
    SYNCED_WITH_DVCQG_PERSONAL_STORAGE: { numerator: 330120, denominator: 597894 },
    CITIZEN_DATA_CONNECTED_FORMALITY: { numerator: 61, denominator: 70 },
    CITIZEN_DATA_CONNECTED_DOSSIER: { numerator: 402330, denominator: 597894 },
    ELECTRONIC_CERTIFIED_COPY: { percent: 100 },
    PETITION_CLASSIFICATION: { numerator: 212, denominator: 4506 },
    PETITION_PROCESSING_ON_TIME: { numerator: 1000, denominator: 4506 },
    PETITION_HANDLING_SATISFACTION: { numerator: 791, denominator: 4506 },
    DOSSIER_RECEIVING_SATISFACTION: { numerator: 785199, denominator: 1065150 },
  },
};
const UNIT = 'UBND tỉnh Phú Thọ';

let browser, server, dir;
before(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  dir = ensureScreenshotDir();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function pngSize(file) {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), size: bytes.length };
}

async function shoot(name, contextOptions, expected, minBytes) {
  const file = join(dir, name);
  rmSync(file, { force: true });  // the assertion must see this run's file
  const { context, page, errors } = await openPage(browser, server.url, { context: contextOptions });
  try {
    assert.deepEqual(await loadAssessment(page, FILLED), []);
    await clickField(page, 'unit', 'value');
    await page.keyboard.insertText(UNIT);
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
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
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
