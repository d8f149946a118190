// Bad files: broken JSON, an unknown criterion, a wrong format string, a CSV with a bad
// cell. Each gives a Vietnamese notice naming the file and the place (JSON path, line,
// column); the work in progress, result() and the drafts, are untouched.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CHAN_MONG, VIETNAMESE, assessment, clickUi, dataFile, dropFile, fileOf, loadAssessment, pickFile, result,
  saveScreenshot, sharedBrowser, state, waitForState,
} from './support.mjs';

const { withPage } = sharedBrowser();

const BAD = [
  {
    what: 'broken JSON (a trailing comma)',
    file: dataFile('invalid-syntax.json', 'application/json', 'hong-cu-phap.json'),
    // Line 4 of the file, inside $.values.ON_TIME.
    place: [/hong-cu-phap\.json/, /(:4\b|dòng 4)/, /\$\.values\.ON_TIME/],
  },
  {
    what: 'an unknown criterion code',
    file: fileOf('sai-ma.json', JSON.stringify({
      format: 'dvcscore-assessment/1', unit: 'Xã có lỗi', period: '2026',
      values: { ON_TIME: { numerator: 90, denominator: 100 }, PAY_DOSIERS: { percent: 93.25 } },
    }, null, 2), 'application/json'),
    place: [/sai-ma\.json/, /\$\.values\.PAY_DOSIERS/, /PAY_DOSIERS/],
  },
  {
    what: 'a wrong format string',
    file: fileOf('sai-dinh-dang.json', JSON.stringify({
      format: 'dvcscore-assessment/9', unit: 'Xã khác', values: { ON_TIME: { percent: 50 } },
    }), 'application/json'),
    place: [/sai-dinh-dang\.json/, /\$\.format/],
  },
  {
    what: 'a CSV with a word in a count cell',
    file: fileOf('bang-loi.csv', '\ufeffĐơn vị,Kỳ đánh giá,2.1 Tử số,2.1 Mẫu số\r\nXã A,2026,45,50\r\nXã B,2026,bốn mươi,50\r\n', 'text/csv'),
    // Physical line 3, the column as written.
    place: [/bang-loi\.csv/, /(:3\b|dòng 3)/, /cột "2\.1 Tử số"/],
  },
  {
    what: 'a CSV whose numerator exceeds its denominator',
    file: dataFile('invalid-csv.csv', 'text/csv', 'tu-lon-hon-mau.csv'),
    place: [/tu-lon-hon-mau\.csv/, /(:3\b|dòng 3)/, /cột "2\.1 Tử số"/, /tử số \(60\) lớn hơn mẫu số \(50\)/],
  },
];

describe('bad files', () => {
  test('each bad file: a Vietnamese notice with the file and the place; result() and the drafts unchanged', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, CHAN_MONG), []);
    const kept = await result(page);
    assert.equal(kept.total, 7.22);
    const before = await state(page);

    for (const [i, bad] of BAD.entries()) {
      const count = (await state(page)).notices.length;
      // Alternately picked and dropped.
      if (i % 2 === 0) await pickFile(page, 'open-file', bad.file);
      else await dropFile(page, bad.file);
      const s = await waitForState(page, (x) => x.notices.length > count || x.notices.length === 5 && count === 5,
        { what: `a notice for ${bad.what}` });
      const notice = s.notices.at(-1);
      assert.equal(notice.kind, 'error', `${bad.what}: an error notice: ${JSON.stringify(notice)}`);
      const text = [notice.title, ...notice.lines].join('\n');
      assert.match(notice.title, new RegExp(bad.file.name.replace('.', '\\.')), `${bad.what}: the title names the file`);
      assert.match(notice.title, /không thay đổi/, `${bad.what}: it says the work in progress is unchanged: ${notice.title}`);
      assert.match(text, VIETNAMESE, `${bad.what}: in Vietnamese`);
      assert.ok(notice.lines.length >= 1, `${bad.what}: says what is wrong`);
      for (const place of bad.place) assert.match(text, place, `${bad.what}: ${place} in\n${text}`);

      assert.deepEqual(await result(page), kept, `${bad.what}: result() unchanged`);
      assert.deepEqual(s.drafts, before.drafts, `${bad.what}: drafts unchanged`);
      assert.equal(s.current, before.current);
      assert.equal(s.batch, null, `${bad.what}: no table opened`);
      if (i === 2) await saveScreenshot(page, 'notices-bad-files.png');
    }
  }));

  test('a bad row in a batch opens no table and leaves an open table as it was', () => withPage(async (page) => {
    await pickFile(page, 'open-file', dataFile('batch-2026.jsonl'));
    const opened = await waitForState(page, (x) => x.batch !== null, { what: 'the good batch' });
    const kept = await result(page);
    const lines = [JSON.stringify(CHAN_MONG), JSON.stringify(assessment('Xã B', '2026', { ON_TIME: { numerator: 60, denominator: 50 } }))];
    await dropFile(page, fileOf('lo-loi.jsonl', lines.join('\n') + '\n'));
    const s = await waitForState(page, (x) => x.notices.some((n) => n.kind === 'error'), { what: 'an error notice' });
    const notice = s.notices.find((n) => n.kind === 'error');
    const text = [notice.title, ...notice.lines].join('\n');
    assert.match(text, /lo-loi\.jsonl/);
    assert.match(text, /(:2\b|dòng 2)/, `line 2 named: ${text}`);
    assert.match(text, /\$\.values\.ON_TIME\.numerator/, `the JSON path named: ${text}`);
    assert.deepEqual(s.batch, opened.batch, 'the open table is unchanged');
    assert.deepEqual(await result(page), kept);
  }));

  test('a notice is closed by its "Đóng" button (notice-close-<i>)', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, CHAN_MONG), []);
    const kept = await result(page);
    await dropFile(page, BAD[1].file);
    await dropFile(page, BAD[2].file);
    await waitForState(page, (x) => x.notices.length === 2, { what: 'two notices' });
    await clickUi(page, 'notice-close-0');
    const s = await waitForState(page, (x) => x.notices.length === 1, { what: 'the first notice closed' });
    assert.match(s.notices[0].title, /sai-dinh-dang\.json/, 'the other notice stays');
    assert.deepEqual(await result(page), kept);
  }));
});
