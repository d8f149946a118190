#include "number_text.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "rounding.hpp"

namespace dvcscore {

std::optional<double> parse_decimal(std::string_view text) {
    std::size_t b = 0, e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
    std::string plain;
    std::size_t digits = 0, separators = 0;
    for (std::size_t i = b; i < e; ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            ++digits;
            plain += c;
        } else if ((c == ',' || c == '.') && separators == 0) {
            ++separators;
            plain += '.';
        } else if ((c == '-' || c == '+') && i == b) {
            plain += c;
        } else {
            return std::nullopt;
        }
        if (plain.size() > 400) return std::nullopt;  // no real figure is this long
    }
    if (digits == 0) return std::nullopt;
    const double value = std::strtod(plain.c_str(), nullptr);
    if (!std::isfinite(value)) return std::nullopt;
    return value;
}

std::string format_2dp(double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", round_half_up_2dp(x));
    return buf;
}

std::string format_number(double x) {
    char buf[400];
    if (std::isfinite(x) && std::fabs(x) < 1e21) {
        for (int decimals = 0; decimals <= 17; ++decimals) {
            std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
            if (std::strtod(buf, nullptr) == x) return buf;
        }
    }
    std::snprintf(buf, sizeof buf, "%.17g", x);
    return buf;
}

}  // namespace dvcscore
