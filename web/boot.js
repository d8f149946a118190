// Starts the page: checks WebGL2 before loading anything heavy, shows progress, and turns
// failures into a Vietnamese message instead of a blank page.
(function () {
  var status = document.getElementById('status');
  var message = document.getElementById('status-text');
  var bar = document.getElementById('status-bar');
  // A bar that runs back and forth is motion: not for people who asked for less of it.
  var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  function say(text, fraction) {
    message.textContent = text;
    if (fraction !== undefined) bar.value = fraction;
    else if (still) bar.value = bar.value || 0;
    else bar.removeAttribute('value');
  }
  function fatal(text) {
    status.className = 'fatal';
    say(text, 0);
    bar.hidden = true;
  }
  var probe = document.createElement('canvas');
  var webgl2 = false;
  try { webgl2 = !!(window.WebGL2RenderingContext && probe.getContext('webgl2')); } catch (e) { webgl2 = false; }
  window.Module = {
    noWebGL2: !webgl2,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    setStatus: function (text) { if (text) say('Đang tải… ' + text); },
    monitorRunDependencies: function () {},
    onRuntimeInitialized: function () { say('Đang vẽ trang…', 0.9); },
    onReady: function () {
      status.hidden = true;
      document.getElementById('canvas').focus({ preventScroll: true });
    },
    showFatal: fatal,
    onAbort: function () { fatal('Trang gặp lỗi và đã dừng. Hãy tải lại trang (F5). Số liệu chưa lưu có thể bị mất.'); },
  };
  if (!webgl2) {
    fatal('Trình duyệt này không hỗ trợ WebGL2 nên không vẽ được trang tính điểm. ' +
          'Hãy dùng Chrome, Edge, Firefox hoặc Safari bản mới và bật tăng tốc đồ họa (hardware acceleration).');
    return;
  }
  say('Đang tải chương trình…', 0.3);
})();
