#pragma once
// Colours as WCAG 2.1 measures them: the contrast ratio of two colours (1.4.3 asks 4.5:1
// for text), and a colour darkened just enough to reach a ratio. The page's palette is
// checked with them (tests/test_contrast.cpp) and the rubric's band colours, which are
// data, are made readable with them before text is drawn in or on them.
#include <cstdint>
#include <optional>
#include <string_view>

namespace dvcscore::app {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    friend constexpr bool operator==(Rgb a, Rgb b) { return a.r == b.r && a.g == b.g && a.b == b.b; }
};

constexpr Rgb kWhite{255, 255, 255};

// WCAG's relative luminance, 0 (black) to 1 (white).
double relative_luminance(Rgb colour);
// (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21.
double contrast_ratio(Rgb a, Rgb b);
// `colour` blended over `background` at `alpha` (0–255), as a translucent fill looks.
Rgb over(Rgb colour, int alpha, Rgb background);
// `colour` darkened in even steps toward black, keeping its hue, until its contrast with
// `background` is at least `ratio`; `colour` itself when it already is.
Rgb readable_on(Rgb colour, Rgb background, double ratio = 4.5);
// "#rrggbb"; nothing for anything else.
std::optional<Rgb> parse_hex_colour(std::string_view text);

}  // namespace dvcscore::app
