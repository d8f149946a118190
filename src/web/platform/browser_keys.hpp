#pragma once
// The one table between the browser's keys and ImGui's: a DOM KeyboardEvent's `key` and
// `code` strings, as web/platform.js receives them, to an ImGuiKey, and whether the page
// takes the key from the browser (cancels its default action).
#include <string_view>

#include "imgui.h"

namespace dvcscore::web {

struct DomKey {
    ImGuiKey key = ImGuiKey_None;  // None: ImGui has no such key
    bool typed = false;            // it types a character (a letter, a digit, Space…)
    bool taken = false;            // the page acts on it whatever the modifiers (Tab, arrows, Enter…)
};

// `key` is what the key means in the user's layout ("a", "Enter", "ArrowLeft"), `code`
// where it is on the keyboard ("KeyA", "NumpadEnter", "ControlRight").
DomKey dom_key(std::string_view key, std::string_view code);

// Whether the browser's default action must not run: keys ImGui acts on, and ImGui's
// editing shortcuts. A character typed into a field is left to the browser, which puts it
// in the hidden textarea (where an input method can compose it); so is Ctrl+V, whose text
// comes only with the browser's paste event, and any shortcut of the browser's own.
// `command` is Ctrl, or Cmd on a Mac, without Alt (Ctrl+Alt is AltGr, which types).
bool page_takes(const DomKey& key, bool command, bool typing_in_field);

}  // namespace dvcscore::web
