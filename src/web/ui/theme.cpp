#include "theme.hpp"

#include "core/hex_color.hpp"

namespace dvcscore::web::ui {

void apply_theme() {
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 7);
    style.ItemInnerSpacing = ImVec2(6, 4);
    style.CellPadding = ImVec2(6, 5);
    style.ScrollbarSize = 14;
    style.WindowRounding = 0;
    style.ChildRounding = 6;
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.FrameBorderSize = 1;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.965f, 0.969f, 0.976f, 1);
    c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_Border] = ImVec4(0.855f, 0.863f, 0.878f, 1);
    c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.94f, 0.96f, 1, 1);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.91f, 0.94f, 1, 1);
    c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(palette::kText);
    c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(palette::kMutedText);
    c[ImGuiCol_Button] = ImVec4(0.91f, 0.94f, 0.996f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.82f, 0.89f, 0.99f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.10f, 0.45f, 0.91f, 1);
    c[ImGuiCol_Header] = ImVec4(0.91f, 0.94f, 0.996f, 1);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.85f, 0.90f, 0.99f, 1);
    c[ImGuiCol_HeaderActive] = ImVec4(0.80f, 0.87f, 0.98f, 1);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.975f, 0.978f, 0.985f, 1);
    c[ImGuiCol_NavHighlight] = ImVec4(0.10f, 0.45f, 0.91f, 1);
}

ImU32 color_from_hex(const std::string& hex, int alpha) {
    const std::uint32_t v = parse_hex_color(hex).value_or(*parse_hex_color(kNeutralColor));
    return IM_COL32((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, alpha);
}

}  // namespace dvcscore::web::ui
