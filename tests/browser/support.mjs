// Shared helpers of the browser tests: Debian's Chromium driven by playwright-core
// (docs/toolchain.md: /usr/bin/chromium, software WebGL2 through SwiftShader), the static
// server of scripts/lib/serve.mjs for dist/web, and the page's hooks (window.dvcscore,
// docs/page-hooks.md) to find fields, which the tests then click, tap and type into for real.
// sharedBrowser() is a test file's fixture; assessments with known figures and the helpers
// of the hardening tests (hostile input, storage faults, limits) come last.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/lib/serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The command-line scorer the page is compared with: the newest of the optimised build's
// and the sanitizer build's (scripts/test builds one of them before the browser tests).
export const CLI = [join(ROOT, 'build/dvcscore'), join(ROOT, 'build-asan/dvcscore')]
  .filter((f) => existsSync(f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  ?? join(ROOT, 'build/dvcscore');
export const DIST_WEB = join(ROOT, 'dist/web');
export const SINGLE_FILE = join(ROOT, 'dist/dvcscore.html');
export const SINGLE_FILE_URL = pathToFileURL(SINGLE_FILE).href;
export const SCREENSHOT_DIR = join(ROOT, 'build/screenshots');
export const DATA_DIR = join(ROOT, 'tests/data');
// dist/web's files: the page, and what makes it installable and offline (docs/accessibility.md).
export const WEB_FILES = ['index.html', 'boot.js', 'dvcscore.js', 'dvcscore.wasm', 'offline.js', 'sw.js',
  'manifest.webmanifest', 'icon-192.png', 'icon-512.png'];

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
];

// The rubric built into the page, read from its file (assets/rubrics/qd766.json) rather than
// typed again: its criteria in order ({code, number, measure, …}), the criteria of each group
// by code, each group's max, and the criteria entered as a single figure rather than a rate.
const QD766 = JSON.parse(readFileSync(join(ROOT, 'assets/rubrics/qd766.json'), 'utf8'));
export const CRITERIA = QD766.groups.flatMap((g) => g.criteria);
export const RUBRIC = Object.fromEntries(QD766.groups.map((g) => [g.code, g.criteria.map((c) => c.code)]));
export const GROUP_MAX = Object.fromEntries(QD766.groups.map((g) => [g.code, g.max]));
export const VALUE_CRITERIA = new Set(CRITERIA.filter((c) => c.measure === 'value').map((c) => c.code));
// Each criterion's number and name, which start the names of its controls in the
// accessibility tree (docs/accessibility.md): "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn".
export const CRITERION_TITLES = Object.fromEntries(CRITERIA.map((c) => [c.code, `${c.number} ${c.name}`]));
// The bundled example (76.09, Khá), whose plan for Tốt has several steps (what-if.test.mjs).
export const EXAMPLE = readFileSync(join(ROOT, 'assets/examples/vi-du-tinh-2026.json'), 'utf8');

// Another engineer rebuilds dist/ now and then: wait for it rather than fail at once.
export async function waitForDist(timeoutMs = 120_000) {
  const needed = [...WEB_FILES.map((f) => join(DIST_WEB, f)), SINGLE_FILE];
  const until = Date.now() + timeoutMs;
  for (;;) {
    const missing = needed.filter((f) => !existsSync(f) || statSync(f).size === 0);
    if (missing.length === 0) return;
    if (Date.now() > until) throw new Error(`dist/ is not built: missing ${missing.join(', ')}`);
    await delay(2000);
  }
}

// A plain launch: playwright gives every launch a fresh temporary user-data dir.
export async function launchBrowser() {
  await waitForDist();
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// dist/web over http://127.0.0.1; `paths` collects what the server was asked for.
export async function startServer() {
  await waitForDist();
  const { server, url, port } = await serve(DIST_WEB);
  const paths = [];
  server.on('request', (req) => paths.push(req.url));
  return { server, url, port, paths, close: () => new Promise((done) => server.close(() => done())) };
}

// Opens `address` in a new context (options: viewport, deviceScaleFactor, hasTouch…) and
// waits until the app is ready (waitForApp). `setup(context, page)` runs before the
// navigation (request recording, init scripts). Page errors are collected in `errors`.
export async function openPage(browser, address, { context: contextOptions = {}, setup, waitForApp: wait = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (setup) await setup(context, page);
  await page.goto(address);
  if (wait) await waitForApp(page);
  return { context, page, errors };
}

// window.dvcscore appears with the first frame; its `ready` resolves once the accessibility
// tree is in place too (built in the next frame, docs/page-hooks.md), so that controls can be
// found by their names at once.
export async function waitForApp(page, timeout = 30_000) {
  await page.waitForFunction(() => typeof window.dvcscore === 'object' && window.dvcscore !== null, null, { timeout });
  await page.evaluate(() => window.dvcscore.ready);
}

// A reload, as a person presses F5: back once the app is ready again.
export async function reloadApp(page) {
  await page.reload();
  await waitForApp(page);
}

// The fixture of a test file: one browser and one server, started before its tests and
// closed after them. `withPage(fn, options)` gives `fn(page, {context, errors})` a page of
// its own (a fresh context: a fresh form, nothing stored) at options.address (the server
// by default; the rest of options as openPage's), then checks that the page threw nothing.
// Node runs a file's top-level before hooks side by side: one that needs the browser goes
// inside the describe, which starts once they are all done.
export function sharedBrowser() {
  let browser, server;
  before(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() { return browser; },
    get server() { return server; },
    async withPage(fn, { address = server.url, ...options } = {}) {
      const { context, page, errors } = await openPage(browser, address, options);
      try {
        const value = await fn(page, { context, errors });
        assert.deepEqual(errors, [], 'no uncaught page errors');
        return value;
      } finally {
        await context.close();
      }
    },
  };
}

// ---- the hooks ---------------------------------------------------------------------------
export const result = (page) => page.evaluate(() => window.dvcscore.result());
export const problems = (page) => page.evaluate(() => window.dvcscore.problems());
export const framesDrawn = (page) => page.evaluate(() => window.dvcscore.framesDrawn());
export const loadAssessment = (page, assessment) => page.evaluate((a) => window.dvcscore.load(a), assessment);

export async function widgetRect(page, code, field = 'value') {
  return page.evaluate(([c, f]) => window.dvcscore.widgetRect(c, f), [code, field]);
}

export function group(res, code) {
  const g = res.groups.find((x) => x.code === code);
  assert.ok(g, `group ${code} in result()`);
  return g;
}

export function criterion(res, code) {
  for (const g of res.groups) {
    const c = g.criteria.find((x) => x.code === code);
    if (c) return c;
  }
  assert.fail(`criterion ${code} in result()`);
}

// Sums to 2 decimals, as the rubric adds rounded points.
export const sum2 = (values) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;

// ---- real input ----------------------------------------------------------------------------
async function fieldCentre(page, code, field) {
  const rect = await widgetRect(page, code, field);
  assert.ok(rect, `widgetRect(${code}, ${field}) should give a rectangle, got ${JSON.stringify(rect)}`);
  assert.ok(rect.w > 0 && rect.h > 0, `widgetRect(${code}, ${field}) has a size: ${JSON.stringify(rect)}`);
  return { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2, rect };
}

// The platform gives the keyboard focus to a text element once ImGui wants text: the
// field's own <input> in the accessibility tree (#semantics, docs/accessibility.md), or the
// hidden #text-input for a field without one. Keys typed before that would be lost, so wait.
export const TEXT_FOCUS = () => {
  const e = document.activeElement;
  return !!e && (e.id === 'text-input' || (e.tagName === 'INPUT' && !!e.closest('#semantics')));
};
export async function waitForTextFocus(page, what = 'a text field') {
  await page.waitForFunction(TEXT_FOCUS, null, { timeout: 5000 }).catch(() => {
    throw new Error(`no text element (#text-input or the field's <input>) took the keyboard focus after activating ${what}`);
  });
}

// A left click with the mouse in the middle of the field; it becomes the active text field.
export async function clickField(page, code, field = 'value') {
  const { x, y } = await fieldCentre(page, code, field);
  await page.mouse.click(x, y);
  await waitForTextFocus(page, `${code}.${field}`);
}

// A tap with a finger (context with hasTouch) in the middle of the field. Like a person,
// start typing only once the browser has finished with the tap: it ends with the click
// it synthesises for the tap (if none comes within 2 s, go on) and the page settling.
export async function tapField(page, code, field = 'value') {
  const { x, y } = await fieldCentre(page, code, field);
  const clicks = await page.evaluate(() => {
    if (window.__tapClicks === undefined) {
      window.__tapClicks = 0;
      addEventListener('click', () => { window.__tapClicks += 1; }, true);
    }
    return window.__tapClicks;
  });
  await page.touchscreen.tap(x, y);
  await page.waitForFunction((n) => window.__tapClicks > n, clicks, { timeout: 2000 }).catch(() => {});
  await waitForIdle(page, { quietMs: 100 });
  await waitForTextFocus(page, `${code}.${field} (tap)`);
}

// Click the (empty) field and type `text` key by key.
export async function typeInto(page, code, field, text) {
  await clickField(page, code, field);
  await page.keyboard.type(text);
}

// Both counts of a rate criterion, each field clicked and typed into.
export async function typeCounts(page, code, numerator, denominator) {
  await typeInto(page, code, 'numerator', numerator);
  await typeInto(page, code, 'denominator', denominator);
}

// Click the field and insert `text` at once, as an input method does (keyboard.insertText):
// how the tests enter Vietnamese with diacritics.
export async function insertInto(page, code, field, text) {
  await clickField(page, code, field);
  await page.keyboard.insertText(text);
}

// Click the field, then empty it with End and Backspace (plain keys, no shortcut) and type
// `text`. `longest` bounds how many characters the field may hold.
export async function retypeInto(page, code, field, text, longest = 10) {
  await clickField(page, code, field);
  await page.keyboard.press('End');
  for (let i = 0; i < longest; ++i) await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

// Waits until no frame has been drawn for `quietMs` (the page has settled).
export async function waitForIdle(page, { quietMs = 300, timeoutMs = 10_000 } = {}) {
  const until = Date.now() + timeoutMs;
  let last = await framesDrawn(page);
  for (;;) {
    await delay(quietMs);
    const now = await framesDrawn(page);
    if (now === last) return now;
    if (Date.now() > until) throw new Error(`the page kept drawing frames for ${timeoutMs} ms (at ${now})`);
    last = now;
  }
}

export function ensureScreenshotDir() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return SCREENSHOT_DIR;
}

// ---- the accessibility tree (docs/accessibility.md): controls by role and name -----------------
const FIELD_WORDS = { numerator: 'tử số', denominator: 'mẫu số', percent: 'tỷ lệ %', value: 'giá trị' };
// "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn — tử số"
export const fieldName = (code, field) => `${CRITERION_TITLES[code]} — ${FIELD_WORDS[field]}`;
export const fieldBox = (page, code, field) => page.getByRole('textbox', { name: fieldName(code, field), exact: true });
// The what-if's field beside a criterion: "2.1 … — mục tiêu".
export const targetName = (code) => `${CRITERION_TITLES[code]} — mục tiêu`;
export const targetBox = (page, code) => page.getByRole('textbox', { name: targetName(code), exact: true });
// The names of the plan's steps, in order, as the rows of its table say them.
export const planSteps = (page) => page.getByRole('table', { name: 'Các bước của kế hoạch', exact: true })
  .getByRole('row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));

// A control reached the way assistive technology does: found by role and name, given the
// keyboard focus (the page then focuses the same item in ImGui).
export async function focusByRole(page, role, name) {
  const control = page.getByRole(role, { name, exact: typeof name === 'string' });
  await control.focus();
  return control;
}

// Presses a button found by role and name with the keyboard (Enter), as a screen reader
// user or a keyboard user would.
export async function pressByRole(page, role, name) {
  const control = await focusByRole(page, role, name);
  await page.keyboard.press('Enter');
  return control;
}

// Types `text` into a criterion's field found by its name in the accessibility tree; a
// percent field is reached by first pressing the criterion's "nhập tỷ lệ %" button.
export async function typeByName(page, code, field, text) {
  if (field === 'percent') await pressByRole(page, 'button', `${CRITERION_TITLES[code]} — nhập tỷ lệ %`);
  await fieldBox(page, code, field).focus();
  await page.keyboard.type(text);
}

// The focused element as assistive technology sees it: its role and accessible name.
export const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  const role = e.getAttribute('role') || { INPUT: 'textbox', BUTTON: 'button' }[e.tagName] || e.tagName.toLowerCase();
  return { role, name: e.getAttribute('aria-label') || e.textContent.trim() };
});

// Chromium's own accessibility tree (DevTools protocol): [{role, name, description, invalid…}].
export async function axNodes(context, page) {
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => {
    const props = Object.fromEntries((n.properties || []).map((p) => [p.name, p.value.value]));
    return { role: n.role?.value, name: n.name?.value ?? '', description: n.description?.value ?? '', ...props };
  });
}

// ---- the page beyond the form: drafts, files, downloads, tabs (docs/page-hooks.md) -------------
export const state = (page) => page.evaluate(() => window.dvcscore.state());
export const AUTOSAVE_KEY = 'dvcscore/workspace/v1';

// The rectangle of a named button, tab or row as the last frame drew it (null: not shown).
export const uiRect = (page, name) => page.evaluate((n) => window.dvcscore.widgetRect('ui', n), name);

// Waits until the named control is drawn with a size (a popup or a tab takes a frame or two
// to appear after the click that asks for it) and returns its rectangle.
export async function waitForUi(page, name, { timeout = 5000, failure } = {}) {
  const handle = await page.waitForFunction((n) => {
    const r = window.dvcscore.widgetRect('ui', n);
    return r && r.w > 0 && r.h > 0 ? r : null;
  }, name, { timeout, polling: 50 }).catch(() => {
    throw new Error(failure ?? `widgetRect('ui', '${name}') gave no rectangle with a size for ${timeout} ms: the control is not shown`);
  });
  return handle.jsonValue();
}

// Waits until the named control is no longer drawn (a list closed, another tab shown).
export async function waitForUiGone(page, name, { timeout = 5000, failure } = {}) {
  await page.waitForFunction((n) => window.dvcscore.widgetRect('ui', n) === null, name, { timeout, polling: 50 })
    .catch(() => { throw new Error(failure ?? `widgetRect('ui', '${name}') is still drawn after ${timeout} ms`); });
}

// Waits until the named control is drawn, then clicks its centre with the mouse.
export async function clickUi(page, name, { timeout = 5000 } = {}) {
  const rect = await waitForUi(page, name, { timeout });
  await page.mouse.click(rect.x + rect.w / 2, rect.y + rect.h / 2);
  return rect;
}

// A toolbar button; on narrow screens the toolbar is a menu, opened first.
export async function clickToolbar(page, name) {
  if (!(await uiRect(page, name)) && (await uiRect(page, 'menu'))) await clickUi(page, 'menu');
  return clickUi(page, name);
}

// Waits until `fn(state())` is true; returns that state. Polled from here: the page's
// Content-Security-Policy forbids the eval a string predicate would need there.
export async function waitForState(page, fn, { timeout = 5000, what = 'the expected state' } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const now = await state(page);
    if (fn(now)) return now;
    if (Date.now() > until) throw new Error(`waited ${timeout} ms for ${what}; state() is ${JSON.stringify(now)}`);
    await delay(50);
  }
}

