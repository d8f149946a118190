// Autosave under storage faults (src/app/session.cpp): a damaged autosave is kept aside and
// the page starts blank saying so; a full storage is reported while the form keeps its
// figures, and saving resumes when there is room again; a blocked storage leaves a working
// page that says it cannot save. Each fault is set up before the page's scripts run.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { clickField, criterion, launchBrowser, openPage, result, startServer, typeInto, waitForApp } from './support.mjs';
import { PHU_THO_TOTAL, loadPhuTho, state } from './hardening-support.mjs';

const KEY = 'dvcscore/workspace/v1';
const DAMAGED_PREFIX = `${KEY}/hong-`;

// What the page itself writes (Workspace::to_json): one draft with PAY_DOSSIERS as counts.
const WORKSPACE = JSON.stringify({
  current: 0,
  drafts: [{ inputs: { PAY_DOSSIERS: { mode: 'counts', numerator: '1437', denominator: '1541' } }, period: '2026', unit: 'Xã Chân Mộng' }],
  format: 'dvcscore-workspace/1',
  rubric: 'qd766',
});

let browser, server;
before(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Puts `value` under the autosave key before the page's first script, once per tab (a
// reload then finds what the page itself saved).
function seedAutosave(page, value) {
  return page.addInitScript(({ key, text }) => {
    if (sessionStorage.getItem('test-seeded')) return;
    localStorage.setItem(key, text);
    sessionStorage.setItem('test-seeded', '1');
  }, { key: KEY, text: value });
}

const storedItems = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

async function typeCounts(page) {
  await typeInto(page, 'PAY_DOSSIERS', 'numerator', '1437');
  await typeInto(page, 'PAY_DOSSIERS', 'denominator', '1541');
  await page.keyboard.press('Enter');
  assert.equal(criterion(await result(page), 'PAY_DOSSIERS').points, 5.59, 'typed counts are scored');
}

async function typeUnit(page, text) {
  await clickField(page, 'unit', 'value');
  await page.keyboard.insertText(text);
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
  await typeCounts(page);
  await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('1541'), KEY, { timeout: 5000 })
    .catch(() => assert.fail('the new work was autosaved'));
  const saved = JSON.parse((await storedItems(page))[KEY]);
  assert.equal(saved.format, 'dvcscore-workspace/1');
  assert.equal((await storedItems(page))[kept[0]], damaged, 'the damaged copy is not overwritten by the new autosave');
  assert.deepEqual(errors, [], 'no uncaught page errors');
  return kept[0];
}

