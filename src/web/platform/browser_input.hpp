#pragma once
// The page's input entry points: what web/platform.js hears from the DOM (and what any
// other part of the page may feed, such as a real <input> standing for an ImGui field),
// put into ImGui's own input event queue. ImGui applies the events frame by frame
// (io.ConfigInputTrickleEventQueue), so a press and a release between two frames both
// count; BrowserPlatform::pump() draws the frames that takes.
// Positions are CSS pixels from the canvas's top left corner.
#include <string_view>

namespace dvcscore::web::input {

// A mouse (or pen used as one).
void pointer_move(float x, float y);
void pointer_leave();                    // the pointer left the canvas
void pointer_button(int button, bool down);  // ImGuiMouseButton: 0 left, 1 right, 2 middle
void wheel(float steps_x, float steps_y);    // in wheel steps, positive up and left

// A finger: a tap is a click where it lifted, after which nothing stays hovered; a
// finger that moves scrolls what is under it by the same distance.
void tap(float x, float y);
void touch_scroll(float from_x, float from_y, float dx, float dy);

struct Modifiers {
    bool ctrl = false, shift = false, alt = false, meta = false;
};
// A key pressed or released (DOM KeyboardEvent key and code, see browser_keys.hpp). A
// repeat (a key held down) is a press of its own. True when the page takes the key: the
// browser's default action must not run.
bool key(std::string_view key, std::string_view code, bool down, bool repeat, Modifiers modifiers);

// Text for the active field, as final UTF-8: typed, or composed by an input method.
void text(const char* utf8);
// Text pasted into the active field (from the browser's paste event), as copied. The page
// may take it whole (PlatformCallbacks::paste_block: cells from a spreadsheet); otherwise
// ImGui's own paste, as Ctrl+V, which takes it while the person still holds Ctrl (typed
// text it would not), line breaks as spaces.
void paste(const char* utf8);
// What ImGui's paste reads (io.GetClipboardTextFn): the text of a paste under way, else null.
const char* pasted_text();

// The page (its window or tab) gained or lost the keyboard focus.
void focus(bool focused);

}  // namespace dvcscore::web::input
