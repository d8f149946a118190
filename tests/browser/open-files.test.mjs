// Opening files: one assessment by the file picker ("Mở tệp…") or dropped on the page becomes
// a draft in the form; a batch (JSON Lines, JSON array) opens as the table "Bảng tổng hợp".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CHAN_MONG, clickUi, criterion, dataFile, dropFile, fileOf, group, loadAssessment, pickFile, result, sharedBrowser,
  uiRect, waitForState, waitForUi,
} from './support.mjs';

const { withPage } = sharedBrowser();

// Phú Thọ's CLGQ (rubric worked example 1): 3.1 52/89 = 58.43 % of cap 80 % → 1.46;
// 3.2 516/1884 = 27.39 % of 4 → 1.10; 3.3 589 496/597 894 = 98.60 % ≥ 50 % → 6. CLGQ 8.56.
function checkPhuTho(res) {
  assert.equal(res.unit, 'UBND tỉnh Phú Thọ');
  assert.equal(res.period, '2026');
  assert.equal(criterion(res, 'ONLINE_PROVISION').points, 1.46);
  assert.equal(criterion(res, 'HAS_ONLINE').points, 1.1);
  assert.equal(criterion(res, 'ONLINE_DOSSIERS').points, 6);
  assert.equal(group(res, 'CLGQ').score, 8.56);
  assert.equal(criterion(res, 'AVG_DAYS').value, 4.24);
  assert.equal(res.total, 8.56);
}

describe('opening files', () => {
  test('"Mở tệp…" with one assessment: it takes the blank form\'s place; another becomes a second draft', () => withPage(async (page) => {
    await pickFile(page, 'open-file', dataFile('phu-tho-2026.json', 'application/json'));
    let s = await waitForState(page, (x) => x.notices.length === 1, { what: 'a notice about the opened file' });
    assert.equal(s.notices[0].kind, 'success');
    assert.match(s.notices[0].title, /phu-tho-2026\.json/, `the notice names the file: ${s.notices[0].title}`);
    assert.equal(s.drafts.length, 1, 'the untouched blank form was replaced, not kept beside it');
    checkPhuTho(await result(page));

    await pickFile(page, 'open-file', fileOf('chan-mong.json', JSON.stringify(CHAN_MONG), 'application/json'));
    s = await waitForState(page, (x) => x.drafts.length === 2, { what: 'a second draft from the file' });
    assert.equal(s.current, 1, 'the opened assessment is open');
    assert.deepEqual(s.drafts.map((d) => [d.unit, d.total]), [['UBND tỉnh Phú Thọ', 8.56], ['Xã Chân Mộng', 7.22]]);
    const res = await result(page);
    assert.equal(res.unit, 'Xã Chân Mộng');
    assert.equal(group(res, 'TTTT').score, 7.22);
  }));

  test('a file dropped on the page opens as a new draft; the work in progress is kept', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, CHAN_MONG), []);
    const dropped = await dropFile(page, dataFile('phu-tho-2026.json', 'application/json'));
    assert.equal(dropped.dragover, true, 'the page accepts the drag (dragover default prevented, or the browser would open the file)');
    assert.equal(dropped.drop, true, 'the page takes the drop itself');
    const s = await waitForState(page, (x) => x.drafts.length === 2, { what: 'the dropped file as a second draft' });
    assert.equal(s.current, 1);
    assert.deepEqual(s.drafts.map((d) => [d.unit, d.total]), [['Xã Chân Mộng', 7.22], ['UBND tỉnh Phú Thọ', 8.56]],
      'Chân Mộng, typed before, is kept beside it');
    assert.equal(s.notices.at(-1).kind, 'success');
    assert.match(s.notices.at(-1).title, /phu-tho-2026\.json/);
    checkPhuTho(await result(page));
  }));

  test('a batch in JSON Lines opens as the table (rows, totals), the form untouched', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, CHAN_MONG), []);
    const before = await result(page);
    assert.equal(await uiRect(page, 'batch-row-0'), null, 'no table before');
    await pickFile(page, 'open-file', dataFile('batch-2026.jsonl'));
    const s = await waitForState(page, (x) => x.batch !== null, { what: 'the batch table' });
    // File order: Hà Nội MDHL 1.33 + 1.05 + 4.91 = 7.29 (worked example 2), Phú Thọ CLGQ
    // 1.46 + 1.10 + 6 = 8.56 (98.6 % typed), Chân Mộng TTTT 7.22.
    assert.deepEqual(s.batch, { source: 'batch-2026.jsonl', rows: 3, totals: [7.29, 8.56, 7.22] });
    assert.equal(s.drafts.length, 1, 'a batch adds no draft');
    assert.deepEqual(await result(page), before, 'the form still holds what it held');
    assert.equal(s.notices.at(-1).kind, 'success');
    assert.match(s.notices.at(-1).title, /batch-2026\.jsonl.*3/, `the notice names the file and the count: ${s.notices.at(-1).title}`);
    // The page switches to the table.
    await waitForUi(page, 'batch-row-2');
    for (let i = 0; i < 3; ++i) assert.ok(await uiRect(page, `batch-row-${i}`), `row ${i} is shown`);
    assert.equal(await uiRect(page, 'batch-row-3'), null, 'and only three rows');
  }));

  test('a batch as a JSON array dropped on the page, and from the table tab\'s own "Mở tệp…"', () => withPage(async (page) => {
    const dropped = await dropFile(page, dataFile('batch-2026.json', 'application/json'));
    assert.deepEqual(dropped, { dragover: true, drop: true });
    let s = await waitForState(page, (x) => x.batch !== null, { what: 'the batch table' });
    assert.equal(s.batch.source, 'batch-2026.json');
    assert.equal(s.batch.rows, s.batch.totals.length);
    assert.ok(s.batch.rows >= 2, `a batch has several rows: ${JSON.stringify(s.batch)}`);

    // Close the table; its tab then offers "Mở tệp…" of its own.
    await waitForUi(page, 'batch-close');
    await clickUi(page, 'batch-close');
    await waitForState(page, (x) => x.batch === null, { what: 'the table closed' });
    await pickFile(page, 'batch-open-file', dataFile('batch-2026.jsonl'));
    s = await waitForState(page, (x) => x.batch !== null, { what: 'the batch table again' });
    assert.deepEqual(s.batch, { source: 'batch-2026.jsonl', rows: 3, totals: [7.29, 8.56, 7.22] });
  }));
});
