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
    style.FrameBorderSize = 1;  // fields and buttons show their edges (3:1, WCAG 1.4.11)
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    ImVec4* c = style.Colors;
    auto colour = [](app::Rgb rgb, float alpha = 1.0f) {
        return ImVec4(rgb.r / 255.0f, rgb.g / 255.0f, rgb.b / 255.0f, alpha);
    };
    c[ImGuiCol_WindowBg] = colour(colors::kWindow);
    c[ImGuiCol_ChildBg] = colour(colors::kPanel);
    c[ImGuiCol_Border] = colour(colors::kFieldBorder);
    c[ImGuiCol_FrameBg] = colour(colors::kPanel);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.94f, 0.96f, 1, 1);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.91f, 0.94f, 1, 1);
    c[ImGuiCol_Text] = colour(colors::kText);
    c[ImGuiCol_TextDisabled] = colour(colors::kMutedText);
    c[ImGuiCol_Button] = colour(colors::kButton);
    c[ImGuiCol_ButtonHovered] = colour(colors::kButtonHovered);
    c[ImGuiCol_ButtonActive] = colour(colors::kButtonActive);
    c[ImGuiCol_Header] = colour(colors::kButton);
    c[ImGuiCol_HeaderHovered] = colour(colors::kButtonHovered);
    c[ImGuiCol_HeaderActive] = colour(colors::kButtonActive);
    c[ImGuiCol_Tab] = colour(colors::kTab);
    c[ImGuiCol_TabHovered] = colour(colors::kTabHovered);
    c[ImGuiCol_TabActive] = colour(colors::kTabActive);
    c[ImGuiCol_TabUnfocused] = colour(colors::kTab);
    c[ImGuiCol_TabUnfocusedActive] = colour(colors::kTabActive);
    c[ImGuiCol_TableRowBgAlt] = colour(colors::kRowAlt);
    c[ImGuiCol_TableHeaderBg] = colour(colors::kHeaderBand);
    c[ImGuiCol_Separator] = colour(colors::kPanelBorder);
    c[ImGuiCol_TableBorderLight] = colour(colors::kPanelBorder);
    c[ImGuiCol_TableBorderStrong] = colour(colors::kPanelBorder);
    c[ImGuiCol_NavHighlight] = colour(colors::kFocus);
}

ImU32 readable_band_color(const RatingBand& band) {
    const app::Rgb given = app::parse_hex_colour(band.color).value_or(colors::kMutedText);
    return to_imgui(app::readable_on(given, colors::kWindow));
}

ImU32 color_from_hex(const std::string& hex, int alpha) {
    const std::uint32_t v = parse_hex_color(hex).value_or(*parse_hex_color(kNeutralColor));
    return IM_COL32((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, alpha);
}

}  // namespace dvcscore::web::ui
