// The JavaScript half of the page's accessibility tree (an Emscripten --js-library):
// src/web/a11y/semantics.cpp sends, after each frame that changed something, the nodes
// added, changed, moved and removed; here they become real, invisible DOM elements over
// the canvas (#semantics), in the UI's order, with roles, names, states and descriptions.
// What happens to them comes back: focus (Tab, a screen reader, a test), a press (Enter,
// Space, a screen reader's click) and text (typing, an input method, a paste).
// docs/accessibility.md describes the whole.
mergeInto(LibraryManager.library, {
  $DvcA11y__deps: ['$Dvc'],
  $DvcA11y: {
    host: null,
    live: null,
    descriptions: null,  // the hidden texts aria-describedby points to
    nodes: null,         // id → {id, parent, role, states, rect: [x, y, w, h], el}
    syncing: 0,          // > 0 while the page moves elements or the focus itself
    sinkId: 0,           // the field ImGui is editing, when it has an element
    selection: null,     // [start, end, backward] of that field, as ImGui has it
    navId: 0,
    liveTimer: 0,
    liveSet: false,
    returnFocus: null,   // where the focus goes back to when a dialog closes
    shown: null,         // resolves Module.accessibilityTree once the first tree is in place

    // Roles, as numbered in src/web/a11y/semantics.hpp.
    TEXTBOX: 2, DIALOG: 11,
    POPUPS: { 7: true, 9: true, 11: true },  // a list, a menu, a dialog: the focus goes in
    ROLE_NAMES: [null, null, null, 'checkbox', 'tab', 'tablist', 'combobox', 'listbox', 'option', 'menu',
      'menuitem', 'dialog', 'heading', null, 'table', 'row', 'cell', 'columnheader', 'group', 'alert'],
    // Roles whose name is their text (read as content), not an aria-label.
    TEXT_ROLES: { 12: true, 13: true, 16: true, 17: true, 19: true },
    // State bits (semantics.cpp).
    S: { invalid: 1, selected: 2, pressed: 4, checked: 8, expanded: 16, readOnly: 32, numeric: 64, focusable: 128,
      disabled: 256, hasSelected: 512, hasPressed: 1024, hasChecked: 2048, hasExpanded: 4096, modal: 8192 },

    create: function (role) {
      var el;
      if (role === 2) {
        el = document.createElement('input');
        el.type = 'text';
        el.autocomplete = 'off';
        el.spellcheck = false;
        el.setAttribute('autocapitalize', 'off');
        el.setAttribute('autocorrect', 'off');
      } else if (role === 1 || role === 3 || role === 4 || role === 6 || role === 10) {
        el = document.createElement('button');
        el.type = 'button';
      } else {
        el = document.createElement('div');
      }
      var name = DvcA11y.ROLE_NAMES[role];
      if (name) el.setAttribute('role', name);
      if (role === 6) el.setAttribute('aria-haspopup', 'listbox');
      if (DvcA11y.TEXT_ROLES[role]) {
        var text = document.createElement('span');
        text.className = 'sr';
        el.appendChild(text);
        el._text = text;
      }
      return el;
    },

    setAttr: function (el, attr, value) {
      if (value === null || value === undefined || value === false) {
        if (el.hasAttribute(attr)) el.removeAttribute(attr);
      } else if (el.getAttribute(attr) !== String(value)) {
        el.setAttribute(attr, value);
      }
    },

    // [id, parent, role, name, description, value, key, x, y, w, h, states, level, rowIndex, rowCount, sort]
    fill: function (node, t) {
      var A = DvcA11y, S = A.S, el = node.el, states = t[11];
      node.parent = t[1];
      node.states = states;
      node.rect = [t[7], t[8], t[9], t[10]];
      if (el._text) {
        if (el._text.textContent !== t[3]) el._text.textContent = t[3];
      } else {
        A.setAttr(el, 'aria-label', t[3] || null);
      }
      var describedBy = null;
      if (t[4]) {
        if (!el._description) {
          // Kept apart, hidden: an <input> cannot hold it.
          var d = document.createElement('span');
          d.id = 'dvc-d' + node.id;
          A.descriptions.appendChild(d);
          el._description = d;
        }
        if (el._description.textContent !== t[4]) el._description.textContent = t[4];
        describedBy = el._description.id;
      } else if (el._description) {
        el._description.remove();
        el._description = null;
      }
      A.setAttr(el, 'aria-describedby', describedBy);
      if (node.role === A.TEXTBOX) {
        el._synced = t[5];
        if (!el._composing && el.value !== t[5]) {
          el.value = t[5];
          if (node.id === A.sinkId) A.showSelection();
        }
        el.readOnly = !!(states & S.readOnly);
        A.setAttr(el, 'inputmode', states & S.numeric ? 'decimal' : null);
      }
      A.setAttr(el, 'data-ui', t[6] || null);
      A.setAttr(el, 'aria-invalid', states & S.invalid ? 'true' : null);
      A.setAttr(el, 'aria-selected', states & S.hasSelected ? String(!!(states & S.selected)) : null);
      A.setAttr(el, 'aria-pressed', states & S.hasPressed ? String(!!(states & S.pressed)) : null);
      A.setAttr(el, 'aria-checked', states & S.hasChecked ? String(!!(states & S.checked)) : null);
      A.setAttr(el, 'aria-expanded', states & S.hasExpanded ? String(!!(states & S.expanded)) : null);
      A.setAttr(el, 'aria-disabled', states & S.disabled ? 'true' : null);
      A.setAttr(el, 'aria-modal', states & S.modal ? 'true' : null);
      A.setAttr(el, 'aria-level', node.role === 12 ? (t[12] || 2) : null);
      A.setAttr(el, 'aria-rowindex', t[13] || null);
      A.setAttr(el, 'aria-rowcount', t[14] || null);
      A.setAttr(el, 'aria-sort', t[15] === 1 ? 'ascending' : t[15] === 2 ? 'descending' : null);
      var focusable = !!(states & S.focusable);
      A.setAttr(el, 'data-f', focusable ? '' : null);
      if (el.tagName === 'DIV') A.setAttr(el, 'tabindex', focusable ? '0' : null);
    },

    place: function (node) {
      var parent = node.parent ? DvcA11y.nodes.get(node.parent) : null;
      var px = parent ? parent.rect[0] : 0, py = parent ? parent.rect[1] : 0;
      var style = node.el.style, r = node.rect;
      style.left = (r[0] - px) + 'px';
      style.top = (r[1] - py) + 'px';
      style.width = r[2] + 'px';
      style.height = r[3] + 'px';
    },

    // Puts the element children of `container` in the order of `ids`, moving as few as
    // possible (a moved element would lose the keyboard focus).
    order: function (container, ids) {
      var nodes = DvcA11y.nodes;
      var next = function (el) { while (el && !el._dvc) el = el.nextElementSibling; return el; };
      var cursor = next(container.firstElementChild);
      for (var i = 0; i < ids.length; ++i) {
        var node = nodes.get(ids[i]);
        if (!node) continue;
        if (cursor === node.el) cursor = next(cursor.nextElementSibling);
        else container.insertBefore(node.el, cursor);
      }
    },

    apply: function (u) {
      var A = DvcA11y, nodes = A.nodes;
      var focused = document.activeElement;
      var hadFocus = A.host.contains(focused) && focused !== A.host;
      var dirty = new Set();
      var popupOpened = null, popupClosed = false;
      A.syncing++;
      try {
        (u.d || []).forEach(function (id) {
          var node = nodes.get(id);
          if (!node) return;
          if (A.POPUPS[node.role]) popupClosed = true;
          node.el.remove();
          if (node.el._description) node.el._description.remove();
          nodes.delete(id);
        });
        (u.a || []).forEach(function (t) {
          var node = { id: t[0], role: t[2], el: A.create(t[2]) };
          node.el._dvc = node;
          nodes.set(node.id, node);
          A.fill(node, t);
          dirty.add(node);
          if (A.POPUPS[node.role]) popupOpened = node;
        });
        (u.u || []).forEach(function (t) {
          var node = nodes.get(t[0]);
          if (!node) return;
          var parent = node.parent, r = node.rect;
          A.fill(node, t);
          // A name or a state changed: placed again only when it moved too.
          var q = node.rect;
          if (node.parent !== parent || q[0] !== r[0] || q[1] !== r[1] || q[2] !== r[2] || q[3] !== r[3]) dirty.add(node);
        });
        (u.g || []).forEach(function (g) {
          var node = nodes.get(g[0]);
          if (!node) return;
          node.rect = [g[1], g[2], g[3], g[4]];
          dirty.add(node);
        });
        (u.o || []).forEach(function (o) {
          var parent = o[0] ? nodes.get(o[0]) : null;
          A.order(parent ? parent.el : A.host, o.slice(1));
        });
        // A container that moved moves its children's offsets too (nothing to do when
        // nothing moved: a frame that changed only texts or states).
        if (dirty.size) {
          var children = new Map();
          nodes.forEach(function (node) {
            if (!node.parent) return;
            if (!children.has(node.parent)) children.set(node.parent, []);
            children.get(node.parent).push(node);
          });
          var visit = function (node) {
            A.place(node);
            (children.get(node.id) || []).forEach(function (c) { if (!dirty.has(c)) { dirty.add(c); visit(c); } });
          };
          Array.from(dirty).forEach(visit);
        }

        if (u.t) {
          A.sinkId = u.t[0];
          A.selection = u.t[0] ? u.t.slice(1) : null;
          A.showSelection();
        }
        if (u.n !== undefined) A.navId = u.n;
        var target = null;
        if (u.f && nodes.has(u.f)) target = nodes.get(u.f).el;
        A.inertOutsideModal();
        if (popupOpened) {
          // A dialog, a list or a menu opened: the focus goes to its chosen item, or its first.
          A.returnFocus = hadFocus ? focused : null;
          if (!target || !popupOpened.el.contains(target))
            target = popupOpened.el.querySelector('[aria-selected="true"][data-f]') || popupOpened.el.querySelector('[data-f]');
        } else if (!target && (popupClosed || (hadFocus && !focused.isConnected))) {
          // The focused element went away (a dialog or a list closed, a tab hid it): back to
          // where the person was, to what ImGui now has in focus, or to the tab shown.
          if (popupClosed && A.returnFocus && A.returnFocus.isConnected) target = A.returnFocus;
          else if (A.navId && nodes.has(A.navId)) target = nodes.get(A.navId).el;
          else target = A.host.querySelector('[role="tab"][aria-selected="true"]');
        }
        if (target && document.activeElement !== target) target.focus({ preventScroll: true });
        else if (hadFocus && focused.isConnected && document.activeElement !== focused && !target) focused.focus({ preventScroll: true });
      } finally {
        A.syncing--;
      }
      if (u.l !== undefined) A.announce(u.l);
    },

    // The caret and selection of the field being edited, as ImGui has them.
    showSelection: function () {
      var A = DvcA11y;
      var node = A.sinkId ? A.nodes.get(A.sinkId) : null;
      if (!node || !A.selection || node.el._composing || document.activeElement !== node.el) return;
      var s = A.selection, el = node.el;
      var start = Math.min(s[0], el.value.length), end = Math.min(s[1], el.value.length);
      var direction = s[2] ? 'backward' : 'forward';
      if (el.selectionStart !== start || el.selectionEnd !== end || el.selectionDirection !== direction) {
        try { el.setSelectionRange(start, end, direction); } catch (e) {}
      }
    },

    // The live region: the first text at once, later ones once typing pauses, so a screen
    // reader reads the total that counts rather than every keystroke's.
    announce: function (text) {
      var A = DvcA11y;
      clearTimeout(A.liveTimer);
      if (!A.liveSet) {
        A.liveSet = true;
        A.live.textContent = text;
        return;
      }
      A.liveTimer = setTimeout(function () { if (A.live.textContent !== text) A.live.textContent = text; }, 500);
    },

    modal: function () { return DvcA11y.host.querySelector('[aria-modal="true"]'); },

    // While a modal dialog is open, nothing else on the page can be reached (as in ImGui).
    inertOutsideModal: function () {
      var modal = DvcA11y.modal();
      var keep = null;
      if (modal) for (keep = modal; keep.parentElement !== DvcA11y.host; keep = keep.parentElement) {}
      for (var child = DvcA11y.host.firstElementChild; child; child = child.nextElementSibling) {
        if (modal && child !== keep) child.inert = true;
        else if (child.inert) child.inert = false;
      }
    },

    focusables: function () {
      var within = DvcA11y.modal() || DvcA11y.host;
      return Array.prototype.slice.call(within.querySelectorAll('[data-f]'));
    },

    // Tab and Shift+Tab walk the elements in the UI's order; from the last one the focus
    // leaves the page as usual (inside a dialog it goes round).
    tab: function (e) {
      var list = DvcA11y.focusables();
      if (!list.length) return;
      var i = list.indexOf(document.activeElement), next;
      if (i < 0) {
        next = e.shiftKey ? list[list.length - 1] : list[0];
      } else {
        var j = i + (e.shiftKey ? -1 : 1);
        if (j < 0 || j >= list.length) {
          if (!DvcA11y.modal()) return;
          j = (j + list.length) % list.length;
        }
        next = list[j];
      }
      e.preventDefault();
      next.focus({ preventScroll: true });
    },

    // Which keys go to ImGui (platform.js asks, for each key pressed): false keeps one.
    keyFilter: function (e) {
      var A = DvcA11y;
      var el = document.activeElement;
      var node = el && el._dvc;
      if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
        if (el === Dvc.textInput) return true;  // a field without an element: ImGui's own Tab
        A.tab(e);
        return false;
      }
      if (!node) return true;  // the canvas: everything is ImGui's
      if (node.role === A.TEXTBOX) {
        // Keys edit the field in ImGui (which must be editing it: Enter may have ended that).
        if (!node.el.readOnly || e.ctrlKey || e.metaKey) _dvc_a11y_prepare_key(node.id);
        return true;
      }
      if (e.key === 'Enter' || e.key === ' ') {
        // A button presses itself (its click); other elements are pressed here.
        if (el.tagName !== 'BUTTON') { e.preventDefault(); el.click(); }
        return false;
      }
      // Arrows and Escape: ImGui's keyboard navigation (a list, tabs, closing a popup).
      return e.key === 'Escape' || e.key.indexOf('Arrow') === 0 || e.key === 'Home' || e.key === 'End' ||
             e.key === 'PageUp' || e.key === 'PageDown';
    },

    onFocusIn: function (e) {
      var node = e.target._dvc;
      if (!node || DvcA11y.syncing) return;
      _dvc_a11y_focus(node.id);
    },

    onClick: function (e) {
      var el = e.target;
      while (el && el !== DvcA11y.host && !el._dvc) el = el.parentElement;
      var node = el && el._dvc;
      if (!node || DvcA11y.syncing) return;
      e.preventDefault();
      _dvc_a11y_activate(node.id);
    },

    // What changed in a field's element since ImGui's text was put there goes to ImGui as
    // an edit: the range replaced and the text put in its place.
    sendEdit: function (el) {
      var node = el._dvc;
      var before = el._synced || '', now = el.value;
      if (before === now) return;
      var p = 0;
      while (p < before.length && p < now.length && before[p] === now[p]) ++p;
      var s = 0;
      while (s < before.length - p && s < now.length - p && before[before.length - 1 - s] === now[now.length - 1 - s]) ++s;
      var inserted = now.slice(p, now.length - s);
      Dvc.withTexts([inserted], function (text) { _dvc_a11y_edit(node.id, p, before.length - s, text); });
      // ImGui's text is what counts: what it did not take goes away.
      if (el.value !== el._synced) {
        DvcA11y.syncing++;
        el.value = el._synced || '';
        DvcA11y.syncing--;
        DvcA11y.showSelection();
      }
    },

    onInput: function (e) {
      var node = e.target._dvc;
      if (!node || node.role !== DvcA11y.TEXTBOX || e.isComposing || e.target._composing) return;
      DvcA11y.sendEdit(e.target);
    },
  },

  dvc_js_a11y_install__deps: ['$DvcA11y', '$Dvc'],
  dvc_js_a11y_install: function () {
    var A = DvcA11y;
    A.nodes = new Map();
    // The first frame is drawn without the tree; the next one sends it whole. This promise
    // (resolved with performance.now() then) is what window.dvcscore.ready waits for.
    Module.accessibilityTree = new Promise(function (resolve) { A.shown = resolve; });
    var host = A.host = document.createElement('main');
    host.id = 'semantics';
    host.setAttribute('aria-label', 'Tự đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp');
    var live = A.live = document.createElement('div');
    live.id = 'dvc-live';
    live.setAttribute('role', 'status');
    live.className = 'sr';
    var descriptions = A.descriptions = document.createElement('div');
    descriptions.hidden = true;
    Dvc.canvas.after(host);
    host.after(live);
    live.after(descriptions);
    host.addEventListener('focusin', A.onFocusIn);
    host.addEventListener('click', A.onClick);
    host.addEventListener('input', A.onInput);
    // A block of spreadsheet cells (tabs, line breaks) may fill several criteria: it goes to
    // the page whole, as a paste on the canvas does; an <input> would drop its line breaks.
    host.addEventListener('paste', function (e) {
      var node = e.target._dvc;
      if (!node || node.role !== A.TEXTBOX || !e.clipboardData) return;
      var pasted = e.clipboardData.getData('text/plain') || '';
      if (!/[\t\r\n]/.test(pasted)) return;
      e.preventDefault();
      if (!_dvc_a11y_prepare_key(node.id)) return;
      Dvc.withTexts([pasted], function (p) { _dvc_paste(p); });
    });
    host.addEventListener('compositionstart', function (e) { e.target._composing = true; });
    host.addEventListener('compositionend', function (e) {
      e.target._composing = false;
      if (e.target._dvc && e.target._dvc.role === A.TEXTBOX) A.sendEdit(e.target);
    });
    // The focus ring is drawn for keyboard users (and always around a field being typed in).
    document.addEventListener('keydown', function () { host.classList.add('kbd'); }, true);
    document.addEventListener('pointerdown', function () { host.classList.remove('kbd'); }, true);
    Dvc.keyFilter = A.keyFilter;
    Dvc.textSink = function () {
      var node = A.sinkId ? A.nodes.get(A.sinkId) : null;
      return node ? node.el : null;
    };
    Dvc.focusQuietly = function (el) {
      A.syncing++;
      try { el.focus({ preventScroll: true }); } finally { A.syncing--; }
      A.showSelection();
    };
  },

  dvc_js_a11y_update__deps: ['$DvcA11y'],
  dvc_js_a11y_update: function (json) {
    DvcA11y.apply(JSON.parse(UTF8ToString(json)));
    if (DvcA11y.shown) {
      DvcA11y.shown(performance.now());
      DvcA11y.shown = null;
    }
  },
});
