// Both deliveries start: dist/web over http and the single dist/dvcscore.html over file://.
// `ready` resolves and result() has the shape docs/formats.md gives.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GROUP_MAX, RUBRIC, SINGLE_FILE_URL, result, sharedBrowser } from './support.mjs';

const shared = sharedBrowser();

function checkResultShape(res) {
  assert.equal(res.rubric, 'qd766');
  assert.equal(res.max, 100);
  assert.equal(typeof res.total, 'number');
  assert.equal(typeof res.unit, 'string');
  assert.equal(typeof res.period, 'string');
  assert.equal(typeof res.rating, 'object');
  assert.equal(typeof res.rating.id, 'string');
  assert.equal(typeof res.rating.label, 'string');
  // An empty form scores 0: the lowest band.
  assert.equal(res.total, 0);
  assert.deepEqual({ id: res.rating.id, label: res.rating.label }, { id: 'yeu', label: 'Yếu' });
  assert.deepEqual(res.groups.map((g) => g.code), Object.keys(RUBRIC), 'six groups in the rubric order');
  for (const g of res.groups) {
    assert.equal(typeof g.name, 'string');
    assert.ok(g.name.length > 0, `group ${g.code} has a name`);
    assert.equal(g.max, GROUP_MAX[g.code], `max of ${g.code}`);
    assert.equal(g.score, 0, `score of ${g.code}`);
    assert.deepEqual(g.criteria.map((c) => c.code), RUBRIC[g.code], `criteria of ${g.code}`);
    for (const c of g.criteria) {
      for (const key of ['percent', 'points', 'max']) assert.equal(typeof c[key], 'number', `${c.code}.${key}`);
      assert.equal(c.entered, false, `${c.code}.entered`);
      assert.equal(c.points, 0, `${c.code}.points`);
    }
    assert.equal(g.criteria.reduce((a, c) => a + c.max, 0), g.max, `criterion maxima of ${g.code} add up`);
  }
  assert.ok(Array.isArray(res.missing), 'missing is a list');
  assert.deepEqual([...res.missing].sort(), Object.values(RUBRIC).flat().sort(), 'nothing entered: all missing');
}

function checkDelivery(address) {
  return shared.withPage(async (page) => {
    const hooks = await page.evaluate(async () => {
      const d = window.dvcscore;
      const settled = await Promise.race([d.ready.then(() => 'resolved'), new Promise((r) => setTimeout(() => r('pending'), 5000))]);
      return {
        ready: settled, readyIsPromise: d.ready instanceof Promise,
        types: Object.fromEntries(['load', 'result', 'widgetRect', 'framesDrawn'].map((k) => [k, typeof d[k]])),
        frames: d.framesDrawn(),
        status: document.getElementById('status').hidden,
      };
    });
    assert.equal(hooks.readyIsPromise, true, 'ready is a Promise');
    assert.equal(hooks.ready, 'resolved', 'ready resolves');
    assert.deepEqual(hooks.types, { load: 'function', result: 'function', widgetRect: 'function', framesDrawn: 'function' });
    assert.ok(hooks.frames >= 1, `a frame was drawn before the hooks appeared (framesDrawn ${hooks.frames})`);
    assert.equal(hooks.status, true, 'the loading overlay is hidden once the page is drawn');
    checkResultShape(await result(page));
  }, { address });
}

describe('both deliveries load', () => {
  test('dist/web over http: ready resolves and result() has the docs/formats.md shape', async () => {
    await checkDelivery(shared.server.url);
  });
  test('dist/dvcscore.html over file://: ready resolves and result() has the docs/formats.md shape', async () => {
    await checkDelivery(SINGLE_FILE_URL);
  });
});
