// The input limits (README "Input limits") in the page: a file over 32 MB, duplicate keys,
// bytes that are not UTF-8, deep nesting and more than 50,000 assessments, opened through the
// file chooser or dropped, each give a Vietnamese notice naming the file and the place while
// the work in the form stays as it was; a 5,000-unit batch opens into the table without
// freezing the page.
import assert from 'node:assert/strict';
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { framesDrawn, launchBrowser, openPage, result, startServer, waitForIdle } from './support.mjs';
import {
  PHU_THO_TOTAL, clickUi, dropFile, framesAnswerInput, loadPhuTho, openWithChooser, pageAlive, state, temporaryDir,
  uiRect, waitForNotice,
} from './hardening-support.mjs';

const LIMIT_BYTES = 32 * 1024 * 1024;
const ASSESSMENT = (unit, numerator, denominator) => JSON.stringify({
  format: 'dvcscore-assessment/1', unit, period: '2026',
  values: { ON_TIME: { numerator, denominator }, ONLINE_DOSSIERS: { percent: 50 + (numerator % 50) } },
});

let browser, server, temp;
before(async () => {
  temp = temporaryDir('dvcscore-limits-');
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
  temp?.remove();
});

// A file in the temporary directory; `size` without `bytes` makes a sparse file of zeros.
function tempFile(name, { bytes, size }) {
  const path = join(temp.dir, name);
  if (bytes !== undefined) {
    writeFileSync(path, bytes);
  } else {
    const fd = openSync(path, 'w');
    ftruncateSync(fd, size);
    closeSync(fd);
  }
  return path;
}

// Opens the page with Phú Thọ in the form: the work that must survive a refused file.
async function pageWithWork() {
  const opened = await openPage(browser, server.url);
  await loadPhuTho(opened.page);
  opened.before = await state(opened.page);
  return opened;
}

// The file was refused: an error notice naming it and the place, and nothing changed.
async function checkRefused(opened, name, place) {
  const { page, errors } = opened;
  const notice = await waitForNotice(page, `«${name}»`);
  assert.equal(notice.kind, 'error', `an error notice: ${JSON.stringify(notice)}`);
  assert.match(notice.title, /Không mở được tệp .*số liệu đang nhập không thay đổi/, 'says the work is untouched, in Vietnamese');
  const detail = notice.lines.join('\n');
  assert.match(detail, place, `names the place: ${detail}`);
  const res = await result(page);
  assert.equal(res.total, PHU_THO_TOTAL, 'the form keeps its figures');
  assert.equal(res.unit, 'UBND tỉnh Phú Thọ', 'and its unit');
  const now = await state(page);
  assert.deepEqual(now.drafts, opened.before.drafts, 'the kept drafts are unchanged');
  assert.deepEqual(now.batch, opened.before.batch, 'no batch table opened');
  await pageAlive(page);
  await framesAnswerInput(page, `after refusing ${name}`);
  assert.deepEqual(errors, [], 'no uncaught page errors');
  return detail;
}

