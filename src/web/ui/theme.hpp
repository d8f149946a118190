#pragma once
// Colours and spacing of the calculator, in one place (the colours themselves are in
// palette.hpp, where tests check their contrast).
#include <string>

#include "core/rubric.hpp"
#include "imgui.h"
#include "palette.hpp"

namespace dvcscore::web::ui {

constexpr ImU32 to_imgui(app::Rgb c, int alpha = 255) { return IM_COL32(c.r, c.g, c.b, alpha); }

namespace palette {
constexpr ImU32 kText = to_imgui(colors::kText);
constexpr ImU32 kMutedText = to_imgui(colors::kMutedText);
constexpr ImU32 kError = to_imgui(colors::kError);
constexpr ImU32 kErrorFill = to_imgui(colors::kErrorFill);
constexpr ImU32 kWarning = to_imgui(colors::kWarning);
constexpr ImU32 kEntered = to_imgui(colors::kEntered);
constexpr ImU32 kFull = to_imgui(colors::kFull);
constexpr ImU32 kBarTrack = to_imgui(colors::kBarTrack);
constexpr ImU32 kBarFill = to_imgui(colors::kBarFill);
constexpr ImU32 kBarFull = to_imgui(colors::kBarFull);
constexpr ImU32 kPanel = to_imgui(colors::kPanel);
constexpr ImU32 kPanelBorder = to_imgui(colors::kPanelBorder);
constexpr ImU32 kHeaderBand = to_imgui(colors::kHeaderBand);
constexpr ImU32 kSegment = to_imgui(colors::kSegment);
}  // namespace palette

// Light theme close to the national portal's look, in CSS pixels (the pixel ratio only
// scales the fonts, fonts.hpp).
void apply_theme();

// "#rrggbb" from the rubric (hex_color.hpp); the neutral grey when malformed.
ImU32 color_from_hex(const std::string& hex, int alpha = 255);

// A rating band's colour made dark enough for text in that colour on the page, and for
// white text on a chip of it (4.5:1): the rubric's colours are data, not all of them are.
ImU32 readable_band_color(const RatingBand& band);

}  // namespace dvcscore::web::ui
