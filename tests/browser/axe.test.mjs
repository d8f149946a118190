// axe-core (Deque's accessibility rules, WCAG 2.0–2.1 A and AA) on the page in each of its
// states: no serious or critical violation. The page's Content-Security-Policy forbids
// injected scripts, so this file's pages alone are opened with bypassCSP; the others keep it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import {
  CHAN_MONG, FILLED_VALUES, PHU_THO, assessment, dataFile, fileOf, loadAssessment, pressByRole, sharedBrowser, typeByName,
} from './support.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { withPage } = sharedBrowser();
const withAxePage = (fn, context = {}) => withPage(fn, { context: { bypassCSP: true, ...context } });

// Runs axe on the whole document; returns the serious and critical violations, and reports
// the others as diagnostics.
async function audit(page, t, what) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  for (const v of found.filter((x) => !['serious', 'critical'].includes(x.impact)))
    t.diagnostic(`${what}: ${v.impact} ${v.id} — ${v.help} (${v.nodes.join('; ')})`);
  return found.filter((x) => ['serious', 'critical'].includes(x.impact));
}

describe('axe-core: no serious or critical violations', () => {
  test('the audit finds a violation when there is one (a button without a name, a low-contrast text)', (t) => withAxePage(async (page) => {
    await page.evaluate(() => {
      const host = document.getElementById('semantics');
      host.appendChild(document.createElement('button'));
      const p = document.createElement('p');
      p.textContent = 'chữ mờ';
      p.style.cssText = 'position:fixed;left:0;top:0;color:#bbb;background:#fff;font-size:12px';
      document.body.appendChild(p);
    });
    const ids = (await audit(page, t, 'planted violations')).map((v) => v.id).sort();
    assert.deepEqual(ids, ['button-name', 'color-contrast']);
  }));

  test('the form: empty, filled, with an error and the plan\'s settings, and the share dialog', (t) => withAxePage(async (page, { context }) => {
    assert.deepEqual(await audit(page, t, 'empty form'), []);
    assert.deepEqual(await loadAssessment(page, assessment('UBND tỉnh Phú Thọ', 'Năm 2026', FILLED_VALUES)), []);
    await typeByName(page, 'ON_TIME', 'numerator', '9999999');
    await page.keyboard.press('Enter');
    // The target plan's settings unfolded: locks, weights and ceilings.
    await pressByRole(page, 'button', 'Khóa, trọng số, trần');
    await page.getByRole('checkbox', { name: / — khóa$/ }).first().waitFor();
    assert.deepEqual(await audit(page, t, 'filled form with an error, the plan\'s settings open'), []);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await pressByRole(page, 'button', 'Sao chép liên kết');
    await page.getByRole('dialog').waitFor();
    assert.deepEqual(await audit(page, t, 'share dialog'), []);
  }));

  test('the other tabs: kept assessments, the batch table, the comparison; the portal\'s published figures', (t) => withAxePage(async (page) => {
    assert.deepEqual(await loadAssessment(page, CHAN_MONG), []);
    await pressByRole(page, 'button', 'Đánh giá mới');
    await pressByRole(page, 'tab', 'Đánh giá đã lưu (2)');
    await page.getByRole('button', { name: /^Xóa đánh giá 2/ }).waitFor();
    assert.deepEqual(await audit(page, t, 'kept assessments'), []);
    await pressByRole(page, 'tab', 'So sánh');
    await page.getByRole('table', { name: 'So sánh từng chỉ tiêu' }).waitFor();
    assert.deepEqual(await audit(page, t, 'comparison'), []);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), pressByRole(page, 'button', 'Mở tệp…')]);
    await chooser.setFiles(fileOf('hai-don-vi.jsonl', [PHU_THO, CHAN_MONG].map((x) => JSON.stringify(x)).join('\n')));
    await page.getByRole('table', { name: 'Bảng tổng hợp: 2 đánh giá' }).waitFor();
    assert.deepEqual(await audit(page, t, 'batch table'), []);
    // The portal's data: the published column and check, then a unit's comparison.
    const [portalChooser] = await Promise.all([page.waitForEvent('filechooser'), pressByRole(page, 'button', 'Mở tệp…')]);
    await portalChooser.setFiles(['service-results_year_national.json', 'transparency_year_GiaLai.json']
      .map((name) => dataFile(`portal/${name}`, 'application/json', name)));
    const giaLai = page.getByRole('row', { name: /UBND tỉnh Gia Lai/ });
    await giaLai.waitFor();
    assert.deepEqual(await audit(page, t, 'batch table with published figures'), []);
    await giaLai.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Đối chiếu với điểm Cổng công bố' }).waitFor();
    assert.deepEqual(await audit(page, t, 'a unit with its published figures'), []);
  }));

  test('a phone, 360 px wide', (t) => withAxePage(async (page) => {
    assert.deepEqual(await loadAssessment(page, CHAN_MONG), []);
    assert.deepEqual(await audit(page, t, 'phone'), []);
  }, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true }));
});
