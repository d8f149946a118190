// The what-if in the page: the plan for the bundled example, applied by typing its figures
// into the form, gives Tốt; a target typed beside a criterion re-plans the rest at once and
// the header follows; the plan panel's band, locks and weights re-plan, and a reload keeps
// them (docs/page-hooks.md: state().target, widgetRect(code, 'target'), the plan-… names).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  ROOT, clickUi, loadAssessment, reloadApp, result, retypeInto, sharedBrowser, state, waitForIdle, waitForState,
  waitForUi, widgetRect,
} from './support.mjs';

const shared = sharedBrowser();
const { withPage } = shared;

const EXAMPLE = readFileSync(join(ROOT, 'assets/examples/vi-du-tinh-2026.json'), 'utf8');

async function loadExample(page) {
  assert.deepEqual(await loadAssessment(page, EXAMPLE), []);
  const s = await state(page);
  assert.equal((await result(page)).total, 76.09);
  return s;
}

const stepOf = (target, code) => target.steps.find((s) => s.code === code);

describe('what-if', () => {
  test('the plan for the example, typed into the form figure by figure, gives Tốt', async () => {
    await withPage(async (page) => {
      const { target } = await loadExample(page);
      assert.equal(target.aim, 80);
      assert.equal(target.rating, 'tot');
      assert.ok(target.reachable);
      assert.ok(target.steps.length > 3, `several steps: ${JSON.stringify(target.steps)}`);
      assert.ok(target.effort > 50 && target.effort < 65.05, `effort ${target.effort}: below 5.3 alone (65.05)`);
      for (const step of target.steps) {
        assert.ok('numerator' in step.to, `counts: ${JSON.stringify(step)}`);
        await retypeInto(page, step.code, 'numerator', String(step.to.numerator), 8);
      }
      await waitForIdle(page, { quietMs: 150 });
      const res = await result(page);
      assert.ok(res.total >= 80, `total after the plan: ${res.total}`);
      assert.equal(res.rating.id, 'tot');
      // Now at Tốt, the next band is Xuất sắc: the header's target moves on.
      assert.equal((await state(page)).target.aim, 90);
    });
  });

  test('a target typed for 5.3 re-plans the rest at once; × gives it back to the plan', async () => {
    await withPage(async (page) => {
      const before = (await loadExample(page)).target;
      assert.ok(stepOf(before, 'PETITION_HANDLING_SATISFACTION'));
      const rect = await widgetRect(page, 'PETITION_HANDLING_SATISFACTION', 'target');
      assert.ok(rect && rect.w > 0, 'the "Mục tiêu" field of 5.3 is shown');
      // 3722 of 4506 alone reaches 80.00: the plan needs nothing more.
      await retypeInto(page, 'PETITION_HANDLING_SATISFACTION', 'target', '3722', 8);
      const typed = await waitForState(page, (s) => s.target.steps.length === 1,
        { what: 'a single step once 5.3 is set to 3722' });
      assert.deepEqual(typed.target.steps[0], { code: 'PETITION_HANDLING_SATISFACTION', to: { numerator: 3722, denominator: 4506 } });
      assert.equal(typed.target.total, 80);
      assert.equal(typed.target.rating, 'tot');
      assert.equal((await result(page)).total, 76.09, 'the figures entered are untouched');

      await clickUi(page, 'target-reset-5.3');
      const back = await waitForState(page, (s) => s.target.steps.length === before.steps.length,
        { what: 'the plan of before once the target is given back' });
      assert.deepEqual(back.target.steps, before.steps);
    });
  });

  test('the plan panel: another band, a lock and a weight re-plan; a reload keeps them', async () => {
    await withPage(async (page) => {
      await loadExample(page);
      await clickUi(page, 'plan-target');
      await clickUi(page, 'plan-target-option-1');  // Xuất sắc, the first band
      let s = await waitForState(page, (x) => x.target.aim === 90, { what: 'the target Xuất sắc (90)' });
      assert.ok(stepOf(s.target, 'ON_TIME'), '2.1, the cheapest points, is in the plan for 90');

      await clickUi(page, 'plan-constraints');
      await clickUi(page, 'plan-lock-2.1');
      s = await waitForState(page, (x) => !stepOf(x.target, 'ON_TIME'), { what: 'no step on 2.1 once it is locked' });
      assert.ok(s.target.reachable, '90 is still within reach without 2.1');
      const effortLocked = s.target.effort;
      assert.ok(stepOf(s.target, 'PUBLISH_ON_TIME'), '1.1 is in that plan');

      await clickUi(page, 'plan-weight-1.1');
      await clickUi(page, 'plan-weight-1.1-option-2');  // 4 · khó
      s = await waitForState(page, (x) => x.target.effort !== effortLocked, { what: 'a re-plan with 1.1 four times as hard' });
      const planned = s.target;

      await reloadApp(page);
      s = await state(page);
      assert.equal(s.target.aim, 90, 'the target band survives a reload');
      assert.deepEqual(s.target.steps, planned.steps, 'the same plan after the reload');
      assert.ok(await waitForUi(page, 'plan-target'));
    });
  });
});
