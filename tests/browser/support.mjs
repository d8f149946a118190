// Shared helpers of the browser tests: Debian's Chromium driven by playwright-core
// (docs/toolchain: /usr/bin/chromium, software WebGL2 through SwiftShader), the static
// server of scripts/lib/serve.mjs for dist/web, and the page's hooks (window.dvcscore,
// formats.md) to find fields, which the tests then click, tap and type into for real.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/lib/serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_WEB = join(ROOT, 'dist/web');
export const SINGLE_FILE = join(ROOT, 'dist/dvcscore.html');
export const SINGLE_FILE_URL = pathToFileURL(SINGLE_FILE).href;
export const SCREENSHOT_DIR = join(ROOT, 'build/screenshots');
export const WEB_FILES = ['index.html', 'boot.js', 'dvcscore.js', 'dvcscore.wasm'];

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
];

// The groups and criteria of the qd766 rubric, in order (rubric-qd766.md).
export const RUBRIC = {
  CKMB: ['PUBLISH_ON_TIME', 'PUBLIC_UPDATE_ON_TIME', 'PUBLIC_CONTENT_FULL', 'DOSSIER_SYNC'],
  TDGQ: ['ON_TIME', 'AVG_DAYS'],
  CLGQ: ['ONLINE_PROVISION', 'HAS_ONLINE', 'ONLINE_DOSSIERS'],
  TTTT: ['PAY_PROVISION', 'PAY_FORMALITIES', 'PAY_DOSSIERS'],
  MDSH: ['ORIGINAL_RESULT_AVAILABLE', 'SO_HOA_GIAY_TO_GIAI_QUYET', 'REUSED_DIGITIZED_DATA',
    'SYNCED_WITH_DVCQG_PERSONAL_STORAGE', 'CITIZEN_DATA_CONNECTED_FORMALITY', 'CITIZEN_DATA_CONNECTED_DOSSIER',
    'ELECTRONIC_CERTIFIED_COPY'],
  MDHL: ['PETITION_CLASSIFICATION', 'PETITION_PROCESSING_ON_TIME', 'PETITION_HANDLING_SATISFACTION',
    'DOSSIER_RECEIVING_SATISFACTION'],
};
export const GROUP_MAX = { CKMB: 18, TDGQ: 20, CLGQ: 12, TTTT: 10, MDSH: 22, MDHL: 18 };
// Criteria entered as a single figure rather than a rate.
export const VALUE_CRITERIA = new Set(['AVG_DAYS']);

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
// waits until the app has drawn its first frame. `setup(context, page)` runs before the
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

export async function waitForApp(page, timeout = 30_000) {
  await page.waitForFunction(() => typeof window.dvcscore === 'object' && window.dvcscore !== null, null, { timeout });
  await page.evaluate(() => window.dvcscore.ready);
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

// The platform focuses the hidden textarea once ImGui wants text: keys typed before that
// would be lost, so wait for it.
export async function waitForTextFocus(page, what = 'a text field') {
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-input', null,
    { timeout: 5000 }).catch(() => {
    throw new Error(`the hidden #text-input did not take the keyboard focus after activating ${what}`);
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

// ---- the page beyond the form: drafts, files, downloads, tabs (extensions of formats.md) ------
export const state = (page) => page.evaluate(() => window.dvcscore.state());
export const AUTOSAVE_KEY = 'dvcscore/workspace/v1';

// The rectangle of a named button, tab or row as the last frame drew it (null: not shown).
export const uiRect = (page, name) => page.evaluate((n) => window.dvcscore.widgetRect('ui', n), name);

// Waits until the named control is drawn, then clicks its centre with the mouse.
export async function clickUi(page, name, { timeout = 5000 } = {}) {
  const handle = await page.waitForFunction((n) => window.dvcscore.widgetRect('ui', n), name, { timeout, polling: 50 })
    .catch(() => { throw new Error(`widgetRect('ui', '${name}') stayed null for ${timeout} ms: the control is not shown`); });
  const rect = await handle.jsonValue();
  assert.ok(rect.w > 0 && rect.h > 0, `'${name}' has a size: ${JSON.stringify(rect)}`);
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
    await page.waitForFunction((n) => window.dvcscore.widgetRect('ui', n), expectControl, { timeout: 5000, polling: 50 })
      .catch(() => { throw new Error(`after clicking ${tab}, '${expectControl}' is not shown`); });
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

// Clicks `control` (a toolbar or panel button that opens the file picker) and picks `file`.
export async function pickFile(page, control, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 5000 }),
    control === 'open-file' ? clickToolbar(page, control) : clickUi(page, control),
  ]);
  await chooser.setFiles(file);
}

// Drags `file` over the page and drops it, as a file manager would: dragenter, dragover and
// drop with a DataTransfer holding it, fired at the canvas and bubbling to the document.
// Returns whether the page accepted the drag (dragover default prevented) and the drop.
export async function dropFile(page, file) {
  return page.evaluate(([name, type, bytes]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
    const target = document.getElementById('canvas') || document.body;
    const fire = (kind) => {
      const event = new DragEvent(kind, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer,
        clientX: 300, clientY: 300 });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    fire('dragenter');
    return { dragover: fire('dragover'), drop: fire('drop') };
  }, [file.name, file.mimeType, [...file.buffer]]);
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
