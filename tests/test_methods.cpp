// Each scoring method of docs/rubric.md: points = max × min(1, rate / T), "linear" is
// cap 1, "info" scores nothing; below, at and above each threshold.
#include <catch2/catch.hpp>

#include <string>

#include "core/score.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::criterion;
using test_support::score_of;

namespace {

double points_at_percent(const std::string& code, double percent) {
    return score_of(code, Entry::of_percent(percent)).points;
}

}  // namespace

TEST_CASE("linear (cap 1): points proportional to the rate, full only at 100 %", "[methods]") {
    // ON_TIME, max 20: points = 20 × p / 100.
    CHECK(points_at_percent("ON_TIME", 0) == 0);
    CHECK(points_at_percent("ON_TIME", 50) == 10);
    CHECK(points_at_percent("ON_TIME", 73.33) == 14.67);  // 14.666 → 14.67
    CHECK(points_at_percent("ON_TIME", 99.9) == 19.98);
    CHECK(points_at_percent("ON_TIME", 100) == 20);
    // HAS_ONLINE, max 4: 4 × 27.39 / 100 = 1.0956 → 1.10.
    CHECK(points_at_percent("HAS_ONLINE", 27.39) == 1.10);
    // PAY_DOSSIERS, max 6, the spec's rounding cases.
    CHECK(points_at_percent("PAY_DOSSIERS", 93.25) == 5.59);
    CHECK(points_at_percent("PAY_DOSSIERS", 89.25) == 5.36);

    CHECK_FALSE(score_of("ON_TIME", Entry::of_percent(99.9)).at_cap);
    CHECK(score_of("ON_TIME", Entry::of_percent(100)).at_cap);
}

TEST_CASE("linear: 99.99 % rounds to full points (20 × 99.99 / 100 = 19.998 → 20.00)", "[methods]") {
    const CriterionScore s = score_of("ON_TIME", Entry::of_percent(99.99));
    CHECK(s.points == 20);
    CHECK(s.at_cap);
}

TEST_CASE("cap 0.8: full points from 80 %", "[methods]") {
    // ONLINE_PROVISION, max 2: points = 2 × p / 80, at most 2.
    CHECK(points_at_percent("ONLINE_PROVISION", 0) == 0);
    CHECK(points_at_percent("ONLINE_PROVISION", 40) == 1);
    CHECK(points_at_percent("ONLINE_PROVISION", 58.43) == 1.46);  // 1.46075 → 1.46
    CHECK(points_at_percent("ONLINE_PROVISION", 79.5) == 1.99);   // 1.9875 → 1.99
    CHECK(points_at_percent("ONLINE_PROVISION", 80) == 2);
    CHECK(points_at_percent("ONLINE_PROVISION", 95) == 2);
    CHECK(points_at_percent("ONLINE_PROVISION", 100) == 2);
    // PAY_FORMALITIES, max 2: 2 × 45 / 80 = 1.125 → 1.13.
    CHECK(points_at_percent("PAY_FORMALITIES", 45) == 1.13);
    // From counts: 4/5 = 80 % reaches the threshold exactly.
    CHECK(score_of("REUSED_DIGITIZED_DATA", Entry::counts(4, 5)).points == 2);

    CHECK_FALSE(score_of("ONLINE_PROVISION", Entry::of_percent(79.5)).at_cap);
    CHECK(score_of("ONLINE_PROVISION", Entry::of_percent(80)).at_cap);
    CHECK(score_of("ONLINE_PROVISION", Entry::of_percent(95)).at_cap);
}

TEST_CASE("cap 0.5: full points from 50 %", "[methods]") {
    // ONLINE_DOSSIERS, max 6: points = 6 × p / 50, at most 6.
    CHECK(points_at_percent("ONLINE_DOSSIERS", 10.01) == 1.20);  // 1.2012 → 1.20
    CHECK(points_at_percent("ONLINE_DOSSIERS", 25) == 3);
    CHECK(points_at_percent("ONLINE_DOSSIERS", 49) == 5.88);
    CHECK(points_at_percent("ONLINE_DOSSIERS", 50) == 6);
    CHECK(points_at_percent("ONLINE_DOSSIERS", 98.6) == 6);
    CHECK_FALSE(score_of("ONLINE_DOSSIERS", Entry::of_percent(49)).at_cap);
    CHECK(score_of("ONLINE_DOSSIERS", Entry::of_percent(50)).at_cap);
}

