// The target planner on cases worked out by hand: the bundled example, ties and how
// weights, locks and ceilings move them, unreachable targets, the two rate rules, percent
// entries, inherited figures, targets already reached.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/assessment_file.hpp"
#include "core/target_plan.hpp"
#include "plan_reference.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::index_of;
using test_support::with_entries;

namespace {

const Rubric& qd766() { return default_rubric(); }

Assessment example() {
    const std::string text = test_support::read_file(std::string(DVCSCORE_ASSETS) + "/examples/vi-du-tinh-2026.json");
    AssessmentBatch batch = parse_assessments(text, "vi-du-tinh-2026.json", qd766());
    REQUIRE(batch.errors.empty());
    return batch.assessments.at(0);
}

PlanRequest request_for(const Rubric& rubric, PlanTarget target) {
    PlanRequest r;
    r.target = target;
    r.criteria.resize(rubric.criteria.size());
    return r;
}

const PlanStep* step_for(const TargetPlan& plan, const std::string& code, const Rubric& rubric = qd766()) {
    const std::size_t c = index_of(rubric, code);
    for (const PlanStep& s : plan.steps)
        if (s.criterion == c) return &s;
    return nullptr;
}

}  // namespace

TEST_CASE("target plan: the bundled example reaches Tốt at the least effort, below 5.3 alone and the list's first advice",
          "[target-plan]") {
    const Assessment a = example();
    const ScoreCard card = score(qd766(), a);
    REQUIRE(card.total == 76.09);  // Khá, 3.91 short of Tốt
    const TargetPlan plan = plan_target(qd766(), a, card, {});
    CHECK(plan.target == 80);
    REQUIRE(plan.target_band.has_value());
    CHECK(qd766().ratings[*plan.target_band].id == "tot");
    CHECK(plan.reachable);
    CHECK(plan.total_before == 76.09);
    CHECK(plan.total_after >= 80);
    CHECK(qd766().ratings[plan.rating_after].id == "tot");
    CHECK(score(qd766(), apply_plan(a, plan)).total == plan.total_after);

    // 5.3 alone: 1.05 + 3.91 = 4.96 needs 6 · r ≥ 4.955, r ≥ 82.583 %; 0.82583 · 4506 =
    // 3721.2 → 3722 (3721/4506 = 82.579 % → 4.9547 → 4.95; 3722/4506 = 82.601 % → 4.9561 → 4.96).
    // Effort (3722 − 791) / 4506 = 65.05 percentage points.
    PlanRequest only_53 = request_for(qd766(), PlanTarget::next_band());
    for (std::size_t c = 0; c < qd766().criteria.size(); ++c) only_53.criteria[c].locked = true;
    only_53.criteria[index_of(qd766(), "PETITION_HANDLING_SATISFACTION")].locked = false;
    const TargetPlan alone = plan_target(qd766(), a, card, only_53);
    REQUIRE(alone.steps.size() == 1);
    CHECK(alone.steps[0].to.numerator == 3722);
    CHECK(alone.steps[0].points_after == 4.96);
    CHECK(alone.effort == Approx(2931.0 / 4506 * 100));
    CHECK(alone.total_after == 80);

    // The least effort is less than that, and than the ranked list's first advice (5.3
    // from 17.55 % to 100 %: 82.45 points); spread over several criteria.
    CHECK(plan.effort < alone.effort);
    CHECK(plan.effort < 100 - 17.55);
    CHECK(plan.effort > 50);  // the 3.91 points cost at least a few dozen percentage points
    CHECK(plan.steps.size() > 3);
    // … and it is the least: a plain programme over every points level agrees.
    const plan_reference::Found best = plan_reference::every_level(qd766(), a, request_for(qd766(), {}), 80);
    REQUIRE(best.any);
    CHECK(plan.effort == Approx(best.effort).margin(1e-9));
    CHECK(static_cast<int>(plan.steps.size()) == best.steps);
}

