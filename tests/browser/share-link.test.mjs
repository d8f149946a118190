// "Sao chép liên kết": the figures travel in the URL fragment (#a=…), at most 2,000
// characters for a fully filled assessment; opening the link adds the assessment as a new
// draft (the work in progress is kept) and clears the fragment; a garbled code only says so.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CHAN_MONG, FILLED_VALUES, SINGLE_FILE_URL, VIETNAMESE, assessment, clickToolbar, clickUi, loadAssessment, openPage,
  result, saveScreenshot, sharedBrowser, state, uiRect, waitForUiGone,
} from './support.mjs';

const shared = sharedBrowser();
const { withPage } = shared;

// Every criterion filled, long names, big counts, a typed percent with three decimals.
const FULL = assessment('Ủy ban nhân dân thành phố Hà Nội — Văn phòng Sở Thông tin và Truyền thông', 'Quý III/2026 (bản chính thức)', {
  ...FILLED_VALUES,
  DOSSIER_SYNC: { numerator: 5901123, denominator: 5978941 },
  ON_TIME: { percent: 93.245 },
  ORIGINAL_RESULT_AVAILABLE: { numerator: 5603113, denominator: 5978941 },
  SO_HOA_GIAY_TO_GIAI_QUYET: { numerator: 5012201, denominator: 5978941 },
  REUSED_DIGITIZED_DATA: { numerator: 1204557, denominator: 5978941 },
  SYNCED_WITH_DVCQG_PERSONAL_STORAGE: { numerator: 3301209, denominator: 5978941 },
  CITIZEN_DATA_CONNECTED_DOSSIER: { numerator: 4023301, denominator: 5978941 },
  PETITION_HANDLING_SATISFACTION: { numerator: 0, denominator: 0 },
});

// The clipboard is readable once granted; what the page writes there is also recorded
// (navigator.clipboard.writeText wrapped before the page loads).
async function recordClipboard(context, page) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => {});
  await page.addInitScript(() => {
    window.__copied = [];
    const clip = navigator.clipboard;
    if (!clip) return;
    const write = clip.writeText.bind(clip);
    clip.writeText = (text) => { window.__copied.push(text); return write(text); };
  });
}

// Clicks "Sao chép liên kết", checks the modal, reads the link, closes the modal.
async function copyLink(page, screenshot) {
  await clickToolbar(page, 'copy-link');
  await page.waitForFunction(() => window.__copied.length > 0, null, { timeout: 5000, polling: 50 })
    .catch(() => { throw new Error('the page wrote nothing to the clipboard'); });
  const [link] = await page.evaluate(() => window.__copied);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
  if (clipboard !== null) assert.equal(clipboard, link, 'the clipboard holds the link');
  assert.ok(await uiRect(page, 'share-close'), 'a modal shows the link with a "Đóng" button');
  if (screenshot) await saveScreenshot(page, screenshot);
  await clickUi(page, 'share-close');
  await waitForUiGone(page, 'share-close', { failure: '"Đóng" did not close the share modal' });
  return link;
}

// Opens `address` in a new tab of the same browser profile, once the page's hooks are there.
async function openInTab(context, address) {
  const tab = await context.newPage();
  await tab.goto(address);
  await tab.waitForFunction(() => window.dvcscore && window.dvcscore.state, null, { timeout: 30_000 });
  return tab;
}

