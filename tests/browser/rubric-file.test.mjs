// A rubric file in the page: opened through "Mở tệp…" it scores the form with it (and says
// so), a bad one is refused with its file and JSON path, a reload keeps it, and
// "Dùng bộ có sẵn" goes back to the built-in qd766 — the figures typed kept throughout.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  AUTOSAVE_KEY, CHAN_MONG, ROOT, clickUi, criterion, fileOf, group, loadAssessment, pickFile, reloadApp, result,
  sharedBrowser, state, uiRect, waitForState,
} from './support.mjs';

const { withPage } = sharedBrowser();

// qd766 with two points moved from 3.6 to 3.4 (TTTT stays 10), under its own id.
function variant(edit, id = 'qd766-bien-the') {
  const rubric = JSON.parse(readFileSync(join(ROOT, 'assets/rubrics/qd766.json'), 'utf8'));
  rubric.id = id;
  rubric.title = 'QĐ 766, biến thể thử';
  const byCode = Object.fromEntries(rubric.groups.flatMap((g) => g.criteria).map((c) => [c.code, c]));
  edit(byCode);
  return JSON.stringify(rubric, null, 2);
}
const MOVED = variant((c) => { c.PAY_DOSSIERS.max = 4; c.PAY_PROVISION.max = 4; });

describe('a rubric file in the page', () => {
  test('opened by "Mở tệp…" it scores the form; a bad one is refused; a reload keeps it; back to qd766', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, CHAN_MONG), []);
    let res = await result(page);
    assert.equal(res.rubric, 'qd766');
    assert.equal(group(res, 'TTTT').score, 7.22);
    assert.equal(await uiRect(page, 'rubric-builtin'), null, 'nothing to go back to with the built-in rubric');

    await pickFile(page, 'open-file', fileOf('bien-the.json', MOVED, 'application/json'));
    let s = await waitForState(page, (x) => x.rubric.id === 'qd766-bien-the', { what: 'the rubric file in use' });
    assert.deepEqual(s.rubric, { id: 'qd766-bien-the', title: 'QĐ 766, biến thể thử', builtin: false, file: 'bien-the.json' });
    assert.equal(s.notices.at(-1).kind, 'success');
    assert.match(s.notices.at(-1).title, /qd766-bien-the/);
    assert.equal(s.drafts.length, 1, 'the draft is kept, not duplicated');
    // 3.6: 1437/1541 → 93.25 % × 4 / 100 = 3.73; 3.4: 8/40 = 20 % × 4 / 80 = 1.00;
    // 3.5: 18/40 = 45 % × 2 / 80 = 1.125 → 1.13. TTTT 5.86 (qd766: 5.59 + 1.13 + 0.50 = 7.22).
    res = await result(page);
    assert.equal(res.rubric, 'qd766-bien-the');
    assert.equal(res.unit, 'Xã Chân Mộng');
    assert.equal(criterion(res, 'PAY_DOSSIERS').points, 3.73);
    assert.equal(criterion(res, 'PAY_PROVISION').points, 1);
    assert.equal(group(res, 'TTTT').score, 5.86);
    assert.equal(res.total, 5.86);

    // A bad one (TTTT's criteria add up to 2 + 2 + 5 = 9, not 10): refused, naming file and path.
    const errors = await page.evaluate((text) => window.dvcscore.loadRubric(text, 'hong.json'),
      variant((c) => { c.PAY_DOSSIERS.max = 5; }, 'hong'));
    assert.ok(errors.some((e) => e.startsWith('hong.json:') && e.includes('$.groups[3]')), JSON.stringify(errors));
    s = await state(page);
    assert.equal(s.rubric.id, 'qd766-bien-the', 'the rubric in use stays');
    assert.equal(s.notices.at(-1).kind, 'error');
    assert.equal(group(await result(page), 'TTTT').score, 5.86);

    const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY));
    assert.equal(saved.rubric, 'qd766-bien-the');
    assert.equal(saved.rubric_file.name, 'bien-the.json');

    await reloadApp(page);
    s = await state(page);
    assert.deepEqual(s.rubric, { id: 'qd766-bien-the', title: 'QĐ 766, biến thể thử', builtin: false, file: 'bien-the.json' });
    res = await result(page);
    assert.equal(res.unit, 'Xã Chân Mộng');
    assert.equal(group(res, 'TTTT').score, 5.86, 'the reload scores with the rubric file again');

    // The same line and button through the accessibility tree, for a screen reader.
    await page.getByText('Bộ tiêu chí đang dùng: «qd766-bien-the»', { exact: false }).first().waitFor({ state: 'attached' });
    assert.equal(await page.getByRole('button', { name: 'Dùng bộ có sẵn («qd766»)' }).count(), 1);

    await clickUi(page, 'rubric-builtin');
    s = await waitForState(page, (x) => x.rubric.builtin, { what: 'the built-in rubric again' });
    assert.equal(s.rubric.id, 'qd766');
    assert.equal(s.rubric.file, null);
    res = await result(page);
    assert.equal(res.rubric, 'qd766');
    assert.equal(group(res, 'TTTT').score, 7.22);
    const after = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY));
    assert.equal(after.rubric, 'qd766');
    assert.equal(after.rubric_file, undefined, 'the built-in rubric is not stored');
  }));
});
