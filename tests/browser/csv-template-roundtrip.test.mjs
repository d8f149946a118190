// The CSV template round trip: download "Mẫu CSV", fill rows under its header as a person
// would in Excel, open the file: the table "Bảng tổng hợp" shows the totals worked out by
// hand from the rubric. Also the file as Vietnamese Excel saves it: ';', decimal comma,
// thousands dots and spaces, a BOM and CRLF.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  captureDownload, clickToolbar, clickUi, dropFile, fileOf, group, parseCsv, pickFile, result, sharedBrowser, state,
  waitForState,
} from './support.mjs';

const { withPage } = sharedBrowser();

// Units, by criterion number: [numerator, denominator], or a single figure for 2.2.
// Expected figures worked out by hand from docs/rubric.md.
const UNITS = [
  {
    // Worked example 1: 3.1 52/89 = 58.43 % (cap 80 %) → 2 × 58.43 / 80 = 1.46; 3.2 516/1884 =
    // 27.39 % → 1.10; 3.3 589 496/597 894 = 98.60 % ≥ 50 % → 6. CLGQ 8.56.
    unit: 'UBND tỉnh Phú Thọ', period: '2026',
    figures: { '2.2': '4.24', '3.1': [52, 89], '3.2': [516, 1884], '3.3': [589496, 597894] },
    total: 8.56, groups: { CLGQ: 8.56 },
  },
  {
    // The Chân Mộng case: 3.4 8/40 = 20 % → 0.50; 3.5 18/40 = 45 % → 1.125 → 1.13;
    // 3.6 1437/1541 = 93.25 % → 5.595 (5.5949…) → 5.59. TTTT 7.22.
    unit: 'Xã Chân Mộng, huyện Cẩm Khê', period: '2026',
    figures: { '3.4': [8, 40], '3.5': [18, 40], '3.6': [1437, 1541] },
    total: 7.22, groups: { TTTT: 7.22 },
  },
  {
    // Worked example 2: 5.4 785 199/1 065 150 = 73.72 % (cap 90 %) → 4.91; 5.2 1000/4506 =
    // 22.19 % → 1.33; 5.3 791/4506 = 17.55 % → 1.05. MDHL 7.29.
    unit: 'UBND thành phố Hà Nội', period: '2026',
    figures: { '5.2': [1000, 4506], '5.3': [791, 4506], '5.4': [785199, 1065150] },
    total: 7.29, groups: { MDHL: 7.29 },
  },
  {
    // Every criterion: CKMB 6 + 3 + 1 + 5.4 = 15.4; TDGQ 18 (2.2 not scored); CLGQ 2 (80 % at
    // cap 80 %) + 1 + 3.6 (30 % of cap 50 %) = 6.6; TTTT 1.25 (50 % of cap 80 %) + 0 + 2.00
    // (33.33 % → 1.9998) = 3.25; MDSH 6 + 2 + 0 (0/0 → 0) + 3 + 0.5 + 1 + 2 = 14.5; MDHL 5.1
    // not scored, 5.2 0/0 → full 6, 5.3 90 % → 5.4, 5.4 81 % of cap 90 % → 5.4 = 16.8.
    // Total 15.4 + 18 + 6.6 + 3.25 + 14.5 + 16.8 = 74.55: Khá.
    unit: 'Xã Yên Lập', period: 'Quý III/2026',
    figures: {
      '1.1': [10, 10], '1.2': [3, 4], '1.3': [1, 2], '1.4': [90, 100], '2.1': [45, 50], '2.2': '3.5',
      '3.1': [40, 50], '3.2': [1, 4], '3.3': [30, 100], '3.4': [1, 2], '3.5': [0, 5], '3.6': [1, 3],
      '4.1': [1, 1], '4.2': [1, 2], '4.3': [0, 0], '4.4': [3, 4], '4.5': [1, 4], '4.6': [2, 4], '4.7': [5, 5],
      '5.1': [3, 10], '5.2': [0, 0], '5.3': [9, 10], '5.4': [81, 100],
    },
    total: 74.55, rating: 'kha',
    groups: { CKMB: 15.4, TDGQ: 18, CLGQ: 6.6, TTTT: 3.25, MDSH: 14.5, MDHL: 16.8 },
  },
];
const TOTALS = UNITS.map((u) => u.total);

// Which figure a header cell wants: {number, kind} from "3.1 Tử số (…)".
function columnOf(header) {
  const m = /^(\d+\.\d+)\s+(Tử số|Mẫu số|Giá trị|Tỷ lệ %)/.exec(header);
  return m ? { number: m[1], kind: m[2] } : null;
}

// A data row under `header` (cells as text); `style` formats numbers and values.
function rowFor(header, u, style) {
  return header.map((h, i) => {
    if (i === 0) return u.unit;
    if (i === 1) return u.period;
    const col = columnOf(h);
    assert.ok(col, `template column "${h}" is a numbered figure`);
    const f = u.figures[col.number];
    if (f === undefined) return '';
    if (col.kind === 'Giá trị') return style.value(f);
    if (col.kind === 'Tỷ lệ %') return '';
    return style.count(col.kind === 'Tử số' ? f[0] : f[1]);
  });
}