TEST_CASE("cap 0.9: full points from 90 %", "[methods]") {
    // DOSSIER_RECEIVING_SATISFACTION, max 6: points = 6 × p / 90, at most 6.
    CHECK(points_at_percent("DOSSIER_RECEIVING_SATISFACTION", 45) == 3);
    CHECK(points_at_percent("DOSSIER_RECEIVING_SATISFACTION", 73.72) == 4.91);  // 4.9147 → 4.91
    CHECK(points_at_percent("DOSSIER_RECEIVING_SATISFACTION", 89) == 5.93);     // 5.9333 → 5.93
    CHECK(points_at_percent("DOSSIER_RECEIVING_SATISFACTION", 90) == 6);
    CHECK(points_at_percent("DOSSIER_RECEIVING_SATISFACTION", 95) == 6);
    CHECK_FALSE(score_of("DOSSIER_RECEIVING_SATISFACTION", Entry::of_percent(89)).at_cap);
    CHECK(score_of("DOSSIER_RECEIVING_SATISFACTION", Entry::of_percent(90)).at_cap);
}

TEST_CASE("every scored criterion: 0 at 0 %, half at half the threshold, full at and above it", "[methods]") {
    const Rubric& rubric = default_rubric();
    for (const Criterion& c : rubric.criteria) {
        if (!c.scored()) continue;
        INFO(c.code << " max " << c.max << " threshold " << c.threshold);
        const double t = c.threshold * 100;
        const Entry none = Entry::of_percent(0);
        CHECK(score_criterion(c, &none).points == 0);
        // Maxima are 2, 4, 6 or 20, so half of them is exact.
        const Entry half = Entry::of_percent(t / 2);
        CHECK(score_criterion(c, &half).points == c.max / 2);
        const Entry at = Entry::of_percent(t);
        CHECK(score_criterion(c, &at).points == c.max);
        const Entry between = Entry::of_percent((t + 100) / 2);
        CHECK(score_criterion(c, &between).points == c.max);
        const Entry all = Entry::of_percent(100);
        CHECK(score_criterion(c, &all).points == c.max);
    }
}

TEST_CASE("the percent a criterion shows is the 2-decimal rate", "[methods]") {
    CHECK(score_of("ONLINE_PROVISION", Entry::counts(52, 89)).percent == 58.43);
    CHECK(score_of("PAY_DOSSIERS", Entry::of_percent(93.245)).percent == 93.25);
    CHECK(score_of("ON_TIME", Entry::counts(1, 3)).percent == 33.33);
}

TEST_CASE("info: AVG_DAYS is shown but scores 0 points", "[methods]") {
    const Entry days = Entry::of_value(4.24);
    const CriterionScore s = score_criterion(criterion("AVG_DAYS"), &days);
    CHECK(s.entered);
    CHECK(s.points == 0);
    CHECK_FALSE(s.at_cap);
}

TEST_CASE("info: PETITION_CLASSIFICATION shows its rate but scores 0 points", "[methods]") {
    // 30 / 120 = 25 %.
    const CriterionScore s = score_of("PETITION_CLASSIFICATION", Entry::counts(30, 120));
    CHECK(s.entered);
    CHECK(s.percent == 25);
    CHECK(s.points == 0);
    CHECK(score_of("PETITION_CLASSIFICATION", Entry::of_percent(100)).points == 0);
}

TEST_CASE("info criteria add nothing to their group", "[methods]") {
    const Rubric& rubric = default_rubric();
    Assessment a = test_support::with_entries({{"AVG_DAYS", Entry::of_value(30)},
                                               {"PETITION_CLASSIFICATION", Entry::counts(90, 100)}});
    const ScoreCard card = score(rubric, a);
    CHECK(card.groups[test_support::group_index(rubric, "TDGQ")] == 0);
    CHECK(card.groups[test_support::group_index(rubric, "MDHL")] == 0);
    CHECK(card.total == 0);
}

TEST_CASE("score_criterion for a criterion not entered: 0 points, not entered, no flags", "[methods]") {
    for (const Criterion& c : default_rubric().criteria) {
        INFO(c.code);
        const CriterionScore s = score_criterion(c, nullptr);
        CHECK_FALSE(s.entered);
        CHECK(s.points == 0);
        CHECK(s.percent == 0);
        CHECK_FALSE(s.zero_denominator);
        CHECK_FALSE(s.at_cap);
    }
}

TEST_CASE("a blank assessment scores 0 everywhere and rates yeu", "[methods]") {
    const Rubric& rubric = default_rubric();
    const ScoreCard card = score(rubric, Assessment::blank(rubric));
    for (double g : card.groups) CHECK(g == 0);
    CHECK(card.total == 0);
    CHECK(rubric.ratings[card.rating].id == "yeu");
}
