// The criteria's names keep room to be read at common window widths: a 1280-px laptop once
// got the table's rows beside the plan's column, which squeezed every name to a letter or
// two per line (docs/accessibility.md, "Reflow").
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CRITERIA, EXAMPLE, loadAssessment, sharedBrowser, widgetRect } from './support.mjs';

const shared = sharedBrowser();
// "2.1 Tỷ lệ hồ sơ xử lý" — a few words a line — needs about 120 CSS px at the page's font.
const kMinNameWidth = 120;

for (const [width, height] of [[1280, 800], [1366, 768], [1380, 800], [1920, 1080], [1000, 700], [800, 600]]) {
  describe(`${width}×${height}`, () => {
    test(`every criterion's name has at least ${kMinNameWidth} px to wrap in`, () => shared.withPage(async (page) => {
      assert.deepEqual(await loadAssessment(page, EXAMPLE), []);
      for (const criterion of CRITERIA) {
        const rect = await widgetRect(page, criterion.code, 'name');
        assert.ok(rect, `${criterion.code}'s name is shown`);
        assert.ok(rect.w >= kMinNameWidth, `${criterion.number} ${criterion.name}: ${rect.w.toFixed(0)} px wide`);
      }
    }, { context: { viewport: { width, height } } }));
  });
}
