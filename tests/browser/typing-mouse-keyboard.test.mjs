// Typing for real: fields found with widgetRect, clicked with the mouse, filled with key
// presses through the hidden textarea; result() must score what was typed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  clickField, criterion, group, insertInto, pasteText, problems, result, sharedBrowser, sum2, typeChanMongPayments, typeInto,
} from './support.mjs';

const { withPage } = sharedBrowser();

// Each test gets a page of its own (withPage): a fresh form and no field left active.
describe('typing with mouse and keyboard', () => {
  test('Chân Mộng TTTT typed with thousands separators scores 5.59 + 1.13 + 0.50 = 7.22', () => withPage(async (page) => {
    await typeChanMongPayments(page);
    await page.keyboard.press('Enter');  // leave the field, as a person would

    const res = await result(page);
    const pick = (code) => {
      const c = criterion(res, code);
      return { percent: c.percent, points: c.points, entered: c.entered };
    };
    assert.deepEqual(pick('PAY_DOSSIERS'), { percent: 93.25, points: 5.59, entered: true });
    assert.deepEqual(pick('PAY_FORMALITIES'), { percent: 45, points: 1.13, entered: true });
    assert.deepEqual(pick('PAY_PROVISION'), { percent: 20, points: 0.5, entered: true });
    assert.equal(group(res, 'TTTT').score, 7.22, 'TTTT as the portal shows it (exact arithmetic would give 7.23)');
    assert.equal(res.total, 7.22);
    assert.deepEqual(res.rating, { id: 'yeu', label: 'Yếu' });
    for (const code of ['PAY_DOSSIERS', 'PAY_FORMALITIES', 'PAY_PROVISION'])
      assert.ok(!res.missing.includes(code), `${code} is no longer missing`);
    assert.deepEqual(await problems(page), []);
  }));

  test('a percent typed with a decimal comma ("93,25") scores as 93.25 %', () => withPage(async (page) => {
    // Asking for the percent field switches ON_TIME to percent entry.
    await typeInto(page, 'ON_TIME', 'percent', '93,25');
    const res = await result(page);
    const c = criterion(res, 'ON_TIME');
    assert.equal(c.entered, true, 'ON_TIME entered');
    assert.equal(c.percent, 93.25);
    assert.equal(c.points, 18.65, '20 × 93.25 / 100');
    assert.equal(group(res, 'TDGQ').score, 18.65);
    assert.equal(res.total, 18.65);
    assert.deepEqual(await problems(page), []);
  }));

  test('the unit and the period take Vietnamese text with diacritics (keyboard.insertText)', () => withPage(async (page) => {
    const unit = 'UBND xã Chân Mộng, tỉnh Phú Thọ';
    const period = 'Năm 2026 – Quý III';
    await insertInto(page, 'unit', 'value', unit);
    await insertInto(page, 'period', 'value', period);
    const res = await result(page);
    assert.equal(res.unit, unit);
    assert.equal(res.period, period);
  }));

  test('Tab moves from the numerator to the denominator: both values land', () => withPage(async (page) => {
    await clickField(page, 'PAY_DOSSIERS', 'numerator');
    await page.keyboard.type('1437');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1541');
    const c = criterion(await result(page), 'PAY_DOSSIERS');
    assert.deepEqual({ entered: c.entered, percent: c.percent, points: c.points }, { entered: true, percent: 93.25, points: 5.59 },
      'numerator 1437 and denominator 1541 (a lost Tab would give "14371541" in one field)');
  }));

  test('Shift+Tab moves from the denominator back to the numerator: both values land', () => withPage(async (page) => {
    await clickField(page, 'PAY_PROVISION', 'denominator');
    await page.keyboard.type('40');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('8');
    const res = await result(page);
    const c = criterion(res, 'PAY_PROVISION');
    assert.deepEqual({ entered: c.entered, percent: c.percent, points: c.points }, { entered: true, percent: 20, points: 0.5 });
    assert.equal(res.total, sum2(res.groups.map((g) => g.score)));
  }));

  test('Ctrl+A selects the field and what is typed next replaces it', () => withPage(async (page) => {
    await clickField(page, 'unit', 'value');
    await page.keyboard.type('UBND cũ');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('UBND xa Chan Mong');
    assert.equal((await result(page)).unit, 'UBND xa Chan Mong',
      'the text typed after Ctrl+A replaces the old text (not dropped, not appended)');
  }));

  test('Ctrl+V pastes the clipboard once, in place of the selection', () => withPage(async (page, { context }) => {
    await clickField(page, 'unit', 'value');
    await page.keyboard.type('UBND cũ');
    await page.keyboard.press('Control+A');
    await pasteText(page, context, 'Xã Chân Mộng');
    assert.equal((await result(page)).unit, 'Xã Chân Mộng', 'the pasted text, once, in place of "UBND cũ"');
  }));

  test('keys the page does not use keep the browser\'s default (F5, Ctrl+R); Tab and Enter are the page\'s', () => withPage(async (page) => {
    await clickField(page, 'unit', 'value');
    const prevented = (init) => page.evaluate((i) => {
      const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...i });
      document.activeElement.dispatchEvent(e);
      document.activeElement.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, cancelable: true, ...i }));
      return e.defaultPrevented;
    }, init);
    assert.equal(await prevented({ key: 'F5', code: 'F5' }), false, 'F5 still reloads');
    assert.equal(await prevented({ key: 'r', code: 'KeyR', ctrlKey: true }), false, 'Ctrl+R still reloads');
    assert.equal(await prevented({ key: 'v', code: 'KeyV', ctrlKey: true }), false, 'Ctrl+V still pastes (the paste event carries the text)');
    assert.equal(await prevented({ key: 'a', code: 'KeyA' }), false, 'a typed letter reaches the hidden textarea');
    assert.equal(await prevented({ key: 'a', code: 'KeyA', ctrlKey: true }), true, 'Ctrl+A selects in the field');
    assert.equal(await prevented({ key: 'Tab', code: 'Tab' }), true, 'Tab moves between the fields');
    assert.equal(await prevented({ key: 'Enter', code: 'Enter' }), true, 'Enter ends the edit');
  }));
});
