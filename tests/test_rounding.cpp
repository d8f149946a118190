// The portal's rounding (docs/rubric.md, "Rounding"): toFixed(2) on the exact binary
// value, percentages rounded half up exactly from the integers.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

#include "core/rounding.hpp"

using dvcscore::percent_hundredths;
using dvcscore::rate_hundredths;
using dvcscore::round_half_up_2dp;

namespace {

// The exact decimal expansion of a non-negative double rounded half up to hundredths,
// in cents. glibc prints a double's exact binary value, so this oracle is independent of
// any floating-point trick: round up iff the third decimal digit is 5 or more.
std::int64_t exact_half_up_cents(double x) {
    char buf[512];
    std::snprintf(buf, sizeof buf, "%.120f", x);
    const std::string s = buf;
    const auto dot = s.find('.');
    std::int64_t c = std::stoll(s.substr(0, dot)) * 100 + (s[dot + 1] - '0') * 10 + (s[dot + 2] - '0');
    if (s[dot + 3] >= '5') ++c;
    return c;
}

}  // namespace

TEST_CASE("round_half_up_2dp: 93.25 * 6 / 100 is 5.594999... and rounds down to 5.59", "[rounding]") {
    const double x = 93.25 * 6 / 100;
    // 93.25 * 6 = 559.5 exactly; the quotient's nearest double lies just below 5.595.
    REQUIRE(std::fma(x, 100, -559.5) < 0);
    CHECK(round_half_up_2dp(x) == 5.59);
    // The naive rounding rounds the already-rounded product 559.5 and gets it wrong.
    CHECK(std::round(x * 100) / 100 == 5.6);
    CHECK(std::round(x * 100) / 100 != round_half_up_2dp(x));
}

TEST_CASE("round_half_up_2dp: 89.25 * 6 / 100 is 5.355000...04 and rounds up to 5.36", "[rounding]") {
    const double x = 89.25 * 6 / 100;
    REQUIRE(std::fma(x, 100, -535.5) > 0);
    CHECK(round_half_up_2dp(x) == 5.36);
    // Dividing first (6 × 0.8925 = 5.354999…) would give 5.35: the order matters.
    const double divided_first = 6 * 0.8925;
    REQUIRE(std::fma(divided_first, 100, -535.5) < 0);
    CHECK(round_half_up_2dp(divided_first) == 5.35);
}

TEST_CASE("round_half_up_2dp: exact binary halves go up", "[rounding]") {
    CHECK(45.0 * 2 / 80 == 1.125);  // exact in binary
    CHECK(round_half_up_2dp(45.0 * 2 / 80) == 1.13);
    CHECK(round_half_up_2dp(0.375) == 0.38);
    CHECK(round_half_up_2dp(0.125) == 0.13);
    // 0.005 is stored as 0.005000000000000000104…, just above the half.
    CHECK(round_half_up_2dp(0.005) == 0.01);
}

TEST_CASE("round_half_up_2dp: decimal literals below the half round down, as toFixed does", "[rounding]") {
    // 2.675 is stored as 2.67499999999999982236…, 1.005 as 1.00499999999999989341…
    CHECK(round_half_up_2dp(2.675) == 2.67);
    CHECK(round_half_up_2dp(1.005) == 1.0);
}

TEST_CASE("round_half_up_2dp: already 2-decimal values and float noise", "[rounding]") {
    CHECK(round_half_up_2dp(0.0) == 0.0);
    CHECK(round_half_up_2dp(6.0) == 6.0);
    CHECK(round_half_up_2dp(100.0) == 100.0);
    CHECK(round_half_up_2dp(7.22) == 7.22);
    CHECK(round_half_up_2dp(5.59 + 1.13 + 0.5) == 7.22);
    CHECK(round_half_up_2dp(1.46 + 1.10 + 6) == 8.56);
    CHECK(round_half_up_2dp(0.1 + 0.2) == 0.3);
}

