#include "rounding.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "number_text.hpp"

namespace dvcscore {

double round_half_up_2dp(double x) {
    if (!std::isfinite(x)) return x;
    if (x < 0) return -round_half_up_2dp(-x);
    // c = floor of the exact x·100. fma computes x·100 − c with one rounding, so its
    // sign is exact; the two loops correct the rare case where x * 100 rounded across
    // an integer.
    double c = std::floor(x * 100);
    while (c > 0 && std::fma(x, 100, -c) < 0) c -= 1;
    while (std::fma(x, 100, -(c + 1)) >= 0) c += 1;
    if (std::fma(x, 100, -(c + 0.5)) >= 0) c += 1;
    return c / 100;
}

std::int64_t rate_hundredths(std::uint64_t numerator, std::uint64_t denominator) {
    // round(n · 10000 / d) half up = floor((2 · n · 10000 + d) / (2 · d)); 128 bits hold it.
    const uint128 twice = static_cast<uint128>(numerator) * 20000u + denominator;
    return static_cast<std::int64_t>(twice / (static_cast<uint128>(denominator) * 2u));
}

std::int64_t percent_hundredths(double percent) {
    // Far below half a hundredth (or not positive): nothing to round up.
    if (!(percent >= 0.001)) return 0;
    // The shortest decimal that reads back as `percent` is the decimal that was typed
    // (93.245, though the double is 93.24499…); round that decimal half up.
    const std::string text = format_json_number(percent);  // fixed notation from 0.001 to 100
    const char* const end = text.data() + text.size();
    std::int64_t whole = 0;
    const char* p = text.data();
    for (; p < end && *p >= '0' && *p <= '9'; ++p) whole = whole * 10 + (*p - '0');
    int decimals[3] = {0, 0, 0};
    if (p < end && *p == '.') {
        ++p;
        for (int i = 0; i < 3 && p < end && *p >= '0' && *p <= '9'; ++i, ++p) decimals[i] = *p - '0';
    }
    return whole * 100 + decimals[0] * 10 + decimals[1] + (decimals[2] >= 5 ? 1 : 0);
}

std::uint64_t least_numerator_for_hundredths(std::int64_t hundredths, std::uint64_t denominator) {
    if (hundredths <= 0) return 0;
    const auto k = static_cast<std::uint64_t>(2 * hundredths - 1);
    // 64 bits hold the product for d < 2^49, the common case.
    if (denominator < (std::uint64_t{1} << 49)) return (k * denominator + 19999) / 20000;
    return static_cast<std::uint64_t>((static_cast<uint128>(k) * denominator + 19999) / 20000);
}

std::uint64_t least_numerator_for_percent(double percent, std::uint64_t denominator) {
    // Rising in n, so start from the real answer ⌈x · d / 100⌉ (a double estimate, a step
    // or two off at most) and walk to the first n the doubles accept.
    const auto d = static_cast<double>(denominator);
    double n = std::clamp(std::ceil(percent * d / 100), 0.0, d);
    while (n > 0 && unrounded_percent(n - 1, d) >= percent) n -= 1;
    while (n < d && unrounded_percent(n, d) < percent) n += 1;
    return static_cast<std::uint64_t>(n);
}

}  // namespace dvcscore
