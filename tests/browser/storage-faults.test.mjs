// Autosave under storage faults (src/app/session.cpp): a damaged autosave is kept aside and
// the page starts blank saying so; a full storage is reported while the form keeps its
// figures, and saving resumes when there is room again; a blocked storage leaves a working
// page that says it cannot save. Each fault is set up before the page's scripts run.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AUTOSAVE_KEY, PHU_THO_TOTAL, criterion, insertInto, loadPhuTho, reloadApp, result, sharedBrowser, state, typeCounts,
  waitForState,
} from './support.mjs';

const DAMAGED_PREFIX = `${AUTOSAVE_KEY}/hong-`;

// What the page itself writes (Workspace::to_json): one draft with PAY_DOSSIERS as counts.
const WORKSPACE = JSON.stringify({
  current: 0,
  drafts: [{ inputs: { PAY_DOSSIERS: { mode: 'counts', numerator: '1437', denominator: '1541' } }, period: '2026', unit: 'Xã Chân Mộng' }],
  format: 'dvcscore-workspace/1',
  rubric: 'qd766',
});

const { withPage } = sharedBrowser();

// Puts `value` under the autosave key before the page's first script, once per tab (a
// reload then finds what the page itself saved).
function seedAutosave(page, value) {
  return page.addInitScript(({ key, text }) => {
    if (sessionStorage.getItem('test-seeded')) return;
    localStorage.setItem(key, text);
    sessionStorage.setItem('test-seeded', '1');
  }, { key: AUTOSAVE_KEY, text: value });
}

// localStorage.setItem throws window.__storageFault (a DOMException name) while it is set:
// QuotaExceededError to start with.
function fillableStorage() {
  window.__storageFault = 'QuotaExceededError';
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (window.__storageFault) throw new DOMException('The quota has been exceeded.', window.__storageFault);
    return setItem.call(this, key, value);
  };
}

// localStorage itself cannot be reached, as when the browser blocks site data.
function blockedStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
  });
}

const storedItems = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

async function typeDossierCounts(page) {
  await typeCounts(page, 'PAY_DOSSIERS', '1437', '1541');
  await page.keyboard.press('Enter');
  assert.equal(criterion(await result(page), 'PAY_DOSSIERS').points, 5.59, 'typed counts are scored');
}

async function typeUnit(page, text) {
  await insertInto(page, 'unit', 'value', text);
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => window.dvcscore.result().unit.endsWith(t), text, { timeout: 5000 });
}

// The damaged text was shown as an error, kept aside, and the page started blank and works.
async function checkDamagedAutosave(page, errors, damaged, lineMatch) {
  const s = await state(page);
  const notice = s.notices.find((n) => n.kind === 'error' && /Dữ liệu tự lưu bị hỏng/.test(n.title));
  assert.ok(notice, `an error notice says the autosave is damaged; notices ${JSON.stringify(s.notices)}`);
  assert.ok(notice.lines.some((l) => /cất riêng/.test(l)), `it says the damaged copy is kept aside: ${JSON.stringify(notice.lines)}`);
  assert.ok(notice.lines.some((l) => lineMatch.test(l)), `it says what is wrong (${lineMatch}): ${JSON.stringify(notice.lines)}`);
  assert.equal(s.drafts.length, 1, 'one draft');
  assert.deepEqual([s.drafts[0].unit, s.drafts[0].total], ['', 0], 'a blank one');
  assert.equal(s.storage, 'available');

  const items = await storedItems(page);
  const kept = Object.keys(items).filter((k) => k.startsWith(DAMAGED_PREFIX));
  assert.equal(kept.length, 1, `the damaged copy is kept under ${DAMAGED_PREFIX}<date>: keys ${JSON.stringify(Object.keys(items))}`);
  assert.match(kept[0].slice(DAMAGED_PREFIX.length), /\d/, `the key carries the date: ${kept[0]}`);
  assert.equal(items[kept[0]], damaged, 'byte for byte');

  // The form works, and what is typed now is saved under the autosave key.
  await typeDossierCounts(page);
  await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('1541'), AUTOSAVE_KEY, { timeout: 5000 })
    .catch(() => assert.fail('the new work was autosaved'));
  const saved = JSON.parse((await storedItems(page))[AUTOSAVE_KEY]);
  assert.equal(saved.format, 'dvcscore-workspace/1');
  assert.equal((await storedItems(page))[kept[0]], damaged, 'the damaged copy is not overwritten by the new autosave');
  assert.deepEqual(errors, [], 'no uncaught page errors');
  return kept[0];
}

