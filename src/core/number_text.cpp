#include "number_text.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

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

std::optional<double> parse_count(std::string_view text) {
    std::size_t b = 0, e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
    const std::string_view t = text.substr(b, e - b);
    // Grouped: 1–3 digits, then one or more (separator, 3 digits), the same separator throughout.
    const std::size_t lead = t.find_first_not_of("0123456789");
    if (lead != std::string_view::npos && lead >= 1 && lead <= 3 && (t.size() - lead) % 4 == 0) {
        const char separator = t[lead];
        bool grouped = separator == '.' || separator == ',' || separator == ' ';
        std::string digits(t.substr(0, lead));
        for (std::size_t i = lead; grouped && i < t.size(); i += 4) {
            grouped = t[i] == separator && t.substr(i + 1, 3).find_first_not_of("0123456789") == std::string_view::npos;
            digits += t.substr(i + 1, 3);
        }
        if (grouped) return std::strtod(digits.c_str(), nullptr);
    }
    return parse_decimal(t);
}

std::string format_2dp(double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", round_half_up_2dp(x));
    return buf;
}

std::string format_json_number(double x) {
    // Scores and percentages are hundredths: when x is the double nearest a number of
    // hundredths, that decimal is the shortest that reads back as x, written directly (the
    // spacing of doubles stays far below 0.01 up to 1e12).
    const double hundredths = std::round(x * 100);
    if (hundredths / 100 == x && std::fabs(x) < 1e12) {
        const auto all = static_cast<long long>(std::fabs(hundredths));
        const int cents = static_cast<int>(all % 100);
        std::string text = (std::signbit(x) ? "-" : "") + std::to_string(all / 100) + '.';
        text += static_cast<char>('0' + cents / 10);
        if (cents % 10 != 0) text += static_cast<char>('0' + cents % 10);
        return text;
    }
    return nlohmann::json(x).dump();
}

namespace {

// The fewest digits (decimals in fixed notation, else significant digits in %g form) whose
// text reads back as x; the 17 significant digits of %.17g when none up to 17 does.
std::string fewest_digits(double x, bool fixed) {
    char buf[400];  // fixed notation below 1e21: 22 digits, a point and 17 decimals at most
    for (int digits = fixed ? 0 : 1; digits <= 17; ++digits) {
        if (fixed) std::snprintf(buf, sizeof buf, "%.*f", digits, x);
        else std::snprintf(buf, sizeof buf, "%.*g", digits, x);
        if (std::strtod(buf, nullptr) == x) return buf;
    }
    std::snprintf(buf, sizeof buf, "%.17g", x);
    return buf;
}

}  // namespace

std::string format_number(double x) { return fewest_digits(x, std::isfinite(x) && std::fabs(x) < 1e21); }

std::string format_shortest(double x) { return fewest_digits(x, false); }

}  // namespace dvcscore

namespace dvcscore {

std::string format_count(double x, std::string_view separator) {
    const std::string plain = format_number(x);
    if (separator.empty() || plain.size() < 4 || plain.find_first_not_of("0123456789") != std::string::npos)
        return plain;
    std::string out;
    for (std::size_t i = 0; i < plain.size(); ++i) {
        if (i > 0 && (plain.size() - i) % 3 == 0) out += separator;
        out += plain[i];
    }
    return out;
}

}  // namespace dvcscore
