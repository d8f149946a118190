// The page through its accessibility tree only (docs/accessibility.md): every criterion's
// input found by its Vietnamese name, a whole assessment typed into them, errors as the
// inputs' descriptions, the live region, and Chromium's own tree (CDP) saying the same.
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, test } from 'node:test';
import {
  CRITERION_TITLES, FILLED_VALUES, RUBRIC, VALUE_CRITERIA, assessment, axNodes, criterion, fieldBox, fieldName, group,
  loadAssessment, pressByRole, result, sharedBrowser, typeByName,
} from './support.mjs';

const { withPage } = sharedBrowser();
const CODES = Object.values(RUBRIC).flat();

// Waits until the live region (role status) says `text` exactly (it follows a pause in typing).
async function liveRegionSays(page, text, timeout = 5000) {
  const until = Date.now() + timeout;
  let now;
  while ((now = await page.getByRole('status').textContent()) !== text) {
    if (Date.now() > until) assert.fail(`the live region says «${now}», not «${text}»`);
    await delay(100);
  }
}

describe('the accessibility tree', () => {
  test('every criterion has its inputs as textboxes named "<number> <name> — <field>", in the rubric\'s order', () => withPage(async (page, { context }) => {
    for (const code of CODES) {
      const fields = VALUE_CRITERIA.has(code) ? ['value'] : ['numerator', 'denominator'];
      for (const field of fields) assert.equal(await fieldBox(page, code, field).count(), 1, fieldName(code, field));
    }
    // Chromium's own tree: the text boxes in the order a screen reader reads them.
    const boxes = (await axNodes(context, page)).filter((n) => n.role === 'textbox').map((n) => n.name);
    const expected = ['Đơn vị', 'Kỳ đánh giá', ...CODES.flatMap((code) => (VALUE_CRITERIA.has(code)
      ? [fieldName(code, 'value')] : [fieldName(code, 'numerator'), fieldName(code, 'denominator')]))];
    assert.deepEqual(boxes, expected);
    // A rate's percentage field comes with its toggle, which says which way is chosen.
    const counts = page.getByRole('button', { name: `${CRITERION_TITLES.ON_TIME} — nhập tử số và mẫu số`, exact: true });
    assert.equal(await counts.getAttribute('aria-pressed'), 'true');
    await pressByRole(page, 'button', `${CRITERION_TITLES.ON_TIME} — nhập tỷ lệ %`);
    await fieldBox(page, 'ON_TIME', 'percent').waitFor();
    assert.equal(await counts.getAttribute('aria-pressed'), 'false');
    assert.equal(await fieldBox(page, 'ON_TIME', 'numerator').count(), 0, 'the counts give way to the percentage');
  }));

  test('a whole assessment typed through the tree scores as the same assessment loaded from a file', () => withPage(async (page) => {
    await page.getByRole('textbox', { name: 'Đơn vị', exact: true }).focus();
    await page.keyboard.insertText('UBND tỉnh Phú Thọ');
    await page.getByRole('textbox', { name: 'Kỳ đánh giá', exact: true }).focus();
    await page.keyboard.type('Năm 2026');
    for (const [code, v] of Object.entries(FILLED_VALUES)) {
      if (v.value !== undefined) await typeByName(page, code, 'value', String(v.value));
      else if (v.percent !== undefined) await typeByName(page, code, 'percent', String(v.percent).replace('.', ','));
      else {
        await typeByName(page, code, 'numerator', String(v.numerator));
        await typeByName(page, code, 'denominator', String(v.denominator));
      }
    }
    const typed = await result(page);
    assert.equal(typed.unit, 'UBND tỉnh Phú Thọ');
    assert.equal(typed.period, 'Năm 2026');
    assert.deepEqual(typed.missing, [], 'every criterion entered');
    // Worked by hand (support.mjs): Chân Mộng's TTTT 0.50 + 1.13 + 5.59 = 7.22, Phú Thọ's
    // CLGQ 1.46 + 1.10 + 6 = 8.56 (98.6 % typed with a decimal comma).
    assert.equal(group(typed, 'TTTT').score, 7.22);
    assert.equal(group(typed, 'CLGQ').score, 8.56);
    assert.equal(criterion(typed, 'ONLINE_DOSSIERS').percent, 98.6);
    // The same figures through load(), the file reader: the very same result.
    assert.deepEqual(await loadAssessment(page, assessment('UBND tỉnh Phú Thọ', 'Năm 2026', FILLED_VALUES)), []);
    assert.deepEqual(await result(page), typed);
  }));

  test('the live region reads the total, the rating and the points to the next band after a change', () => withPage(async (page) => {
    await liveRegionSays(page, 'Tổng điểm 0,00 trên 100, xếp loại Yếu. Cần thêm 50,00 điểm để đạt mức Trung bình (từ 50 điểm).');
    // Chân Mộng's TTTT: 7.22 (Yếu); Trung bình from 50: 50 − 7.22 = 42.78 more.
    await typeByName(page, 'PAY_DOSSIERS', 'numerator', '1.437');
    await typeByName(page, 'PAY_DOSSIERS', 'denominator', '1.541');
    await typeByName(page, 'PAY_FORMALITIES', 'numerator', '18');
    await typeByName(page, 'PAY_FORMALITIES', 'denominator', '40');
    await typeByName(page, 'PAY_PROVISION', 'numerator', '8');
    await typeByName(page, 'PAY_PROVISION', 'denominator', '40');
    await liveRegionSays(page, 'Tổng điểm 7,22 trên 100, xếp loại Yếu. Cần thêm 42,78 điểm để đạt mức Trung bình (từ 50 điểm).');
    // 2.1 at 70/100 = 70 % of 20 → 14; 7.22 + 14 = 21.22.
    await typeByName(page, 'ON_TIME', 'numerator', '70');
    await typeByName(page, 'ON_TIME', 'denominator', '100');
    await liveRegionSays(page, 'Tổng điểm 21,22 trên 100, xếp loại Yếu. Cần thêm 28,78 điểm để đạt mức Trung bình (từ 50 điểm).');
    assert.equal((await result(page)).total, 21.22);
  }));

  test('an error is the input\'s description (aria-invalid and the Vietnamese message); points and state too', () => withPage(async (page, { context }) => {
    await typeByName(page, 'ON_TIME', 'numerator', '60');
    await typeByName(page, 'ON_TIME', 'denominator', '50');
    await typeByName(page, 'PAY_DOSSIERS', 'numerator', '1437');
    await typeByName(page, 'PAY_DOSSIERS', 'denominator', '1541');
    await page.keyboard.press('Enter');
    assert.equal(await fieldBox(page, 'ON_TIME', 'numerator').getAttribute('aria-invalid'), 'true');
    assert.equal(await fieldBox(page, 'ON_TIME', 'denominator').getAttribute('aria-invalid'), null, 'only the field at fault is marked');
    const nodes = await axNodes(context, page);
    const node = (name) => nodes.find((n) => n.name === name) ?? assert.fail(`no node named «${name}»`);
    const numerator = node(fieldName('ON_TIME', 'numerator'));
    assert.equal(numerator.invalid, 'true');
    assert.equal(numerator.description, 'Lỗi: tử số (60) lớn hơn mẫu số (50). Điểm 0,00 trên 20, lỗi. Tử số: hồ sơ đúng hạn, trong hạn.');
    // 1437/1541 = 93.25 %; 6 × 93.25 / 100 = 5.595, just below in binary: 5.59.
    assert.equal(node(fieldName('PAY_DOSSIERS', 'numerator')).description,
      'Tỷ lệ 93,25%. Điểm 5,59 trên 6, đã nhập. Tử số: hồ sơ thanh toán trực tuyến.');
    // The values are the text boxes' values.
    assert.equal(await fieldBox(page, 'PAY_DOSSIERS', 'numerator').inputValue(), '1437');
    assert.deepEqual((await page.evaluate(() => window.dvcscore.problems())).map((p) => p.code), ['ON_TIME']);
  }));

  test('Vietnamese composed by an input method in a field\'s own <input> arrives once', () => withPage(async (page, { context }) => {
    const cdp = await context.newCDPSession(page);
    await page.getByRole('textbox', { name: 'Đơn vị', exact: true }).focus();
    await page.keyboard.type('UBND ');
    for (const text of ['x', 'xa', 'xã']) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    assert.equal((await result(page)).unit, 'UBND ', 'nothing of a word being composed reaches the form');
    await cdp.send('Input.insertText', { text: 'xã' });
    await page.keyboard.type(' Chân Mộng');
    assert.equal((await result(page)).unit, 'UBND xã Chân Mộng');
    assert.equal(await page.getByRole('textbox', { name: 'Đơn vị', exact: true }).inputValue(), 'UBND xã Chân Mộng');
  }));

  test('headings give the structure: the page, each group with its score, the plan', () => withPage(async (page) => {
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Tự đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp');
    await typeByName(page, 'PAY_DOSSIERS', 'numerator', '1437');
    await typeByName(page, 'PAY_DOSSIERS', 'denominator', '1541');
    await page.getByRole('heading', { name: 'Thanh toán trực tuyến (TTTT): 5,59 trên 10 điểm', level: 3 }).waitFor();
    await page.getByRole('heading', { name: 'Cung cấp dịch vụ trực tuyến: 5,59 trên 22 điểm', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Gợi ý cải thiện' }).waitFor();
  }));
});