describe('storage faults', () => {
  test('a valid autosave is restored (the set-up works)', () => withPage(async (page) => {
    const s = await state(page);
    assert.deepEqual(s.notices.filter((n) => n.kind === 'error'), [], 'no error notice');
    assert.deepEqual(s.drafts.map((d) => d.unit), ['Xã Chân Mộng']);
    assert.equal(criterion(await result(page), 'PAY_DOSSIERS').points, 5.59);
  }, { setup: (_, p) => seedAutosave(p, WORKSPACE) }));

  test('a truncated autosave: starts blank, says so, keeps the damaged copy, works, and a reload keeps both', async () => {
    const truncated = WORKSPACE.slice(0, Math.floor(WORKSPACE.length / 2));
    await withPage(async (page, { errors }) => {
      const keptKey = await checkDamagedAutosave(page, errors, truncated, /JSON sai cú pháp|kết thúc giữa chừng/);
      // After a reload the new work comes back, without an error, and the copy is still there.
      await reloadApp(page);
      const s = await state(page);
      assert.deepEqual(s.notices.filter((n) => n.kind === 'error'), [], 'no error notice after the reload');
      assert.equal(criterion(await result(page), 'PAY_DOSSIERS').points, 5.59, 'the figures typed after the damage are back');
      assert.equal((await storedItems(page))[keptKey], truncated, 'the damaged copy survives the reload');
    }, { setup: (_, p) => seedAutosave(p, truncated) });
  });

  test('an autosave of another version (dvcscore-workspace/9): starts blank, names the version, keeps the copy', async () => {
    const other = WORKSPACE.replace('dvcscore-workspace/1', 'dvcscore-workspace/9');
    await withPage((page, { errors }) => checkDamagedAutosave(page, errors, other, /\$\.format: .*dvcscore-workspace\/9/),
      { setup: (_, p) => seedAutosave(p, other) });
  });

  test('storage full: a notice, the typed figures stay; when there is room again a later edit saves', () => withPage(async (page) => {
    await typeDossierCounts(page);
    const s = await waitForState(page, (x) => x.storage === 'full', { what: 'storage reported full' });
    const notice = s.notices.find((n) => n.kind === 'error' && /Bộ nhớ trình duyệt đã đầy/.test(n.title));
    assert.ok(notice, `an error notice says the storage is full: ${JSON.stringify(s.notices)}`);
    assert.equal(s.notices.filter((n) => /đầy/.test(n.title)).length, 1, 'said once, not at every key');
    const res = await result(page);
    assert.equal(criterion(res, 'PAY_DOSSIERS').points, 5.59, 'the form keeps the typed figures');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), AUTOSAVE_KEY), null, 'nothing could be saved');

    // Room again: the next edit saves everything, and the page says so.
    await page.evaluate(() => { window.__storageFault = null; });
    await typeUnit(page, 'Xã Chân Mộng');
    const after = await waitForState(page, (x) => x.storage === 'available', { what: 'storage available again' });
    assert.ok(after.notices.some((n) => n.kind === 'info' && /tự lưu lại được/.test(n.title)),
      `a notice says saving works again: ${JSON.stringify(after.notices)}`);
    const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), AUTOSAVE_KEY));
    assert.deepEqual(saved.drafts[saved.current].inputs.PAY_DOSSIERS, { mode: 'counts', numerator: '1437', denominator: '1541' },
      'the figures typed while the storage was full are saved');
    assert.equal(saved.drafts[saved.current].unit, 'Xã Chân Mộng');

    // Blocked later on (the person changed a browser setting): said, and the page works on.
    await page.evaluate(() => { window.__storageFault = 'SecurityError'; });
    await loadPhuTho(page);
    const blocked = await waitForState(page, (x) => x.storage === 'unavailable', { what: 'storage reported unavailable' });
    assert.ok(blocked.notices.some((n) => n.kind === 'warning' && /không còn cho lưu/.test(n.title)));
    assert.equal((await result(page)).total, PHU_THO_TOTAL);
  }, { setup: (_, p) => p.addInitScript(fillableStorage) }));

  test('storage unavailable (localStorage throws SecurityError): the page works and says it cannot save', () => withPage(async (page) => {
    assert.equal(await page.evaluate(() => { try { return typeof window.localStorage; } catch (e) { return e.name; } }),
      'SecurityError', 'the fault is in place');
    const s = await state(page);
    assert.equal(s.storage, 'unavailable');
    const notice = s.notices.find((n) => n.kind === 'warning');
    assert.ok(notice && /không cho lưu/.test(notice.title), `a warning notice says so: ${JSON.stringify(s.notices)}`);
    assert.ok(notice.lines.some((l) => /Lưu tệp/.test(l)), `and tells to use «Lưu tệp»: ${JSON.stringify(notice.lines)}`);
    await typeDossierCounts(page);
    await typeUnit(page, 'Xã Chân Mộng');
    await loadPhuTho(page);
    assert.equal((await state(page)).storage, 'unavailable');
  }, { setup: (_, p) => p.addInitScript(blockedStorage) }));
});
