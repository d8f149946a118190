// An input method (Telex/VNI, a phone keyboard) composes Vietnamese words in the hidden
// textarea; only the committed text may reach the field, exactly once.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clickField, result, sharedBrowser } from './support.mjs';

const { withPage } = sharedBrowser();

// Telex steps for one word, as an IME shows them while composing, then the commit.
async function compose(cdp, steps, committed) {
  for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text: committed });
}

// A page of its own, with a DevTools session to drive the input method.
const withImePage = (fn) => withPage(async (page, { context }) => fn(page, await context.newCDPSession(page)));

describe('IME composition', () => {
  test('Telex words composed into the unit arrive once each: "UBND xã Chân Mộng"', () => withImePage(async (page, cdp) => {
    await clickField(page, 'unit', 'value');
    await page.keyboard.type('UBND ');
    await compose(cdp, ['x', 'xa', 'xã'], 'xã');
    assert.equal((await result(page)).unit, 'UBND xã', 'after the first committed word');
    await page.keyboard.type(' ');
    // While a word is being composed, none of it reaches the form yet.
    await cdp.send('Input.imeSetComposition', { text: 'C', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'Ch', selectionStart: 2, selectionEnd: 2 });
    assert.equal((await result(page)).unit, 'UBND xã ', 'composition in progress is not in the form');
    await compose(cdp, ['Cha', 'Chaa', 'Châ', 'Chân'], 'Chân');
    await page.keyboard.type(' ');
    await compose(cdp, ['M', 'Mo', 'Moo', 'Mô', 'Môj', 'Mộ', 'Mộn', 'Mộng'], 'Mộng');
    const unit = (await result(page)).unit;
    assert.equal(unit, 'UBND xã Chân Mộng', 'no duplicated or lost characters');
    assert.equal(unit.normalize('NFC'), unit, 'precomposed (NFC) text as committed');
  }));

  test('a whole phrase composed and committed at once, where the commit differs from the last step', () => withImePage(async (page, cdp) => {
    await clickField(page, 'unit', 'value');
    await compose(cdp, ['S', 'Sơ', 'Sở Tư', 'Sở Tư pháp tỉnh Phu', 'Sở Tư pháp tỉnh Phú Tho'], 'Sở Tư pháp tỉnh Phú Thọ');
    await clickField(page, 'period', 'value');
    await compose(cdp, ['Q', 'Qu', 'Quy', 'Quý'], 'Quý');
    await page.keyboard.type(' III/2026');
    const res = await result(page);
    assert.equal(res.unit, 'Sở Tư pháp tỉnh Phú Thọ');
    assert.equal(res.period, 'Quý III/2026');
  }));
});
