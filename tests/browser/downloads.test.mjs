// Downloads, captured and read back: "Lưu tệp" (dvcscore-assessment/1, named from the unit
// and the period without diacritics), "Xuất kết quả JSON" (= result()), "Mẫu CSV" (BOM,
// headers with criterion numbers) and the table's "Xuất bảng CSV" (BOM, a row per unit).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import {
  CLI, CRITERIA, VALUE_CRITERIA, assessment, captureDownload, clickToolbar, clickUi, dataFile, fileOf, loadAssessment,
  parseCsv, pickFile, result, sharedBrowser, uiRect, waitForState,
} from './support.mjs';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const { withPage } = sharedBrowser();

// Every kind of entry: counts, a percent, a value, a zero denominator (5.2: full points).
const VALUES = {
  PAY_PROVISION: { numerator: 8, denominator: 40 },
  PAY_FORMALITIES: { numerator: 18, denominator: 40 },
  PAY_DOSSIERS: { numerator: 1437, denominator: 1541 },
  ON_TIME: { percent: 93.245 },
  AVG_DAYS: { value: 4.24 },
  PETITION_PROCESSING_ON_TIME: { numerator: 0, denominator: 0 },
};
const CHAN_MONG_ALL_KINDS = assessment('UBND xã Chân Mộng', '2026', VALUES);

describe('downloads', () => {
  test('"Lưu tệp": dvcscore-assessment/1 named ubnd-xa-chan-mong_2026.json; reopened elsewhere it gives the same result', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, CHAN_MONG_ALL_KINDS), []);
    const expected = await result(page);
    // TTTT 7.22; ON_TIME 93.245 typed → 93.25 → 18.65; 5.2 with 0/0 → full 6. Total 31.87.
    assert.equal(expected.total, 31.87);

    const file = await captureDownload(page, () => clickToolbar(page, 'save-file'));
    assert.equal(file.name, 'ubnd-xa-chan-mong_2026.json');
    const saved = JSON.parse(file.text);
    assert.equal(saved.format, 'dvcscore-assessment/1');
    assert.equal(saved.rubric, 'qd766');
    assert.equal(saved.unit, 'UBND xã Chân Mộng');
    assert.equal(saved.period, '2026');
    assert.deepEqual(saved.values, VALUES, 'every value as entered (93.245 stays 93.245)');

    // Reopened in a fresh page (another browser profile, nothing stored) by the file picker.
    await withPage(async (other) => {
      await pickFile(other, 'open-file', fileOf(file.name, file.bytes, 'application/json'));
      await waitForState(other, (s) => s.notices.length > 0, { what: 'the saved file opened' });
      assert.deepEqual(await result(other), expected, 'the same result from the saved file');
    });
  }));

  test('"Lưu tệp" without unit or period is named danh-gia.json', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, assessment('', '', { ON_TIME: { percent: 50 } })), []);
    const file = await captureDownload(page, () => clickToolbar(page, 'save-file'));
    assert.equal(file.name, 'danh-gia.json');
    assert.deepEqual(JSON.parse(file.text).values, { ON_TIME: { percent: 50 } });
  }));

  test('"Xuất kết quả JSON" is result()', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, CHAN_MONG_ALL_KINDS), []);
    const file = await captureDownload(page, () => clickToolbar(page, 'export-json'));
    assert.match(file.name, /^ubnd-xa-chan-mong_2026.*\.json$/, `named from the unit and period: ${file.name}`);
    const exported = JSON.parse(file.text);
    assert.deepEqual(exported, await result(page));
    assert.equal(exported.total, 31.87);
    assert.deepEqual(exported.rating, { id: 'yeu', label: 'Yếu' });
  }));

  test('"Mẫu CSV": UTF-8 with BOM, CRLF, "Đơn vị", "Kỳ đánh giá", then numbered columns for every criterion', () => withPage(async (page) => {
    const file = await captureDownload(page, () => clickToolbar(page, 'csv-template'));
    assert.match(file.name, /\.csv$/);
    assert.deepEqual(file.bytes.subarray(0, 3), BOM, 'starts with a UTF-8 byte order mark');
    assert.ok(file.text.endsWith('\r\n'), 'lines end with CRLF');
    const rows = parseCsv(file.text.slice(1));
    assert.equal(rows.length, 1, 'the header row only, no example row');
    const header = rows[0];
    assert.deepEqual(header.slice(0, 2), ['Đơn vị', 'Kỳ đánh giá']);
    // The rubric's criteria in order, each by its number.
    const expected = CRITERIA.flatMap((c) => (VALUE_CRITERIA.has(c.code) ? [`${c.number} Giá trị`]
      : [`${c.number} Tử số`, `${c.number} Mẫu số`]));
    assert.equal(expected.length, 45, '22 rates and one value (2.2)');
    assert.deepEqual(header.slice(2).map((h) => h.replace(/\s*\(.*\)\s*$/s, '')), expected,
      'a numerator and a denominator per rate, a value for 2.2 (text in parentheses aside)');
    assert.ok(file.bytes.equals(execFileSync(CLI, ['template'])), 'byte for byte what `dvcscore template` prints');
  }));

  test('"Xuất bảng CSV" of an opened batch: BOM, a header and one row per unit with its groups and total', () => withPage(async (page) => {
    await pickFile(page, 'open-file', dataFile('batch-2026.jsonl'));
    await waitForState(page, (s) => s.batch !== null, { what: 'the batch table' });
    const file = await captureDownload(page, () => clickUi(page, 'batch-export'));
    assert.match(file.name, /\.csv$/);
    assert.deepEqual(file.bytes.subarray(0, 3), BOM, 'starts with a UTF-8 byte order mark');
    const rows = parseCsv(file.text.slice(1)).filter((r) => r.some((c) => c !== ''));
    assert.deepEqual(rows[0], ['Đơn vị', 'Kỳ', 'CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDSH', 'MDHL', 'Tổng điểm', 'Xếp loại']);
    // Worked examples: Hà Nội MDHL 7.29, Phú Thọ CLGQ 8.56, Chân Mộng TTTT 7.22.
    assert.deepEqual(rows.slice(1), [
      ['UBND thành phố Hà Nội', '2026', '0.00', '0.00', '0.00', '0.00', '0.00', '7.29', '7.29', 'Yếu'],
      ['UBND tỉnh Phú Thọ', '2026', '0.00', '0.00', '8.56', '0.00', '0.00', '0.00', '8.56', 'Yếu'],
      ['Xã Chân Mộng', '2026', '0.00', '0.00', '0.00', '7.22', '0.00', '0.00', '7.22', 'Yếu'],
    ], 'one row per unit, in the file\'s order');
  }));

  test('on a narrow screen (360 px) the toolbar is a menu: "Lưu tệp" from it downloads the same file', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, CHAN_MONG_ALL_KINDS), []);
    assert.equal(await uiRect(page, 'save-file'), null, 'no toolbar button before the menu is opened');
    assert.ok(await uiRect(page, 'menu'), 'the menu button is shown');
    await clickUi(page, 'menu');
    const file = await captureDownload(page, () => clickUi(page, 'save-file'));
    assert.equal(file.name, 'ubnd-xa-chan-mong_2026.json');
    assert.deepEqual(JSON.parse(file.text).values, VALUES);
  }, { context: { viewport: { width: 360, height: 740 } } }));
});
