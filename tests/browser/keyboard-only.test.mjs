// With only the keyboard and the accessibility tree (docs/accessibility.md): Tab walks the
// page in the UI's order with the right names, and a person fills an assessment, reads the
// plan, saves, switches tabs, uses the share dialog, the comparison's lists and the batch
// table. Controls are found by role and name, as a screen reader finds them, and pressed
// with Enter; nothing is clicked on the canvas.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import {
  CHAN_MONG, CRITERIA, CRITERION_TITLES, EXAMPLE, PHU_THO, RUBRIC, VALUE_CRITERIA, axNodes, captureDownload, fieldBox,
  fieldName, fileOf, focusByRole, focused, loadAssessment, planSteps, pressByRole, result, sharedBrowser, state, targetName,
  typeByName,
} from './support.mjs';

const { withPage } = sharedBrowser();

// What the keyboard reaches on a fresh page at 1400×900, in order, before the improvement
// plan's rows: nothing is entered, so no criterion has a "Mục tiêu" field yet.
function expectedTabOrder() {
  const order = [['textbox', 'Đơn vị'], ['textbox', 'Kỳ đánh giá']];
  for (const name of ['Mở tệp…', 'Lưu tệp', 'Báo cáo để in', 'Xuất kết quả JSON', 'Sao chép liên kết', 'Mẫu CSV', 'Đánh giá mới'])
    order.push(['button', name]);
  for (const name of ['Chấm điểm', 'Đánh giá đã lưu (1)', 'Bảng tổng hợp', 'So sánh']) order.push(['tab', name]);
  for (const code of Object.values(RUBRIC).flat()) {
    if (VALUE_CRITERIA.has(code)) {
      order.push(['textbox', fieldName(code, 'value')]);
    } else {
      order.push(['button', `${CRITERION_TITLES[code]} — nhập tử số và mẫu số`], ['button', `${CRITERION_TITLES[code]} — nhập tỷ lệ %`],
        ['textbox', fieldName(code, 'numerator')], ['textbox', fieldName(code, 'denominator')]);
    }
  }
  // The side column: the target plan's band (the next one above Yếu) and its folded settings.
  order.push(['combobox', 'Mục tiêu của kế hoạch: Mức kế tiếp: Trung bình'], ['button', 'Khóa, trọng số, trần']);
  return order;
}

// The focused element, with whether it shows whole inside the 1400×900 window.
const focusedInView = (page) => page.evaluate(() => {
  const r = document.activeElement.getBoundingClientRect();
  return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
});

