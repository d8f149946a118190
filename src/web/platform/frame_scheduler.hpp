#pragma once
// Frames on demand: the page draws a frame only when something changed (input, a resize,
// the app's own news) and stops once its frames look the same, so an idle page draws none
// and costs no power.
#include <cstdint>

struct ImDrawData;

namespace dvcscore::web {

class FrameScheduler {
public:
    // `draw_frame` is called on an animation frame whenever a frame is owed.
    explicit FrameScheduler(void (*draw_frame)()) : draw_frame_(draw_frame) {}

    // Something changed: draw on the next animation frame.
    void invalidate();
    // After each frame, drawn for whatever reason: what it drew, and whether something
    // already asks for another (input still queued, a tab switched by code).
    void frame_drawn(const ImDrawData& drawn, bool wants_another);

private:
    void request_animation_frame();
    static int on_animation_frame(double time, void* scheduler);

    void (*draw_frame_)();
    int frames_owed_ = 0;
    int settling_ = 0;  // frames in a row that differed from the one before
    std::uint64_t last_hash_ = 0;
    bool requested_ = false;
};

}  // namespace dvcscore::web
