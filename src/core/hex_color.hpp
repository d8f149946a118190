#pragma once
// Colours as rubrics give them to rating bands: "#rrggbb". The rubric loader refuses any
// other text; the report and the page read them with the same rule.
#include <cstdint>
#include <optional>
#include <string_view>

namespace dvcscore {

// The grey of a rating band whose rubric gives no colour.
constexpr std::string_view kNeutralColor = "#5f6368";

// 0xRRGGBB for "#rrggbb" (digits in either case); nothing for any other text.
std::optional<std::uint32_t> parse_hex_color(std::string_view text);

}  // namespace dvcscore
