// "Báo cáo để in": a printable A4 HTML report of the open assessment in a new tab (or, when
// pop-ups are blocked, downloaded): unit, period, total, rating, every group score, every
// criterion's figures, and SVG charts.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  RUBRIC, assessment, captureDownload, clickToolbar, ensureScreenshotDir, loadAssessment, result, sharedBrowser,
} from './support.mjs';

const { withPage } = sharedBrowser();

// Every criterion, figures chosen so each score is easy by hand (docs/rubric.md):
// CKMB 6 + 3 + 1 + 5.4 = 15.4; TDGQ 18; CLGQ 2 + 1 + 3.6 = 6.6; TTTT 1.25 + 0 + 2.00 = 3.25;
// MDSH 6 + 2 + 0 + 3 + 0.5 + 1 + 2 = 14.5; MDHL 6 (0/0: full) + 5.4 + 5.4 = 16.8. Total 74.55, Khá.
const YEN_LAP = assessment('Xã Yên Lập', 'Quý III/2026', {
  PUBLISH_ON_TIME: { numerator: 10, denominator: 10 },
  PUBLIC_UPDATE_ON_TIME: { numerator: 3, denominator: 4 },
  PUBLIC_CONTENT_FULL: { numerator: 1, denominator: 2 },
  DOSSIER_SYNC: { numerator: 90, denominator: 100 },
  ON_TIME: { numerator: 45, denominator: 50 },
  AVG_DAYS: { value: 3.5 },
  ONLINE_PROVISION: { numerator: 40, denominator: 50 },
  HAS_ONLINE: { numerator: 1, denominator: 4 },
  ONLINE_DOSSIERS: { percent: 30 },
  PAY_PROVISION: { numerator: 1, denominator: 2 },
  PAY_FORMALITIES: { numerator: 0, denominator: 5 },
  PAY_DOSSIERS: { numerator: 1, denominator: 3 },
  ORIGINAL_RESULT_AVAILABLE: { numerator: 1, denominator: 1 },
  SO_HOA_GIAY_TO_GIAI_QUYET: { numerator: 1, denominator: 2 },
  REUSED_DIGITIZED_DATA: { numerator: 0, denominator: 0 },
  SYNCED_WITH_DVCQG_PERSONAL_STORAGE: { numerator: 3, denominator: 4 },
  CITIZEN_DATA_CONNECTED_FORMALITY: { numerator: 1, denominator: 4 },
  CITIZEN_DATA_CONNECTED_DOSSIER: { numerator: 2, denominator: 4 },
  ELECTRONIC_CERTIFIED_COPY: { numerator: 5, denominator: 5 },
  PETITION_CLASSIFICATION: { numerator: 3, denominator: 10 },
  PETITION_PROCESSING_ON_TIME: { numerator: 0, denominator: 0 },
  PETITION_HANDLING_SATISFACTION: { numerator: 9, denominator: 10 },
  DOSSIER_RECEIVING_SATISFACTION: { numerator: 81, denominator: 100 },
});
const GROUPS = { CKMB: '15.40', TDGQ: '18.00', CLGQ: '6.60', TTTT: '3.25', MDSH: '14.50', MDHL: '16.80' };
// Points by criterion, by hand (null: info, not scored).
const POINTS = {
  PUBLISH_ON_TIME: '6.00', PUBLIC_UPDATE_ON_TIME: '3.00', PUBLIC_CONTENT_FULL: '1.00', DOSSIER_SYNC: '5.40',
  ON_TIME: '18.00', AVG_DAYS: null, ONLINE_PROVISION: '2.00', HAS_ONLINE: '1.00', ONLINE_DOSSIERS: '3.60',
  PAY_PROVISION: '1.25', PAY_FORMALITIES: '0.00', PAY_DOSSIERS: '2.00', ORIGINAL_RESULT_AVAILABLE: '6.00',
  SO_HOA_GIAY_TO_GIAI_QUYET: '2.00', REUSED_DIGITIZED_DATA: '0.00', SYNCED_WITH_DVCQG_PERSONAL_STORAGE: '3.00',
  CITIZEN_DATA_CONNECTED_FORMALITY: '0.50', CITIZEN_DATA_CONNECTED_DOSSIER: '1.00', ELECTRONIC_CERTIFIED_COPY: '2.00',
  PETITION_CLASSIFICATION: null, PETITION_PROCESSING_ON_TIME: '6.00', PETITION_HANDLING_SATISFACTION: '5.40',
  DOSSIER_RECEIVING_SATISFACTION: '5.40',
};

