// Helpers of the hardening tests (corpus, storage faults, limits, no network), on top of
// support.mjs: the toolbar buttons found through widgetRect('ui', name), files opened
// through the file chooser or dropped on the page, the notices of state().
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, framesDrawn, result, waitForIdle } from './support.mjs';

export const state = (page) => page.evaluate(() => window.dvcscore.state());

// An assessment whose total is known (tests/data/phu-tho-2026.json: 8.56, the portal's figure).
export const PHU_THO_TEXT = readFileSync(join(ROOT, 'tests/data/phu-tho-2026.json'), 'utf8');
export const PHU_THO_TOTAL = 8.56;

// A temporary directory for generated files, removed by the returned function.
export function temporaryDir(prefix = 'dvcscore-browser-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// Where a button, tab or row is, as drawn (src/web/ui record_item names). A popup or a tab
// takes a frame or two to appear after the click that asks for it: wait up to `timeout`.
export async function uiRect(page, name, timeout = 3000) {
  const handle = await page.waitForFunction((n) => {
    const r = window.dvcscore.widgetRect('ui', n);
    return r && r.w > 0 && r.h > 0 ? r : null;
  }, name, { timeout, polling: 100 }).catch(() => null);
  assert.ok(handle, `widgetRect('ui', '${name}') should give a rectangle within ${timeout} ms`);
  return handle.jsonValue();
}

export async function clickUi(page, name) {
  const r = await uiRect(page, name);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
}

// «Mở tệp…» on the toolbar, then the file chooser gets `files` (paths or {name, mimeType, buffer}).
export async function openWithChooser(page, files) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), clickUi(page, 'open-file')]);
  await chooser.setFiles(files);
}

// A file dropped on the document, as a person drags it from the file manager. `bytes` is a
// latin1 string of the file's bytes (any byte 0–255), or `size` makes a file of zeros.
export async function dropFile(page, { name, bytes, size }) {
  await page.evaluate(({ name: n, bytes: b, size: s }) => {
    const data = b !== undefined ? Uint8Array.from(b, (c) => c.charCodeAt(0)) : new Uint8Array(s);
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], n));
    const target = document.getElementById('canvas');
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, { name, bytes, size });
}

// Waits for a notice whose title contains `needle` (a string or a RegExp; the newest such)
// and returns it. The tests give each file its own name so a notice is never mistaken for
// an older one.
export async function waitForNotice(page, needle, timeout = 15_000) {
  const pattern = needle instanceof RegExp ? { source: needle.source, flags: needle.flags } : { text: needle };
  const handle = await page.waitForFunction((p) => {
    const matches = (title) => (p.text !== undefined ? title.includes(p.text) : new RegExp(p.source, p.flags).test(title));
    return window.dvcscore.state().notices.slice().reverse().find((x) => matches(x.title)) || null;
  }, pattern, { timeout }).catch(async () => {
    assert.fail(`no notice mentioning «${needle}»; notices: ${JSON.stringify((await state(page)).notices)}`);
  });
  return handle.jsonValue();
}

// Shows the form tab, as a person clicks it before typing (widgetRect() called while another
// tab is shown may answer before the form is laid out).
export async function showForm(page) {
  await clickUi(page, 'tab-form');
  await waitForIdle(page, { quietMs: 150 });
}

// The form holds the Phú Thọ assessment: what "the current work" is in these tests.
export async function loadPhuTho(page) {
  assert.deepEqual(await page.evaluate((t) => window.dvcscore.load(t), PHU_THO_TEXT), [], 'Phú Thọ loads');
  const res = await result(page);
  assert.equal(res.total, PHU_THO_TOTAL, 'Phú Thọ scores 8.56');
  return res;
}

// Frames are drawn in answer to input: a move over the canvas and a wheel turn.
export async function framesAnswerInput(page, what = '') {
  const before = await framesDrawn(page);
  await page.mouse.move(200, 400);
  await page.mouse.move(220, 420);
  await page.mouse.wheel(0, 120);
  await page.waitForFunction((n) => window.dvcscore.framesDrawn() > n, before, { timeout: 5000 }).catch(() => {
    assert.fail(`no frame drawn after mouse and wheel input ${what} (framesDrawn stayed ${before})`);
  });
}

// The page has not fallen over: no fatal message, the status overlay hidden, hooks there.
export async function pageAlive(page) {
  const s = await page.evaluate(() => ({
    hooks: typeof window.dvcscore === 'object' && typeof window.dvcscore.result === 'function',
    status: document.getElementById('status').hidden, fatal: document.getElementById('status').className,
    text: document.getElementById('status-text').textContent,
  }));
  assert.equal(s.hooks, true, 'window.dvcscore is still there');
  assert.equal(s.fatal, '', `no fatal message on the page: «${s.text}»`);
  assert.equal(s.status, true, `the status overlay is hidden (it says «${s.text}»)`);
}
