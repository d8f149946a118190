// The fuzzers' seed corpus and hostile texts, fed to the page: through load(), dropped as
// files and as share links. Whatever comes in, the page stays up (no page error, no abort),
// a refused input leaves the form as it was, and afterwards the page still scores.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  PHU_THO_TOTAL, ROOT, SINGLE_FILE_URL, criterion, dropFile, fileOf, framesAnswerInput, framesDrawn, loadAssessment,
  loadPhuTho, openTab, pageAlive, result, sharedBrowser, state, typeCounts, waitForNotice,
} from './support.mjs';

// A fuzz target's seeds: tests/fuzz/corpus/<target> and the folders tests/fuzz/seed-folders
// names for it (tests/data, assets/examples), as scripts/fuzz gives them to libFuzzer: the
// files of each folder, without the rubric files of tests/data, which seed the rubric
// fuzzer (the page reads assessments only).
function corpusFiles(target) {
  const folders = [join('tests/fuzz/corpus', target)];
  for (const line of readFileSync(join(ROOT, 'tests/fuzz/seed-folders'), 'utf8').split('\n')) {
    const [name, ...named] = line.trim().split(/\s+/);
    if (name === target) folders.push(...named);
  }
  return folders.filter((folder) => existsSync(join(ROOT, folder))).flatMap((folder) =>
    readdirSync(join(ROOT, folder), { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('rubric-')).map((entry) => entry.name).sort()
      .map((name) => ({ name, path: join(ROOT, folder, name) })));
}

const shared = sharedBrowser();
const { withPage } = shared;

// After whatever came before: a valid load gives its total, typing is drawn and scored.
async function stillScores(page, errors) {
  await pageAlive(page);
  await loadPhuTho(page);
  await framesAnswerInput(page, 'after the hostile inputs');
  await openTab(page, 'tab-form');
  const before = await framesDrawn(page);
  await typeCounts(page, 'PAY_DOSSIERS', '1437', '1541');
  await page.keyboard.press('Enter');
  const res = await result(page);
  assert.equal(criterion(res, 'PAY_DOSSIERS').points, 5.59, 'typed counts are scored');
  assert.equal(res.total, Math.round((PHU_THO_TOTAL + 5.59) * 100) / 100, 'and added to the total');
  assert.ok(await framesDrawn(page) > before, 'typing drew frames');
  assert.deepEqual(errors, [], 'no uncaught page errors');
}

// load(input) while the form holds Phú Thọ: the errors (a list of strings); when there are
// any, the form must still hold Phú Thọ.
async function loadOverPhuTho(page, input, label) {
  await loadPhuTho(page);
  const errs = await loadAssessment(page, input);
  assert.ok(Array.isArray(errs) && errs.every((e) => typeof e === 'string'), `${label}: load() gives a list of messages`);
  for (const e of errs) assert.ok(e.length < 2000, `${label}: a message of ${e.length} characters is not a message`);
  if (errs.length > 0) {
    const res = await result(page);
    assert.equal(res.total, PHU_THO_TOTAL, `${label}: refused (${errs[0]}), the form keeps its figures`);
    assert.equal(res.unit, 'UBND tỉnh Phú Thọ', `${label}: refused, the form keeps its unit`);
  }
  await pageAlive(page);
  return errs;
}

describe('the fuzz corpus never kills the page', () => {
  test('every assessment in the corpus through load(), then dropped as a file; the page still scores', (t) => withPage(async (page, { errors }) => {
    const outcome = [];
    for (const file of corpusFiles('assessment')) {
      const errs = await loadOverPhuTho(page, readFileSync(file.path, 'utf8'), file.name);
      outcome.push(`${file.name}: ${errs.length ? `refused (${errs.length})` : 'loaded'}`);
    }
    t.diagnostic(`load(): ${outcome.join('; ')}`);
    // Batches, CSV and broken files take the file path: each gets a notice naming it.
    for (const file of corpusFiles('assessment')) {
      const name = `corpus-${file.name}`;
      await dropFile(page, fileOf(name, readFileSync(file.path)));
      const notice = await waitForNotice(page, `«${name}»`);
      assert.ok(['success', 'error', 'warning'].includes(notice.kind), `${name}: ${JSON.stringify(notice)}`);
      await pageAlive(page);
    }
    await stillScores(page, errors);
  }));

  test('every file of the portal corpus dropped on the page: a notice naming it; the page still scores', () => withPage(async (page, { errors }) => {
    await loadPhuTho(page);
    for (const file of corpusFiles('portal')) {
      const name = `corpus-${file.name}`;
      await dropFile(page, fileOf(name, readFileSync(file.path)));
      const notice = await waitForNotice(page, `«${name}»`);
      assert.ok(['success', 'error', 'warning'].includes(notice.kind), `${name}: ${JSON.stringify(notice)}`);
      await pageAlive(page);
    }
    assert.equal((await result(page)).total, PHU_THO_TOTAL, 'the portal\'s files open as a table, the form untouched');
    await stillScores(page, errors);
  }));

  test('every share code in the corpus as a link (#a=…) in a fresh page; the page still scores', async (t) => {
    for (const file of corpusFiles('share_code')) {
      const code = readFileSync(file.path, 'utf8').trim();
      await withPage(async (page, { errors }) => {
        const notice = await waitForNotice(page, /liên kết/i);
        t.diagnostic(`${file.name}: ${notice.kind} — ${notice.title}`);
        if (file.name === 'phu-tho-2026.txt') {
          assert.equal(notice.kind, 'success', `a valid code opens: ${JSON.stringify(notice)}`);
          assert.equal((await result(page)).total, PHU_THO_TOTAL, 'the link holds Phú Thọ');
        }
        await stillScores(page, errors);
      }, { address: `${SINGLE_FILE_URL}#a=${encodeURIComponent(code)}` });
    }
  });
});

describe('hostile texts never kill the page', () => {
  test('1e308, NaN, 100,000-deep brackets, 5 MB strings: refused with a message, or taken; the page still scores', () => withPage(async (page, { errors }) => {
    const deepArrays = '['.repeat(100_000) + ']'.repeat(100_000);
    const deepObjects = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const big = 'x'.repeat(5 << 20);
    const refused = [
      ['percent 1e308', '{"values":{"ONLINE_DOSSIERS":{"percent":1e308}}}', /\$\.values\.ONLINE_DOSSIERS\.percent: tỷ lệ không được quá 100%/],
      ['counts 1e308', '{"values":{"ON_TIME":{"numerator":1e308,"denominator":1e308}}}', /\$\.values\.ON_TIME\.numerator: tử số quá lớn/],
      ['counts -1e308', '{"values":{"ON_TIME":{"numerator":-1e308,"denominator":5}}}', /\$\.values\.ON_TIME\.numerator: tử số không được âm/],
      ['1e400', '{"values":{"ONLINE_DOSSIERS":{"percent":1e400}}}', /\$\.values\.ONLINE_DOSSIERS\.percent: /],
      ['NaN literal', '{"values":{"ONLINE_DOSSIERS":{"percent":NaN}}}', /NaN, Infinity không được phép/],
      ['Infinity literal', '{"values":{"ONLINE_DOSSIERS":{"percent":-Infinity}}}', /\$\.values\.ONLINE_DOSSIERS\.percent: JSON sai cú pháp/],
      ['NaN in an object', { values: { ONLINE_DOSSIERS: { percent: NaN } } }, /\$\.values\.ONLINE_DOSSIERS\.percent: phải là số/],
      ['100,000-deep arrays', deepArrays, /lồng quá sâu \(tối đa 64 cấp\)/],
      ['100,000-deep objects', deepObjects, /lồng quá sâu \(tối đa 64 cấp\)/],
      ['5 MB string, unterminated', `{"unit":"${big}`, /JSON sai cú pháp/],
      ['5 MB string, then a syntax error', `{"unit":"${big}",}`, /\$\.unit: JSON sai cú pháp/],
      ['duplicate key', '{"unit":"a","unit":"b","values":{}}', /\$\.unit: trường "unit" xuất hiện hai lần/],
    ];
    for (const [label, input, message] of refused) {
      const errs = await loadOverPhuTho(page, input, label);
      assert.ok(errs.length > 0, `${label}: refused`);
      assert.match(errs[0], message, `${label}: the message`);
    }
    // A 5 MB unit name is valid JSON: taken or refused, the page lives on.
    await loadOverPhuTho(page, `{"unit":"${big}","values":{"ON_TIME":{"numerator":1,"denominator":2}}}`, '5 MB unit');
    await framesAnswerInput(page, 'with a 5 MB unit name');
    await stillScores(page, errors);
  }));

  test('a string with lone surrogates is refused by load() (it is not UTF-8), not altered', () => withPage(async (page, { errors }) => {
    const wrong = [];
    for (const unit of ['\uD800x', 'a\uDC00b', '\uDBFF\uDBFFzz', 'Xã Chân Mộng\uD83D']) {
      const text = `{"unit":"${unit}","values":{"ON_TIME":{"numerator":1,"denominator":2}}}`;
      const label = `unit ${JSON.stringify(unit)}`;
      const errs = await loadOverPhuTho(page, text, label);
      if (errs.length === 0) {
        const took = (await result(page)).unit;
        wrong.push(`${label} was taken as ${JSON.stringify(took)} (${[...took].map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase()}`).join(' ')})`);
      } else if (!/UTF-8|\\u/.test(errs[0])) {
        wrong.push(`${label} refused without saying the text is not valid: ${errs[0]}`);
      }
    }
    assert.deepEqual(wrong, [], 'each is refused as invalid text');
    await stillScores(page, errors);
  }));

  test('mangled share links (bad %-escape, 100,000 characters, foreign characters) give a notice, not a page error', async () => {
    const wrong = [];
    for (const fragment of ['a=%E0%A4%A', 'a=AQVxZDc2%', `a=${'A'.repeat(100_000)}`, 'a=!!!', 'a=']) {
      const label = `#${fragment.slice(0, 24)}${fragment.length > 24 ? '…' : ''}`;
      await withPage(async (page, { errors }) => {
        if (errors.length) wrong.push(`${label}: uncaught page error ${JSON.stringify(errors)}`);
        const notices = (await state(page)).notices;
        if (!notices.some((n) => n.kind === 'error' && /Liên kết chia sẻ không mở được/.test(n.title)))
          wrong.push(`${label}: no error notice about the link (notices ${JSON.stringify(notices)})`);
        const hash = await page.evaluate(() => location.hash);
        if (hash !== '') wrong.push(`${label}: the fragment stays in the address bar (${hash.slice(0, 30)})`);
        await pageAlive(page);
        await loadPhuTho(page);
        await framesAnswerInput(page, label);
        errors.length = 0;  // reported in `wrong` with the other links, not by withPage
      }, { address: `${shared.server.url}#${fragment}` });
    }
    assert.deepEqual(wrong, [], 'each mangled link gives a notice, and the page goes on');
  });
});
