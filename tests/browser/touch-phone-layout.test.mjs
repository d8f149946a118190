// A phone: 360×740 CSS px with a touch screen. A tap activates a field, typing scores it,
// and every input fits the narrow screen.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RUBRIC, VALUE_CRITERIA, criterion, result, sharedBrowser, tapField, waitForIdle, widgetRect } from './support.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const { withPage } = sharedBrowser();

const withPhone = (fn) => withPage(async (page) => {
  assert.equal(await page.evaluate(() => window.innerWidth), 360, 'the page is laid out 360 px wide');
  await fn(page);
}, { context: PHONE });

describe('touch screen, 360 px wide', () => {
  test('a tap on a field activates it; what is typed then is scored', () => withPhone(async (page) => {
    const pointerTypes = [];
    await page.exposeFunction('recordPointer', (t) => pointerTypes.push(t));
    await page.evaluate(() => document.getElementById('canvas').addEventListener('pointerdown', (e) => window.recordPointer(e.pointerType)));
    await tapField(page, 'PAY_DOSSIERS', 'numerator');
    await page.keyboard.type('1437');
    await tapField(page, 'PAY_DOSSIERS', 'denominator');
    await page.keyboard.type('1541');
    await tapField(page, 'PAY_FORMALITIES', 'numerator');
    await page.keyboard.type('18');
    await tapField(page, 'PAY_FORMALITIES', 'denominator');
    await page.keyboard.type('40');
    assert.ok(pointerTypes.length >= 4 && pointerTypes.every((t) => t === 'touch'),
      `the taps arrived as touch pointers: ${JSON.stringify(pointerTypes)}`);
    const res = await result(page);
    const c = criterion(res, 'PAY_DOSSIERS');
    assert.deepEqual({ entered: c.entered, percent: c.percent, points: c.points }, { entered: true, percent: 93.25, points: 5.59 });
    const f = criterion(res, 'PAY_FORMALITIES');
    assert.deepEqual({ entered: f.entered, percent: f.percent, points: f.points }, { entered: true, percent: 45, points: 1.13 });
    assert.equal(res.total, 6.72);
  }));

  // platform.js focuses the field's text element (its own <input> in the accessibility
  // tree, docs/accessibility.md) inside the tap's own handler because only a user gesture
  // opens a phone's on-screen keyboard; if the focus leaves it afterwards, the keyboard
  // closes again, and a later focus() from a frame cannot reopen it (iOS).
  test('after a tap on a field the keyboard focus stays in the text input (no blur)', () => withPhone(async (page) => {
    const { x, y } = await page.evaluate(() => {
      const r = window.dvcscore.widgetRect('PAY_DOSSIERS', 'numerator');
      return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
    });
    await page.evaluate(() => {
      window.__focusLog = [];
      // Focus and blur of any text element: the field's <input> or the hidden #text-input.
      const text = (e) => e.target.id === 'text-input' || (e.target.tagName === 'INPUT' && e.target.closest('#semantics'));
      for (const [type, word] of [['focusin', 'focus'], ['focusout', 'blur']])
        document.addEventListener(type, (e) => { if (text(e)) window.__focusLog.push(word); }, true);
      window.__clicked = new Promise((done) => addEventListener('click', () => done(true), { capture: true, once: true }));
    });
    await page.touchscreen.tap(x, y);
    // The tap is over once its synthesised click has come and the page has settled.
    await page.waitForFunction(() => window.__clicked, null, { timeout: 2000 }).catch(() => {});
    await waitForIdle(page, { quietMs: 200 });
    const state = await page.evaluate(() => ({ active: document.activeElement.getAttribute('aria-label'), log: window.__focusLog }));
    assert.equal(state.log[0], 'focus', `the tap focused the text input: ${JSON.stringify(state.log)}`);
    assert.deepEqual(state.log, ['focus'], 'the text input kept the focus after the tap (focus/blur events seen)');
    assert.equal(state.active, '3.6 Tỷ lệ hồ sơ thanh toán trực tuyến — tử số', 'the tapped field\'s own input has the focus');
  }));

  test('every input lies within 0..360 px horizontally (counts, percent, value, unit, period)', () => withPhone(async (page) => {
    const fields = [['unit', 'value'], ['period', 'value']];
    for (const code of Object.values(RUBRIC).flat()) {
      if (VALUE_CRITERIA.has(code)) fields.push([code, 'value']);
      else fields.push([code, 'numerator'], [code, 'denominator'], [code, 'percent']);
    }
    const outside = [];
    for (const [code, field] of fields) {
      const r = await widgetRect(page, code, field);
      if (!r) { outside.push(`${code}.${field}: not shown (null)`); continue; }
      if (!(r.x >= 0 && r.x + r.w <= 360 && r.w > 0)) outside.push(`${code}.${field}: x ${r.x}..${r.x + r.w}`);
      if (!(r.y >= 0 && r.y + r.h <= 740)) outside.push(`${code}.${field}: y ${r.y}..${r.y + r.h} (not scrolled into view)`);
      // Asking for the percent field switched to percent entry: go back to counts.
      if (field === 'percent') await widgetRect(page, code, 'numerator');
    }
    assert.deepEqual(outside, [], 'inputs outside the 360×740 screen');
  }));
});
