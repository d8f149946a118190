#include "widget_registry.hpp"

#include "a11y/semantics.hpp"
#include "imgui_internal.h"

namespace dvcscore::web::ui {

void WidgetRegistry::place(const std::string& code, const char* field, float width) {
    std::string key = code + "/" + field;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    FieldRect r;
    r.min = at;
    r.max = ImVec2(at.x + width, at.y + ImGui::GetFrameHeight());
    r.visible_min = window->InnerClipRect.Min;
    r.visible_max = window->InnerClipRect.Max;
    r.frame = frame_;
    if (key == scroll_to_) {
        // A block that does not scroll itself (the top bar when the whole page scrolls)
        // is brought into view by the window around it.
        if (!r.fully_visible()) {
            if ((window->Flags & ImGuiWindowFlags_ChildWindow) && window->ScrollMax.y <= 0)
                ImGui::ScrollToRect(const_cast<ImGuiWindow*>(window), ImRect(r.min, r.max));
            else
                ImGui::SetScrollFromPosY(at.y - window->Pos.y, 0.4f);
        }
        if (r.fully_visible() || --scroll_tries_left_ <= 0) scroll_to_.clear();
    }
    rects_[std::move(key)] = r;
}

void WidgetRegistry::record_item(const std::string& name) {
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    FieldRect r;
    r.min = ImGui::GetItemRectMin();
    r.max = ImGui::GetItemRectMax();
    r.visible_min = window->InnerClipRect.Min;
    r.visible_max = window->InnerClipRect.Max;
    r.frame = frame_;
    rects_["ui/" + name] = r;
    a11y::describe().key(name);  // the element of the accessibility tree says it (data-ui)
}

const FieldRect* WidgetRegistry::find(const std::string& code, const std::string& field) const {
    const auto it = rects_.find(code + "/" + field);
    if (it == rects_.end() || it->second.frame != frame_) return nullptr;  // not drawn this frame
    return &it->second;
}

}  // namespace dvcscore::web::ui
