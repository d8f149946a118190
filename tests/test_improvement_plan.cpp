// plan_improvements: what each criterion still has to give and how to get it, ranked as
// plan.hpp documents; the next rating band and the points it needs.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/plan.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::index_of;
using test_support::with_entries;

namespace {

const Rubric& qd766() { return default_rubric(); }

ImprovementPlan plan_for(const Assessment& a) { return plan_improvements(qd766(), a, score(qd766(), a)); }

const CriterionAdvice& advice_for(const ImprovementPlan& plan, const std::string& code) {
    const std::size_t c = index_of(qd766(), code);
    for (const CriterionAdvice& a : plan.criteria)
        if (a.criterion == c) return a;
    FAIL("no advice for " << code);
    return plan.criteria.front();
}

std::vector<std::string> codes_in_order(const ImprovementPlan& plan) {
    std::vector<std::string> codes;
    for (const CriterionAdvice& a : plan.criteria) codes.push_back(qd766().criteria[a.criterion].code);
    return codes;
}

}  // namespace

TEST_CASE("plan: 52/89 under cap 0.8 — 0.54 points left, full at 80 %, 72 of 89 needed", "[plan]") {
    const ImprovementPlan plan = plan_for(with_entries({{"ONLINE_PROVISION", Entry::counts(52, 89)}}));
    const CriterionAdvice& a = advice_for(plan, "ONLINE_PROVISION");
    CHECK(a.points_available == 0.54);  // 2 − 1.46
    CHECK(a.full_at_percent == 80);
    CHECK(a.points_per_percent == Approx(2.0 / 80));
    // 0.8 × 89 = 71.2: 71/89 = 79.78 % is short, 72/89 = 80.90 % reaches 80 %.
    REQUIRE(a.numerator_for_full.has_value());
    CHECK(*a.numerator_for_full == 72);
}

TEST_CASE("plan: numerator_for_full for each threshold", "[plan]") {
    const ImprovementPlan plan = plan_for(with_entries({{"ON_TIME", Entry::counts(10, 1000)},                        // cap 1
                                                        {"ONLINE_DOSSIERS", Entry::counts(1, 7)},                     // cap 0.5
                                                        {"DOSSIER_RECEIVING_SATISFACTION", Entry::counts(5, 11)},     // cap 0.9
                                                        {"PAY_PROVISION", Entry::counts(0, 40)}}));                   // cap 0.8
    CHECK(advice_for(plan, "ON_TIME").numerator_for_full == std::optional<std::uint64_t>(1000));
    CHECK(advice_for(plan, "ONLINE_DOSSIERS").numerator_for_full == std::optional<std::uint64_t>(4));  // 3.5 → 4
    CHECK(advice_for(plan, "DOSSIER_RECEIVING_SATISFACTION").numerator_for_full == std::optional<std::uint64_t>(10));  // 9.9 → 10
    CHECK(advice_for(plan, "PAY_PROVISION").numerator_for_full == std::optional<std::uint64_t>(32));  // 32 exactly
}

TEST_CASE("plan: numerator_for_full only for criteria entered as counts", "[plan]") {
    const ImprovementPlan plan = plan_for(with_entries({{"ON_TIME", Entry::of_percent(40)}}));
    CHECK_FALSE(advice_for(plan, "ON_TIME").numerator_for_full.has_value());     // a percent
    CHECK_FALSE(advice_for(plan, "DOSSIER_SYNC").numerator_for_full.has_value());  // not entered
}

TEST_CASE("plan: numerator_for_full is the smallest numerator whose portal percentage reaches the threshold",
          "[plan]") {
    // The portal judges the rate by its 2-decimal percentage (docs/rubric.md, Rounding, step 1):
    // 15999/20000 = 79.995 % shows as 80.00 % and already scores full points under cap 0.8.
    const Assessment a = with_entries({{"ONLINE_PROVISION", Entry::counts(15000, 20000)}});
    const ImprovementPlan plan = plan_for(a);
    REQUIRE(advice_for(plan, "ONLINE_PROVISION").numerator_for_full.has_value());
    const std::uint64_t n = *advice_for(plan, "ONLINE_PROVISION").numerator_for_full;
    CHECK(test_support::score_of("ONLINE_PROVISION", Entry::counts(15999, 20000)).points == 2);
    CHECK(n == 15999);
}

