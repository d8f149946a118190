// dvcscore.load() with a faulty assessment returns messages naming the JSON path and
// leaves the form exactly as it was.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { PHU_THO, loadAssessment, openPage, problems, result, sharedBrowser, typeCounts } from './support.mjs';

const GOOD = { ...PHU_THO, values: { ...PHU_THO.values, AVG_DAYS: { value: 4.24 } } };

const shared = sharedBrowser();
let page, baseline;  // one page for all the tests, closed with the browser

// Loads `bad`, expects errors matching every pattern, and the form unchanged.
async function rejected(bad, patterns) {
  const errors = await loadAssessment(page, bad);
  assert.ok(Array.isArray(errors) && errors.length > 0, `errors returned: ${JSON.stringify(errors)}`);
  for (const e of errors) assert.equal(typeof e, 'string');
  for (const pattern of patterns)
    assert.ok(errors.some((e) => pattern.test(e)), `an error matching ${pattern}: ${JSON.stringify(errors)}`);
  assert.deepEqual(await result(page), baseline, 'the form is unchanged');
  assert.deepEqual(await problems(page), [], 'no messages appeared beside fields');
  return errors;
}

describe('load() with errors', () => {
  before(async () => {
    ({ page } = await openPage(shared.browser, shared.server.url));
    assert.deepEqual(await loadAssessment(page, GOOD), [], 'the good assessment is accepted');
    baseline = await result(page);
  });

  test('the good assessment scored as the portal does (CLGQ 8.56), the baseline of the others', () => {
    const clgq = baseline.groups.find((g) => g.code === 'CLGQ');
    assert.equal(clgq.score, 8.56);
    assert.equal(baseline.unit, 'UBND tỉnh Phú Thọ');
    assert.equal(baseline.total, 8.56);
  });

  test('an unknown criterion code names $.values.<CODE>', async () => {
    await rejected({ ...GOOD, values: { ...GOOD.values, NOT_A_CRITERION: { numerator: 1, denominator: 2 } } },
      [/\$\.values\.NOT_A_CRITERION\b/]);
  });

  test('numerator > denominator names $.values.<CODE>.numerator', async () => {
    await rejected({ ...GOOD, values: { ...GOOD.values, PAY_DOSSIERS: { numerator: 1600, denominator: 1541 } } },
      [/\$\.values\.PAY_DOSSIERS\.numerator\b/]);
  });

  test('a percent over 100 and a negative count are both reported with their paths', async () => {
    await rejected({ ...GOOD, values: { ON_TIME: { percent: 120 }, PAY_PROVISION: { numerator: -1, denominator: 40 } } },
      [/\$\.values\.ON_TIME\.percent\b/, /\$\.values\.PAY_PROVISION\.numerator\b/]);
  });

  test('broken JSON text is reported as a JSON syntax error with where it broke', async () => {
    const text = JSON.stringify(GOOD).slice(0, 60);  // cut off in the middle
    const errors = await rejected(text, [/JSON/]);
    assert.ok(errors.some((e) => /\$/.test(e) || /dòng|cột/.test(e)), `the error says where: ${JSON.stringify(errors)}`);
  });

  test('a wrong format and a wrong type name their paths', async () => {
    await rejected({ ...GOOD, format: 'dvcscore-assessment/9' }, [/\$\.format\b/]);
    await rejected({ ...GOOD, values: { ...GOOD.values, ON_TIME: { numerator: 'nhiều', denominator: 10 } } },
      [/\$\.values\.ON_TIME\.numerator\b/]);
  });

  test('typed figures, even invalid ones, survive a rejected load', async () => {
    await typeCounts(page, 'ON_TIME', '50', '40');
    await typeCounts(page, 'PAY_PROVISION', '8', '40');
    await page.keyboard.press('Enter');  // leave the field
    const typed = await result(page);
    const shown = await problems(page);
    assert.deepEqual(shown.map((p) => [p.code, p.field, p.kind]), [['ON_TIME', 'numerator', 'invalid']]);
    assert.equal(typed.total, 9.06);
    const errors = await loadAssessment(page, { ...GOOD, values: { BOGUS: { percent: 5 } } });
    assert.ok(errors.length > 0, 'rejected');
    assert.deepEqual(await result(page), typed, 'the typed figures are still there');
    assert.deepEqual(await problems(page), shown, 'the invalid text is still there, still marked');
  });

  test('after the rejected loads, a good one is still accepted and replaces the form', async () => {
    const errors = await loadAssessment(page, { format: 'dvcscore-assessment/1', unit: 'UBND xã Chân Mộng',
      values: { PAY_DOSSIERS: { numerator: 1437, denominator: 1541 }, PAY_FORMALITIES: { numerator: 18, denominator: 40 },
        PAY_PROVISION: { numerator: 8, denominator: 40 } } });
    assert.deepEqual(errors, []);
    const res = await result(page);
    assert.equal(res.unit, 'UBND xã Chân Mộng');
    assert.equal(res.total, 7.22);
    assert.ok(res.missing.includes('ONLINE_DOSSIERS'), 'the previous figures were replaced, not merged');
  });
});
