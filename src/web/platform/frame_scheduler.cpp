#include "frame_scheduler.hpp"

#include <emscripten/html5.h>

#include <algorithm>
#include <cstring>

#include "imgui.h"

namespace dvcscore::web {
namespace {

// Frames that differ from the previous one keep the page drawing, up to this many in a
// row: ImGui settles a layout in a frame or two, and nothing here animates.
constexpr int kMaxSettlingFrames = 8;

std::uint64_t hash_draw_data(const ImDrawData& data) {
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
    for (int i = 0; i < data.CmdListsCount; ++i) {
        const ImDrawList* list = data.CmdLists[i];
        mix(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        mix(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
    }
    mix(&data.DisplaySize, sizeof data.DisplaySize);
    return h;
}

}  // namespace

void FrameScheduler::invalidate() {
    frames_owed_ = std::max(frames_owed_, 1);
    request_animation_frame();
}

void FrameScheduler::frame_drawn(const ImDrawData& drawn, bool wants_another) {
    const std::uint64_t hash = hash_draw_data(drawn);
    if (hash != last_hash_ && settling_ < kMaxSettlingFrames) {
        ++settling_;
        frames_owed_ = std::max(frames_owed_, 1);
    } else {
        settling_ = 0;
        frames_owed_ = std::max(0, frames_owed_ - 1);
    }
    last_hash_ = hash;
    if (wants_another) frames_owed_ = std::max(frames_owed_, 1);
    // Whoever drew this frame (an animation frame, an event, a hook), what is owed gets drawn.
    if (frames_owed_ > 0) request_animation_frame();
}

void FrameScheduler::request_animation_frame() {
    if (requested_) return;
    requested_ = true;
    emscripten_request_animation_frame(on_animation_frame, this);
}

int FrameScheduler::on_animation_frame(double, void* scheduler) {
    auto* self = static_cast<FrameScheduler*>(scheduler);
    self->requested_ = false;
    if (self->frames_owed_ > 0) self->draw_frame_();  // asks for the next one itself while frames are owed
    return EM_FALSE;
}

}  // namespace dvcscore::web
