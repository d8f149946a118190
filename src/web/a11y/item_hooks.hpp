#pragma once
// ImGui's item hooks (IMGUI_ENABLE_TEST_ENGINE, imgui_config.h) as plain function pointers:
// ImGui calls them for every item it adds and every label it shows, but only once
// GImGui->TestEngineHookItems is set, which semantics.cpp does. The bare page links the
// hooks and never turns them on.
#include "imgui.h"
#include "imgui_internal.h"

namespace dvcscore::web::a11y {

struct ItemHooks {
    void (*item_add)(ImGuiID id, const ImRect& bb, const ImGuiLastItemData* item) = nullptr;
    void (*item_info)(ImGuiID id, const char* label, ImGuiItemStatusFlags flags) = nullptr;
};

ItemHooks& item_hooks();

}  // namespace dvcscore::web::a11y