TEST_CASE("plan: the advised numerator reaches the threshold and one less does not", "[plan]") {
    // Checked through the scorer: at the advised numerator the percentage the points come
    // from (the shown one, or for 5.4 in MDHL the unrounded one) reaches the threshold; one
    // fewer stays below it.
    const Rubric& rubric = qd766();
    for (const char* code : {"ONLINE_PROVISION", "ONLINE_DOSSIERS", "DOSSIER_RECEIVING_SATISFACTION", "ON_TIME"}) {
        const Criterion& c = rubric.criteria[index_of(rubric, code)];
        for (std::uint64_t d : {1ull, 3ull, 7ull, 89ull, 1541ull, 4506ull, 597894ull, 1065150ull}) {
            INFO(code << " d = " << d);
            const ImprovementPlan plan = plan_for(with_entries({{code, Entry::counts(0, static_cast<double>(d))}}));
            const auto n = advice_for(plan, code).numerator_for_full;
            REQUIRE(n.has_value());
            REQUIRE(*n <= d);
            const Entry enough = Entry::counts(static_cast<double>(*n), static_cast<double>(d));
            CHECK(score_criterion(c, &enough).scoring_percent >= c.threshold * 100);
            CHECK(score_criterion(c, &enough).points == c.max);
            if (*n > 0) {
                const Entry short_by_one = Entry::counts(static_cast<double>(*n - 1), static_cast<double>(d));
                CHECK(score_criterion(c, &short_by_one).scoring_percent < c.threshold * 100);
            }
        }
    }
}

TEST_CASE("plan: under the unrounded rule the numerator for full points is the unrounded rate's", "[plan]") {
    // 5.4 (MDHL, cap 0.9). 0.9 × 597894 = 538104.6, so 538105 / 597894 = 90.00007 % is the
    // first at 90 % unrounded; 538104 gives 89.99990 %. Rounding the percent first, 538075
    // would do (89.99505 % shows as 90.00 %).
    const auto for_5_4 = [](const Rubric& rubric, double d) {
        const Assessment a = with_entries({{"DOSSIER_RECEIVING_SATISFACTION", Entry::counts(0, d)}}, rubric);
        const ImprovementPlan plan = plan_improvements(rubric, a, score(rubric, a));
        for (const CriterionAdvice& advice : plan.criteria)
            if (rubric.criteria[advice.criterion].code == "DOSSIER_RECEIVING_SATISFACTION") return advice.numerator_for_full;
        return std::optional<std::uint64_t>();
    };
    const Rubric shown_everywhere = test_support::qd766_rate_everywhere("");
    CHECK(for_5_4(qd766(), 597894) == std::optional<std::uint64_t>(538105));
    CHECK(for_5_4(shown_everywhere, 597894) == std::optional<std::uint64_t>(538075));
    // Hà Nội's 1065150: 0.9 × 1065150 = 958635 exactly (958635 / 1065150 is the double 0.9,
    // × 100 = 90); shown first, 0.89995 × 1065150 = 958581.74 → 958582.
    CHECK(for_5_4(qd766(), 1065150) == std::optional<std::uint64_t>(958635));
    CHECK(for_5_4(shown_everywhere, 1065150) == std::optional<std::uint64_t>(958582));
}

TEST_CASE("plan: the unrounded numerator is judged by the portal's doubles, not exact arithmetic", "[plan]") {
    // 4.3 (MDSH, cap 0.8) over d = 2^53. Exactly, 0.8 × 2^53 = 7205759403792793.6 → 7205759403792794.
    // In doubles, n = 7205759403792793: n / d is exact (n < 2^53), × 100 is exactly
    // 80 − 6.66e-15, which lies nearer 80 than the double below it (80 − 2^-46 = 80 − 1.42e-14):
    // JavaScript's n / d * 100 is 80, full points. One less: 80 − 1.78e-14 → 80 − 2^-46 < 80.
    const double d = 9007199254740992.0;
    const Assessment a = with_entries({{"REUSED_DIGITIZED_DATA", Entry::counts(0, d)}});
    const ImprovementPlan plan = plan_for(a);
    REQUIRE(advice_for(plan, "REUSED_DIGITIZED_DATA").numerator_for_full.has_value());
    CHECK(*advice_for(plan, "REUSED_DIGITIZED_DATA").numerator_for_full == 7205759403792793ull);
    const Entry enough = Entry::counts(7205759403792793.0, d);
    CHECK(test_support::score_of("REUSED_DIGITIZED_DATA", enough).scoring_percent == 80);
    CHECK(test_support::score_of("REUSED_DIGITIZED_DATA", enough).points == 2);
    const Entry short_by_one = Entry::counts(7205759403792792.0, d);
    CHECK(test_support::score_of("REUSED_DIGITIZED_DATA", short_by_one).scoring_percent < 80);
}