const TAB_CONTENT = { 'tab-form': null, 'tab-drafts': 'draft-new', 'tab-batch': null, 'tab-compare': null };
// Clicks a tab and waits until the page shows it (a control inside it, or a quiet page).
export async function openTab(page, tab, expectControl = TAB_CONTENT[tab]) {
  await clickUi(page, tab);
  if (expectControl) {
    await waitForUi(page, expectControl, { failure: `after clicking ${tab}, '${expectControl}' is not shown` });
  } else {
    await waitForIdle(page, { quietMs: 150 });
  }
}

// Runs `trigger` and returns the file it made the page download: {name, bytes, text}.
export async function captureDownload(page, trigger, timeout = 10_000) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), trigger()]);
  const failure = await download.failure();
  assert.equal(failure, null, `the download of ${download.suggestedFilename()} completed`);
  const bytes = readFileSync(await download.path());
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

// A file for the page: {name, mimeType, buffer} (Playwright's setFiles shape).
export function fileOf(name, content, mimeType = 'application/octet-stream') {
  return { name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') };
}

// A file of tests/data as the page gets it, under its own name or `as`.
export function dataFile(name, mimeType, as = name) {
  return fileOf(as, readFileSync(join(DATA_DIR, name)), mimeType);
}

// Clicks `control` (a toolbar or panel button that opens the file picker) and picks `file`
// (a fileOf() file or a path on disk).
export async function pickFile(page, control, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 10_000 }),
    control === 'open-file' ? clickToolbar(page, control) : clickUi(page, control),
  ]);
  await chooser.setFiles(file);
}

