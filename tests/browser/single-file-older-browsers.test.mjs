// The single file unpacks its program with the fastest way the browser offers
// (Uint8Array.fromBase64, WebAssembly.compileStreaming) and falls back to plain ones where
// those are missing (Safari before 18.2, older Chrome); a browser that cannot unpack gzip at
// all gets a Vietnamese message instead of a blank page.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EXAMPLE, SINGLE_FILE_URL, loadAssessment, result, sharedBrowser } from './support.mjs';

const shared = sharedBrowser();

// Run before any page script.
function withoutFastPaths() {
  delete Uint8Array.fromBase64;
  delete WebAssembly.compileStreaming;
}
function withoutDecompressionStream() {
  delete window.DecompressionStream;
}

async function exampleTotal(setup) {
  return shared.withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, EXAMPLE), [], 'the example loads');
    const fast = await page.evaluate(() => [typeof Uint8Array.fromBase64, typeof WebAssembly.compileStreaming]);
    return { total: (await result(page)).total, fast };
  }, { address: SINGLE_FILE_URL, setup });
}

describe('the single file in older browsers', () => {
  test('without Uint8Array.fromBase64 and WebAssembly.compileStreaming it starts and scores as usual', async () => {
    const usual = await exampleTotal();
    const fallback = await exampleTotal((_, page) => page.addInitScript(withoutFastPaths));
    assert.deepEqual(usual.fast, ['function', 'function'], 'this Chromium has both fast paths');
    assert.deepEqual(fallback.fast, ['undefined', 'undefined'], 'the fallbacks were the ones taken');
    assert.equal(typeof usual.total, 'number');
    assert.equal(fallback.total, usual.total, 'the same total either way');
  });

  test('without DecompressionStream it says, in Vietnamese, that the browser is too old', () =>
    shared.withPage(async (page) => {
      await page.waitForFunction(() => document.getElementById('status').classList.contains('fatal'), null, { timeout: 15_000 });
      const text = (await page.locator('#status-text').innerText()).trim();
      assert.match(text, /quá cũ/, `says the browser is too old: ${text}`);
      assert.match(text, /Chrome|Firefox|Edge|Safari/, `tells what to use: ${text}`);
      assert.equal(await page.evaluate(() => typeof window.dvcscore), 'undefined', 'the app did not start');
    }, { address: SINGLE_FILE_URL, waitForApp: false, setup: (_, page) => page.addInitScript(withoutDecompressionStream) }));
});
