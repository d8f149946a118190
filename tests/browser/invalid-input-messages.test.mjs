// Wrong figures are marked with a Vietnamese message beside the field and not scored;
// everything else still scores; correcting the figure clears the message.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  VIETNAMESE, criterion, group, problems, result, retypeInto, sharedBrowser, sum2, typeCounts, typeInto,
} from './support.mjs';

const { withPage } = sharedBrowser();

function consistent(res) {
  for (const g of res.groups) assert.equal(g.score, sum2(g.criteria.map((c) => c.points)), `${g.code} = sum of its points`);
  assert.equal(res.total, sum2(res.groups.map((g) => g.score)), 'total = sum of the groups');
}

describe('invalid input', () => {
  test('numerator > denominator: message shown, not scored, the rest still scores; correcting it clears it', () => withPage(async (page) => {
    await typeCounts(page, 'PAY_DOSSIERS', '1437', '1541');
    const before = await result(page);
    assert.equal(criterion(before, 'PAY_DOSSIERS').points, 5.59);

    await typeCounts(page, 'ON_TIME', '50', '40');
    const shown = await problems(page);
    assert.equal(shown.length, 1, `one message: ${JSON.stringify(shown)}`);
    const [p] = shown;
    assert.equal(p.code, 'ON_TIME');
    assert.equal(p.field, 'numerator');
    assert.equal(p.kind, 'invalid');
    assert.match(p.message, VIETNAMESE, `a Vietnamese message: ${p.message}`);
    assert.match(p.message, /tử số|mẫu số/, `it speaks of the numerator/denominator: ${p.message}`);

    const wrong = await result(page);
    const onTime = criterion(wrong, 'ON_TIME');
    assert.equal(onTime.entered, false, 'the invalid criterion is not entered');
    assert.equal(onTime.points, 0, 'and not scored');
    assert.ok(wrong.missing.includes('ON_TIME'), 'listed as missing');
    assert.deepEqual(criterion(wrong, 'PAY_DOSSIERS'), criterion(before, 'PAY_DOSSIERS'), 'another criterion is unchanged');
    assert.equal(group(wrong, 'TTTT').score, 5.59);
    assert.equal(wrong.total, 5.59);
    consistent(wrong);

    await retypeInto(page, 'ON_TIME', 'numerator', '36');
    assert.deepEqual(await problems(page), [], 'the message is gone');
    const fixed = await result(page);
    const c = criterion(fixed, 'ON_TIME');
    assert.deepEqual({ entered: c.entered, percent: c.percent, points: c.points }, { entered: true, percent: 90, points: 18 });
    assert.equal(fixed.total, 23.59);
    consistent(fixed);
  }));

  test('percent over 100, a negative count and a word are each marked; the valid one still scores', () => withPage(async (page) => {
    await typeCounts(page, 'PAY_PROVISION', '8', '40');
    await typeInto(page, 'ONLINE_DOSSIERS', 'percent', '100,5');
    await typeCounts(page, 'HAS_ONLINE', '-3', '10');
    await typeCounts(page, 'DOSSIER_SYNC', 'mười', '10');
    const shown = await problems(page);
    const byCode = Object.fromEntries(shown.map((p) => [p.code, p]));
    assert.deepEqual(Object.keys(byCode).sort(), ['DOSSIER_SYNC', 'HAS_ONLINE', 'ONLINE_DOSSIERS'], JSON.stringify(shown));
    assert.equal(byCode.ONLINE_DOSSIERS.field, 'percent');
    assert.equal(byCode.HAS_ONLINE.field, 'numerator');
    assert.equal(byCode.DOSSIER_SYNC.field, 'numerator');
    for (const p of shown) {
      assert.equal(p.kind, 'invalid', `${p.code} is invalid`);
      assert.match(p.message, VIETNAMESE, `${p.code}: a Vietnamese message: ${p.message}`);
    }
    const res = await result(page);
    for (const code of ['ONLINE_DOSSIERS', 'HAS_ONLINE', 'DOSSIER_SYNC']) {
      assert.equal(criterion(res, code).entered, false, `${code} not entered`);
      assert.equal(criterion(res, code).points, 0, `${code} not scored`);
    }
    assert.equal(criterion(res, 'PAY_PROVISION').points, 0.5);
    assert.equal(res.total, 0.5);
    consistent(res);

    await retypeInto(page, 'ONLINE_DOSSIERS', 'percent', '98,6');
    const left = (await problems(page)).map((p) => p.code).sort();
    assert.deepEqual(left, ['DOSSIER_SYNC', 'HAS_ONLINE'], 'only the corrected message went away');
    const after = await result(page);
    assert.equal(criterion(after, 'ONLINE_DOSSIERS').points, 6, '98.6 % ≥ 50 % → 6');
    assert.equal(after.total, 6.5);
  }));
});
