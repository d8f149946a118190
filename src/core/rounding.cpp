#include "rounding.hpp"

#include <cmath>

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
    // percent · 100 carries at most a few ulps of error; snapping to 1e-6 of a hundredth
    // recovers the decimal that was typed before rounding half up.
    const double hundredths = std::round(percent * 100 * 1e6) / 1e6;
    return static_cast<std::int64_t>(std::floor(hundredths + 0.5));
}

}  // namespace dvcscore
