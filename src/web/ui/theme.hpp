#pragma once
// Colours and spacing of the calculator, in one place.
#include <string>

#include "imgui.h"

namespace dvcscore::web::ui {

namespace palette {
constexpr ImU32 kText = IM_COL32(32, 33, 36, 255);
constexpr ImU32 kMutedText = IM_COL32(95, 99, 104, 255);
constexpr ImU32 kError = IM_COL32(197, 34, 31, 255);
constexpr ImU32 kErrorFill = IM_COL32(252, 232, 230, 255);
constexpr ImU32 kWarning = IM_COL32(176, 96, 0, 255);
constexpr ImU32 kEntered = IM_COL32(26, 115, 232, 255);
constexpr ImU32 kFull = IM_COL32(19, 115, 51, 255);
constexpr ImU32 kBarTrack = IM_COL32(225, 228, 232, 255);
constexpr ImU32 kBarFill = IM_COL32(26, 115, 232, 255);
constexpr ImU32 kBarFull = IM_COL32(30, 142, 62, 255);
constexpr ImU32 kPanel = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kPanelBorder = IM_COL32(218, 220, 224, 255);
constexpr ImU32 kHeaderBand = IM_COL32(232, 240, 254, 255);
}  // namespace palette

// Light theme close to the national portal's look, in CSS pixels (the pixel ratio only
// scales the fonts, fonts.hpp).
void apply_theme();

// "#rrggbb" from the rubric (hex_color.hpp); the neutral grey when malformed.
ImU32 color_from_hex(const std::string& hex, int alpha = 255);

}  // namespace dvcscore::web::ui
