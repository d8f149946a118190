#include "contrast.hpp"

#include <algorithm>
#include <cmath>

#include "core/hex_color.hpp"

namespace dvcscore::app {
namespace {

double linear(std::uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

double relative_luminance(Rgb colour) {
    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb over(Rgb colour, int alpha, Rgb background) {
    auto mix = [alpha](int c, int bg) { return static_cast<std::uint8_t>((c * alpha + bg * (255 - alpha) + 127) / 255); };
    return {mix(colour.r, background.r), mix(colour.g, background.g), mix(colour.b, background.b)};
}

Rgb readable_on(Rgb colour, Rgb background, double ratio) {
    Rgb c = colour;
    for (int step = 1; step <= 100 && contrast_ratio(c, background) < ratio; ++step) {
        const double keep = 1.0 - step / 100.0;
        c = {static_cast<std::uint8_t>(std::lround(colour.r * keep)), static_cast<std::uint8_t>(std::lround(colour.g * keep)),
             static_cast<std::uint8_t>(std::lround(colour.b * keep))};
    }
    return c;
}

std::optional<Rgb> parse_hex_colour(std::string_view text) {
    const std::optional<std::uint32_t> rgb = parse_hex_color(text);
    if (!rgb) return std::nullopt;
    return Rgb{static_cast<std::uint8_t>(*rgb >> 16), static_cast<std::uint8_t>(*rgb >> 8 & 0xff),
               static_cast<std::uint8_t>(*rgb & 0xff)};
}

}  // namespace dvcscore::app
