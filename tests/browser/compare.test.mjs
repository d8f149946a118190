// "So sánh": two drafts side by side (A and B chosen in combos), deltas per criterion, group
// and total, and charts. The canvas text cannot be read: the test checks the tab and its
// combos by widgetRect, the figures of both drafts by state()/result(), and saves
// build/screenshots/compare.png for a person to look at.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assessment, clickUi, criterion, group, loadAssessment, openTab, result, retypeInto, saveScreenshot, sharedBrowser,
  state, uiRect, waitForState, waitForUiGone,
} from './support.mjs';

const { withPage } = sharedBrowser();

// 2025: PAY_DOSSIERS 1200/1541 = 77.87 % → 6 × 77.87 / 100 = 4.6722 → 4.67; PAY_FORMALITIES
// 18/40 → 1.13; PAY_PROVISION 8/40 → 0.50: TTTT 6.30. ON_TIME 45/50 = 90 % → 18. Total 24.30.
// 2026 (the copy, edited): PAY_DOSSIERS 1437/1541 → 5.59: TTTT 7.22, total 25.22 (+0.92).
const YEAR_2025 = assessment('Xã Chân Mộng', '2025', {
  PAY_PROVISION: { numerator: 8, denominator: 40 },
  PAY_FORMALITIES: { numerator: 18, denominator: 40 },
  PAY_DOSSIERS: { numerator: 1200, denominator: 1541 },
  ON_TIME: { numerator: 45, denominator: 50 },
});

describe('comparison', () => {
  test('one draft: the tab offers to duplicate it; two drafts with known figures compared A/B', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, YEAR_2025), []);
    const first = await result(page);
    assert.equal(group(first, 'TTTT').score, 6.3);
    assert.equal(first.total, 24.3);

    // With a single draft the tab has nothing to compare: it offers "Nhân bản…".
    await openTab(page, 'tab-compare', 'compare-duplicate');
    assert.equal(await uiRect(page, 'compare-a'), null, 'no A/B choice with one draft');
    await saveScreenshot(page, 'tab-compare-one-draft.png');
    await clickUi(page, 'compare-duplicate');
    await waitForState(page, (s) => s.drafts.length === 2 && s.current === 1, { what: 'the copy, open' });

    // The copy becomes 2026: period and PAY_DOSSIERS retyped in the form.
    await retypeInto(page, 'period', 'value', '2026', 20);
    await retypeInto(page, 'PAY_DOSSIERS', 'numerator', '1437');
    await page.keyboard.press('Enter');
    const second = await result(page);
    assert.equal(second.period, '2026');
    assert.equal(criterion(second, 'PAY_DOSSIERS').points, 5.59);
    assert.equal(group(second, 'TTTT').score, 7.22);
    assert.equal(second.total, 25.22);
    const s = await state(page);
    assert.deepEqual(s.drafts.map((d) => [d.unit, d.period, d.total]),
      [['Xã Chân Mộng', '2025', 24.3], ['Xã Chân Mộng', '2026', 25.22]], 'both drafts with their totals');
    assert.equal(Math.round((s.drafts[1].total - s.drafts[0].total) * 100) / 100, 0.92, 'the total delta B − A');

    // The tab now shows the comparison with its two combos.
    await openTab(page, 'tab-compare', 'compare-a');
    assert.ok(await uiRect(page, 'compare-b'), 'combo B shown');
    assert.equal(await uiRect(page, 'compare-duplicate'), null, 'no "Nhân bản" offer with two drafts');

    // Choose A = 2025 and B = 2026 in the combos (a click opens the list, another picks).
    await clickUi(page, 'compare-a');
    await clickUi(page, 'compare-a-option-0');
    await waitForUiGone(page, 'compare-a-option-0');
    await clickUi(page, 'compare-b');
    assert.ok(await uiRect(page, 'compare-b-option-1'), 'the B list offers the second draft');
    await clickUi(page, 'compare-b-option-1');
    await waitForUiGone(page, 'compare-b-option-1');
    assert.ok(await uiRect(page, 'compare-a'), 'still on the comparison');
    await saveScreenshot(page, 'compare.png');

    // Comparing changes no draft and leaves the open one in the form.
    const after = await state(page);
    assert.deepEqual(after.drafts, s.drafts);
    assert.equal(after.current, 1);
    assert.deepEqual(await result(page), second);

    // Swapped (A = 2026, B = 2025): still two drafts, the tab still drawn.
    await clickUi(page, 'compare-a');
    await clickUi(page, 'compare-a-option-1');
    await clickUi(page, 'compare-b');
    await clickUi(page, 'compare-b-option-0');
    await waitForUiGone(page, 'compare-b-option-0');
    await saveScreenshot(page, 'compare-swapped.png');
    assert.deepEqual((await state(page)).drafts, s.drafts);

    // The criterion rows below, scrolled into view (B 2025 − A 2026: 3.6 shows −0.92).
    await page.mouse.move(700, 700);
    await page.mouse.wheel(0, 700);
    await waitForUiGone(page, 'compare-a', { failure: 'the comparison did not scroll' });
    await saveScreenshot(page, 'compare-criteria.png');
  }));
});
