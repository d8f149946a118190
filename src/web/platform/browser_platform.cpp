#include "browser_platform.hpp"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <cstring>
#include <deque>

#include "backends/imgui_impl_opengl3.h"
#include "imgui.h"

// web/platform.js
extern "C" {
void dvc_js_install();
void dvc_js_text_input(int active, float x, float y, float height, int numeric);
void dvc_js_set_cursor(int cursor);
void dvc_js_clipboard_write(const char* text);
void dvc_js_first_frame();
void dvc_js_fatal(const char* message);
}

namespace dvcscore::web {
namespace {

struct InputEvent {
    enum Type { Move, Button, Wheel, Key, Text, Focus } type = Move;
    float x = 0, y = 0;
    int code = 0;  // button or key
    bool down = false;
    int modifiers = 0;
    std::string text;

    static InputEvent make(Type type, float x = 0, float y = 0, int code = 0, bool down = false) {
        InputEvent e;
        e.type = type;
        e.x = x;
        e.y = y;
        e.code = code;
        e.down = down;
        return e;
    }
};

// Frames that differ from the previous one keep the page drawing, up to this many in a
// row: ImGui settles a layout in a frame or two, and nothing here animates.
constexpr int kMaxSettlingFrames = 8;

struct State {
    PlatformCallbacks callbacks;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    std::deque<InputEvent> queue;
    float css_width = 800, css_height = 600, pixel_ratio = 1, font_ratio = 0;
    double last_time = 0;
    std::uint64_t frames = 0;
    int frames_owed = 0;
    int settling = 0;
    bool frame_requested = false;
    std::uint64_t last_draw_hash = 0;
    bool text_input_active = false;
    ImVec2 caret{0, 0};
    int cursor = -1;
    std::string clipboard;
};

State& state() {
    static State s;
    return s;
}

void request_animation_frame();

// ImGui 1.86 reads input as state once per frame, so a press and release arriving
// between two frames would be lost. Events wait in a queue and each button or key change
// gets a frame of its own; a press after the pointer moved waits one more frame, because
// ImGui decides what is under the pointer from the frame before (tabs need it).
void apply_queued_input() {
    State& s = state();
    ImGuiIO& io = ImGui::GetIO();
    bool moved = false;
    while (!s.queue.empty()) {
        if (s.queue.front().type == InputEvent::Button && moved) return;
        InputEvent e = std::move(s.queue.front());
        s.queue.pop_front();
        switch (e.type) {
            case InputEvent::Move: {
                const ImVec2 at = e.x < -1e8f ? ImVec2(-FLT_MAX, -FLT_MAX) : ImVec2(e.x, e.y);
                moved = moved || at.x != io.MousePos.x || at.y != io.MousePos.y;
                io.MousePos = at;
                break;
            }
            case InputEvent::Wheel:
                io.MouseWheelH += e.x;
                io.MouseWheel += e.y;
                break;
            case InputEvent::Text: io.AddInputCharactersUTF8(e.text.c_str()); break;
            case InputEvent::Focus: io.AddFocusEvent(e.down); break;
            case InputEvent::Button:
                io.MouseDown[e.code] = e.down;
                return;
            case InputEvent::Key:
                io.KeyCtrl = (e.modifiers & (1 | 8)) != 0;  // Cmd works as Ctrl on a Mac
                io.KeyShift = (e.modifiers & 2) != 0;
                io.KeyAlt = (e.modifiers & 4) != 0;
                if (e.code == 0) break;  // modifiers alone
                io.KeysDown[e.code] = e.down;
                return;
        }
    }
}

std::uint64_t hash_draw_data(const ImDrawData* data) {
    std::uint64_t h = 1469598103934665603ull;
    // Word by word: this runs every frame over tens of thousands of vertices.
    auto mix = [&h](const void* bytes, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(bytes);
        std::size_t i = 0;
        for (; i + 4 <= n; i += 4) {
            std::uint32_t word;
            std::memcpy(&word, p + i, 4);
            h = (h ^ word) * 1099511628211ull;
        }
        for (; i < n; ++i) h = (h ^ p[i]) * 1099511628211ull;
    };
    for (int i = 0; i < data->CmdListsCount; ++i) {
        const ImDrawList* list = data->CmdLists[i];
        mix(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        mix(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
    }
    mix(&data->DisplaySize, sizeof data->DisplaySize);
    return h;
}

void sync_text_input_and_cursor(bool numeric) {
    State& s = state();
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput != s.text_input_active || io.WantTextInput) {
        s.text_input_active = io.WantTextInput;
        dvc_js_text_input(io.WantTextInput ? 1 : 0, s.caret.x, s.caret.y, ImGui::GetFontSize(), numeric ? 1 : 0);
    }
    const int cursor = ImGui::GetMouseCursor();
    if (cursor != s.cursor) {
        s.cursor = cursor;
        dvc_js_set_cursor(cursor < 0 ? 0 : cursor);
    }
}

EM_BOOL on_animation_frame(double, void*) {
    state().frame_requested = false;
    platform().run_frame();  // asks for the next one itself while frames are owed
    return EM_FALSE;
}

void request_animation_frame() {
    State& s = state();
    if (s.frame_requested) return;
    s.frame_requested = true;
    emscripten_request_animation_frame(on_animation_frame, nullptr);
}

void enqueue(InputEvent e) {
    state().queue.push_back(std::move(e));
    platform().invalidate();
}

void setup_imgui_io() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "dvcscore_browser";
    io.IniFilename = nullptr;  // nothing to persist between visits; no file system either
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle
    const int keys[][2] = {
        {ImGuiKey_Tab, kKeyTab}, {ImGuiKey_LeftArrow, kKeyLeft}, {ImGuiKey_RightArrow, kKeyRight},
        {ImGuiKey_UpArrow, kKeyUp}, {ImGuiKey_DownArrow, kKeyDown}, {ImGuiKey_PageUp, kKeyPageUp},
        {ImGuiKey_PageDown, kKeyPageDown}, {ImGuiKey_Home, kKeyHome}, {ImGuiKey_End, kKeyEnd},
        {ImGuiKey_Insert, kKeyInsert}, {ImGuiKey_Delete, kKeyDelete}, {ImGuiKey_Backspace, kKeyBackspace},
        {ImGuiKey_Space, kKeySpace}, {ImGuiKey_Enter, kKeyEnter}, {ImGuiKey_Escape, kKeyEscape},
        {ImGuiKey_KeyPadEnter, kKeyPadEnter}, {ImGuiKey_A, kKeyA}, {ImGuiKey_C, kKeyC}, {ImGuiKey_V, kKeyV},
        {ImGuiKey_X, kKeyX}, {ImGuiKey_Y, kKeyY}, {ImGuiKey_Z, kKeyZ},
    };
    for (const auto& k : keys) io.KeyMap[k[0]] = k[1];
    io.SetClipboardTextFn = [](void*, const char* text) {
        state().clipboard = text;
        dvc_js_clipboard_write(text);
    };
    io.GetClipboardTextFn = [](void*) { return state().clipboard.c_str(); };
    io.ImeSetInputScreenPosFn = [](int x, int y) { state().caret = ImVec2(float(x), float(y)); };
}

}  // namespace

BrowserPlatform& platform() {
    static BrowserPlatform p;
    return p;
}

bool BrowserPlatform::start(PlatformCallbacks callbacks) {
    State& s = state();
    s.callbacks = std::move(callbacks);
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    attributes.antialias = EM_FALSE;
    s.gl = emscripten_webgl_create_context("#canvas", &attributes);
    if (s.gl <= 0) {
        dvc_js_fatal("Trình duyệt này không hỗ trợ WebGL2 nên không vẽ được trang tính điểm. "
                     "Hãy dùng Chrome, Edge, Firefox hoặc Safari bản mới, và bật tăng tốc đồ họa.");
        return false;
    }
    emscripten_webgl_make_context_current(s.gl);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    setup_imgui_io();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    s.last_time = emscripten_get_now() / 1000.0;
    dvc_js_install();  // reports the canvas size through dvc_resize
    return true;
}

void BrowserPlatform::run_frame() {
    State& s = state();
    ImGuiIO& io = ImGui::GetIO();
    if (s.font_ratio != s.pixel_ratio) {
        // Glyphs are rasterised at the screen's pixel ratio, then drawn at 1/ratio scale,
        // so text stays sharp on a DPR 2 screen.
        s.font_ratio = s.pixel_ratio;
        io.Fonts->Clear();
        s.callbacks.load_fonts(s.pixel_ratio);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    apply_queued_input();
    io.DisplaySize = ImVec2(s.css_width, s.css_height);
    io.DisplayFramebufferScale = ImVec2(s.pixel_ratio, s.pixel_ratio);
    const double now = emscripten_get_now() / 1000.0;
    io.DeltaTime = static_cast<float>(std::clamp(now - s.last_time, 1e-4, 1.0));
    s.last_time = now;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    const bool ui_wants_frame = s.callbacks.draw_ui();
    ImGui::Render();

    const int width = static_cast<int>(s.css_width * s.pixel_ratio + 0.5f);
    const int height = static_cast<int>(s.css_height * s.pixel_ratio + 0.5f);
    glViewport(0, 0, width, height);
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++s.frames;

    sync_text_input_and_cursor(s.callbacks.numeric_text_input && s.callbacks.numeric_text_input());

    const std::uint64_t hash = hash_draw_data(ImGui::GetDrawData());
    if (hash != s.last_draw_hash && s.settling < kMaxSettlingFrames) {
        ++s.settling;
        s.frames_owed = std::max(s.frames_owed, 1);
    } else {
        s.settling = 0;
        s.frames_owed = std::max(0, s.frames_owed - 1);
    }
    s.last_draw_hash = hash;
    if (ui_wants_frame) s.frames_owed = std::max(s.frames_owed, 1);
    // Whoever called (an animation frame, an event, a hook), what is owed gets drawn.
    if (s.frames_owed > 0 || !s.queue.empty()) request_animation_frame();
    if (s.frames == 1) dvc_js_first_frame();
}

void BrowserPlatform::pump() {
    State& s = state();
    // Bounded: at most two frames per queued event (a press after a move takes two).
    for (std::size_t guard = 2 * s.queue.size() + 1; !s.queue.empty() && guard > 0; --guard) run_frame();
}

void BrowserPlatform::invalidate() {
    State& s = state();
    s.frames_owed = std::max(s.frames_owed, 1);
    request_animation_frame();
}

std::uint64_t BrowserPlatform::frames_drawn() const { return state().frames; }
float BrowserPlatform::pixel_ratio() const { return state().pixel_ratio; }

}  // namespace dvcscore::web

// ---- called by web/platform.js ------------------------------------------------------------
using dvcscore::web::InputEvent;
using dvcscore::web::enqueue;

extern "C" {

EMSCRIPTEN_KEEPALIVE void dvc_pointer_move(float x, float y) { enqueue(InputEvent::make(InputEvent::Move, x, y)); }

EMSCRIPTEN_KEEPALIVE void dvc_pointer_button(int button, int down) {
    if (button < 0 || button > 2) return;
    enqueue(InputEvent::make(InputEvent::Button, 0, 0, button, down != 0));
}

EMSCRIPTEN_KEEPALIVE void dvc_wheel(float dx, float dy) { enqueue(InputEvent::make(InputEvent::Wheel, dx, dy)); }

// A finger's movement in CSS pixels scrolls by the same distance (one wheel step
// scrolls five lines in ImGui).
EMSCRIPTEN_KEEPALIVE void dvc_touch_scroll(float dx, float dy) {
    const float step = 5.0f * ImGui::GetFontSize();
    enqueue(InputEvent::make(InputEvent::Wheel, dx / step, dy / step));
}

// A tap is a click where the finger lifted; afterwards the pointer leaves, so nothing
// stays highlighted under a finger that is gone.
EMSCRIPTEN_KEEPALIVE void dvc_tap(float x, float y) {
    enqueue(InputEvent::make(InputEvent::Move, x, y));
    enqueue(InputEvent::make(InputEvent::Button, 0, 0, 0, true));
    enqueue(InputEvent::make(InputEvent::Button, 0, 0, 0, false));
    enqueue(InputEvent::make(InputEvent::Move, -1e9f, -1e9f));
}

// key 0 reports the modifiers alone (Ctrl, Shift, Alt, Cmd pressed or released).
EMSCRIPTEN_KEEPALIVE void dvc_key(int key, int down, int modifiers) {
    if (key < 0 || key >= dvcscore::web::kKeyCount) return;
    InputEvent e = InputEvent::make(InputEvent::Key);
    e.code = key;
    e.down = down != 0;
    e.modifiers = modifiers;
    enqueue(std::move(e));
}

EMSCRIPTEN_KEEPALIVE void dvc_text(const char* utf8) {
    InputEvent e = InputEvent::make(InputEvent::Text);
    e.text = utf8;
    enqueue(std::move(e));
}

EMSCRIPTEN_KEEPALIVE void dvc_focus(int focused) { enqueue(InputEvent::make(InputEvent::Focus, 0, 0, 0, focused != 0)); }

EMSCRIPTEN_KEEPALIVE void dvc_resize(float css_width, float css_height, float pixel_ratio) {
    auto& s = dvcscore::web::state();
    s.css_width = std::max(1.0f, css_width);
    s.css_height = std::max(1.0f, css_height);
    s.pixel_ratio = std::clamp(pixel_ratio, 0.5f, 4.0f);
    emscripten_set_canvas_element_size("#canvas", static_cast<int>(s.css_width * s.pixel_ratio + 0.5f),
                                       static_cast<int>(s.css_height * s.pixel_ratio + 0.5f));
    dvcscore::web::platform().invalidate();
}

EMSCRIPTEN_KEEPALIVE void dvc_pump() { dvcscore::web::platform().pump(); }

EMSCRIPTEN_KEEPALIVE double dvc_hook_frames_drawn() {
    return static_cast<double>(dvcscore::web::platform().frames_drawn());
}

// For scripts/measure-web: the mean wall time of `count` full frames (UI and drawing), in ms.
EMSCRIPTEN_KEEPALIVE double dvc_hook_measure_frames(int count) {
    const double start = emscripten_get_now();
    for (int i = 0; i < count; ++i) dvcscore::web::platform().run_frame();
    return (emscripten_get_now() - start) / (count > 0 ? count : 1);
}

}  // extern "C"
