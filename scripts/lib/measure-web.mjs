// See scripts/measure-web. usage: node measure-web.mjs CALCULATOR.html BARE.html
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { syntheticCapture } from '../../tests/browser/portal-capture.mjs';

const require = createRequire(resolve('tests/browser/package.json'));
const { chromium } = require('playwright-core');
const [calculator, bare] = process.argv.slice(2).map((f) => resolve(f));
// Page loads here vary by 100 ms and more from one to the next (a bare page 110–240 ms in one
// session), so a 5 % budget needs many: 21 by default, MEASURE_RUNS=41 for a firmer figure.
const runs = Number(process.env.MEASURE_RUNS) || 21;
// The UI frame is timed on a filled form: every criterion entered.
const example = readFileSync(resolve('assets/examples/vi-du-tinh-2026.json'), 'utf8');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
});

// Navigation start → first frame drawn, in a fresh context each time (nothing cached); and
// → the accessibility tree in place, which the calculator builds in the frame after the first.
async function firstFrame(file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => window.dvcscore, null, { timeout: 30000 });
  const ms = await page.evaluate(() => window.dvcscore.firstFrameAt);
  await page.evaluate(() => window.dvcscore.ready);
  const treeMs = await page.evaluate(() => window.dvcscore.accessibilityTreeAt);
  return { context, page, ms, treeMs };
}

// First frames first, alternating the pages: the frame timing below queues work in the GPU
// process that would otherwise delay the next page's start.
const times = { calculator: [], bare: [] };
const treeTimes = [];
for (let run = 0; run < runs; ++run) {
  for (const [name, file] of [['bare', bare], ['calculator', calculator]]) {
    const { context, ms, treeMs } = await firstFrame(file);
    times[name].push(ms);
    if (name === 'calculator') treeTimes.push(treeMs);
    await context.close();
  }
}

// A full UI frame on a filled form, and frames drawn while nothing happens.
const frameMs = [];
const { context, page } = await firstFrame(calculator);
const errors = await page.evaluate((text) => window.dvcscore.load(text), example);
if (errors.length) throw new Error(`example did not load: ${errors.join('; ')}`);
for (let run = 0; run < runs; ++run) frameMs.push(await page.evaluate(() => window.dvcscore.measureFrames(100)));
// A re-plan: what a keystroke costs (read, score, plan). The example plans Khá → Tốt
// (3.91 points); a unit at about half everywhere plans Trung bình → Khá, some 15 points.
const replanMs = { example: [], half: [] };
for (let run = 0; run < runs; ++run) replanMs.example.push(await page.evaluate(() => window.dvcscore.measureReplan(50)));
const half = JSON.parse(example);
for (const [code, entry] of Object.entries(half.values)) {
  if (entry.denominator > 0) entry.numerator = Math.floor(entry.denominator * (0.45 + (code.length % 7) / 40));
}
const halfErrors = await page.evaluate((text) => window.dvcscore.load(text), JSON.stringify(half));
if (halfErrors.length) throw new Error(`half unit did not load: ${halfErrors.join('; ')}`);
for (let run = 0; run < runs; ++run) replanMs.half.push(await page.evaluate(() => window.dvcscore.measureReplan(50)));
const halfTotal = await page.evaluate(() => window.dvcscore.result().total);
const halfAim = await page.evaluate(() => window.dvcscore.state().target.aim);
await page.waitForTimeout(1000);  // let the drawing settle
const before = await page.evaluate(() => window.dvcscore.framesDrawn());
await page.waitForTimeout(2000);
const idleFrames = (await page.evaluate(() => window.dvcscore.framesDrawn())) - before;
await context.close();

// A province's dashboard capture (200 units, seven endpoints, tests/browser/portal-capture.mjs)
// dropped on the page: from the drop to the table's first frame, in a fresh page each time.
const capture = syntheticCapture(resolve('tests/data/portal'), 200);
const importMs = [];
for (let run = 0; run < runs; ++run) {
  const opened = await firstFrame(calculator);
  importMs.push(await opened.page.evaluate(async (text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'tinh-200-don-vi.har', { type: 'application/json' }));
    const start = performance.now();
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    while (!(window.dvcscore.state().batch || {}).rows) await new Promise((done) => setTimeout(done, 2));
    await new Promise((done) => requestAnimationFrame(() => done()));
    return performance.now() - start;
  }, capture));
  await opened.context.close();
}
await browser.close();

const raw = readFileSync(calculator);
const gzip = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(1)} ms`;
const ratio = median(times.calculator) / median(times.bare);
// Each run loads the two pages one after the other: a busy spell slows both of a pair, so the
// median of the pairs' ratios moves less with the machine's load than the ratio of medians.
const pairedRatio = median(times.calculator.map((t, i) => t / times.bare[i]));
console.log(`runs per figure: ${runs} (median), headless Chromium, software WebGL (SwiftShader), 1280×800, DPR 1`);
console.log(`first frame, bare ImGui page:   ${ms(median(times.bare))}   (${times.bare.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`first frame, calculator:        ${ms(median(times.calculator))}   (${times.calculator.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`ratio calculator / bare:        ${ratio.toFixed(2)}×   (median of the ${runs} pairs' ratios: ${pairedRatio.toFixed(2)}×)`);
console.log(`accessibility tree in place:    ${ms(median(treeTimes))}   (${treeTimes.map((t) => t.toFixed(0)).join(', ')}; the frame after the first)`);
console.log(`single file dist/dvcscore.html: ${kb(raw.length)} raw, ${kb(gzip)} gzip`);
console.log(`full UI frame (UI + drawing):   ${ms(median(frameMs))}   (${frameMs.map((t) => t.toFixed(2)).join(', ')})`);
console.log(`frames drawn while idle (2 s):  ${idleFrames}`);
const fine = (x) => `${x.toFixed(3)} ms`;
console.log(`re-plan (keystroke), example:   ${fine(median(replanMs.example))}   (${replanMs.example.map((t) => t.toFixed(3)).join(', ')})`);
console.log(`re-plan, half unit ${halfTotal} → ${halfAim}: ${fine(median(replanMs.half))}   (${replanMs.half.map((t) => t.toFixed(3)).join(', ')})`);
console.log(`200-unit capture (${(Buffer.byteLength(capture) / 1048576).toFixed(2)} MB HAR) dropped → table drawn: ` +
            `${ms(median(importMs))}   (${importMs.map((t) => t.toFixed(0)).join(', ')})`);
