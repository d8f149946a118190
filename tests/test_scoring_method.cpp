// One scoring method in one unit (scoring_method.hpp): its points, the inverse the plans
// need (the least rate, then the least numerator, that earns given points) under both rate
// rules, and its description. Figures by hand from docs/rubric.md.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <string>

#include "core/rounding.hpp"
#include "core/scoring_method.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::cents;
using test_support::criterion;

namespace {

// The same criterion under the other rate rule.
Criterion with_rule(const std::string& code, RateRule rule) {
    Criterion c = criterion(code);
    c.rate = rule;
    return c;
}

}  // namespace

TEST_CASE("cap: points from the scoring percentage, multiplied before divided, at most max", "[scoring_method]") {
    // ONLINE_PROVISION, max 2, T 80: 58.43 × 2 / 80 = 1.46075 → 1.46; 100 × 2 / 80 = 2.5 → max 2.
    CHECK(method_points(criterion("ONLINE_PROVISION"), 58.43) == 1.46);
    CHECK(method_points(criterion("ONLINE_PROVISION"), 100) == 2);
    // PAY_DOSSIERS, max 6, T 100: 93.25 × 6 / 100 = 5.595, stored just below → 5.59.
    CHECK(method_points(criterion("PAY_DOSSIERS"), 93.25) == 5.59);
    // info scores nothing.
    CHECK(method_points(criterion("AVG_DAYS"), 100) == 0);
}

TEST_CASE("cap: full points from the threshold, and the slope below it", "[scoring_method]") {
    // ONLINE_DOSSIERS, max 6, T 50: full at 50 %, 6 / 50 = 0.12 points (12 cents) per point.
    const Criterion& c = criterion("ONLINE_DOSSIERS");
    CHECK(full_at_percent(c) == 50);
    CHECK(points_per_percent(c) == Approx(0.12));
    CHECK(cents_per_percent(c) == Approx(12));
    // ON_TIME, max 20, T 100: 0.2 points per percentage point.
    CHECK(points_per_percent(criterion("ON_TIME")) == Approx(0.2));
    CHECK(points_per_percent(criterion("AVG_DAYS")) == 0);
}

TEST_CASE("inverse, shown percentage: the least hundredths that earn a level", "[scoring_method]") {
    // ON_TIME, max 20, T 100: points = h / 100 × 20 / 100 = h / 500, rounded half up.
    // 14.67 needs h / 500 ≥ 14.665, h ≥ 7332.5 → 7333 (73.33 % → 14.666 → 14.67; 73.32 % → 14.664 → 14.66).
    const Criterion& on_time = criterion("ON_TIME");
    CHECK(least_hundredths_for_points(on_time, 1467) == 7333);
    // Full points, 20.00: h / 500 ≥ 19.995, h ≥ 9997.5 → 9998 (99.98 % → 19.996 → 20.00).
    CHECK(least_hundredths_for_points(on_time, 2000) == 9998);
    // ONLINE_PROVISION, max 2, T 80: 2.00 needs x × 2 / 80 ≥ 1.995, x ≥ 79.80 on paper; but
    // 79.8 is stored as 79.7999999999999971…, × 2 / 80 = 1.99499999999999988… → 1.99, so the
    // least is 79.81 % (1.99525 → 2.00), as the portal's doubles decide.
    CHECK(least_hundredths_for_points(criterion("ONLINE_PROVISION"), 200) == 7981);
}

