// The input limits (README "Input limits") in the page: a file over 32 MB, duplicate keys,
// bytes that are not UTF-8, deep nesting and more than 50,000 assessments, opened through the
// file chooser or dropped, each give a Vietnamese notice naming the file and the place while
// the work in the form stays as it was; a 5,000-unit batch opens into the table without
// freezing the page.
import assert from 'node:assert/strict';
import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  PHU_THO_TOTAL, clickUi, dropFile, fileOf, framesAnswerInput, framesDrawn, loadPhuTho, pageAlive, pickFile, result,
  sharedBrowser, state, temporaryDir, waitForIdle, waitForNotice, waitForUi,
} from './support.mjs';

const LIMIT_BYTES = 32 * 1024 * 1024;
const ASSESSMENT = (unit, numerator, denominator) => JSON.stringify({
  format: 'dvcscore-assessment/1', unit, period: '2026',
  values: { ON_TIME: { numerator, denominator }, ONLINE_DOSSIERS: { percent: 50 + (numerator % 50) } },
});

const { withPage } = sharedBrowser();
let temp;
before(() => {
  temp = temporaryDir('dvcscore-limits-');
});
after(() => temp?.remove());

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

// Runs `fn(opened)` in a page with Phú Thọ in the form: the work that must survive a
// refused file. `opened` holds the page, its errors and the state before.
function withWork(fn) {
  return withPage(async (page, { errors }) => {
    await loadPhuTho(page);
    await fn({ page, errors, before: await state(page) });
  });
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
  test('a file over 32 MB is refused before reading, whether picked or dropped', () => withWork(async (opened) => {
    const big = tempFile('qua-lon.json', { size: LIMIT_BYTES + (1 << 20) });
    await pickFile(opened.page, 'open-file', big);
    await checkRefused(opened, 'qua-lon.json', /tệp quá lớn \(34\.603\.008 byte; tối đa 32 MB\)/i);
    await dropFile(opened.page, { name: 'keo-tha-qua-lon.json', size: LIMIT_BYTES + (2 << 20) });
    await checkRefused(opened, 'keo-tha-qua-lon.json', /tệp quá lớn \(35\.651\.584 byte; tối đa 32 MB\)/i);
  }));

  test('a file one byte over 32 MB is not said to be 32 MB', () => withWork(async (opened) => {
    // «Tệp quá lớn (32 MB; tối đa 32 MB)» contradicts itself: the size shown must differ from the maximum.
    await dropFile(opened.page, { name: 'vua-qua.json', size: LIMIT_BYTES + 1 });
    const detail = await checkRefused(opened, 'vua-qua.json', /quá lớn \(.*; tối đa 32 MB\)/);
    const [, shown, limit] = detail.match(/\(([^;()]*); tối đa ([^()]*)\)/);
    assert.notEqual(shown, limit, `the size shown (${shown}) differs from the maximum (${limit})`);
  }));

  test('duplicate keys, bytes that are not UTF-8 and deep nesting are refused naming the line and JSON path', () => withWork(async (opened) => {
    await pickFile(opened.page, 'open-file', tempFile('trung-khoa.json', {
      bytes: '{"format": "dvcscore-assessment/1",\n "values": {\n  "ON_TIME": {"numerator": 5,\n   "numerator": 6, "denominator": 9}}}\n',
    }));
    await checkRefused(opened, 'trung-khoa.json',
      /trung-khoa\.json:4: \$\.values\.ON_TIME\.numerator: trường "numerator" xuất hiện hai lần/);

    // "tỉnh" in Windows-1258, dropped from the file manager.
    await dropFile(opened.page, fileOf('sai-ma.json', Buffer.from('{"values": {},\n "unit": "UBND ti\xD2nh Ph\xFA Th\xF4"}\n', 'latin1')));
    await checkRefused(opened, 'sai-ma.json', /sai-ma\.json:2: \$\.unit: .*không phải UTF-8/);

    await pickFile(opened.page, 'open-file', tempFile('long-sau.json', {
      bytes: `{"unit": "Xã A",\n "values": {\n  "ON_TIME": ${'['.repeat(100)}${']'.repeat(100)}}}\n`,
    }));
    await checkRefused(opened, 'long-sau.json', /long-sau\.json:3: \$\.values\.ON_TIME(\[0\])+: lồng quá sâu \(tối đa 64 cấp\)/);
  }));

  const overCount = () => Array.from({ length: 50_001 }, (_, i) => ASSESSMENT(`Xã ${i}`, i % 90, 90)).join('\n') + '\n';

  test('more than 50,000 assessments are refused, naming the file', () => withWork(async (opened) => {
    await pickFile(opened.page, 'open-file', tempFile('qua-nhieu.jsonl', { bytes: overCount() }));
    await checkRefused(opened, 'qua-nhieu.jsonl', /qua-nhieu\.jsonl(:\d+)?: .*có hơn 50000 đánh giá/);
  }));

  test('more than 50,000 assessments: the notice names the line where the limit is crossed', () => withWork(async (opened) => {
    await pickFile(opened.page, 'open-file', tempFile('qua-nhieu-dong.jsonl', { bytes: overCount() }));
    await checkRefused(opened, 'qua-nhieu-dong.jsonl', /qua-nhieu-dong\.jsonl:50001: /);
  }));

  test('a 5,000-unit batch opens into the table without freezing the page, and a row opens on a click', async (t) => {
    const count = 5000;
    const lines = Array.from({ length: count }, (_, i) => ASSESSMENT(`Xã ${String(i).padStart(4, '0')}`, i, count - 1));
    const path = tempFile('nam-nghin.jsonl', { bytes: lines.join('\n') + '\n' });
    await withPage(async (page) => {
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
      await pickFile(page, 'open-file', path);
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
      await waitForUi(page, 'batch-row-0');
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
    });
  });
});
