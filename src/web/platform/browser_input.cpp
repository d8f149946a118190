#include "browser_input.hpp"

#include <emscripten.h>

#include <cfloat>
#include <string>

#include "browser_keys.hpp"
#include "browser_platform.hpp"
#include "imgui.h"

namespace dvcscore::web::input {
namespace {

ImGuiIO& io() { return ImGui::GetIO(); }

bool ctrl_held = false;  // as last told to ImGui
std::string pasting;     // the text of a paste under way
bool paste_under_way = false;

// Every event is news: the next animation frame draws it, unless pump() comes first.
void changed() { platform().invalidate(); }

}  // namespace

void pointer_move(float x, float y) {
    io().AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io().AddMousePosEvent(x, y);
    changed();
}

void pointer_leave() {
    io().AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // ImGui's "no mouse"
    changed();
}

void pointer_button(int button, bool down) {
    if (button < 0 || button >= ImGuiMouseButton_COUNT) return;
    // An item others may overlap (a tab) takes a press only where ImGui saw the pointer
    // hover it the frame before. A mouse gets there over many frames, but a quick hand's
    // (or a test's) last move comes with the press: ImGui draws one frame at the new place
    // first. ImGui itself does the same for a touch screen's press.
    if (down) platform().pump();
    io().AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io().AddMouseButtonEvent(button, down);
    changed();
}

void wheel(float steps_x, float steps_y) {
    io().AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io().AddMouseWheelEvent(steps_x, steps_y);
    changed();
}

void tap(float x, float y) {
    // ImGui holds a touch press until a frame has seen the finger's place (it has no hover).
    io().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io().AddMousePosEvent(x, y);
    io().AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    io().AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    io().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    changed();
}

void touch_scroll(float from_x, float from_y, float dx, float dy) {
    // One wheel step scrolls five lines in ImGui: a finger's distance in CSS pixels
    // scrolls the same distance.
    const float step = 5.0f * ImGui::GetFontSize();
    io().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io().AddMousePosEvent(from_x, from_y);
    io().AddMouseWheelEvent(dx / step, dy / step);
    changed();
}

bool key(std::string_view key, std::string_view code, bool down, bool repeat, Modifiers modifiers) {
    // Cmd works as Ctrl on a Mac, so its shortcuts are the ones people know there.
    const bool ctrl = modifiers.ctrl || modifiers.meta;
    ctrl_held = ctrl;
    io().AddKeyEvent(ImGuiMod_Ctrl, ctrl);
    io().AddKeyEvent(ImGuiMod_Shift, modifiers.shift);
    io().AddKeyEvent(ImGuiMod_Alt, modifiers.alt);
    const DomKey pressed = dom_key(key, code);
    if (pressed.key != ImGuiKey_None) {
        // The browser's repeat rate, not ImGui's: each repeat is a press, and a held key
        // needs no frames in between.
        if (down && repeat) io().AddKeyEvent(pressed.key, false);
        io().AddKeyEvent(pressed.key, down);
    }
    changed();
    return page_takes(pressed, ctrl && !modifiers.alt, platform().text_field_active());
}

void text(const char* utf8) {
    io().AddInputCharactersUTF8(utf8);
    changed();
}

void paste(const char* utf8) {
    // Cells copied from a spreadsheet may fill several fields: the page's to take.
    if (platform().paste_block(utf8)) {
        changed();
        return;
    }
    // A page reads the clipboard only in a paste event, so ImGui's Ctrl+V (which the key
    // itself already gave) found nothing: press it again now that the text is here. A
    // field is one line: line breaks become spaces.
    pasting.clear();
    bool line_break = false;
    for (const char* c = utf8; *c != '\0'; ++c) {
        const bool is_break = *c == '\r' || *c == '\n';
        if (!is_break) pasting += *c;
        else if (!line_break) pasting += ' ';
        line_break = is_break;
    }
    paste_under_way = true;
    io().AddKeyEvent(ImGuiMod_Ctrl, true);
    io().AddKeyEvent(ImGuiKey_V, false);  // still down from the person's Ctrl+V: a new press
    io().AddKeyEvent(ImGuiKey_V, true);
    io().AddKeyEvent(ImGuiKey_V, false);
    io().AddKeyEvent(ImGuiMod_Ctrl, ctrl_held);
    platform().pump();
    paste_under_way = false;
}

const char* pasted_text() { return paste_under_way ? pasting.c_str() : nullptr; }

void focus(bool focused) {
    io().AddFocusEvent(focused);  // losing it releases every key and button in ImGui
    changed();
}

}  // namespace dvcscore::web::input

// ---- called by web/platform.js ------------------------------------------------------------
namespace input = dvcscore::web::input;

extern "C" {

EMSCRIPTEN_KEEPALIVE void dvc_pointer_move(float x, float y) { input::pointer_move(x, y); }
EMSCRIPTEN_KEEPALIVE void dvc_pointer_leave() { input::pointer_leave(); }
// `dom_button` as in a DOM MouseEvent: 0 main, 1 middle (the wheel), 2 secondary; the
// back and forward buttons mean nothing here.
EMSCRIPTEN_KEEPALIVE void dvc_pointer_button(int dom_button, int down) {
    static const ImGuiMouseButton kImGuiButton[] = {ImGuiMouseButton_Left, ImGuiMouseButton_Middle, ImGuiMouseButton_Right};
    if (dom_button >= 0 && dom_button < 3) input::pointer_button(kImGuiButton[dom_button], down != 0);
}
EMSCRIPTEN_KEEPALIVE void dvc_wheel(float steps_x, float steps_y) { input::wheel(steps_x, steps_y); }
EMSCRIPTEN_KEEPALIVE void dvc_tap(float x, float y) { input::tap(x, y); }
EMSCRIPTEN_KEEPALIVE void dvc_touch_scroll(float from_x, float from_y, float dx, float dy) {
    input::touch_scroll(from_x, from_y, dx, dy);
}

// 1 when the page takes the key (the browser's default action must not run), else 0.
EMSCRIPTEN_KEEPALIVE int dvc_key(const char* key, const char* code, int down, int repeat, int ctrl, int shift, int alt,
                                 int meta) {
    const input::Modifiers modifiers{ctrl != 0, shift != 0, alt != 0, meta != 0};
    return input::key(key, code, down != 0, repeat != 0, modifiers) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void dvc_text(const char* utf8) { input::text(utf8); }
EMSCRIPTEN_KEEPALIVE void dvc_paste(const char* utf8) { input::paste(utf8); }
EMSCRIPTEN_KEEPALIVE void dvc_focus(int focused) { input::focus(focused != 0); }

}  // extern "C"