describe('limits in the page', () => {
  test('a file over 32 MB is refused before reading, whether picked or dropped', async () => {
    const opened = await pageWithWork();
    try {
      const big = tempFile('qua-lon.json', { size: LIMIT_BYTES + (1 << 20) });
      await openWithChooser(opened.page, big);
      await checkRefused(opened, 'qua-lon.json', /tệp quá lớn \(34\.603\.008 byte; tối đa 32 MB\)/i);
      await dropFile(opened.page, { name: 'keo-tha-qua-lon.json', size: LIMIT_BYTES + (2 << 20) });
      await checkRefused(opened, 'keo-tha-qua-lon.json', /tệp quá lớn \(35\.651\.584 byte; tối đa 32 MB\)/i);
    } finally {
      await opened.context.close();
    }
  });

  test('a file one byte over 32 MB is not said to be 32 MB', async () => {
    // «Tệp quá lớn (32 MB; tối đa 32 MB)» contradicts itself: the size shown must differ from the maximum.
    const opened = await pageWithWork();
    try {
      await dropFile(opened.page, { name: 'vua-qua.json', size: LIMIT_BYTES + 1 });
      const detail = await checkRefused(opened, 'vua-qua.json', /quá lớn \(.*; tối đa 32 MB\)/);
      const [, shown, limit] = detail.match(/\(([^;()]*); tối đa ([^()]*)\)/);
      assert.notEqual(shown, limit, `the size shown (${shown}) differs from the maximum (${limit})`);
    } finally {
      await opened.context.close();
    }
  });

  test('duplicate keys, bytes that are not UTF-8 and deep nesting are refused naming the line and JSON path', async () => {
    const opened = await pageWithWork();
    try {
      await openWithChooser(opened.page, tempFile('trung-khoa.json', {
        bytes: '{"format": "dvcscore-assessment/1",\n "values": {\n  "ON_TIME": {"numerator": 5,\n   "numerator": 6, "denominator": 9}}}\n',
      }));
      await checkRefused(opened, 'trung-khoa.json',
        /trung-khoa\.json:4: \$\.values\.ON_TIME\.numerator: trường "numerator" xuất hiện hai lần/);

      // "tỉnh" in Windows-1258, dropped from the file manager.
      await dropFile(opened.page, { name: 'sai-ma.json', bytes: '{"values": {},\n "unit": "UBND ti\xD2nh Ph\xFA Th\xF4"}\n' });
      await checkRefused(opened, 'sai-ma.json', /sai-ma\.json:2: \$\.unit: .*không phải UTF-8/);

      await openWithChooser(opened.page, tempFile('long-sau.json', {
        bytes: `{"unit": "Xã A",\n "values": {\n  "ON_TIME": ${'['.repeat(100)}${']'.repeat(100)}}}\n`,
      }));
      await checkRefused(opened, 'long-sau.json', /long-sau\.json:3: \$\.values\.ON_TIME(\[0\])+: lồng quá sâu \(tối đa 64 cấp\)/);
    } finally {
      await opened.context.close();
    }
  });

  const overCount = () => Array.from({ length: 50_001 }, (_, i) => ASSESSMENT(`Xã ${i}`, i % 90, 90)).join('\n') + '\n';

  test('more than 50,000 assessments are refused, naming the file', async () => {
    const opened = await pageWithWork();
    try {
      await openWithChooser(opened.page, tempFile('qua-nhieu.jsonl', { bytes: overCount() }));
      await checkRefused(opened, 'qua-nhieu.jsonl', /qua-nhieu\.jsonl(:\d+)?: .*có hơn 50000 đánh giá/);
    } finally {
      await opened.context.close();
    }
  });

  test('more than 50,000 assessments: the notice names the line where the limit is crossed', async () => {
    const opened = await pageWithWork();
    try {
      await openWithChooser(opened.page, tempFile('qua-nhieu-dong.jsonl', { bytes: overCount() }));
      await checkRefused(opened, 'qua-nhieu-dong.jsonl', /qua-nhieu-dong\.jsonl:50001: /);
    } finally {
      await opened.context.close();
    }
  });

  test('a 5,000-unit batch opens into the table without freezing the page, and a row opens on a click', async (t) => {
    const count = 5000;
    const lines = Array.from({ length: count }, (_, i) => ASSESSMENT(`Xã ${String(i).padStart(4, '0')}`, i, count - 1));
    const path = tempFile('nam-nghin.jsonl', { bytes: lines.join('\n') + '\n' });
    const { context, page, errors } = await openPage(browser, server.url);
    try {
      // The longest the main thread stays busy, from animation frames the browser can run.
      await page.evaluate(() => {
        window.__longestGap = 0;
        let last = performance.now();
        const tick = (now) => {
          window.__longestGap = Math.max(window.__longestGap, now - last);
          last = now;
          if (!window.__stopTicks) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const started = Date.now();
      await openWithChooser(page, path);
      const notice = await waitForNotice(page, 'Đã mở bảng tổng hợp «nam-nghin.jsonl»', 30_000);
      const openMs = Date.now() - started;
      assert.match(notice.title, /5000 đánh giá/);
      const s = await state(page);
      assert.equal(s.batch.rows, count, 'every unit is a row');
      await waitForIdle(page, { quietMs: 150 });
      const gap = await page.evaluate(() => { window.__stopTicks = true; return window.__longestGap; });
      t.diagnostic(`opening 5,000 units (chooser → table notice): ${openMs} ms; longest main-thread stall ${Math.round(gap)} ms`);
      assert.ok(openMs < 10_000, `the batch opens within 10 s (took ${openMs} ms)`);
      assert.ok(gap < 5_000, `the page never stalls for 5 s (longest ${Math.round(gap)} ms)`);

      // The table is shown; it scrolls (frames drawn), and a click on its first row opens that unit.
      await uiRect(page, 'batch-row-0');
      await framesAnswerInput(page, 'over the 5,000-row table');
      const best = Math.max(...s.batch.totals);
      const expectedUnit = `Xã ${String(s.batch.totals.indexOf(best)).padStart(4, '0')}`;
      await page.mouse.wheel(0, -2000);
      await waitForIdle(page, { quietMs: 150 });
      const clickedAt = Date.now();
      const framesBefore = await framesDrawn(page);
      await clickUi(page, 'batch-row-0');
      await page.waitForFunction((u) => window.dvcscore.result().unit === u, expectedUnit, { timeout: 5000 })
        .catch(async () => assert.fail(`a click on the first row (highest total, ${expectedUnit}) opens it within 5 s; ` +
          `the form holds ${(await result(page)).unit}`));
      const clickMs = Date.now() - clickedAt;
      t.diagnostic(`click on a row → the form holds it: ${clickMs} ms`);
      assert.ok(await framesDrawn(page) > framesBefore, 'the click was drawn');
      assert.equal((await result(page)).total, best, 'with the total the table showed');
      assert.deepEqual(errors, [], 'no uncaught page errors');
    } finally {
      await context.close();
    }
  });
});
