// window.dvcscore (docs/page-hooks.md): defined once the first frame is drawn; `ready`
// resolves once the accessibility tree is in place too (a frame later, web/semantics.js).
// Every member goes through the same C++ state the UI edits.
Module.onFirstFrame = function () {
  // Calls a C function taking UTF-8 strings and returning one (web/platform.js copies them).
  function callWithTexts(fn, texts) { return UTF8ToString(Dvc.withTexts(texts, fn)); }
  var tree = Module.accessibilityTree;  // absent on the bare page, which has no tree
  var hooks = {
    ready: tree ? tree.then(function (at) {
      // Extension (docs/page-hooks.md): when the tree was first in place (performance.now(), ms).
      hooks.accessibilityTreeAt = at;
    }) : Promise.resolve(),
    // Extension (docs/page-hooks.md): when the first frame was drawn (performance.now(), ms), for scripts/measure-web.
    firstFrameAt: performance.now(),
    framesDrawn: function () { return _dvc_hook_frames_drawn(); },
    // Extension (docs/page-hooks.md): the mean time of full frames, for scripts/measure-web.
    measureFrames: function (count) { return _dvc_hook_measure_frames(count | 0); },
  };
  if (Module['_dvc_hook_load']) {
    hooks.load = function (assessment) {
      var text = typeof assessment === 'string' ? assessment : JSON.stringify(assessment);
      if (typeof text !== 'string') return ['$: cần một đối tượng đánh giá hoặc chuỗi JSON'];
      // Half a UTF-16 pair cannot become UTF-8; say where instead of guessing.
      var lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
      if (lone) {
        var at = lone.index + (lone[0].length > 1 ? 1 : 0);
        var line = text.slice(0, at).split('\n').length;
        return ['dòng ' + line + ': văn bản có ký tự không chuyển được sang UTF-8 (nửa cặp UTF-16, U+' +
                text.charCodeAt(at).toString(16).toUpperCase() + ') ở vị trí ' + (at + 1)];
      }
      return JSON.parse(callWithTexts(Module['_dvc_hook_load'], [text]));
    };
    // Extension (docs/page-hooks.md): a rubric file (text or object) as if opened; [] or its errors.
    hooks.loadRubric = function (rubric, name) {
      var text = typeof rubric === 'string' ? rubric : JSON.stringify(rubric);
      if (typeof text !== 'string') return ['$: cần một đối tượng bộ tiêu chí hoặc chuỗi JSON'];
      return JSON.parse(callWithTexts(Module['_dvc_hook_load_rubric'], [text, String(name || 'bo-tieu-chi.json')]));
    };
    hooks.result = function () { return JSON.parse(UTF8ToString(Module['_dvc_hook_result']())); };
    // Extension (docs/page-hooks.md): the messages shown beside fields now, [{code, field, kind, message}].
    hooks.problems = function () { return JSON.parse(UTF8ToString(Module['_dvc_hook_problems']())); };
    // Extension (docs/page-hooks.md): drafts kept, the batch table, notices and storage, for tests.
    hooks.state = function () { return JSON.parse(UTF8ToString(Module['_dvc_hook_state']())); };
    // Extension (docs/page-hooks.md): the mean ms of n re-plans (a keystroke's recompute), for scripts/measure-web.
    hooks.measureReplan = function (count) { return Module['_dvc_hook_measure_replan'](count | 0); };
    hooks.widgetRect = function (code, field) {
      return JSON.parse(callWithTexts(Module['_dvc_hook_widget_rect'], [String(code), String(field || '')]));
    };
  }
  window.dvcscore = hooks;
  if (Module.onReady) Module.onReady();
};
