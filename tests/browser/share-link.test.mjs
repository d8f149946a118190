// "Sao chép liên kết": the figures travel in the URL fragment (#a=…), at most 2,000
// characters for a fully filled assessment; opening the link adds the assessment as a new
// draft (the work in progress is kept) and clears the fragment; a garbled code only says so.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  SINGLE_FILE_URL, VIETNAMESE, assessment, clickToolbar, clickUi, launchBrowser, loadAssessment, openPage, result,
  saveScreenshot, startServer, state, uiRect, waitForState,
} from './support.mjs';

let browser, server;
before(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Every criterion filled, long names, big counts, a typed percent with three decimals.
const FULL = assessment('Ủy ban nhân dân thành phố Hà Nội — Văn phòng Sở Thông tin và Truyền thông', 'Quý III/2026 (bản chính thức)', {
  PUBLISH_ON_TIME: { numerator: 118, denominator: 121 },
  PUBLIC_UPDATE_ON_TIME: { numerator: 1874, denominator: 1874 },
  PUBLIC_CONTENT_FULL: { numerator: 1851, denominator: 1874 },
  DOSSIER_SYNC: { numerator: 5901123, denominator: 5978941 },
  ON_TIME: { percent: 93.245 },
  AVG_DAYS: { value: 4.24 },
  ONLINE_PROVISION: { numerator: 52, denominator: 89 },
  HAS_ONLINE: { numerator: 516, denominator: 1884 },
  ONLINE_DOSSIERS: { percent: 98.6 },
  PAY_PROVISION: { numerator: 8, denominator: 40 },
  PAY_FORMALITIES: { numerator: 18, denominator: 40 },
  PAY_DOSSIERS: { numerator: 1437, denominator: 1541 },
  ORIGINAL_RESULT_AVAILABLE: { numerator: 5603113, denominator: 5978941 },
  SO_HOA_GIAY_TO_GIAI_QUYET: { numerator: 5012201, denominator: 5978941 },
  REUSED_DIGITIZED_DATA: { numerator: 1204557, denominator: 5978941 },
  SYNCED_WITH_DVCQG_PERSONAL_STORAGE: { numerator: 3301209, denominator: 5978941 },
  CITIZEN_DATA_CONNECTED_FORMALITY: { numerator: 61, denominator: 70 },
  CITIZEN_DATA_CONNECTED_DOSSIER: { numerator: 4023301, denominator: 5978941 },
  ELECTRONIC_CERTIFIED_COPY: { percent: 100 },
  PETITION_CLASSIFICATION: { numerator: 212, denominator: 4506 },
  PETITION_PROCESSING_ON_TIME: { numerator: 1000, denominator: 4506 },
  PETITION_HANDLING_SATISFACTION: { numerator: 0, denominator: 0 },
  DOSSIER_RECEIVING_SATISFACTION: { numerator: 785199, denominator: 1065150 },
});
const CHAN_MONG = assessment('Xã Chân Mộng', '2026', {
  PAY_PROVISION: { numerator: 8, denominator: 40 },
  PAY_FORMALITIES: { numerator: 18, denominator: 40 },
  PAY_DOSSIERS: { numerator: 1437, denominator: 1541 },
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
  await page.waitForFunction(() => window.dvcscore.widgetRect('ui', 'share-close') === null, null, { timeout: 5000, polling: 50 })
    .catch(() => { throw new Error('"Đóng" did not close the share modal'); });
  return link;
}

describe('share link', () => {
  test('a fully filled assessment: link ≤ 2,000 characters; opened in a fresh page it is restored exactly', async () => {
    const { context, page, errors } = await openPage(browser, server.url, { setup: recordClipboard });
    try {
      assert.deepEqual(await loadAssessment(page, FULL), []);
      const original = await result(page);
      assert.deepEqual(original.missing, [], 'every criterion entered');
      assert.equal(original.groups.find((g) => g.code === 'TDGQ').criteria[0].points, 18.65, '93.245 → 93.25 % → 18.65');

      const link = await copyLink(page, 'share-link.png');
      const base = server.url.replace(/\/?$/, '/');
      assert.ok(link.startsWith(`${base}#a=`) || link.startsWith(`${base}index.html#a=`),
        `the page's address with the figures after #a=: ${link.slice(0, 80)}…`);
      assert.ok(link.length <= 2000, `the link has ${link.length} characters (at most 2,000)`);
      assert.match(link.split('#a=')[1], /^[A-Za-z0-9_-]+$/, 'the code is URL-safe (base64url)');

      // A fresh page in a fresh profile: the link alone brings the figures.
      const fresh = await openPage(browser, link);
      try {
        const s = await state(fresh.page);
        assert.equal(s.drafts.length, 1, 'the blank form was replaced by the shared assessment');
        assert.deepEqual(await result(fresh.page), original, 'the same figures, unit and period');
        assert.equal(await fresh.page.evaluate(() => location.hash), '', 'the fragment is cleared');
        assert.equal(s.notices.at(-1)?.kind, 'success');
        assert.deepEqual(fresh.errors, []);
      } finally {
        await fresh.context.close();
      }

      // The same browser, with work in progress: the shared assessment comes as a new draft.
      const page2 = await context.newPage();
      assert.deepEqual(await loadAssessment(page, CHAN_MONG), [], 'the first tab now holds other figures');
      const before = await state(page);
      assert.equal(before.drafts.length, 1);
      await page2.goto(link);
      await page2.waitForFunction(() => window.dvcscore && window.dvcscore.state, null, { timeout: 30_000 });
      const s = await state(page2);
      assert.equal(s.drafts.length, 2, `the kept work and the shared one: ${JSON.stringify(s.drafts)}`);
      assert.deepEqual(s.drafts[0], before.drafts[0], 'the work in progress is kept as it was');
      assert.equal(s.current, 1, 'the shared one is open');
      assert.deepEqual(await result(page2), original);
      assert.equal(await page2.evaluate(() => location.hash), '');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a garbled #a= code: a Vietnamese notice, nothing changes', async () => {
    const { context, page, errors } = await openPage(browser, server.url, { setup: recordClipboard });
    try {
      assert.deepEqual(await loadAssessment(page, CHAN_MONG), []);
      const link = await copyLink(page);
      const before = await state(page);
      const kept = await result(page);
      const code = link.split('#a=')[1];
      // One character changed in the middle: the CRC-32 must catch it. And a truncated code.
      const flipped = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
      for (const bad of [flipped, code.slice(0, code.length - 7), 'khong-phai-ma-chia-se']) {
        const page2 = await context.newPage();
        await page2.goto(`${link.split('#')[0]}#a=${bad}`);
        await page2.waitForFunction(() => window.dvcscore && window.dvcscore.state, null, { timeout: 30_000 });
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
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('from the single offline file: the link reopens the file with the figures', async () => {
    const { context, page, errors } = await openPage(browser, SINGLE_FILE_URL, { setup: recordClipboard });
    try {
      assert.deepEqual(await loadAssessment(page, FULL), []);
      const original = await result(page);
      const link = await copyLink(page);
      assert.ok(link.startsWith(`${SINGLE_FILE_URL}#a=`), `the file's address with #a=: ${link.slice(0, 80)}…`);
      assert.ok(link.length - SINGLE_FILE_URL.length <= 2000, 'the fragment stays under 2,000 characters');
      const fresh = await openPage(browser, link);
      try {
        assert.deepEqual(await result(fresh.page), original);
        assert.equal((await state(fresh.page)).drafts.length, 1);
      } finally {
        await fresh.context.close();
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
