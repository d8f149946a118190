// The portal's two rate rules in the page: MDSH and MDHL score the unrounded rate (a typed
// percent as typed), the other groups the shown 2-decimal percent; every percent shown is
// the 2-decimal one. The page and the CLI are one core: the same input, the same result.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import {
  CLI, assessment, criterion, group, loadAssessment, problems, result, sharedBrowser, typeCounts, typeInto,
} from './support.mjs';

const { withPage } = sharedBrowser();

// Counts where the two rules differ (rubric-qd766.md, "Rounding"), worked out by hand:
//   1.1 (CKMB)  1/57 → 1.75 %; 1.75 × 6 / 100 = 0.105 (0.10499…) → 0.10 (unrounded: 0.11)
//   3.6 (TTTT)  1437/1541 → 93.25 %; × 6 / 100 = 5.594999… → 5.59 (unrounded: 5.60)
//   4.5 (MDSH)  295/1269 = 23.2466… % → × 2 / 100 = 0.4649… → 0.46 (23.25 first: 0.47)
//   4.6 (MDSH)  23.2466 % typed → 0.464932 → 0.46 (23.25 first: 0.47)
//   5.3 (MDHL)  278/674 = 41.2462… % → × 6 / 100 = 2.4747… → 2.47 (41.25 first: 2.48)
//   5.4 (MDHL)  785199/1065150 = 73.7172… % → × 6 / 90 = 4.9144… → 4.91
// Groups: CKMB 0.10, TTTT 5.59, MDSH 0.92, MDHL 7.38; total 13.99.
const MIXED = assessment('UBND tỉnh Thử Nghiệm', '2026', {
  PUBLISH_ON_TIME: { numerator: 1, denominator: 57 },
  PAY_DOSSIERS: { numerator: 1437, denominator: 1541 },
  CITIZEN_DATA_CONNECTED_FORMALITY: { numerator: 295, denominator: 1269 },
  CITIZEN_DATA_CONNECTED_DOSSIER: { percent: 23.2466 },
  PETITION_HANDLING_SATISFACTION: { numerator: 278, denominator: 674 },
  DOSSIER_RECEIVING_SATISFACTION: { numerator: 785199, denominator: 1065150 },
});

const figures = (res, code) => {
  const c = criterion(res, code);
  return { percent: c.percent, points: c.points };
};

describe('rate rules in the page', () => {
  test('result() scores each group by its rule, shows 2-decimal percents, and equals `dvcscore score`', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, MIXED), []);
    const res = await result(page);
    assert.deepEqual(figures(res, 'PUBLISH_ON_TIME'), { percent: 1.75, points: 0.1 });
    assert.deepEqual(figures(res, 'PAY_DOSSIERS'), { percent: 93.25, points: 5.59 });
    assert.deepEqual(figures(res, 'CITIZEN_DATA_CONNECTED_FORMALITY'), { percent: 23.25, points: 0.46 });
    assert.deepEqual(figures(res, 'CITIZEN_DATA_CONNECTED_DOSSIER'), { percent: 23.25, points: 0.46 });
    assert.deepEqual(figures(res, 'PETITION_HANDLING_SATISFACTION'), { percent: 41.25, points: 2.47 });
    assert.deepEqual(figures(res, 'DOSSIER_RECEIVING_SATISFACTION'), { percent: 73.72, points: 4.91 });
    const scores = Object.fromEntries(res.groups.map((g) => [g.code, g.score]));
    assert.deepEqual(scores, { CKMB: 0.1, TDGQ: 0, CLGQ: 0, TTTT: 5.59, MDSH: 0.92, MDHL: 7.38 });
    assert.equal(res.total, 13.99);
    // Full points for 5.4 need 90 % unrounded: 0.9 × 1065150 = 958635 (rounding first, 958582).
    const advice = res.improvement.criteria.find((c) => c.code === 'DOSSIER_RECEIVING_SATISFACTION');
    assert.equal(advice.numerator_for_full, 958635);

    const cli = JSON.parse(execFileSync(CLI, ['score', '-'], { input: JSON.stringify(MIXED) }).toString());
    assert.deepEqual(res, cli, 'the page and the CLI give the same result for the same input');
  }));

  test('typed into the form: a percent in MDSH is used as typed, the same in CKMB is rounded first', () => withPage(async (page) => {
    await typeInto(page, 'CITIZEN_DATA_CONNECTED_DOSSIER', 'percent', '23,2466');
    await typeInto(page, 'PUBLIC_CONTENT_FULL', 'percent', '23,2466');
    await typeCounts(page, 'PETITION_HANDLING_SATISFACTION', '278', '674');
    await page.keyboard.press('Enter');
    const res = await result(page);
    assert.deepEqual(figures(res, 'CITIZEN_DATA_CONNECTED_DOSSIER'), { percent: 23.25, points: 0.46 });
    assert.deepEqual(figures(res, 'PUBLIC_CONTENT_FULL'), { percent: 23.25, points: 0.47 });
    assert.deepEqual(figures(res, 'PETITION_HANDLING_SATISFACTION'), { percent: 41.25, points: 2.47 });
    assert.equal(group(res, 'MDSH').score, 0.46);
    assert.equal(group(res, 'CKMB').score, 0.47);
    assert.equal(group(res, 'MDHL').score, 2.47);
    assert.equal(res.total, 3.4);  // 0.46 + 0.47 + 2.47
    assert.deepEqual(await problems(page), []);
  }));
});