describe('keyboard only', () => {
  test('Tab walks the page in the UI\'s order with the right names, each control scrolled into view', () => withPage(async (page) => {
    const expected = expectedTabOrder();
    const seen = [];
    for (let i = 0; i < expected.length; ++i) {
      await page.keyboard.press('Tab');
      const { role, name } = await focused(page);
      seen.push([role, name]);
      assert.ok(await focusedInView(page), `«${name}» is scrolled into view when Tab reaches it`);
    }
    assert.deepEqual(seen, expected);
    // Then the improvement plan's rows (the side column), the most points first: 2.1 is worth 20.
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(page), { role: 'button', name: `Gợi ý 1: ${CRITERION_TITLES.ON_TIME}, thêm 20,00 điểm` });
    let rows = 1;
    for (;;) {
      await page.keyboard.press('Tab');
      const { name } = await focused(page);
      if (!/^Gợi ý \d+: /.test(name)) break;
      assert.match(name, new RegExp(`^Gợi ý ${++rows}: `));
    }
    assert.equal(rows, 12, 'the side column lists 12 rows of the plan');
    // Past the last control the focus leaves the page (no trap); Tab comes back to the first.
    assert.equal(await page.evaluate(() => !!document.activeElement.closest('#semantics')), false, 'the focus left the page');
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(page), { role: 'textbox', name: 'Đơn vị' });
    // Shift+Tab goes back the same way.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    assert.deepEqual(await focused(page), { role: 'textbox', name: 'Kỳ đánh giá' });
    await page.keyboard.press('Shift+Tab');
    assert.deepEqual(await focused(page), { role: 'textbox', name: 'Đơn vị' });
  }));

  test('the focused control shows a focus ring drawn over the canvas', () => withPage(async (page) => {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return { name: document.activeElement.getAttribute('aria-label'), style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.deepEqual(ring, { name: 'Mở tệp…', style: 'solid', width: 3 });
  }));

  test('fill, read the plan, save and switch tabs with the keyboard alone', () => withPage(async (page, { context }) => {
    await focusByRole(page, 'textbox', 'Đơn vị');
    await page.keyboard.insertText('Xã Chân Mộng');
    await typeByName(page, 'PAY_DOSSIERS', 'numerator', '1.437');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1.541');
    assert.deepEqual(await focused(page), { role: 'textbox', name: fieldName('PAY_DOSSIERS', 'denominator') }, 'Tab went to the denominator');

    // The plan's first row: 2.1, worth 20; its advice is its description. Enter takes the
    // keyboard to the criterion's field.
    const advice = (await axNodes(context, page)).find((n) => n.name.startsWith('Gợi ý 1: '));
    assert.equal(advice.name, `Gợi ý 1: ${CRITERION_TITLES.ON_TIME}, thêm 20,00 điểm`);
    assert.equal(advice.description, 'đủ điểm khi đạt 100%; +0,2 điểm mỗi 1%; chưa nhập.');
    await pressByRole(page, 'button', /^Gợi ý 1: /);
    assert.deepEqual(await focused(page), { role: 'textbox', name: fieldName('ON_TIME', 'numerator') });
    await page.keyboard.type('70');
    await page.keyboard.press('Tab');
    await page.keyboard.type('100');
    // 3.6: 1437/1541 = 93.25 % → 5.59; 2.1: 70 % of 20 → 14. Total 19.59.
    assert.equal((await result(page)).total, 19.59);

    // Save: the assessment file, with what was typed.
    const saved = await captureDownload(page, () => pressByRole(page, 'button', 'Lưu tệp'));
    const file = JSON.parse(saved.text);
    assert.equal(file.unit, 'Xã Chân Mộng');
    assert.deepEqual(file.values.PAY_DOSSIERS, { numerator: 1437, denominator: 1541 });
    assert.deepEqual(file.values.ON_TIME, { numerator: 70, denominator: 100 });

    // Tabs: the kept assessments, then back to the form.
    const drafts = await pressByRole(page, 'tab', 'Đánh giá đã lưu (1)');
    await page.getByRole('textbox', { name: 'Đánh giá 1: đơn vị', exact: true }).waitFor();
    assert.equal(await drafts.getAttribute('aria-selected'), 'true');
    assert.equal(await page.getByRole('textbox', { name: 'Đánh giá 1: đơn vị', exact: true }).inputValue(), 'Xã Chân Mộng');
    await pressByRole(page, 'tab', 'Chấm điểm');
    await fieldBox(page, 'ON_TIME', 'numerator').waitFor();
    assert.equal(await page.getByRole('tab', { name: 'Chấm điểm', exact: true }).getAttribute('aria-selected'), 'true');
  }));

  test('the target plan: its steps read row by row, Enter to a step\'s field; the band, a lock and a weight set with keys', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, EXAMPLE), []);
    const title = (code) => CRITERION_TITLES[code];
    const numeratorLabel = (code) => CRITERIA.find((c) => c.code === code).numerator;
    // The band list, then the folded settings, then the steps, each a row read whole.
    await focusByRole(page, 'combobox', 'Mục tiêu của kế hoạch: Mức kế tiếp: Tốt');
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(page), { role: 'button', name: 'Khóa, trọng số, trần' });
    await page.keyboard.press('Tab');
    // 1.1 first (rubric order): 118/120 = 98.33 % of 6 = 5.8998 → 5.90; 120/120 gives 6.00.
    assert.deepEqual(await focused(page), { role: 'row', name: `Bước 1: ${title('PUBLISH_ON_TIME')}: thêm 2 `
      + `${numeratorLabel('PUBLISH_ON_TIME')} (118 thành 120 trên 120), 98,33% thành 100,00%; 5,90 thành 6,00 điểm (+0,10)` });
    const steps = await planSteps(page);
    for (let k = 2; k <= steps.length; ++k) {
      await page.keyboard.press('Tab');
      assert.deepEqual(await focused(page), { role: 'row', name: steps[k - 1] });
      assert.ok(await focusedInView(page), `step ${k} is scrolled into view when Tab reaches it`);
      assert.match(steps[k - 1], new RegExp(`^Bước ${k}: `));
    }
    // Enter on 3.6's step: the keyboard goes to its "Mục tiêu" field, holding the step's figure.
    const payStep = steps.find((name) => name.includes(title('PAY_DOSSIERS')));
    const payTarget = /\(1437 thành (\d+) trên 1541\)/.exec(payStep)[1];
    await pressByRole(page, 'row', payStep);
    assert.deepEqual(await focused(page), { role: 'textbox', name: targetName('PAY_DOSSIERS') });
    assert.equal(await page.evaluate(() => document.activeElement.value), payTarget);

    // Another band: the list opens on the chosen option; Xuất sắc is the first band below it.
    const band = await focusByRole(page, 'combobox', 'Mục tiêu của kế hoạch: Mức kế tiếp: Tốt');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    assert.deepEqual(await focused(page), { role: 'option', name: 'Mức kế tiếp' });
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await focused(page), { role: 'option', name: 'Mức Xuất sắc (từ 90)' });
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    assert.deepEqual(await focused(page), { role: 'combobox', name: 'Mục tiêu của kế hoạch: Mức Xuất sắc (từ 90)' });
    assert.equal(await band.count(), 0, 'the old name is gone');
    assert.match(await page.getByText(/^Để đạt mức /).textContent(), /^Để đạt mức Xuất sắc \(từ 90 điểm\): /);
    assert.equal((await state(page)).target.aim, 90);
    const onTime = new RegExp(`^Bước \\d+: ${title('ON_TIME').replace(/[.()]/g, '\\$&')}: `);
    assert.ok((await planSteps(page)).some((name) => onTime.test(name)), '2.1 is in the plan for 90');

    // The settings unfold with Enter; 2.1's lock is a checkbox, Space ticks it, the plan leaves 2.1 alone.
    const settings = await pressByRole(page, 'button', 'Khóa, trọng số, trần');
    const lock = page.getByRole('checkbox', { name: `${title('ON_TIME')} — khóa`, exact: true });
    await lock.waitFor();
    assert.equal(await settings.getAttribute('aria-expanded'), 'true');
    assert.equal(await lock.getAttribute('aria-checked'), 'false');
    await lock.focus();
    await page.keyboard.press('Space');
    for (let tries = 0; (await lock.getAttribute('aria-checked')) !== 'true'; ++tries) {
      assert.ok(tries < 50, '2.1 locked');
      await delay(100);
    }
    for (let tries = 0; (await planSteps(page)).some((name) => onTime.test(name)); ++tries) {
      assert.ok(tries < 50, 'no step on 2.1 once it is locked');
      await delay(100);
    }
    // 1.1's weight: a list of three; two down is "4 · khó".
    await focusByRole(page, 'combobox', `${title('PUBLISH_ON_TIME')} — trọng số: 1 · dễ`);
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    assert.deepEqual(await focused(page), { role: 'combobox', name: `${title('PUBLISH_ON_TIME')} — trọng số: 4 · khó` });
    assert.equal((await result(page)).total, 76.09, 'the figures entered are untouched');
  }));

  test('the share dialog takes the focus, keeps it, and gives it back when closed', () => withPage(async (page, { context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await pressByRole(page, 'button', 'Sao chép liên kết');
    const dialog = page.getByRole('dialog', { name: 'Liên kết chia sẻ' });
    await dialog.waitFor();
    assert.deepEqual(await focused(page), { role: 'textbox', name: 'Liên kết chia sẻ' });
    assert.match(await page.getByRole('textbox', { name: 'Liên kết chia sẻ' }).inputValue(), /#a=/);
    // Tab stays inside while it is open; the page behind cannot be reached.
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(page), { role: 'button', name: 'Đóng liên kết chia sẻ' });
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(page), { role: 'textbox', name: 'Liên kết chia sẻ' });
    assert.equal(await page.getByRole('button', { name: 'Lưu tệp' }).evaluate((e) => !!e.closest('[inert]')), true,
      'the page behind the dialog is inert');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(await focused(page), { role: 'button', name: 'Sao chép liên kết' });
  }));

  test('the comparison\'s lists open, move and choose with Enter and the arrow keys', () => withPage(async (page) => {
    await focusByRole(page, 'textbox', 'Đơn vị');
    await page.keyboard.insertText('Xã A');
    await pressByRole(page, 'button', 'Đánh giá mới');
    await focusByRole(page, 'textbox', 'Đơn vị');
    await page.keyboard.insertText('Xã B');
    await pressByRole(page, 'tab', 'So sánh');
    const a = page.getByRole('combobox', { name: /^A \(gốc\): / });
    await a.waitFor();
    assert.equal(await a.getAttribute('aria-label'), 'A (gốc): Xã A');
    await a.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    assert.equal(await a.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await focused(page), { role: 'option', name: 'Xã A' }, 'the focus is on the chosen option');
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await focused(page), { role: 'option', name: 'Xã B' });
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    assert.deepEqual(await focused(page), { role: 'combobox', name: 'A (gốc): Xã B' });
  }));

  test('the batch table: sortable column headers and rows that open with Enter', () => withPage(async (page) => {
    const lines = [PHU_THO, CHAN_MONG].map((x) => JSON.stringify(x)).join('\n');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), pressByRole(page, 'button', 'Mở tệp…')]);
    await chooser.setFiles(fileOf('hai-don-vi.jsonl', lines));
    const table = page.getByRole('table', { name: 'Bảng tổng hợp: 2 đánh giá' });
    await table.waitFor();
    // Ranked by total (support.mjs): Phú Thọ 8.56, then Chân Mộng 7.22.
    const rows = table.getByRole('row');
    assert.deepEqual(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('aria-label'))), [null,
      'Hạng 1: UBND tỉnh Phú Thọ, kỳ 2026, tổng 8,56, xếp loại Yếu',
      'Hạng 2: Xã Chân Mộng, kỳ 2026, tổng 7,22, xếp loại Yếu']);
    const total = table.getByRole('columnheader', { name: 'Tổng' });
    assert.equal(await table.getByRole('columnheader', { name: 'Hạng' }).getAttribute('aria-sort'), 'ascending');
    await total.focus();
    await page.keyboard.press('Enter');  // sorts by total, most first
    await page.waitForFunction(() => document.querySelector('[role=columnheader][aria-sort]')?.textContent === 'Tổng');
    await focusByRole(page, 'row', /^Hạng 2: Xã Chân Mộng/);
    await page.keyboard.press('Enter');
    await fieldBox(page, 'PAY_DOSSIERS', 'numerator').waitFor();
    assert.equal((await result(page)).unit, 'Xã Chân Mộng', 'Enter on the row opened it in the form');
  }));
});