TEST_CASE("round_half_up_2dp: negative values mirror positive ones like toFixed", "[rounding]") {
    CHECK(round_half_up_2dp(-1.125) == -1.13);
    CHECK(round_half_up_2dp(-2.675) == -2.67);
}

TEST_CASE("round_half_up_2dp agrees with the exact decimal expansion around every half-cent", "[rounding]") {
    // For every cent boundary up to 100 points, the double nearest c + ½ cent and its
    // neighbours on both sides: exactly the values where naive rounding goes wrong.
    for (std::int64_t c = 0; c < 10000; ++c) {
        const double half = (static_cast<double>(c) + 0.5) / 100;
        for (double x : {std::nextafter(half, 0.0), half, std::nextafter(half, 200.0)}) {
            const std::int64_t want = exact_half_up_cents(x);
            const double got = round_half_up_2dp(x);
            if (got != static_cast<double>(want) / 100) {
                char buf[64];
                std::snprintf(buf, sizeof buf, "%.20g", x);
                FAIL_CHECK("x = " << buf << ": got " << got << ", exact half-up gives " << want << " cents");
            }
        }
    }
}

TEST_CASE("round_half_up_2dp agrees with the exact decimal expansion on scores computed like the portal", "[rounding]") {
    // percent × max / (threshold × 100) for every 2-decimal percent and every max/threshold
    // pair in QĐ 766.
    const double maxima[] = {2, 4, 6, 20};
    const double divisors[] = {100, 80, 50, 90};
    int mismatches = 0;
    for (int h = 0; h <= 10000; ++h) {
        const double percent = h / 100.0;
        for (double max : maxima)
            for (double divisor : divisors) {
                const double x = percent * max / divisor;
                if (round_half_up_2dp(x) != static_cast<double>(exact_half_up_cents(x)) / 100 && ++mismatches <= 5)
                    FAIL_CHECK("percent " << percent << " max " << max << " / " << divisor);
            }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("rate_hundredths: 1437/1541 is 93.25 %", "[rounding]") {
    // 1437 / 1541 = 0.932511… → 9325.11 hundredths → 9325.
    CHECK(rate_hundredths(1437, 1541) == 9325);
}

TEST_CASE("rate_hundredths: ends and exact values", "[rounding]") {
    CHECK(rate_hundredths(0, 1) == 0);
    CHECK(rate_hundredths(1, 1) == 10000);
    CHECK(rate_hundredths(1, 8) == 1250);   // 12.5 %
    CHECK(rate_hundredths(1, 16) == 625);   // 6.25 %
    CHECK(rate_hundredths(7, 16) == 4375);  // 43.75 %
    CHECK(rate_hundredths(18, 40) == 4500);
}

TEST_CASE("rate_hundredths: exact halves of a hundredth go up, quarters go to the nearest", "[rounding]") {
    CHECK(rate_hundredths(1, 20000) == 1);   // 0.005 %  = 0.5 hundredth  → 1
    CHECK(rate_hundredths(3, 40000) == 1);   // 0.0075 % = 0.75           → 1
    CHECK(rate_hundredths(1, 40000) == 0);   // 0.0025 % = 0.25           → 0
    CHECK(rate_hundredths(1, 32) == 313);    // 3.125 %  = 312.5          → 313
    CHECK(rate_hundredths(5, 32) == 1563);   // 15.625 % = 1562.5         → 1563
    CHECK(rate_hundredths(1, 160) == 63);    // 0.625 %  = 62.5           → 63
    CHECK(rate_hundredths(1, 64) == 156);    // 1.5625 % = 156.25         → 156
    CHECK(rate_hundredths(3, 64) == 469);    // 4.6875 % = 468.75         → 469
    CHECK(rate_hundredths(15999, 20000) == 8000);  // 79.995 % → 80.00 %
}

TEST_CASE("rate_hundredths: counts up to 2^53 are judged exactly, closer than a double can tell", "[rounding]") {
    // d = 20000 × 450359962737 = 9007199254740000 ≤ 2^53.
    const std::uint64_t d = 9007199254740000ull;
    const std::uint64_t m = 450359962737ull;
    CHECK(rate_hundredths(m, d) == 1);      // exactly 0.005 %
    CHECK(rate_hundredths(m - 1, d) == 0);  // just below the half
    CHECK(rate_hundredths(3 * m, d) == 2);  // exactly 0.015 %
    // n = 19999 m = 9006748894777263: exactly 99.995 % → 100.00 %.
    CHECK(rate_hundredths(19999 * m, d) == 10000);
    // One less: 9999.5 − 1/(2m) hundredths, a relative gap of 1e-16 below the half,
    // which n / d in doubles cannot see. Exactly, it rounds down to 99.99 %.
    CHECK(rate_hundredths(19999 * m - 1, d) == 9999);

    const std::uint64_t two53 = 9007199254740992ull;
    CHECK(rate_hundredths(two53, two53) == 10000);
    CHECK(rate_hundredths(two53 - 1, two53) == 10000);
    CHECK(rate_hundredths(1, two53) == 0);
    CHECK(rate_hundredths(two53 / 2, two53) == 5000);
}

TEST_CASE("rate_hundredths matches exact integer rounding on random counts", "[rounding]") {
    std::mt19937_64 random(766);
    for (int i = 0; i < 20000; ++i) {
        const std::uint64_t d = 1 + random() % 1000000;
        const std::uint64_t n = random() % (d + 1);
        // round(n·10000/d) half up; fits in 64 bits for d ≤ 10^6.
        const std::uint64_t want = (n * 20000 + d) / (2 * d);
        INFO(n << "/" << d);
        REQUIRE(rate_hundredths(n, d) == static_cast<std::int64_t>(want));
    }
}

TEST_CASE("percent_hundredths: the decimal typed is what counts", "[rounding]") {
    CHECK(percent_hundredths(93.245) == 9325);  // typed as an exact half → up
    CHECK(percent_hundredths(98.6) == 9860);
    CHECK(percent_hundredths(93.25) == 9325);
    CHECK(percent_hundredths(0) == 0);
    CHECK(percent_hundredths(100) == 10000);
    CHECK(percent_hundredths(45) == 4500);
    CHECK(percent_hundredths(12.5) == 1250);
    CHECK(percent_hundredths(0.005) == 1);
    CHECK(percent_hundredths(0.004) == 0);
    CHECK(percent_hundredths(1.005) == 101);
    CHECK(percent_hundredths(80.125) == 8013);
    CHECK(percent_hundredths(99.995) == 10000);
    CHECK(percent_hundredths(99.994) == 9999);
    CHECK(percent_hundredths(44.996) == 4500);
    CHECK(percent_hundredths(58.4269) == 5843);
}

TEST_CASE("percent_hundredths: every typed 3-decimal percent rounds half up", "[rounding]") {
    // t thousandths of a percent: the half-up hundredth is (t + 5) / 10 in integers.
    for (int t = 0; t <= 100000; ++t) {
        char text[16];
        std::snprintf(text, sizeof text, "%d.%03d", t / 1000, t % 1000);
        const double typed = std::stod(text);
        const std::int64_t want = (t + 5) / 10;
        if (percent_hundredths(typed) != want) FAIL_CHECK("typed " << typed << " (" << t << " thousandths)");
    }
}

TEST_CASE("percent_hundredths: a typed decimal just below a half rounds down", "[rounding]") {
    // Half up on the decimal written: 93.2449999999 is below 93.245, so 93.24. The double
    // nearest 93.2449999999 is ~1e-10 below 93.245, far more than binary noise (~1e-14).
    CHECK(percent_hundredths(93.2449999) == 9324);
    CHECK(percent_hundredths(93.2449999999) == 9324);
    CHECK(percent_hundredths(0.0049999999) == 0);
}
