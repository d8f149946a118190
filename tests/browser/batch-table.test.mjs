// "Bảng tổng hợp": a batch file as a table ranked by total; clicking a column header sorts
// it (which unit is in the first row changes), clicking a row opens that unit in the form.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CHAN_MONG, PHU_THO, assessment, clickUi, dropFile, fileOf, group, result, saveScreenshot, sharedBrowser, state,
  uiRect, waitForState, waitForUi, waitForUiGone,
} from './support.mjs';

const { withPage } = sharedBrowser();

// Four units, totals worked out by hand (docs/rubric.md):
const UNITS = [
  // CLGQ 1.46 + 1.10 + 6 = 8.56 (worked example 1, 98.6 % typed).
  PHU_THO,
  // TTTT 0.50 + 1.13 + 5.59 = 7.22.
  CHAN_MONG,
  // MDHL 1.33 + 1.05 + 4.91 = 7.29 (worked example 2).
  assessment('UBND thành phố Hà Nội', '2026', {
    PETITION_PROCESSING_ON_TIME: { numerator: 1000, denominator: 4506 },
    PETITION_HANDLING_SATISFACTION: { numerator: 791, denominator: 4506 },
    DOSSIER_RECEIVING_SATISFACTION: { numerator: 785199, denominator: 1065150 },
  }),
  // ON_TIME 90 % → 18; CKMB: 1.1 100 % → 6. CLGQ: 3.3 30 % of cap 50 % → 3.6. Total 27.6.
  assessment('Xã Yên Lập', '2025', {
    ON_TIME: { numerator: 45, denominator: 50 },
    PUBLISH_ON_TIME: { numerator: 10, denominator: 10 },
    ONLINE_DOSSIERS: { percent: 30 },
  }),
];
const TOTALS = [8.56, 7.22, 7.29, 27.6];

// Clicks the first row and returns the unit that opened in the form (then back to the table).
async function firstRowOpens(page) {
  const before = await state(page);
  await clickUi(page, 'batch-row-0');
  // The form tab is shown: the table's rows are gone.
  await waitForUiGone(page, 'batch-row-0', { failure: 'clicking a row did not switch to the form' });
  const res = await result(page);
  const after = await state(page);
  assert.equal(after.drafts[after.current].unit, res.unit, 'state() and result() agree on the open draft');
  assert.ok(after.drafts.length >= before.drafts.length);
  await clickUi(page, 'tab-batch');
  await waitForUi(page, 'batch-row-0');
  return res;
}

async function openBatch(page) {
  const lines = UNITS.map((u) => JSON.stringify(u)).join('\n') + '\n';
  await dropFile(page, fileOf('xa-phuong-2026.jsonl', lines));
  const s = await waitForState(page, (x) => x.batch !== null, { what: 'the table' });
  assert.deepEqual(s.batch, { source: 'xa-phuong-2026.jsonl', rows: 4, totals: TOTALS });
  await waitForUi(page, 'batch-row-3');
  return s;
}

async function sortBy(page, column) {
  await clickUi(page, `batch-sort-${column}`);
  await page.mouse.move(1, 1);
}

describe('batch table', () => {
  test('ranked by total; sorting by total, unit and a group changes the first row; a row opens in the form', () => withPage(async (page) => {
    const s = await openBatch(page);
    for (let c = 1; c <= 10; ++c) assert.ok(await uiRect(page, `batch-sort-${c}`), `column header ${c} shown`);
    await saveScreenshot(page, 'tab-batch.png');

    // Ranked: the best total first. Clicking the row opens Yên Lập in the form.
    let res = await firstRowOpens(page);
    assert.equal(res.unit, 'Xã Yên Lập');
    assert.equal(res.total, 27.6);
    assert.equal(group(res, 'CKMB').score, 6);
    assert.equal((await state(page)).drafts.length, 1, 'the blank form was replaced by the opened row');

    // Total (column 9): first click descending (Yên Lập), second ascending (Chân Mộng 7.22).
    await sortBy(page, 9);
    assert.equal((await firstRowOpens(page)).unit, 'Xã Yên Lập', 'total, descending');
    await sortBy(page, 9);
    res = await firstRowOpens(page);
    assert.equal(res.unit, 'Xã Chân Mộng', 'total, ascending: the lowest first');
    assert.equal(res.total, 7.22);
    assert.equal(group(res, 'TTTT').score, 7.22);

    // Unit (column 1): ascending first ("UBND thành phố…" < "UBND tỉnh…" < "Xã …"), then descending.
    await sortBy(page, 1);
    res = await firstRowOpens(page);
    assert.equal(res.unit, 'UBND thành phố Hà Nội', 'unit, ascending');
    assert.equal(group(res, 'MDHL').score, 7.29);
    await sortBy(page, 1);
    assert.equal((await firstRowOpens(page)).unit, 'Xã Yên Lập', 'unit, descending');

    // CLGQ (column 5): descending first: Phú Thọ 8.56 above Yên Lập 3.6.
    await sortBy(page, 5);
    res = await firstRowOpens(page);
    assert.equal(res.unit, 'UBND tỉnh Phú Thọ', 'CLGQ, descending');
    assert.equal(group(res, 'CLGQ').score, 8.56);
    assert.equal(res.total, 8.56);

    // Every unit opened once: four drafts, none twice (an identical draft is reused).
    const after = await state(page);
    assert.deepEqual(after.drafts.map((d) => d.unit).sort(),
      ['UBND thành phố Hà Nội', 'UBND tỉnh Phú Thọ', 'Xã Chân Mộng', 'Xã Yên Lập']);
    assert.deepEqual(after.batch, s.batch, 'the table itself is unchanged');
  }));

  test('the rank header "Hạng" (batch-sort-0) is found and sorts back to the ranking', () => withPage(async (page) => {
    await openBatch(page);
    await sortBy(page, 9);
    await sortBy(page, 9);  // total ascending: Chân Mộng first
    assert.equal((await firstRowOpens(page)).unit, 'Xã Chân Mộng');
    assert.ok(await uiRect(page, 'batch-sort-0'), 'widgetRect("ui", "batch-sort-0"): the "Hạng" header is drawn at the left of the table');
    await sortBy(page, 0);
    assert.equal((await firstRowOpens(page)).unit, 'Xã Yên Lập', 'rank 1 first');
  }));
});