function csvLine(cells, separator) {
  return cells.map((c) => (/["\r\n]/.test(c) || c.includes(separator) ? `"${c.replaceAll('"', '""')}"` : c)).join(separator);
}

async function downloadTemplate(page) {
  const file = await captureDownload(page, () => clickToolbar(page, 'csv-template'));
  assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the template has a BOM');
  const [header] = parseCsv(file.text.slice(1));
  assert.deepEqual(header.slice(0, 2), ['Đơn vị', 'Kỳ đánh giá']);
  return { file, header };
}

// Opens each batch row in turn by the mouse and checks the form's group scores: the table
// is ranked by total (the best first) until a header is clicked.
async function checkRowsInForm(page) {
  const byRank = [...UNITS].sort((a, b) => b.total - a.total);
  for (const [i, u] of byRank.entries()) {
    await clickUi(page, 'tab-batch');
    await clickUi(page, `batch-row-${i}`);
    await waitForState(page, (s) => s.drafts[s.current].unit === u.unit, { what: `row ${i} (${u.unit}) open in the form` });
    const res = await result(page);
    assert.equal(res.unit, u.unit);
    assert.equal(res.period, u.period);
    assert.equal(res.total, u.total, `${u.unit}: total`);
    for (const [code, score] of Object.entries(u.groups)) assert.equal(group(res, code).score, score, `${u.unit}: ${code}`);
    if (u.rating) assert.equal(res.rating.id, u.rating);
  }
}

describe('CSV template round trip', () => {
  test('the downloaded template filled with four units (comma, as written by the page) opens with the expected totals', () => withPage(async (page) => {
    const { file, header } = await downloadTemplate(page);
    const style = { count: String, value: String };
    // The template's own bytes (BOM and header line), then the rows, CRLF.
    const rows = UNITS.map((u) => csvLine(rowFor(header, u, style), ',') + '\r\n').join('');
    const filled = Buffer.concat([file.bytes, Buffer.from(rows, 'utf8')]);
    await pickFile(page, 'open-file', fileOf('mau-da-dien.csv', filled, 'text/csv'));
    const s = await waitForState(page, (x) => x.batch !== null || x.notices.some((n) => n.kind === 'error'),
      { what: 'the filled template opened' });
    assert.deepEqual(s.notices.filter((n) => n.kind === 'error'), [], 'no error');
    assert.deepEqual(s.batch, { source: 'mau-da-dien.csv', rows: 4, totals: TOTALS });
    await checkRowsInForm(page);
  }));

  test('as Vietnamese Excel saves it: ";" separated, decimal comma, thousands grouped, a "Tỷ lệ %" column, BOM and CRLF', () => withPage(async (page) => {
    const { header: template } = await downloadTemplate(page);
    // Phú Thọ's 3.3 as a percentage "98,6" in an extra column instead of its counts.
    const at = template.findIndex((h) => h.startsWith('3.3 Mẫu số'));
    const header = [...template.slice(0, at + 1), '3.3 Tỷ lệ %', ...template.slice(at + 1)];
    const units = UNITS.map((u) => (u.unit === 'UBND tỉnh Phú Thọ'
      ? { ...u, figures: { ...u.figures, '3.3': undefined } } : u));
    const grouped = (n, i) => {
      const digits = String(n);
      if (digits.length <= 3) return digits;
      const sep = i % 2 === 0 ? '.' : ' ';  // both ways Vietnamese write thousands: 1.065.150, 589 496
      return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    };
    const lines = [csvLine(header, ';')];
    units.forEach((u, i) => {
      const cells = rowFor(header, u, { count: (n) => grouped(n, i), value: (v) => v.replace('.', ',') });
      if (u.unit === 'UBND tỉnh Phú Thọ') cells[at + 1] = '98,6';
      lines.push(csvLine(cells, ';'));
    });
    const text = '\ufeff' + lines.join('\r\n') + '\r\n';
    assert.ok(text.includes(';4,24;'), 'a decimal comma in the file');
    assert.ok(text.includes('1.065.150') || text.includes('1 065 150'), 'grouped thousands in the file');
    await dropFile(page, fileOf('excel-vn.csv', Buffer.from(text, 'utf8'), 'text/csv'));
    const s = await waitForState(page, (x) => x.batch !== null || x.notices.some((n) => n.kind === 'error'),
      { what: 'the Excel file opened' });
    assert.deepEqual(s.notices.filter((n) => n.kind === 'error'), [], 'no error');
    assert.deepEqual(s.batch, { source: 'excel-vn.csv', rows: 4, totals: TOTALS });
    await checkRowsInForm(page);
    assert.equal((await state(page)).drafts.length, 4, 'each unit opened once as a draft');
  }));
});