// Drags `file` over the page and drops it, as a file manager would: dragenter, dragover and
// drop with a DataTransfer holding it, fired at the canvas and bubbling to the document.
// `file` is a fileOf() file, or {name, size}: `size` zero bytes made in the page, so that a
// file over 32 MB need not cross the wire. Returns whether the page accepted the drag
// (dragover default prevented) and the drop.
export async function dropFile(page, file) {
  return dropFiles(page, [file]);
}

// Several files dropped together, in one drop (as selected in a file manager).
export async function dropFiles(page, files) {
  // The bytes travel as latin1 strings: one character a byte, any byte 0–255.
  const list = files.map(({ name, mimeType = '', buffer, size = 0 }) => [name, mimeType, buffer ? buffer.toString('latin1') : null, size]);
  return page.evaluate((items) => {
    const transfer = new DataTransfer();
    for (const [n, type, bytes, zeros] of items) {
      const data = bytes === null ? new Uint8Array(zeros) : Uint8Array.from(bytes, (c) => c.charCodeAt(0));
      transfer.items.add(new File([data], n, { type }));
    }
    const target = document.getElementById('canvas') || document.body;
    const fire = (kind) => {
      const event = new DragEvent(kind, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer,
        clientX: 300, clientY: 300 });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    fire('dragenter');
    return { dragover: fire('dragover'), drop: fire('drop') };
  }, list);
}