TEST_CASE("inverse, unrounded: the least percentage, then the least numerator, under both rules", "[scoring_method]") {
    // 4.5 CITIZEN_DATA_CONNECTED_FORMALITY, max 2, T 100: 0.47 needs x × 2 / 100 ≥ 0.465,
    // x ≥ 23.25 (23.25 × 2 / 100 is the double 0.46500000000000002… → 0.47). Quảng Trị's
    // 295 / 1269 = 23.2466 % scores 0.46, so the least percentage lies above it.
    const Criterion unrounded = with_rule("CITIZEN_DATA_CONNECTED_FORMALITY", RateRule::Unrounded);
    const double x = least_percent_for_points(unrounded, 47);
    CHECK(x <= 23.25);
    CHECK(x > 295.0 / 1269 * 100);
    CHECK(method_points(unrounded, x) == 0.47);
    CHECK(method_points(unrounded, std::nextafter(x, 0.0)) == 0.46);
    // Over 1269: n / 1269 × 100 ≥ 23.25 → n ≥ 295.04 → 296 (23.3255 %).
    CHECK(least_numerator_for_percent(x, 1269) == 296);
    // The shown rule rounds 295 / 1269 to 23.25 % first: 0.47 from 2325 hundredths, and
    // (2 · 2325 − 1) · 1269 / 20000 = 294.98 → 295.
    const Criterion shown = with_rule("CITIZEN_DATA_CONNECTED_FORMALITY", RateRule::ShownPercent);
    CHECK(least_hundredths_for_points(shown, 47) == 2325);
    CHECK(least_numerator_for_hundredths(2325, 1269) == 295);
    CHECK(least_numerator_for_hundredths(0, 1269) == 0);
}

TEST_CASE("inverse round trip: every level of every criterion, under both rate rules", "[scoring_method]") {
    const Rubric& rubric = default_rubric();
    for (const Criterion& original : rubric.criteria) {
        if (!original.scored()) continue;
        for (const RateRule rule : {RateRule::ShownPercent, RateRule::Unrounded}) {
            Criterion c = original;
            c.rate = rule;
            const std::int64_t top = cents(method_points(c, 100));
            CHECK(top == cents(c.max));
            for (std::int64_t level = 1; level <= top; ++level) {
                INFO(c.code << " level " << level << (rule == RateRule::Unrounded ? " unrounded" : " shown"));
                if (rule == RateRule::ShownPercent) {
                    const std::int64_t h = least_hundredths_for_points(c, level);
                    REQUIRE(cents(method_points(c, static_cast<double>(h) / 100)) >= level);
                    REQUIRE(cents(method_points(c, static_cast<double>(h - 1) / 100)) < level);
                    for (const std::uint64_t d : {7u, 89u, 1541u}) {
                        const std::uint64_t n = least_numerator_for_hundredths(h, d);
                        REQUIRE(rate_hundredths(n, d) >= h);
                        if (n > 0) REQUIRE(rate_hundredths(n - 1, d) < h);
                    }
                } else {
                    const double x = least_percent_for_points(c, level);
                    REQUIRE(cents(method_points(c, x)) >= level);
                    REQUIRE(cents(method_points(c, std::nextafter(x, 0.0))) < level);
                    for (const std::uint64_t d : {7u, 89u, 1269u}) {
                        const std::uint64_t n = least_numerator_for_percent(x, d);
                        const auto dd = static_cast<double>(d);
                        REQUIRE(unrounded_percent(static_cast<double>(n), dd) >= x);
                        if (n > 0) REQUIRE(unrounded_percent(static_cast<double>(n - 1), dd) < x);
                    }
                }
            }
        }
    }
}

TEST_CASE("a method in words: a few for tables, a sentence for the form", "[scoring_method]") {
    CHECK(method_summary(criterion("ON_TIME")) == "tuyến tính, đủ điểm ở 100%");
    CHECK(method_summary(criterion("ONLINE_PROVISION")) == "đủ điểm từ 80%");
    CHECK(method_summary(criterion("AVG_DAYS")) == "không tính điểm");
    CHECK(method_sentence(criterion("HAS_ONLINE")) == "Tuyến tính: điểm = 4 × tỷ lệ.");
    CHECK(method_sentence(criterion("ONLINE_PROVISION")) == "Đủ 2 điểm khi tỷ lệ đạt 80%; dưới đó điểm giảm theo tỷ lệ.");
    CHECK(method_sentence(criterion("AVG_DAYS")) == "Không tính điểm, chỉ để theo dõi.");
}