TEST_CASE("plan: every scored criterion appears once, info criteria never", "[plan]") {
    const ImprovementPlan plan = plan_for(Assessment::blank(qd766()));
    CHECK(plan.criteria.size() == 21);
    std::vector<int> seen(qd766().criteria.size(), 0);
    for (const CriterionAdvice& a : plan.criteria) ++seen[a.criterion];
    for (std::size_t c = 0; c < seen.size(); ++c) {
        INFO(qd766().criteria[c].code);
        CHECK(seen[c] == (qd766().criteria[c].scored() ? 1 : 0));
    }
}

TEST_CASE("plan: points available, full_at_percent and points_per_percent per criterion", "[plan]") {
    const ImprovementPlan plan = plan_for(with_entries({{"PAY_DOSSIERS", Entry::counts(1437, 1541)},
                                                        {"PAY_FORMALITIES", Entry::counts(18, 40)},
                                                        {"ONLINE_DOSSIERS", Entry::of_percent(98.6)},
                                                        {"DOSSIER_RECEIVING_SATISFACTION", Entry::of_percent(73.72)}}));
    CHECK(advice_for(plan, "PAY_DOSSIERS").points_available == 0.41);  // 6 − 5.59
    CHECK(advice_for(plan, "PAY_DOSSIERS").full_at_percent == 100);
    CHECK(advice_for(plan, "PAY_DOSSIERS").points_per_percent == Approx(0.06));
    CHECK(advice_for(plan, "PAY_FORMALITIES").points_available == 0.87);  // 2 − 1.13
    CHECK(advice_for(plan, "PAY_FORMALITIES").full_at_percent == 80);
    CHECK(advice_for(plan, "PAY_FORMALITIES").points_per_percent == Approx(0.025));
    // At the cap: nothing left and nothing to gain per percent.
    CHECK(advice_for(plan, "ONLINE_DOSSIERS").points_available == 0);
    CHECK(advice_for(plan, "ONLINE_DOSSIERS").full_at_percent == 50);
    CHECK(advice_for(plan, "ONLINE_DOSSIERS").points_per_percent == 0);
    CHECK(advice_for(plan, "DOSSIER_RECEIVING_SATISFACTION").points_available == 1.09);  // 6 − 4.91
    CHECK(advice_for(plan, "DOSSIER_RECEIVING_SATISFACTION").full_at_percent == 90);
    CHECK(advice_for(plan, "DOSSIER_RECEIVING_SATISFACTION").points_per_percent == Approx(6.0 / 90));
    // Not entered: all of it.
    CHECK(advice_for(plan, "ON_TIME").points_available == 20);
    CHECK(advice_for(plan, "ON_TIME").points_per_percent == Approx(0.2));
    CHECK(advice_for(plan, "ONLINE_DOSSIERS").points_per_percent == 0);
}

TEST_CASE("plan: ranking of a blank form — points first, then gain per percent, then rubric order", "[plan]") {
    const ImprovementPlan plan = plan_for(Assessment::blank(qd766()));
    const std::vector<std::string> expected = {
        "ON_TIME",                                         // 20
        "ONLINE_DOSSIERS",                                 // 6, 0.12 per %
        "DOSSIER_RECEIVING_SATISFACTION",                  // 6, 0.0667
        "PUBLISH_ON_TIME", "DOSSIER_SYNC", "PAY_DOSSIERS", "ORIGINAL_RESULT_AVAILABLE",
        "PETITION_PROCESSING_ON_TIME", "PETITION_HANDLING_SATISFACTION",  // 6, 0.06, rubric order
        "PUBLIC_UPDATE_ON_TIME", "HAS_ONLINE", "SO_HOA_GIAY_TO_GIAI_QUYET",
        "SYNCED_WITH_DVCQG_PERSONAL_STORAGE",              // 4, 0.04
        "ONLINE_PROVISION", "PAY_PROVISION", "PAY_FORMALITIES", "REUSED_DIGITIZED_DATA",  // 2, 0.025
        "PUBLIC_CONTENT_FULL", "CITIZEN_DATA_CONNECTED_FORMALITY", "CITIZEN_DATA_CONNECTED_DOSSIER",
        "ELECTRONIC_CERTIFIED_COPY",                       // 2, 0.02
    };
    CHECK(codes_in_order(plan) == expected);
}

