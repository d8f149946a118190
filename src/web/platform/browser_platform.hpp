#pragma once
// The C++ half of the platform layer: turns browser events (from web/platform.js) into
// ImGui input, owns the canvas and its WebGL2 context, and draws frames only when
// something changed. Knows nothing of the calculator: it calls `draw_ui` each frame.
#include <cstdint>
#include <functional>
#include <string>

namespace dvcscore::web {

// Keys the page forwards (numbering shared with web/platform.js).
enum BrowserKey : int {
    kKeyTab = 1, kKeyLeft, kKeyRight, kKeyUp, kKeyDown, kKeyPageUp, kKeyPageDown, kKeyHome, kKeyEnd,
    kKeyInsert, kKeyDelete, kKeyBackspace, kKeySpace, kKeyEnter, kKeyEscape, kKeyPadEnter,
    kKeyA, kKeyC, kKeyV, kKeyX, kKeyY, kKeyZ, kKeyCount
};

struct PlatformCallbacks {
    // Between ImGui::NewFrame() and ImGui::Render(); true when the UI changed something it
    // shows only on the next frame (a tab selected by code), so that frame is drawn too.
    std::function<bool()> draw_ui;
    std::function<void(float scale)> load_fonts;  // (re)fill the font atlas for a pixel ratio
    std::function<bool()> numeric_text_input;     // the field being edited takes numbers
};

class BrowserPlatform {
public:
    // Creates the WebGL2 context and ImGui's context and backends; false (after telling
    // the page) when the browser has no WebGL2.
    bool start(PlatformCallbacks callbacks);

    // Draws one frame now, applying queued input; returns after presenting it.
    void run_frame();
    // Draws frames until all queued input is applied (an event handler wants its effect
    // at once), then lets the page settle on animation frames.
    void pump();
    // Asks for frames on the next animation frames (something changed outside input).
    void invalidate();

    std::uint64_t frames_drawn() const;
    float pixel_ratio() const;
};

BrowserPlatform& platform();

}  // namespace dvcscore::web