// Puts `text` on the system clipboard and presses Ctrl+V in the field being edited, as
// Chromium gets it from the system: the key press and its paste command, so the page hears
// the browser's own paste event. The context needs clipboard permissions (given here).
export async function pasteText(page, context, text) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const cdp = await context.newCDPSession(page);
  await page.keyboard.down('Control');
  const v = { key: 'v', code: 'KeyV', windowsVirtualKeyCode: 86, modifiers: 2 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...v, commands: ['paste'] });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...v });
  await page.keyboard.up('Control');
  await cdp.detach();
}

// The mouse goes to the page's corner first so that no tooltip hides what is shown.
export async function saveScreenshot(page, name, { moveMouse = true } = {}) {
  const file = join(ensureScreenshotDir(), name);
  if (moveMouse) await page.mouse.move(1, 1);
  await waitForIdle(page, { quietMs: 150 });
  await page.screenshot({ path: file });
  return file;
}

// An assessment (dvcscore-assessment/1) with the given values.
export function assessment(unit, period, values) {
  return { format: 'dvcscore-assessment/1', rubric: 'qd766', unit, period, values };
}

// Clicks a named text field (a draft's unit or period), selects what it holds and types
// `text` in its place, then Enter to leave it.
export async function retypeUi(page, name, text) {
  await clickUi(page, name);
  await waitForTextFocus(page, name);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
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

// The autosaved workspace as the page left it in localStorage (parsed), or null.
export const autosaved = (page) => page.evaluate((key) => {
  const text = localStorage.getItem(key);
  return text === null ? null : JSON.parse(text);
}, AUTOSAVE_KEY);

// Vietnamese letters with diacritics: a message in Vietnamese has some.
export const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

// A minimal RFC 4180 reader: rows of cells (quotes, doubled quotes, CRLF).
export function parseCsv(text, separator = ',') {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; ++i; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { /* the \n ends the row */ }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

// ---- assessments with known figures (docs/rubric.md) --------------------------------------------
// Chân Mộng's TTTT (rubric worked case, as tests/data/chan-mong-2026.json): 8/40 = 20 % → 0.50;
// 18/40 = 45 % → 1.13; 1437/1541 = 93.25 % → 5.59. TTTT 7.22.
export const CHAN_MONG = assessment('Xã Chân Mộng', '2026', {
  PAY_PROVISION: { numerator: 8, denominator: 40 },
  PAY_FORMALITIES: { numerator: 18, denominator: 40 },
  PAY_DOSSIERS: { numerator: 1437, denominator: 1541 },
});

// Phú Thọ's CLGQ (worked example 1, 3.3 typed as 98.6 %): 3.1 52/89 = 58.43 % of cap 80 % →
// 1.46; 3.2 516/1884 = 27.39 % → 1.10; 3.3 98.6 % ≥ 50 % → 6. CLGQ 8.56.
export const PHU_THO = assessment('UBND tỉnh Phú Thọ', '2026', {
  ONLINE_PROVISION: { numerator: 52, denominator: 89 },
  HAS_ONLINE: { numerator: 516, denominator: 1884 },
  ONLINE_DOSSIERS: { percent: 98.6 },
});

// The same with 3.3 as counts (589 496/597 894) and AVG_DAYS 4.24, as a file (tests/data/
// phu-tho-2026.json): 8.56, the portal's figure.
export const PHU_THO_TEXT = readFileSync(join(DATA_DIR, 'phu-tho-2026.json'), 'utf8');
export const PHU_THO_TOTAL = 8.56;

// Every criterion filled, figures of a province's year in the portal's style (worked
// examples and plausible others).
export const FILLED_VALUES = {
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
};

// Chân Mộng's TTTT typed by keyboard, the counts with a dot for thousands.
export async function typeChanMongPayments(page) {
  await typeCounts(page, 'PAY_DOSSIERS', '1.437', '1.541');
  await typeCounts(page, 'PAY_FORMALITIES', '18', '40');
  await typeCounts(page, 'PAY_PROVISION', '8', '40');
}

// ---- the hardening tests: hostile input, faults, limits ---------------------------------------
// A temporary directory for generated files, removed by the returned function.
export function temporaryDir(prefix = 'dvcscore-browser-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// The form holds the Phú Thọ file: what "the current work" is in these tests.
export async function loadPhuTho(page) {
  assert.deepEqual(await loadAssessment(page, PHU_THO_TEXT), [], 'Phú Thọ loads');
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
