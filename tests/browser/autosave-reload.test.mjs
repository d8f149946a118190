// Autosave: every change goes to localStorage (dvcscore/workspace/v1) at once, and a reload
// brings back every draft exactly as typed — invalid texts included — and which one was open.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AUTOSAVE_KEY, SINGLE_FILE_URL, autosaved, clickToolbar, criterion, group, insertInto, problems, reloadApp, result,
  saveScreenshot, sharedBrowser, state, typeChanMongPayments, typeCounts, typeInto, waitForState,
} from './support.mjs';

const { withPage } = sharedBrowser();

// Types the commune Chân Mộng's year by keyboard: TTTT 5.59 + 1.13 + 0.50 = 7.22 (rubric
// worked case), ON_TIME as a percent "93,25" → 20 × 93.25 / 100 = 18.65, AVG_DAYS 4,24 (not
// scored), and DOSSIER_SYNC with a word for its numerator (invalid: not scored, marked).
async function typeChanMong(page) {
  await insertInto(page, 'unit', 'value', 'UBND xã Chân Mộng');
  await insertInto(page, 'period', 'value', 'Năm 2026');
  await typeChanMongPayments(page);
  await typeInto(page, 'ON_TIME', 'percent', '93,25');
  await typeInto(page, 'AVG_DAYS', 'value', '4,24');
  await typeCounts(page, 'DOSSIER_SYNC', 'mười', '10');
  await page.keyboard.press('Enter');
}

function checkChanMong(res) {
  assert.equal(res.unit, 'UBND xã Chân Mộng');
  assert.equal(res.period, 'Năm 2026');
  assert.equal(group(res, 'TTTT').score, 7.22, 'TTTT 5.59 + 1.13 + 0.50');
  assert.equal(criterion(res, 'ON_TIME').points, 18.65, 'ON_TIME 93.25 % of 20');
  assert.equal(criterion(res, 'AVG_DAYS').value, 4.24, 'AVG_DAYS typed as 4,24');
  assert.equal(criterion(res, 'DOSSIER_SYNC').entered, false, 'the invalid DOSSIER_SYNC is not scored');
  assert.equal(res.total, 25.87, '7.22 + 18.65');
  assert.equal(res.rating.id, 'yeu');
}

function checkProblems(shown) {
  assert.equal(shown.length, 1, `one message: ${JSON.stringify(shown)}`);
  assert.equal(shown[0].code, 'DOSSIER_SYNC');
  assert.equal(shown[0].field, 'numerator');
  assert.equal(shown[0].kind, 'invalid');
}

describe('autosave and reload', () => {
  test('typed figures and an invalid text come back after a reload, then a second draft and which one was open', () => withPage(async (page) => {
    await typeChanMong(page);
    const typed = await result(page);
    checkChanMong(typed);
    const shown = await problems(page);
    checkProblems(shown);

    // Saved at once, as typed (the texts, not numbers).
    const saved = await autosaved(page);
    assert.ok(saved, `localStorage["${AUTOSAVE_KEY}"] holds the workspace`);
    assert.equal(saved.format, 'dvcscore-workspace/1');
    const inputs = saved.drafts[saved.current].inputs;
    assert.equal(inputs.DOSSIER_SYNC?.numerator, 'mười', `the invalid text is saved as typed: ${JSON.stringify(inputs.DOSSIER_SYNC)}`);
    assert.equal(inputs.PAY_DOSSIERS?.numerator, '1.437', 'the count is saved as typed, with its dot');
    assert.equal(inputs.ON_TIME?.percent, '93,25', 'the percent is saved as typed, with its comma');

    await reloadApp(page);
    const restored = await result(page);
    checkChanMong(restored);
    assert.deepEqual(restored, typed, 'result() is the same after the reload');
    assert.deepEqual(await problems(page), shown, 'the message beside DOSSIER_SYNC is shown again');
    assert.equal((await autosaved(page)).drafts[0].inputs.DOSSIER_SYNC?.numerator, 'mười', 'still the text as typed');
    await saveScreenshot(page, 'tab-form-restored.png');

    // A second draft with one figure of its own: 45/50 = 90 % of 20 → 18.
    await clickToolbar(page, 'new-draft');
    await waitForState(page, (s) => s.drafts.length === 2 && s.current === 1, { what: 'a second, open draft' });
    assert.equal((await result(page)).total, 0, 'the new draft starts blank');
    await insertInto(page, 'unit', 'value', 'Phường Hai');
    await typeCounts(page, 'ON_TIME', '45', '50');
    await page.keyboard.press('Enter');
    const second = await result(page);
    assert.equal(second.total, 18);
    const before = await state(page);
    assert.deepEqual(before.drafts.map((d) => [d.unit, d.total]), [['UBND xã Chân Mộng', 25.87], ['Phường Hai', 18]]);

    await reloadApp(page);
    const after = await state(page);
    assert.deepEqual(after.drafts, before.drafts, 'every draft is back');
    assert.equal(after.current, 1, 'the draft that was open is open again');
    assert.deepEqual(await result(page), second, 'result() of the open draft is the same');
    assert.deepEqual(await problems(page), [], 'the open draft has no message');
    assert.equal(after.storage, 'available');
    assert.deepEqual(after.notices, [], 'a clean restore says nothing');
  }));

  test('the single offline file (file://) restores after a reload too', () => withPage(async (page) => {
    await typeCounts(page, 'PAY_PROVISION', '8', '40');
    await typeInto(page, 'HAS_ONLINE', 'numerator', 'x');
    await page.keyboard.press('Enter');
    const typed = await result(page);
    assert.equal(typed.total, 0.5, 'PAY_PROVISION 20 % of cap 80 % × 2 = 0.50');
    const shown = await problems(page);
    assert.equal(shown.length, 1, `HAS_ONLINE marked: ${JSON.stringify(shown)}`);
    await reloadApp(page);
    assert.deepEqual(await result(page), typed);
    assert.deepEqual(await problems(page), shown);
  }, { address: SINGLE_FILE_URL }));
});