TEST_CASE("target plan: equal efforts go to the criterion earlier in the rubric; weights, locks and ceilings move them",
          "[target-plan]") {
    // 1.1 and 1.4: both 6 points, linear, shown percent. 0/100 → 1/100 = 1 % → 0.06 each.
    const Assessment a = with_entries({{"PUBLISH_ON_TIME", Entry::counts(0, 100)}, {"DOSSIER_SYNC", Entry::counts(0, 100)}});
    PlanRequest r = request_for(qd766(), PlanTarget::of_total(0.06));
    TargetPlan plan = plan_target(qd766(), a, r);
    REQUIRE(plan.steps.size() == 1);
    CHECK(qd766().criteria[plan.steps[0].criterion].code == "PUBLISH_ON_TIME");
    CHECK(plan.steps[0].to.numerator == 1);
    CHECK(plan.effort == Approx(1.0));

    SECTION("a weight of 2 on 1.1 makes 1.4 the cheaper") {
        r.criteria[index_of(qd766(), "PUBLISH_ON_TIME")].weight = 2;
        plan = plan_target(qd766(), a, r);
        REQUIRE(plan.steps.size() == 1);
        CHECK(qd766().criteria[plan.steps[0].criterion].code == "DOSSIER_SYNC");
        CHECK(plan.effort == Approx(1.0));
    }
    SECTION("a weight of 3 on both: the same choice, three times the effort") {
        r.criteria[index_of(qd766(), "PUBLISH_ON_TIME")].weight = 3;
        r.criteria[index_of(qd766(), "DOSSIER_SYNC")].weight = 3;
        plan = plan_target(qd766(), a, r);
        REQUIRE(plan.steps.size() == 1);
        CHECK(qd766().criteria[plan.steps[0].criterion].code == "PUBLISH_ON_TIME");
        CHECK(plan.effort == Approx(3.0));
    }
    SECTION("locking 1.1") {
        r.criteria[index_of(qd766(), "PUBLISH_ON_TIME")].locked = true;
        plan = plan_target(qd766(), a, r);
        REQUIRE(plan.steps.size() == 1);
        CHECK(qd766().criteria[plan.steps[0].criterion].code == "DOSSIER_SYNC");
        CHECK(plan.locks[index_of(qd766(), "PUBLISH_ON_TIME")] == LockReason::User);
    }
    SECTION("a ceiling of 0.5 % on 1.1: not even one count (1/100 = 1 %)") {
        r.criteria[index_of(qd766(), "PUBLISH_ON_TIME")].ceiling = 0.5;
        plan = plan_target(qd766(), a, r);
        REQUIRE(plan.steps.size() == 1);
        CHECK(qd766().criteria[plan.steps[0].criterion].code == "DOSSIER_SYNC");
    }
    SECTION("0.12 needs both, one count each (1.1 alone: 2/100 costs the same 2 points of percentage, in one step)") {
        r.target = PlanTarget::of_total(0.12);
        plan = plan_target(qd766(), a, r);
        REQUIRE(plan.steps.size() == 1);  // fewer steps wins the tie
        CHECK(qd766().criteria[plan.steps[0].criterion].code == "PUBLISH_ON_TIME");
        CHECK(plan.steps[0].to.numerator == 2);
        CHECK(plan.effort == Approx(2.0));
    }
}

