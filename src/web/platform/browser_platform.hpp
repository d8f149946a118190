#pragma once
// The C++ half of the platform layer: owns the canvas, its WebGL2 context and ImGui's
// context, draws frames (on demand, frame_scheduler.hpp), and tells the page where text is
// being edited. Input comes in through browser_input.hpp. Knows nothing of the
// calculator: it calls `draw_ui` each frame.
#include <cstdint>
#include <functional>
#include <string>

namespace dvcscore::web {

struct PlatformCallbacks {
    // Between ImGui::NewFrame() and ImGui::Render(); true when the UI changed something it
    // shows only on the next frame (a tab selected by code), so that frame is drawn too.
    std::function<bool()> draw_ui;
    std::function<void(float scale)> load_fonts;  // (re)fill the font atlas for a pixel ratio
    std::function<bool()> numeric_text_input;     // the field being edited takes numbers
    // Text pasted into the field being edited, as copied (line breaks and tabs kept): true
    // when the page takes it whole (a block of spreadsheet cells), false to let the field
    // paste it as text.
    std::function<bool(const std::string& text)> paste_block;
};

class BrowserPlatform {
public:
    // Creates the WebGL2 context and ImGui's context and backends; false (after telling
    // the page) when the browser has no WebGL2.
    bool start(PlatformCallbacks callbacks);

    // Draws one frame now, applying what ImGui's input queue lets it; returns after presenting it.
    void run_frame();
    // Draws frames until ImGui has applied every queued input event (an event handler wants
    // its effect at once: a tap must focus the text field inside the touch handler), then
    // lets the page settle on animation frames.
    void pump();
    // Asks for frames on the next animation frames (something changed).
    void invalidate();

    // Offers pasted text to the page (PlatformCallbacks::paste_block); false when it is the field's.
    bool paste_block(const std::string& text);

    // A text field is being edited: the hidden textarea has the keyboard focus.
    bool text_field_active() const;
    std::uint64_t frames_drawn() const;
    float pixel_ratio() const;
};

BrowserPlatform& platform();

}  // namespace dvcscore::web
