// A browser without WebGL2 gets a clear Vietnamese message, not a blank page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SINGLE_FILE_URL, sharedBrowser } from './support.mjs';

const shared = sharedBrowser();

// Runs before any page script: no WebGL2 context can be had.
function withoutWebGL2() {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    if (String(type).toLowerCase() === 'webgl2') return null;
    return original.call(this, type, ...rest);
  };
}

function checkMessage(address) {
  return shared.withPage(async (page) => {
    // The page may still load and start the program after boot.js has given up; judge the
    // message once that has run (or could not: nothing more arrives over the network).
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => window.Module && window.Module.calledRun, null, { timeout: 10_000 }).catch(() => {});
    await page.waitForFunction(() => document.getElementById('status').classList.contains('fatal'), null, { timeout: 10_000 })
      .catch(async () => {
        assert.fail(`no error message: #status is ${JSON.stringify(await page.evaluate(() => {
          const s = document.getElementById('status');
          return { hidden: s.hidden, className: s.className, text: s.innerText };
        }))}`);
      });
    const status = page.locator('#status');
    assert.equal(await status.isVisible(), true, '#status is visible');
    const text = (await page.locator('#status-text').innerText()).trim();
    assert.match(text, /WebGL2/, `names WebGL2: ${text}`);
    assert.match(text, /không hỗ trợ/, `says it is not supported, in Vietnamese: ${text}`);
    assert.match(text, /Chrome|Firefox|Edge|Safari|trình duyệt/i, `tells what to do: ${text}`);
    // It covers the page (not a blank canvas behind it) and is not still "loading".
    const box = await status.boundingBox();
    assert.ok(box && box.width >= 300 && box.height >= 200, `the message covers the page: ${JSON.stringify(box)}`);
    assert.doesNotMatch(text, /Đang tải/, 'not a loading message');
    assert.equal(await page.evaluate(() => typeof window.dvcscore), 'undefined', 'the app did not start');
  }, { address, waitForApp: false, setup: (_, p) => p.addInitScript(withoutWebGL2) });
}

describe('missing WebGL2', () => {
  test('over http: the status overlay shows a Vietnamese message about WebGL2', () => checkMessage(shared.server.url));
  test('from file://: the status overlay shows a Vietnamese message about WebGL2', () => checkMessage(SINGLE_FILE_URL));
});