TEST_CASE("target plan: out of reach — every free criterion to its ceiling, and the best total it gives", "[target-plan]") {
    // Only 2.1 entered: 50/100 → 20 × 0.5 = 10.00 (Yếu). Tốt (80) is out of reach; the best
    // is 100/100 → 20.00, effort 50.
    const Assessment a = with_entries({{"ON_TIME", Entry::counts(50, 100)}});
    PlanRequest r = request_for(qd766(), PlanTarget::of_band(1));
    REQUIRE(qd766().ratings[1].id == "tot");
    TargetPlan plan = plan_target(qd766(), a, r);
    CHECK_FALSE(plan.reachable);
    CHECK(plan.target == 80);
    REQUIRE(plan.steps.size() == 1);
    CHECK(plan.steps[0].to.numerator == 100);
    CHECK(plan.total_after == 20);
    CHECK(qd766().ratings[plan.rating_after].id == "yeu");
    CHECK(plan.effort == Approx(50.0));

    // With a ceiling of 85 %: 85/100 → 17.00, effort 35.
    r.criteria[index_of(qd766(), "ON_TIME")].ceiling = 85;
    plan = plan_target(qd766(), a, r);
    CHECK_FALSE(plan.reachable);
    REQUIRE(plan.steps.size() == 1);
    CHECK(plan.steps[0].to.numerator == 85);
    CHECK(plan.total_after == 17);
    CHECK(plan.effort == Approx(35.0));

    // Locked as well: nothing can move.
    r.criteria[index_of(qd766(), "ON_TIME")].locked = true;
    plan = plan_target(qd766(), a, r);
    CHECK_FALSE(plan.reachable);
    CHECK(plan.steps.empty());
    CHECK(plan.total_after == 10);
}

TEST_CASE("target plan: each rate rule's least numerator (5.3, 10000/100000 → 1.00 point)", "[target-plan][rate-rules]") {
    // 10 % × 6 / 100 = 0.60; 1.00 needs 6 · r / 100 ≥ 0.995, r ≥ 16.5833 %.
    const Assessment a = with_entries({{"PETITION_HANDLING_SATISFACTION", Entry::counts(10000, 100000)}});
    const PlanRequest r = request_for(qd766(), PlanTarget::of_total(1.00));
    // Unrounded (MDHL): n ≥ 16583.3 → 16584 (16.584 % → 0.99504 → 1.00; 16583 → 0.99498 → 0.99).
    const TargetPlan unrounded = plan_target(qd766(), a, r);
    REQUIRE(unrounded.steps.size() == 1);
    CHECK(unrounded.steps[0].to.numerator == 16584);
    CHECK(unrounded.steps[0].points_after == 1.00);
    CHECK(unrounded.effort == Approx(6.584));
    // Shown percent first: the shown 16.58 % gives 0.9948 → 0.99, so 16.59 % is needed,
    // i.e. n / 100000 ≥ 16.585 % (which shows 16.59, halves up): n = 16585.
    const Rubric shown = test_support::qd766_rate_everywhere("shown_percent");
    const TargetPlan first_shown = plan_target(shown, a, r);
    REQUIRE(first_shown.steps.size() == 1);
    CHECK(first_shown.steps[0].to.numerator == 16585);
    CHECK(first_shown.effort == Approx(6.585));
}

TEST_CASE("target plan: a percent entry rises in steps of 0.01 %", "[target-plan]") {
    // 4.1 as 80 % → 6 × 0.8 = 4.80. 4.86 needs 6 · r / 100 ≥ 4.855, r ≥ 80.9167 %: 80.92 %
    // (→ 4.8552 → 4.86; 80.91 % → 4.8546 → 4.85). Effort 0.92.
    const Assessment a = with_entries({{"ORIGINAL_RESULT_AVAILABLE", Entry::of_percent(80)}});
    const TargetPlan plan = plan_target(qd766(), a, request_for(qd766(), PlanTarget::of_total(4.86)));
    REQUIRE(plan.steps.size() == 1);
    CHECK(plan.steps[0].to.kind == EntryKind::Percent);
    CHECK(plan.steps[0].to.percent == 80.92);
    CHECK(plan.steps[0].points_after == 4.86);
    CHECK(plan.effort == Approx(0.92));
}