// What the report shows, read from its DOM.
function readReport(page) {
  return page.evaluate(() => {
    const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : null);
    const rows = {};
    for (const tr of document.querySelectorAll('tr[data-code]')) rows[tr.dataset.code] = [...tr.cells].map(text);
    return {
      title: document.title,
      body: text(document.body),
      scripts: document.scripts.length,
      svgs: [...document.querySelectorAll('svg')].map((s) => ({ cls: s.getAttribute('class'), shapes: s.querySelectorAll('rect, path, polygon, circle, line').length })),
      rows,
    };
  });
}

function checkReport(report) {
  assert.match(report.body, /Xã Yên Lập/, 'the unit');
  assert.match(report.body, /Quý III\/2026/, 'the period');
  assert.match(report.body, /74\.55/, 'the total');
  assert.match(report.body, /Khá/, 'the rating');
  for (const [code, score] of Object.entries(GROUPS)) {
    assert.match(report.body, new RegExp(`${code}[^0-9]*?${score.replace('.', '\\.')}`), `group ${code} ${score}`);
  }
  const codes = Object.values(RUBRIC).flat();
  assert.deepEqual(Object.keys(report.rows).sort(), [...codes].sort(), 'a row for every criterion');
  for (const code of codes) {
    const cells = report.rows[code].join(' | ');
    const expected = POINTS[code];
    if (expected !== null) assert.match(cells, new RegExp(`\\b${expected.replace('.', '\\.')}\\b`), `${code} points ${expected}: ${cells}`);
  }
  // The figures as entered and the shown rates.
  assert.match(report.rows.ON_TIME.join(' | '), /45 \/ 50/, `ON_TIME counts: ${report.rows.ON_TIME}`);
  assert.match(report.rows.ON_TIME.join(' | '), /90\.00\s*%/, 'ON_TIME rate');
  assert.match(report.rows.PAY_DOSSIERS.join(' | '), /33\.33\s*%/, 'PAY_DOSSIERS rate 1/3');
  assert.match(report.rows.ONLINE_DOSSIERS.join(' | '), /30(\.00)?\s*%/, 'the percent typed for 3.3');
  assert.match(report.rows.AVG_DAYS.join(' | '), /3[.,]5/, 'the AVG_DAYS value');
  const charts = report.svgs.filter((s) => s.shapes > 0);
  assert.ok(charts.length >= 2, `SVG charts (bars and radar): ${JSON.stringify(report.svgs)}`);
  assert.equal(report.scripts, 0, 'no scripts in the report');
}

describe('printable report', () => {
  test('"Báo cáo để in" opens a new tab with unit, period, total, rating, groups, criteria and SVG charts', () => withPage(async (page, { context }) => {
    assert.deepEqual(await loadAssessment(page, YEN_LAP), []);
    const res = await result(page);
    assert.equal(res.total, 74.55, 'the figures worked out by hand');
    assert.equal(res.rating.id, 'kha');
    const [popup] = await Promise.all([context.waitForEvent('page', { timeout: 10_000 }), clickToolbar(page, 'report')]);
    await popup.waitForLoadState('load');
    const report = await readReport(popup);
    assert.match(report.title, /Xã Yên Lập/, `the title names the unit: ${report.title}`);
    checkReport(report);
    await popup.setViewportSize({ width: 900, height: 1270 });
    await popup.screenshot({ path: join(ensureScreenshotDir(), 'report.png'), fullPage: true });
    await popup.close();
  }));

  test('with pop-ups blocked, the report is downloaded instead (xa-yen-lap_quy-iii-2026…html)', () => withPage(async (page, { context }) => {
    assert.deepEqual(await loadAssessment(page, YEN_LAP), []);
    const file = await captureDownload(page, () => clickToolbar(page, 'report'));
    assert.match(file.name, /^xa-yen-lap_quy-iii-2026.*\.html$/, file.name);
    const shown = await context.newPage();
    await shown.setContent(file.text);
    checkReport(await readReport(shown));
  }, { setup: (ctx, p) => p.addInitScript(() => { window.open = () => null; }) }));
});