describe('storage faults', () => {
  test('a valid autosave is restored (the set-up works)', async () => {
    const { context, page, errors } = await openPage(browser, server.url, { setup: (_, p) => seedAutosave(p, WORKSPACE) });
    try {
      const s = await state(page);
      assert.deepEqual(s.notices.filter((n) => n.kind === 'error'), [], 'no error notice');
      assert.deepEqual(s.drafts.map((d) => d.unit), ['Xã Chân Mộng']);
      assert.equal(criterion(await result(page), 'PAY_DOSSIERS').points, 5.59);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a truncated autosave: starts blank, says so, keeps the damaged copy, works, and a reload keeps both', async () => {
    const truncated = WORKSPACE.slice(0, Math.floor(WORKSPACE.length / 2));
    const { context, page, errors } = await openPage(browser, server.url, { setup: (_, p) => seedAutosave(p, truncated) });
    try {
      const keptKey = await checkDamagedAutosave(page, errors, truncated, /JSON sai cú pháp|kết thúc giữa chừng/);
      // After a reload the new work comes back, without an error, and the copy is still there.
      await page.reload();
      await waitForApp(page);
      const s = await state(page);
      assert.deepEqual(s.notices.filter((n) => n.kind === 'error'), [], 'no error notice after the reload');
      assert.equal(criterion(await result(page), 'PAY_DOSSIERS').points, 5.59, 'the figures typed after the damage are back');
      assert.equal((await storedItems(page))[keptKey], truncated, 'the damaged copy survives the reload');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('an autosave of another version (dvcscore-workspace/9): starts blank, names the version, keeps the copy', async () => {
    const other = WORKSPACE.replace('dvcscore-workspace/1', 'dvcscore-workspace/9');
    const { context, page, errors } = await openPage(browser, server.url, { setup: (_, p) => seedAutosave(p, other) });
    try {
      await checkDamagedAutosave(page, errors, other, /\$\.format: .*dvcscore-workspace\/9/);
    } finally {
      await context.close();
    }
  });

  test('storage full: a notice, the typed figures stay; when there is room again a later edit saves', async () => {
    const { context, page, errors } = await openPage(browser, server.url, {
      setup: (_, p) => p.addInitScript(() => {
        window.__storageFault = 'QuotaExceededError';
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (window.__storageFault) throw new DOMException('The quota has been exceeded.', window.__storageFault);
          return setItem.call(this, key, value);
        };
      }),
    });
    try {
      await typeCounts(page);
      await page.waitForFunction(() => window.dvcscore.state().storage === 'full', null, { timeout: 5000 })
        .catch(async () => assert.fail(`storage is reported full: ${JSON.stringify(await state(page))}`));
      const s = await state(page);
      const notice = s.notices.find((n) => n.kind === 'error' && /Bộ nhớ trình duyệt đã đầy/.test(n.title));
      assert.ok(notice, `an error notice says the storage is full: ${JSON.stringify(s.notices)}`);
      assert.equal(s.notices.filter((n) => /đầy/.test(n.title)).length, 1, 'said once, not at every key');
      const res = await result(page);
      assert.equal(criterion(res, 'PAY_DOSSIERS').points, 5.59, 'the form keeps the typed figures');
      assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'nothing could be saved');

      // Room again: the next edit saves everything, and the page says so.
      await page.evaluate(() => { window.__storageFault = null; });
      await typeUnit(page, 'Xã Chân Mộng');
      await page.waitForFunction(() => window.dvcscore.state().storage === 'available', null, { timeout: 5000 })
        .catch(async () => assert.fail(`storage is available again: ${JSON.stringify(await state(page))}`));
      const after = await state(page);
      assert.ok(after.notices.some((n) => n.kind === 'info' && /tự lưu lại được/.test(n.title)),
        `a notice says saving works again: ${JSON.stringify(after.notices)}`);
      const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
      assert.deepEqual(saved.drafts[saved.current].inputs.PAY_DOSSIERS, { mode: 'counts', numerator: '1437', denominator: '1541' },
        'the figures typed while the storage was full are saved');
      assert.equal(saved.drafts[saved.current].unit, 'Xã Chân Mộng');

      // Blocked later on (the person changed a browser setting): said, and the page works on.
      await page.evaluate(() => { window.__storageFault = 'SecurityError'; });
      await loadPhuTho(page);
      await page.waitForFunction(() => window.dvcscore.state().storage === 'unavailable', null, { timeout: 5000 })
        .catch(async () => assert.fail(`storage is reported unavailable: ${JSON.stringify(await state(page))}`));
      assert.ok((await state(page)).notices.some((n) => n.kind === 'warning' && /không còn cho lưu/.test(n.title)));
      assert.equal((await result(page)).total, PHU_THO_TOTAL);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('storage unavailable (localStorage throws SecurityError): the page works and says it cannot save', async () => {
    const { context, page, errors } = await openPage(browser, server.url, {
      setup: (_, p) => p.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
        });
      }),
    });
    try {
      assert.equal(await page.evaluate(() => { try { return typeof window.localStorage; } catch (e) { return e.name; } }),
        'SecurityError', 'the fault is in place');
      const s = await state(page);
      assert.equal(s.storage, 'unavailable');
      const notice = s.notices.find((n) => n.kind === 'warning');
      assert.ok(notice && /không cho lưu/.test(notice.title), `a warning notice says so: ${JSON.stringify(s.notices)}`);
      assert.ok(notice.lines.some((l) => /Lưu tệp/.test(l)), `and tells to use «Lưu tệp»: ${JSON.stringify(notice.lines)}`);
      await typeCounts(page);
      await typeUnit(page, 'Xã Chân Mộng');
      await loadPhuTho(page);
      assert.equal((await state(page)).storage, 'unavailable');
      assert.deepEqual(errors, [], 'no uncaught page errors');
    } finally {
      await context.close();
    }
  });
});