TEST_CASE("target plan: a commune's inherited 1.1–1.3 and its 3.1 at 0/0 are never advised", "[target-plan]") {
    // A commune whose cheapest cents would be its province's 1.1 (30/47 = 63.83 % → 3.83,
    // room 2.17 at 6 points per 100 %): without the mark the plan raises it.
    Assessment a = with_entries({{"PUBLISH_ON_TIME", Entry::counts(30, 47)},
                                 {"PUBLIC_UPDATE_ON_TIME", Entry::counts(20, 40)},
                                 {"PUBLIC_CONTENT_FULL", Entry::counts(5, 10)},
                                 {"DOSSIER_SYNC", Entry::counts(1404, 1404)},
                                 {"ON_TIME", Entry::counts(1300, 1404)},
                                 {"ONLINE_PROVISION", Entry::counts(0, 0)},
                                 {"HAS_ONLINE", Entry::counts(300, 700)},
                                 {"ONLINE_DOSSIERS", Entry::counts(1000, 1404)},
                                 {"PAY_DOSSIERS", Entry::counts(200, 400)},
                                 {"ORIGINAL_RESULT_AVAILABLE", Entry::counts(1000, 1404)},
                                 {"PETITION_PROCESSING_ON_TIME", Entry::counts(0, 0)},
                                 {"PETITION_HANDLING_SATISFACTION", Entry::counts(0, 0)}});
    a.portal.level = "COMMUNE";
    const char* const province[] = {"PUBLISH_ON_TIME", "PUBLIC_UPDATE_ON_TIME", "PUBLIC_CONTENT_FULL"};
    const TargetPlan unmarked = plan_target(qd766(), a, request_for(qd766(), PlanTarget::of_total(score(qd766(), a).total + 5)));
    CHECK(step_for(unmarked, "PUBLISH_ON_TIME") != nullptr);  // the check below can fail

    for (const char* code : province) a.entries[index_of(qd766(), code)]->inherited = true;
    for (const PlanTarget target : {PlanTarget::next_band(), PlanTarget::of_total(score(qd766(), a).total + 5),
                                    PlanTarget::of_total(100)}) {
        const TargetPlan plan = plan_target(qd766(), a, request_for(qd766(), target));
        for (const char* code : province) {
            CHECK(step_for(plan, code) == nullptr);
            CHECK(plan.locks[index_of(qd766(), code)] == LockReason::Inherited);
        }
        CHECK(step_for(plan, "ONLINE_PROVISION") == nullptr);
        CHECK(plan.locks[index_of(qd766(), "ONLINE_PROVISION")] == LockReason::ZeroDenominator);
        CHECK(plan.locks[index_of(qd766(), "AVG_DAYS")] == LockReason::NotScored);
        CHECK(plan.locks[index_of(qd766(), "PAY_PROVISION")] == LockReason::NotEntered);
        CHECK_FALSE(plan.steps.empty());
    }
    // A 3.1 the import marked inherited says so rather than "0/0".
    a.entries[index_of(qd766(), "ONLINE_PROVISION")]->inherited = true;
    CHECK(plan_target(qd766(), a, {}).locks[index_of(qd766(), "ONLINE_PROVISION")] == LockReason::Inherited);
}

TEST_CASE("target plan: a target already met needs nothing; the top band has no next one", "[target-plan]") {
    const Assessment full = test_support::all_full();  // 100.00, Xuất sắc
    TargetPlan plan = plan_target(qd766(), full, {});
    CHECK(plan.reachable);
    CHECK(plan.steps.empty());
    CHECK_FALSE(plan.target_band.has_value());
    CHECK(plan.target == 100);
    CHECK(plan.effort == 0);

    const Assessment a = example();  // 76.09, Khá
    plan = plan_target(qd766(), a, request_for(qd766(), PlanTarget::of_band(2)));  // Khá: from 70
    CHECK(plan.reachable);
    CHECK(plan.steps.empty());
    CHECK(plan.target == 70);
    CHECK(plan.total_after == 76.09);
    // A total is rounded up to the cent: 76.091 needs 76.10.
    plan = plan_target(qd766(), a, request_for(qd766(), PlanTarget::of_total(76.091)));
    CHECK(plan.target == 76.10);
    CHECK(plan.total_after >= 76.10);
}

