// The browser half of the platform layer (an Emscripten --js-library): DOM events in,
// text input focus, cursor and clipboard out. It only translates; src/web/platform
// decides what the events mean for ImGui (browser_input.cpp) and which key is which
// (browser_keys.cpp, from the DOM's own key and code names).
mergeInto(LibraryManager.library, {
  $Dvc: {
    canvas: null,
    textInput: null,
    touch: null,          // the finger being followed: {id, x0, y0, x, y, scrolling}

    // Text for C++: a malloc'ed UTF-8 copy, which C++ or Dvc.withTexts frees. It is valid
    // Unicode: half a UTF-16 pair (from a paste, say) becomes U+FFFD instead of swallowing
    // the character after it.
    mallocText: function (text) {
      text = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])([\uDC00-\uDFFF])/g,
                          function (m, before) { return before !== undefined && m.length > 1 ? before + '\uFFFD' : '\uFFFD'; });
      var size = lengthBytesUTF8(text) + 1;
      var pointer = _malloc(size);
      stringToUTF8(text, pointer, size);
      return pointer;
    },
    // Calls fn with UTF-8 copies of texts (freed afterwards) and returns what it returns.
    withTexts: function (texts, fn) {
      var pointers = texts.map(Dvc.mallocText);
      try { return fn.apply(null, pointers); } finally { pointers.forEach(function (p) { _free(p); }); }
    },
    position: function (e) {
      var r = Dvc.canvas.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    },
    // The bytes of the files picked or dropped together go to the app as they are (the core
    // reports encoding problems itself), then the app hears that they are all in: files of
    // the portal's data are imported together. Files too big to read are refused unread.
    maxFileBytes: 32 * 1024 * 1024,
    openFiles: function (list) {
      var files = Array.prototype.slice.call(list || []);
      if (!files.length) return;
      Promise.all(files.map(function (file) {
        if (file.size > Dvc.maxFileBytes) return null;
        return file.arrayBuffer().catch(function () { return undefined; });
      })).then(function (buffers) {
        files.forEach(function (file, i) {
          var buffer = buffers[i];
          if (!buffer) {  // null: too big; undefined: the browser could not read it
            var size = buffer === null ? file.size : -1;
            Dvc.withTexts([file.name], function (name) { _dvc_file_opened(name, 0, 0, size); });
            return;
          }
          var bytes = new Uint8Array(buffer);
          var data = _malloc(bytes.length + 1);
          HEAPU8.set(bytes, data);
          Dvc.withTexts([file.name], function (name) { _dvc_file_opened(name, data, bytes.length, bytes.length); });
          _free(data);
        });
        _dvc_files_opened();
        _dvc_pump();
      });
    },
    sendText: function (text) {
      if (text) Dvc.withTexts([text], function (p) { _dvc_text(p); });
    },
    // Typed or composed text waits in the hidden textarea until it is final.
    flushTextInput: function () {
      var t = Dvc.textInput;
      if (t.value) { Dvc.sendText(t.value); t.value = ''; _dvc_pump(); }
    },
    // The ratio of device pixels to CSS pixels the canvas is drawn at: the screen's, times
    // the pinch zoom, so zoomed text is drawn sharp rather than magnified (C++ caps it at 4).
    pixelRatio: function () {
      var pinch = window.visualViewport ? window.visualViewport.scale || 1 : 1;
      return (window.devicePixelRatio || 1) * Math.max(1, pinch);
    },
    resize: function () {
      var c = Dvc.canvas;
      _dvc_resize(c.clientWidth, c.clientHeight, Dvc.pixelRatio());
      // A change of devicePixelRatio (browser zoom, another screen) fires no resize event.
      if (Dvc.dprQuery) Dvc.dprQuery.removeEventListener('change', Dvc.resize);
      Dvc.dprQuery = window.matchMedia('(resolution: ' + (window.devicePixelRatio || 1) + 'dppx)');
      Dvc.dprQuery.addEventListener('change', Dvc.resize);
    },

    // Keys pressed, by physical key (code), with the name they were pressed as: a key is
    // released as what it was pressed as, even when its meaning changed in between (Shift
    // let go before the 1 of "!").
    pressed: {},
    onKey: function (e, down) {
      if (e.isComposing || e.keyCode === 229) return;  // the input method owns this key
      // The accessibility tree (web/semantics.js) keeps some keys: Tab, and Enter or Space
      // on its buttons. A key kept is not pressed for ImGui, so not released either.
      if (down && Dvc.keyFilter && !Dvc.keyFilter(e)) return;
      var physical = e.code || e.key;
      var name = e.key;
      if (down) {
        Dvc.pressed[physical] = name;
      } else {
        name = Dvc.pressed[physical];
        if (name === undefined) return;  // pressed before the page had the focus
        delete Dvc.pressed[physical];
      }
      var taken = Dvc.withTexts([name, e.code || ''], function (key, code) {
        return _dvc_key(key, code, down, e.repeat, e.ctrlKey, e.shiftKey, e.altKey, e.metaKey);
      });
      if (taken) e.preventDefault();
      _dvc_pump();
    },

    onPointerDown: function (e) {
      var p = Dvc.position(e);
      if (e.pointerType === 'mouse') {
        e.preventDefault();  // keep focus where the platform puts it (canvas or text input)
        if (document.activeElement !== Dvc.textInput) Dvc.canvas.focus({ preventScroll: true });
        Dvc.canvas.setPointerCapture(e.pointerId);
        _dvc_pointer_move(p[0], p[1]);
        _dvc_pointer_button(e.button, 1);
        _dvc_pump();
      } else if (!Dvc.touch) {
        // No compatibility mouse events: their mousedown would move the focus to the
        // canvas and close a tablet's keyboard right after a tap opened it.
        e.preventDefault();
        // A finger becomes a tap on release, or a scroll once it moves: not a press yet.
        Dvc.touch = { id: e.pointerId, x0: p[0], y0: p[1], x: p[0], y: p[1], scrolling: false };
      }
    },
    onPointerMove: function (e) {
      var p = Dvc.position(e);
      if (e.pointerType === 'mouse') {
        _dvc_pointer_move(p[0], p[1]);
        return;
      }
      var t = Dvc.touch;
      if (!t || t.id !== e.pointerId) return;
      if (!t.scrolling && Math.hypot(p[0] - t.x0, p[1] - t.y0) > 8) t.scrolling = true;
      if (t.scrolling) _dvc_touch_scroll(t.x0, t.y0, p[0] - t.x, p[1] - t.y);  // what is under the finger scrolls
      t.x = p[0];
      t.y = p[1];
    },
    onPointerUp: function (e) {
      var p = Dvc.position(e);
      if (e.pointerType === 'mouse') {
        _dvc_pointer_move(p[0], p[1]);
        _dvc_pointer_button(e.button, 0);
        _dvc_pump();
        return;
      }
      var t = Dvc.touch;
      if (!t || t.id !== e.pointerId) return;
      Dvc.touch = null;
      if (t.scrolling) {
        _dvc_pointer_leave();  // nothing stays hovered under a finger that is gone
      } else if (e.type === 'pointerup') {
        // Run the tap now, inside the touch handler: a text field it activates may focus
        // the textarea, and only a user gesture opens a tablet's on-screen keyboard.
        _dvc_tap(p[0], p[1]);
        _dvc_pump();
      }
    },
  },

  dvc_js_install__deps: ['$Dvc'],
  dvc_js_install: function () {
    var canvas = Dvc.canvas = document.getElementById('canvas');
    var text = Dvc.textInput = document.getElementById('text-input');
    canvas.addEventListener('pointerdown', Dvc.onPointerDown);
    canvas.addEventListener('pointermove', Dvc.onPointerMove);
    canvas.addEventListener('pointerup', Dvc.onPointerUp);
    canvas.addEventListener('pointercancel', Dvc.onPointerUp);
    canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
    // The platform decides where the keyboard focus goes, not the browser's mousedown.
    canvas.addEventListener('mousedown', function (e) { e.preventDefault(); });
    canvas.addEventListener('wheel', function (e) {
      e.preventDefault();
      var scale = e.deltaMode === 1 ? 1 / 3 : e.deltaMode === 2 ? 3 : 1 / 100;  // lines, pages, pixels
      _dvc_pointer_move.apply(null, Dvc.position(e));
      _dvc_wheel(-e.deltaX * scale, -e.deltaY * scale);
    }, { passive: false });
    canvas.addEventListener('mouseleave', function () { _dvc_pointer_leave(); });
    document.addEventListener('keydown', function (e) { Dvc.onKey(e, true); });
    document.addEventListener('keyup', function (e) { Dvc.onKey(e, false); });
    text.addEventListener('input', function (e) { if (!e.isComposing) Dvc.flushTextInput(); });
    text.addEventListener('compositionend', function () { Dvc.flushTextInput(); });
    // The text as copied, line breaks and tabs included: a block of spreadsheet cells fills
    // several fields at once (browser_input.cpp decides).
    text.addEventListener('paste', function (e) {
      e.preventDefault();
      var pasted = e.clipboardData.getData('text/plain') || '';
      if (pasted) Dvc.withTexts([pasted], function (p) { _dvc_paste(p); });
      _dvc_pump();
    });
    // Files dropped anywhere on the page open like picked ones, all of them together.
    document.addEventListener('dragover', function (e) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
    document.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) Dvc.openFiles(e.dataTransfer.files);
    });
    window.addEventListener('resize', Dvc.resize);
    // A pinch zoom: drawn again at the new scale once the fingers rest (fonts are rebuilt).
    if (window.visualViewport) {
      var pinchTimer = 0, lastScale = window.visualViewport.scale;
      window.visualViewport.addEventListener('resize', function () {
        if (window.visualViewport.scale === lastScale) return;
        lastScale = window.visualViewport.scale;
        clearTimeout(pinchTimer);
        pinchTimer = setTimeout(Dvc.resize, 150);
      });
    }
    window.addEventListener('focus', function () { _dvc_focus(1); });
    // ImGui releases every key and button when the page loses the focus; so do we.
    window.addEventListener('blur', function () { Dvc.pressed = {}; _dvc_focus(0); });
    Dvc.resize();
  },

  // Where ImGui edits text, a hidden textarea takes the keyboard focus, so input methods
  // (Telex, VNI, a tablet's keyboard) compose into it and it tells us the final text.
  dvc_js_text_input__deps: ['$Dvc'],
  dvc_js_text_input: function (active, x, y, h, numeric) {
    var t = Dvc.textInput;
    if (!active) {
      if (document.activeElement === t) { t.value = ''; Dvc.canvas.focus({ preventScroll: true }); }
      return;
    }
    // A field with an element of its own in the accessibility tree takes the text there:
    // a screen reader then reads its name, value and errors (web/semantics.js).
    var sink = Dvc.textSink ? Dvc.textSink() : null;
    if (sink) {
      if (document.activeElement !== sink) Dvc.focusQuietly(sink);
      return;
    }
    t.style.left = x + 'px';
    t.style.top = y + 'px';
    t.style.height = h + 'px';
    t.inputMode = numeric ? 'decimal' : 'text';
    if (document.activeElement !== t) t.focus({ preventScroll: true });
  },

  dvc_js_set_cursor__deps: ['$Dvc'],
  dvc_js_set_cursor: function (css_cursor) {
    Dvc.canvas.style.cursor = UTF8ToString(css_cursor);
  },

  dvc_js_clipboard_write: function (text) {
    var s = UTF8ToString(text);
    if (navigator.clipboard) navigator.clipboard.writeText(s).catch(function () {});
  },

  // ---- storage, files, links (src/web/platform/browser_services.cpp) ----------------------
  // Reads a localStorage item into a malloc'ed UTF-8 string (*out, 0 when absent).
  // Returns 0, or 2 when storage cannot be used at all (private mode, blocked).
  dvc_js_storage_read__deps: ['$Dvc'],
  // The first use of localStorage waits for the browser to hand over the page's whole
  // storage (2–3 ms here): done while the module still compiles, the first frame's read of
  // the autosave is quick. Only a page that reads storage includes this.
  dvc_js_storage_read__postset: 'setTimeout(function () { try { window.localStorage.length; } catch (e) {} }, 0);',
  dvc_js_storage_read: function (key, out) {
    HEAP32[out >> 2] = 0;
    try {
      var text = window.localStorage.getItem(UTF8ToString(key));
      if (text !== null) HEAP32[out >> 2] = Dvc.mallocText(text);
      return 0;
    } catch (e) {
      return 2;
    }
  },
  // 0 written, 1 storage full (quota exceeded), 2 storage unavailable.
  dvc_js_storage_write: function (key, value) {
    try {
      window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
      return 0;
    } catch (e) {
      var full = e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);
      return full ? 1 : 2;
    }
  },

  dvc_js_pick_file__deps: ['$Dvc'],
  dvc_js_pick_file: function () {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.jsonl,.ndjson,.csv,.txt,.har,application/json,text/csv';
    input.multiple = true;  // the portal's responses are saved one file per endpoint
    input.onchange = function () { Dvc.openFiles(input.files); };
    input.click();
  },

  dvc_js_download__deps: ['$Dvc'],
  dvc_js_download: function (name, mime, data, size) {
    var bytes = HEAPU8.slice(data, data + size);
    var url = URL.createObjectURL(new Blob([bytes], { type: UTF8ToString(mime) }));
    var a = document.createElement('a');
    a.href = url;
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  },

  // A generated HTML page (the printable report) in a new tab; 0 when pop-ups are blocked.
  dvc_js_open_html: function (html) {
    var url = URL.createObjectURL(new Blob([UTF8ToString(html)], { type: 'text/html;charset=utf-8' }));
    var opened = window.open(url, '_blank');
    setTimeout(function () { URL.revokeObjectURL(url); }, 600000);
    return opened ? 1 : 0;
  },

  dvc_js_location_hash__deps: ['$Dvc'],
  dvc_js_location_hash: function () {
    var hash = location.hash || '';
    // A mangled %-escape is handed over as it is: the share code reader says what is wrong.
    try { hash = decodeURIComponent(hash); } catch (e) {}
    return Dvc.mallocText(hash);
  },
  dvc_js_clear_location_hash: function () {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  },
  dvc_js_page_address__deps: ['$Dvc'],
  dvc_js_page_address: function () { return Dvc.mallocText(location.href.split('#')[0]); },
  dvc_js_today__deps: ['$Dvc'],
  dvc_js_today: function () {
    var d = new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return Dvc.mallocText(two(d.getDate()) + '/' + two(d.getMonth() + 1) + '/' + d.getFullYear());
  },

  dvc_js_first_frame: function () {
    if (Module.onFirstFrame) Module.onFirstFrame();
  },

  dvc_js_fatal: function (message) {
    if (Module.showFatal) Module.showFatal(UTF8ToString(message));
  },
});
