#pragma once
// Where each form field was drawn in the last frame, so the page's widgetRect hook can
// tell a test (or an embedding page) where to click, and can scroll a field into view.
#include <string>
#include <unordered_map>

#include "imgui.h"

namespace dvcscore::web::ui {

struct FieldRect {
    ImVec2 min, max;      // screen position, CSS pixels
    ImVec2 visible_min;   // the part of the screen its window shows
    ImVec2 visible_max;
    std::uint64_t frame = 0;

    bool fully_visible() const {
        return min.x >= visible_min.x && min.y >= visible_min.y && max.x <= visible_max.x && max.y <= visible_max.y;
    }
    // Its centre is on screen: enough to click a button, a tab or a row.
    bool clickable() const {
        const float x = (min.x + max.x) * 0.5f, y = (min.y + max.y) * 0.5f;
        return x >= visible_min.x && y >= visible_min.y && x <= visible_max.x && y <= visible_max.y;
    }
};

class WidgetRegistry {
public:
    void begin_frame(std::uint64_t frame) { frame_ = frame; }
    // Call just before drawing a field of `width` at the cursor; scrolls to it if asked.
    void place(const std::string& code, const char* field, float width);
    // Records the item just drawn (a button, a tab, a row) under code "ui" and a stable
    // name, so tests can click it like a person would.
    void record_item(const std::string& name);
    const FieldRect* find(const std::string& code, const std::string& field) const;

    void request_scroll(const std::string& code, const std::string& field) {
        scroll_to_ = code + "/" + field;
        scroll_tries_left_ = kScrollTries;
    }
    bool scroll_pending() const { return !scroll_to_.empty(); }

private:
    std::unordered_map<std::string, FieldRect> rects_;
    // A field asked for may be drawn where it will not stay (a tab still switching, a column
    // about to appear): it is scrolled to again until it shows whole, a few frames at most,
    // after which people scroll as they like.
    static constexpr int kScrollTries = 4;
    std::string scroll_to_;
    int scroll_tries_left_ = 0;
    std::uint64_t frame_ = 0;
};

}  // namespace dvcscore::web::ui