TEST_CASE("target plan: figures a person sets are taken as they are; the plan reaches the target with the rest",
          "[target-plan]") {
    // 1.1 and 1.4 at 0/100 again; aim at 0.12. Set 1.4 to 1/100 (0.06): one more count on
    // 1.1 does the rest. Set 1.4 to 3/100 (0.18): nothing else is needed.
    const Assessment a = with_entries({{"PUBLISH_ON_TIME", Entry::counts(0, 100)}, {"DOSSIER_SYNC", Entry::counts(0, 100)}});
    const ScoreCard card = score(qd766(), a);
    const PlanRequest r = request_for(qd766(), PlanTarget::of_total(0.12));
    std::vector<std::optional<Entry>> fixed(qd766().criteria.size());
    fixed[index_of(qd766(), "DOSSIER_SYNC")] = Entry::counts(1, 100);
    TargetPlan plan = plan_target_with(qd766(), a, card, r, fixed);
    REQUIRE(plan.steps.size() == 2);
    CHECK(qd766().criteria[plan.steps[0].criterion].code == "PUBLISH_ON_TIME");
    CHECK(plan.steps[0].to.numerator == 1);
    CHECK(plan.steps[1].to.numerator == 1);
    CHECK(plan.total_before == 0);
    CHECK(plan.total_after == Approx(0.12));
    CHECK(plan.effort == Approx(2.0));

    fixed[index_of(qd766(), "DOSSIER_SYNC")] = Entry::counts(3, 100);
    plan = plan_target_with(qd766(), a, card, r, fixed);
    REQUIRE(plan.steps.size() == 1);
    CHECK(plan.steps[0].to.numerator == 3);
    CHECK(plan.total_after == Approx(0.18));

    // Kept as it is: as good as locked.
    fixed[index_of(qd766(), "DOSSIER_SYNC")] = Entry::counts(0, 100);
    plan = plan_target_with(qd766(), a, card, r, fixed);
    REQUIRE(plan.steps.size() == 1);
    CHECK(qd766().criteria[plan.steps[0].criterion].code == "PUBLISH_ON_TIME");
    CHECK(plan.steps[0].to.numerator == 2);
    CHECK(plan.locks[index_of(qd766(), "DOSSIER_SYNC")] == LockReason::User);

    // Figures the unit could not set are ignored: a numerator above the denominator, another
    // denominator, a criterion not entered.
    fixed[index_of(qd766(), "DOSSIER_SYNC")] = Entry::counts(101, 100);
    fixed[index_of(qd766(), "ON_TIME")] = Entry::counts(5, 10);
    CHECK(plan_target_with(qd766(), a, card, r, fixed).steps.size() == 1);
    fixed[index_of(qd766(), "DOSSIER_SYNC")] = Entry::counts(1, 50);
    CHECK(plan_target_with(qd766(), a, card, r, fixed).steps.size() == 1);

    // "The next band" is the one above today's total, even when a figure set falls.
    const Assessment ex = example();
    const ScoreCard ex_card = score(qd766(), ex);
    std::vector<std::optional<Entry>> fall(qd766().criteria.size());
    fall[index_of(qd766(), "ON_TIME")] = Entry::counts(500000, 597894);
    plan = plan_target_with(qd766(), ex, ex_card, {}, fall);
    CHECK(plan.target == 80);
    CHECK(plan.total_before == 76.09);
    CHECK(plan.total_after >= 80);
    const PlanStep* on_time = step_for(plan, "ON_TIME");
    REQUIRE(on_time != nullptr);
    CHECK(on_time->to.numerator == 500000);
    CHECK(on_time->effort == 0);
}
