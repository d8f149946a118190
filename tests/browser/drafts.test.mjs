// Several assessments side by side ("Đánh giá đã lưu"): a new draft, switching between
// them, renaming inline, duplicating, deleting and undoing — all by mouse and keyboard;
// result() always follows the draft that is open.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CHAN_MONG, assessment, autosaved, clickToolbar, clickUi, group, loadAssessment, openTab, result, retypeInto, retypeUi,
  saveScreenshot, sharedBrowser, state, typeCounts, uiRect, waitForState,
} from './support.mjs';

const { withPage } = sharedBrowser();

const summary = (s) => s.drafts.map((d) => `${d.unit} | ${d.period} | ${d.total}`);

describe('drafts', () => {
  test('new draft, switch with "Mở", rename inline, duplicate; result() follows the open draft', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, CHAN_MONG), []);
    assert.equal((await result(page)).total, 7.22);

    // A second draft from the toolbar, typed by keyboard: ON_TIME 45/50 = 90 % of 20 → 18.
    await clickToolbar(page, 'new-draft');
    let s = await waitForState(page, (x) => x.drafts.length === 2 && x.current === 1, { what: 'a new draft, open' });
    assert.equal((await result(page)).total, 0, 'the new draft is blank');
    assert.equal((await result(page)).unit, '');
    await typeCounts(page, 'ON_TIME', '45', '50');
    await page.keyboard.press('Enter');
    assert.equal((await result(page)).total, 18);
    assert.deepEqual(summary(await state(page)), ['Xã Chân Mộng | 2026 | 7.22', ' |  | 18']);

    // Switch back to the first by "Mở" in the drafts tab.
    await openTab(page, 'tab-drafts');
    assert.equal(await uiRect(page, 'draft-open-1'), null, 'the open draft has no "Mở" button');
    await clickUi(page, 'draft-open-0');
    s = await waitForState(page, (x) => x.current === 0, { what: 'draft 0 open' });
    let res = await result(page);
    assert.equal(res.unit, 'Xã Chân Mộng');
    assert.equal(res.total, 7.22, 'result() is the first draft again');
    assert.equal(group(res, 'TTTT').score, 7.22);

    // Rename inline: the other draft's unit, and the open draft's period (the form follows).
    await openTab(page, 'tab-drafts');
    await retypeUi(page, 'draft-unit-1', 'Phường Hai Bà Trưng');
    await waitForState(page, (x) => x.drafts[1].unit === 'Phường Hai Bà Trưng', { what: 'draft 1 renamed' });
    await retypeUi(page, 'draft-period-1', 'Quý I/2026');
    await retypeUi(page, 'draft-period-0', 'Năm 2026');
    s = await waitForState(page, (x) => x.drafts[0].period === 'Năm 2026', { what: 'draft 0 period renamed' });
    assert.equal(s.current, 0, 'renaming does not switch drafts');
    assert.equal((await result(page)).period, 'Năm 2026', 'the open draft renamed: result() has the new period');
    assert.equal((await result(page)).total, 7.22, 'its figures are untouched');
    assert.deepEqual(summary(s), ['Xã Chân Mộng | Năm 2026 | 7.22', 'Phường Hai Bà Trưng | Quý I/2026 | 18']);
    const saved = await autosaved(page);
    assert.deepEqual(saved.drafts.map((d) => [d.unit, d.period]),
      [['Xã Chân Mộng', 'Năm 2026'], ['Phường Hai Bà Trưng', 'Quý I/2026']], 'the renames are autosaved');

    // Duplicate the first: the copy comes right after it and opens, "(bản sao)" in its period.
    await clickUi(page, 'draft-duplicate-0');
    s = await waitForState(page, (x) => x.drafts.length === 3 && x.current === 1, { what: 'a copy of draft 0, open' });
    assert.deepEqual(summary(s), [
      'Xã Chân Mộng | Năm 2026 | 7.22', 'Xã Chân Mộng | Năm 2026 (bản sao) | 7.22', 'Phường Hai Bà Trưng | Quý I/2026 | 18']);
    res = await result(page);
    assert.equal(res.period, 'Năm 2026 (bản sao)');
    assert.equal(res.total, 7.22);
    // Edit the copy: it changes alone. PAY_DOSSIERS 1541/1541 → 6, TTTT 6 + 1.13 + 0.50 = 7.63.
    await retypeInto(page, 'PAY_DOSSIERS', 'numerator', '1541');
    await page.keyboard.press('Enter');
    assert.equal((await result(page)).total, 7.63);
    assert.deepEqual((await state(page)).drafts.map((d) => d.total), [7.22, 7.63, 18], 'only the copy changed');

    await openTab(page, 'tab-drafts');
    await saveScreenshot(page, 'tab-drafts.png');
  }));

  test('delete a draft with "Xóa" and bring it back with the undo button; result() follows', () => withPage(async (page) => {
    // Three drafts: Chân Mộng 7.22, a copy of it edited to 7.63 (open), Phường Hai 18.
    assert.deepEqual(await loadAssessment(page, CHAN_MONG), []);
    await clickToolbar(page, 'new-draft');
    await waitForState(page, (x) => x.drafts.length === 2 && x.current === 1, { what: 'a new draft, open' });
    assert.deepEqual(await loadAssessment(page, assessment('Phường Hai', 'Quý I/2026', { ON_TIME: { numerator: 45, denominator: 50 } })), []);
    await openTab(page, 'tab-drafts');
    await clickUi(page, 'draft-duplicate-0');
    await waitForState(page, (x) => x.drafts.length === 3 && x.current === 1, { what: 'a copy of draft 0, open' });
    await retypeInto(page, 'PAY_DOSSIERS', 'numerator', '1541');
    await page.keyboard.press('Enter');
    let s = await state(page);
    assert.deepEqual(summary(s), [
      'Xã Chân Mộng | 2026 | 7.22', 'Xã Chân Mộng | 2026 (bản sao) | 7.63', 'Phường Hai | Quý I/2026 | 18']);

    // Delete the open copy: the next draft opens; undo brings the copy back, open.
    await openTab(page, 'tab-drafts');
    assert.equal(await uiRect(page, 'draft-undo'), null, 'no undo before a delete');
    await clickUi(page, 'draft-delete-1');
    s = await waitForState(page, (x) => x.drafts.length === 2 && x.canUndoRemove, { what: 'draft 1 deleted' });
    assert.deepEqual(summary(s), ['Xã Chân Mộng | 2026 | 7.22', 'Phường Hai | Quý I/2026 | 18']);
    let res = await result(page);
    assert.equal(res.total, s.drafts[s.current].total, 'result() is the draft now open');
    assert.equal(res.unit, s.drafts[s.current].unit);
    assert.equal((await autosaved(page)).drafts.length, 2, 'the delete is autosaved');
    await saveScreenshot(page, 'tab-drafts-after-delete.png');

    await clickUi(page, 'draft-undo');
    s = await waitForState(page, (x) => x.drafts.length === 3 && !x.canUndoRemove, { what: 'the delete undone' });
    assert.deepEqual(summary(s), [
      'Xã Chân Mộng | 2026 | 7.22', 'Xã Chân Mộng | 2026 (bản sao) | 7.63', 'Phường Hai | Quý I/2026 | 18']);
    assert.equal(s.current, 1, 'the restored draft is open again');
    res = await result(page);
    assert.equal(res.total, 7.63);
    assert.equal(res.period, '2026 (bản sao)');
    assert.equal(await uiRect(page, 'draft-undo'), null, 'the undo button is gone');
    assert.equal((await autosaved(page)).drafts.length, 3, 'the undo is autosaved');

    // Delete a draft that is not open: the open one stays open (its index moves).
    await clickUi(page, 'draft-delete-0');
    s = await waitForState(page, (x) => x.drafts.length === 2 && x.canUndoRemove, { what: 'draft 0 deleted' });
    assert.equal(s.current, 0, 'the open copy moved up to index 0');
    assert.equal((await result(page)).total, 7.63, 'and is still the one in the form');
  }));
});
