#include "item_hooks.hpp"

namespace dvcscore::web::a11y {

ItemHooks& item_hooks() {
    static ItemHooks hooks;
    return hooks;
}

}  // namespace dvcscore::web::a11y

// The functions imgui.cpp and imgui_widgets.cpp call (declared in imgui_internal.h).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* item) {
    if (auto* add = dvcscore::web::a11y::item_hooks().item_add) add(id, bb, item);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    if (auto* info = dvcscore::web::a11y::item_hooks().item_info) info(id, label, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
