#include "browser_platform.hpp"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>

#include "backends/imgui_impl_opengl3.h"
#include "browser_input.hpp"
#include "frame_scheduler.hpp"
#include "imgui.h"
#include "imgui_internal.h"  // GImGui->InputEventsQueue: how many input events ImGui still holds

// web/platform.js
extern "C" {
void dvc_js_install();
void dvc_js_text_input(int active, float x, float y, float height, int numeric);
void dvc_js_set_cursor(const char* css_cursor);
void dvc_js_clipboard_write(const char* text);
void dvc_js_first_frame();
void dvc_js_fatal(const char* message);
}

namespace dvcscore::web {
namespace {

void draw_scheduled_frame() { platform().run_frame(); }

struct State {
    PlatformCallbacks callbacks;
    FrameScheduler scheduler{draw_scheduled_frame};
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    float css_width = 800, css_height = 600, pixel_ratio = 1, font_ratio = 0;
    double last_time = 0;
    std::uint64_t frames = 0;
    bool text_field_active = false;
    bool drawing = false;
    int cursor = -1;
};

State& state() {
    static State s;
    return s;
}

int queued_input_events() { return GImGui->InputEventsQueue.Size; }

// ImGui says where the caret of the field being edited is (or that none is): the hidden
// textarea goes there and takes the keyboard focus, so an input method composes in place
// and a tablet shows its keyboard. Called at the end of a frame, when this changed.
void place_text_input(ImGuiViewport*, ImGuiPlatformImeData* data) {
    State& s = state();
    s.text_field_active = data->WantVisible;
    const bool numeric = s.callbacks.numeric_text_input && s.callbacks.numeric_text_input();
    dvc_js_text_input(data->WantVisible ? 1 : 0, data->InputPos.x, data->InputPos.y, data->InputLineHeight,
                      numeric ? 1 : 0);
}

void sync_cursor() {
    State& s = state();
    const int cursor = ImGui::GetMouseCursor();
    if (cursor == s.cursor) return;
    s.cursor = cursor;
    // CSS cursors by ImGuiMouseCursor, from Arrow to NotAllowed.
    static const char* const kCssCursors[ImGuiMouseCursor_COUNT] = {
        "default", "text", "move", "ns-resize", "ew-resize", "nesw-resize", "nwse-resize", "pointer", "not-allowed"};
    dvc_js_set_cursor(cursor >= 0 && cursor < ImGuiMouseCursor_COUNT ? kCssCursors[cursor] : "default");
}

void setup_imgui_io() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "dvcscore_browser";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.IniFilename = nullptr;  // nothing to persist between visits; no file system either
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle
    io.SetClipboardTextFn = [](void*, const char* text) { dvc_js_clipboard_write(text); };
    // A page may not read the clipboard when it likes: ImGui's paste gets the text of the
    // browser's paste event (input::paste), and nothing otherwise.
    io.GetClipboardTextFn = [](void*) { return input::pasted_text(); };
    io.SetPlatformImeDataFn = place_text_input;
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
    // A frame asked for while one is being drawn (an event handler run by the page's own
    // focus change) is drawn after it.
    if (s.drawing) {
        s.scheduler.invalidate();
        return;
    }
    s.drawing = true;
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
    io.DisplaySize = ImVec2(s.css_width, s.css_height);
    io.DisplayFramebufferScale = ImVec2(s.pixel_ratio, s.pixel_ratio);
    const double now = emscripten_get_now() / 1000.0;
    io.DeltaTime = static_cast<float>(std::clamp(now - s.last_time, 1e-4, 1.0));
    s.last_time = now;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();  // applies queued input events, as many as ImGui takes in one frame
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

    sync_cursor();
    s.scheduler.frame_drawn(*ImGui::GetDrawData(), ui_wants_frame || queued_input_events() > 0);
    s.drawing = false;
    if (s.frames == 1) dvc_js_first_frame();
}

void BrowserPlatform::pump() {
    // ImGui applies at least one queued event per frame: bounded.
    for (int guard = queued_input_events(); queued_input_events() > 0 && guard >= 0; --guard) run_frame();
}

void BrowserPlatform::invalidate() { state().scheduler.invalidate(); }

bool BrowserPlatform::paste_block(const std::string& text) {
    const State& s = state();
    return s.callbacks.paste_block && s.callbacks.paste_block(text);
}

bool BrowserPlatform::text_field_active() const { return state().text_field_active; }
std::uint64_t BrowserPlatform::frames_drawn() const { return state().frames; }
float BrowserPlatform::pixel_ratio() const { return state().pixel_ratio; }

}  // namespace dvcscore::web

// ---- called by web/platform.js and the page's hooks ---------------------------------------
extern "C" {

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