TEST_CASE("plan: ranking of a partly filled form", "[plan]") {
    // ON_TIME 90 % leaves 2; PAY_DOSSIERS 93.25 % leaves 0.41; ONLINE_PROVISION 58.43 %
    // leaves 0.54; everything else is full.
    Assessment a = test_support::all_full();
    a.entries[index_of(qd766(), "ON_TIME")] = Entry::of_percent(90);
    a.entries[index_of(qd766(), "PAY_DOSSIERS")] = Entry::of_percent(93.25);
    a.entries[index_of(qd766(), "ONLINE_PROVISION")] = Entry::of_percent(58.43);
    const ImprovementPlan plan = plan_for(a);
    const std::vector<std::string> codes = codes_in_order(plan);
    REQUIRE(codes.size() == 21);
    CHECK(codes[0] == "ON_TIME");
    CHECK(codes[1] == "ONLINE_PROVISION");
    CHECK(codes[2] == "PAY_DOSSIERS");
    // The rest are at the cap: 0 available, 0 per percent, so rubric order.
    std::vector<std::size_t> rest;
    for (std::size_t i = 3; i < plan.criteria.size(); ++i) {
        CHECK(plan.criteria[i].points_available == 0);
        rest.push_back(plan.criteria[i].criterion);
    }
    CHECK(std::is_sorted(rest.begin(), rest.end()));
}

TEST_CASE("plan: next rating band and the points it needs", "[plan]") {
    SECTION("blank form: 50 points to trung_binh") {
        const ImprovementPlan plan = plan_for(Assessment::blank(qd766()));
        REQUIRE(plan.next_band.has_value());
        CHECK(qd766().ratings[*plan.next_band].id == "trung_binh");
        CHECK(plan.points_to_next_band == 50);
    }
    SECTION("Chân Mộng TTTT only, 7.22: 42.78 to trung_binh") {
        const ImprovementPlan plan = plan_for(with_entries({{"PAY_DOSSIERS", Entry::counts(1437, 1541)},
                                                            {"PAY_FORMALITIES", Entry::counts(18, 40)},
                                                            {"PAY_PROVISION", Entry::counts(8, 40)}}));
        REQUIRE(plan.next_band.has_value());
        CHECK(qd766().ratings[*plan.next_band].id == "trung_binh");
        CHECK(plan.points_to_next_band == 42.78);
    }
    SECTION("89.99: 0.01 to xuat_sac") {
        Assessment a = test_support::all_full();
        a.entries[index_of(qd766(), "ON_TIME")] = Entry::of_percent(49.95);  // 9.99 of 20
        const ImprovementPlan plan = plan_for(a);
        REQUIRE(plan.next_band.has_value());
        CHECK(qd766().ratings[*plan.next_band].id == "xuat_sac");
        CHECK(plan.points_to_next_band == 0.01);
    }
    SECTION("80.00 exactly: 10 to xuat_sac") {
        Assessment a = test_support::all_full();
        a.entries[index_of(qd766(), "ON_TIME")] = Entry::of_percent(0);
        const ImprovementPlan plan = plan_for(a);
        REQUIRE(plan.next_band.has_value());
        CHECK(qd766().ratings[*plan.next_band].id == "xuat_sac");
        CHECK(plan.points_to_next_band == 10);
    }
    SECTION("the top band has no next band") {
        const ImprovementPlan full = plan_for(test_support::all_full());
        CHECK_FALSE(full.next_band.has_value());
        Assessment a = test_support::all_full();
        a.entries[index_of(qd766(), "ON_TIME")] = Entry::of_percent(50);  // 90.00
        CHECK_FALSE(plan_for(a).next_band.has_value());
    }
}