describe('share link', () => {
  test('a fully filled assessment: link ≤ 2,000 characters; opened in a fresh page it is restored exactly', () => withPage(async (page, { context }) => {
    assert.deepEqual(await loadAssessment(page, FULL), []);
    const original = await result(page);
    assert.deepEqual(original.missing, [], 'every criterion entered');
    assert.equal(original.groups.find((g) => g.code === 'TDGQ').criteria[0].points, 18.65, '93.245 → 93.25 % → 18.65');

    const link = await copyLink(page, 'share-link.png');
    const base = shared.server.url.replace(/\/?$/, '/');
    assert.ok(link.startsWith(`${base}#a=`) || link.startsWith(`${base}index.html#a=`),
      `the page's address with the figures after #a=: ${link.slice(0, 80)}…`);
    assert.ok(link.length <= 2000, `the link has ${link.length} characters (at most 2,000)`);
    assert.match(link.split('#a=')[1], /^[A-Za-z0-9_-]+$/, 'the code is URL-safe (base64url)');

    // A fresh page in a fresh profile: the link alone brings the figures.
    await withPage(async (fresh) => {
      const s = await state(fresh);
      assert.equal(s.drafts.length, 1, 'the blank form was replaced by the shared assessment');
      assert.deepEqual(await result(fresh), original, 'the same figures, unit and period');
      assert.equal(await fresh.evaluate(() => location.hash), '', 'the fragment is cleared');
      assert.equal(s.notices.at(-1)?.kind, 'success');
    }, { address: link });

    // The same browser, with work in progress: the shared assessment comes as a new draft.
    assert.deepEqual(await loadAssessment(page, CHAN_MONG), [], 'the first tab now holds other figures');
    const before = await state(page);
    assert.equal(before.drafts.length, 1);
    const page2 = await openInTab(context, link);
    const s = await state(page2);
    assert.equal(s.drafts.length, 2, `the kept work and the shared one: ${JSON.stringify(s.drafts)}`);
    assert.deepEqual(s.drafts[0], before.drafts[0], 'the work in progress is kept as it was');
    assert.equal(s.current, 1, 'the shared one is open');
    assert.deepEqual(await result(page2), original);
    assert.equal(await page2.evaluate(() => location.hash), '');
  }, { setup: recordClipboard }));

  test('a garbled #a= code: a Vietnamese notice, nothing changes', () => withPage(async (page, { context }) => {
    assert.deepEqual(await loadAssessment(page, CHAN_MONG), []);
    const link = await copyLink(page);
    const before = await state(page);
    const kept = await result(page);
    const code = link.split('#a=')[1];
    // One character changed in the middle: the CRC-32 must catch it. And a truncated code.
    const flipped = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
    for (const bad of [flipped, code.slice(0, code.length - 7), 'khong-phai-ma-chia-se']) {
      const page2 = await openInTab(context, `${link.split('#')[0]}#a=${bad}`);
      const s = await state(page2);
      const notice = s.notices.at(-1);
      assert.equal(notice?.kind, 'error', `a notice for #a=${bad}: ${JSON.stringify(s.notices)}`);
      assert.match(notice.title, /liên kết/i, `it speaks of the link: ${notice.title}`);
      assert.match(notice.title + notice.lines.join(' '), VIETNAMESE);
      assert.deepEqual(s.drafts, before.drafts, 'the drafts are unchanged');
      assert.equal(s.current, before.current);
      assert.deepEqual(await result(page2), kept, 'result() is unchanged');
      assert.equal(await page2.evaluate(() => location.hash), '', 'the bad fragment is cleared');
      await page2.close();
    }
  }, { setup: recordClipboard }));

  test('from the single offline file: the link reopens the file with the figures', () => withPage(async (page) => {
    assert.deepEqual(await loadAssessment(page, FULL), []);
    const original = await result(page);
    const link = await copyLink(page);
    assert.ok(link.startsWith(`${SINGLE_FILE_URL}#a=`), `the file's address with #a=: ${link.slice(0, 80)}…`);
    assert.ok(link.length - SINGLE_FILE_URL.length <= 2000, 'the fragment stays under 2,000 characters');
    const fresh = await openPage(shared.browser, link);
    try {
      assert.deepEqual(await result(fresh.page), original);
      assert.equal((await state(fresh.page)).drafts.length, 1);
    } finally {
      await fresh.context.close();
    }
  }, { address: SINGLE_FILE_URL, setup: recordClipboard }));
});
