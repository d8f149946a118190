// The same rate typed as counts or as a percentage scores the same: in the shown-percent
// groups counts are first rounded to the 2-decimal percentage the portal shows; in the
// unrounded groups (MDSH, MDHL) counts score as n / d × 100 typed in (docs/rubric.md,
// Rounding, step 1).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>

#include "core/rounding.hpp"
#include "core/score.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::score_of;

namespace {

void check_same(const std::string& code, double numerator, double denominator, double percent, double points) {
    INFO(code << ": " << numerator << "/" << denominator << " vs " << percent << " %");
    const CriterionScore counted = score_of(code, Entry::counts(numerator, denominator));
    const CriterionScore typed = score_of(code, Entry::of_percent(percent));
    CHECK(counted.percent == typed.percent);
    CHECK(counted.points == points);
    CHECK(typed.points == points);
    CHECK(counted.at_cap == typed.at_cap);
}

}  // namespace

TEST_CASE("counts and percent give the same points for the worked figures", "[percent-vs-counts]") {
    check_same("PAY_DOSSIERS", 1437, 1541, 93.25, 5.59);
    check_same("PAY_FORMALITIES", 18, 40, 45, 1.13);
    check_same("PAY_PROVISION", 8, 40, 20, 0.5);
    check_same("ONLINE_PROVISION", 52, 89, 58.43, 1.46);
    check_same("HAS_ONLINE", 516, 1884, 27.39, 1.10);
    check_same("ONLINE_DOSSIERS", 589496, 597894, 98.6, 6);
    check_same("DOSSIER_RECEIVING_SATISFACTION", 785199, 1065150, 73.72, 4.91);
}

TEST_CASE("counts are rounded to the 2-decimal percent before scoring", "[percent-vs-counts]") {
    // 1437/1541 = 93.2511 %: the unrounded rate would give 6 × 0.932511 = 5.5951 → 5.60;
    // the portal scores 93.25 % → 5.59.
    CHECK(score_of("PAY_DOSSIERS", Entry::counts(1437, 1541)).points == 5.59);
    // 11249/25000 = 44.996 % → 45.00 %: 2 × 45 / 80 = 1.125 → 1.13, where the raw rate gives
    // 2 × 44.996 / 80 = 1.1249 → 1.12.
    CHECK(score_of("PAY_FORMALITIES", Entry::counts(11249, 25000)).percent == 45);
    CHECK(score_of("PAY_FORMALITIES", Entry::counts(11249, 25000)).points == 1.13);
    check_same("PAY_FORMALITIES", 11249, 25000, 44.996, 1.13);
    // 15999/20000 = 79.995 % → 80.00 %: full points under cap 0.8.
    check_same("ONLINE_PROVISION", 15999, 20000, 79.995, 2);
}

TEST_CASE("a percent with more decimals is rounded the same way as counts", "[percent-vs-counts]") {
    // 52/89 = 58.4269 % → 58.43 %.
    check_same("ONLINE_PROVISION", 52, 89, 58.4269, 1.46);
    // 1/8 = 12.5 %; 1/16 = 6.25 %: exact either way. ON_TIME: 20 × 12.5 / 100 = 2.5.
    check_same("ON_TIME", 1, 8, 12.5, 2.5);
    check_same("ON_TIME", 1, 16, 6.25, 1.25);
}

TEST_CASE("random counts score exactly as their half-up 2-decimal percent typed in (shown-percent groups)",
          "[percent-vs-counts]") {
    std::mt19937_64 random(20260623);
    const Rubric& rubric = default_rubric();
    int compared = 0;
    for (int i = 0; i < 5000; ++i) {
        const std::uint64_t d = 1 + random() % (i % 2 ? 100000000 : 2000);
        const std::uint64_t n = random() % (d + 1);
        // The percentage the portal shows, computed here in integers: round(n·10000/d) half up.
        const std::uint64_t hundredths = (n * 20000 + d) / (2 * d);
        const double percent = static_cast<double>(hundredths) / 100;
        for (const Criterion& c : rubric.criteria) {
            if (!c.scored() || c.rate != RateRule::ShownPercent) continue;
            const Entry counted = Entry::counts(static_cast<double>(n), static_cast<double>(d));
            const Entry typed = Entry::of_percent(percent);
            const CriterionScore a = score_criterion(c, &counted);
            const CriterionScore b = score_criterion(c, &typed);
            if (a.points != b.points || a.percent != b.percent)
                FAIL_CHECK(c.code << " " << n << "/" << d << ": " << a.points << " vs " << percent << " % → " << b.points);
            ++compared;
        }
    }
    CHECK(compared == 5000 * 11);  // 1.1–1.4, 2.1, 3.1–3.6
}

TEST_CASE("random counts score exactly as n / d × 100 typed in (unrounded groups)", "[percent-vs-counts]") {
    std::mt19937_64 random(20261010);
    const Rubric& rubric = default_rubric();
    int compared = 0;
    for (int i = 0; i < 5000; ++i) {
        const std::uint64_t d = 1 + random() % (i % 2 ? 100000000 : 2000);
        const std::uint64_t n = random() % (d + 1);
        const double percent = static_cast<double>(n) / static_cast<double>(d) * 100;  // as JavaScript's n / d * 100
        for (const Criterion& c : rubric.criteria) {
            if (!c.scored() || c.rate != RateRule::Unrounded) continue;
            const Entry counted = Entry::counts(static_cast<double>(n), static_cast<double>(d));
            const Entry typed = Entry::of_percent(percent);
            const CriterionScore a = score_criterion(c, &counted);
            const CriterionScore b = score_criterion(c, &typed);
            // Points from the unrounded percentage, multiplied before divided, rounded half up.
            const double expected = round_half_up_2dp(std::min(c.max, percent * c.max / c.threshold_percent));
            if (a.points != expected || b.points != expected)
                FAIL_CHECK(c.code << " " << n << "/" << d << ": " << a.points << " and " << b.points << ", expected " << expected);
            // Shown: the half-up 2-decimal percentage, from the counts exactly.
            if (a.percent != static_cast<double>((n * 20000 + d) / (2 * d)) / 100)
                FAIL_CHECK(c.code << " " << n << "/" << d << " shows " << a.percent);
            ++compared;
        }
    }
    CHECK(compared == 5000 * 10);  // 4.1–4.7, 5.2–5.4
}
