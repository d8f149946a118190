// The target planner checked on generated assessments and targets: every plan is exact in
// whole counts (it reaches the target; one count, or 0.01 %, less on any step loses that
// step's points), respects locks and ceilings, and is the least effort — against an
// exhaustive search over every combination of numerators on small cases (the very steps,
// tie-break included), and against a plain dynamic programme over every points level on
// realistic ones (the effort and the number of steps). Both rate rules.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "core/target_plan.hpp"
#include "plan_reference.hpp"
#include "support.hpp"

using namespace dvcscore;
using plan_reference::cents;

namespace {

// A rubric with odd maxima and thresholds, so that levels fall between hundredths in
// every way; both rules.
const Rubric& odd_rubric() {
    static const Rubric rubric = [] {
        const char* text = R"json({
          "id": "le", "title": "Bộ lẻ", "max": 10,
          "decision_groups": [{"code": "a", "name": "A", "max": 10}],
          "groups": [
            {"code": "G1", "name": "Một", "max": 4.5, "decision_group": "a", "rate": "shown_percent",
             "criteria": [
               {"code": "A1", "number": "1.1", "name": "a1", "numerator": "x", "denominator": "y", "max": 1.5, "method": "cap", "threshold": 0.7},
               {"code": "A2", "number": "1.2", "name": "a2", "numerator": "x", "denominator": "y", "max": 3, "method": "cap", "threshold": 0.45}]},
            {"code": "G2", "name": "Hai", "max": 5.5, "decision_group": "a", "rate": "unrounded",
             "criteria": [
               {"code": "B1", "number": "2.1", "name": "b1", "numerator": "x", "denominator": "y", "max": 0.7, "method": "linear"},
               {"code": "B2", "number": "2.2", "name": "b2", "numerator": "x", "denominator": "y", "max": 4.8, "method": "cap", "threshold": 0.85}]}],
          "ratings": [{"id": "cao", "label": "Cao", "min": 6}, {"id": "thap", "label": "Thấp", "min": 0}]})json";
        RubricLoad load = load_rubric(text, "le.json");
        REQUIRE(load.rubric.has_value());
        return *load.rubric;
    }();
    return rubric;
}

const std::vector<const Rubric*>& rubrics() {
    static const Rubric shown = test_support::qd766_rate_everywhere("shown_percent");
    static const Rubric unrounded = test_support::qd766_rate_everywhere("unrounded");
    static const std::vector<const Rubric*> all{&default_rubric(), &shown, &unrounded, &odd_rubric()};
    return all;
}

std::string describe(const Rubric& rubric, const Assessment& a, const PlanRequest& request, double target) {
    std::string s = rubric.id + " target " + std::to_string(target) + ":";
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        const auto& e = a.entries[c];
        if (!e) continue;
        s += " " + rubric.criteria[c].number + "=";
        s += e->kind == EntryKind::Counts ? std::to_string(static_cast<long long>(e->numerator)) + "/" +
                                                std::to_string(static_cast<long long>(e->denominator))
                                          : std::to_string(e->percent) + "%";
        if (c < request.criteria.size()) {
            const CriterionPlanSettings& st = request.criteria[c];
            if (st.locked) s += "[khóa]";
            if (st.weight != 1) s += "[w" + std::to_string(st.weight) + "]";
            if (st.ceiling) s += "[≤" + std::to_string(*st.ceiling) + "]";
        }
    }
    return s;
}

// What every plan must satisfy, whatever the case.
void check_exact(const Rubric& rubric, const Assessment& a, const PlanRequest& request, const TargetPlan& plan) {
    const ScoreCard before = score(rubric, a);
    const ScoreCard after = score(rubric, apply_plan(a, plan));
    CHECK(after.total == plan.total_after);
    CHECK(before.total == plan.total_before);
    if (plan.reachable) CHECK(cents(after.total) >= cents(plan.target));
    else CHECK(cents(after.total) < cents(plan.target));
    double effort = 0;
    for (const PlanStep& step : plan.steps) {
        const std::size_t c = step.criterion;
        const Criterion& criterion = rubric.criteria[c];
        INFO("step " << criterion.number);
        const CriterionPlanSettings settings = c < request.criteria.size() ? request.criteria[c] : CriterionPlanSettings{};
        CHECK_FALSE(settings.locked);
        CHECK(default_lock(criterion, a.entries[c]) == LockReason::None);
        REQUIRE(a.entries[c].has_value());
        CHECK(step.from.kind == step.to.kind);
        CHECK(step.points_after == after.criteria[c].points);
        CHECK(step.points_before == before.criteria[c].points);
        CHECK(step.points_after > step.points_before);
        effort += step.effort;
        Entry one_less = step.to;
        if (step.to.kind == EntryKind::Counts) {
            CHECK(step.to.denominator == step.from.denominator);
            CHECK(step.to.numerator > step.from.numerator);
            CHECK(step.to.numerator <= step.to.denominator);
            CHECK(step.effort == Approx(settings.weight * (step.to.numerator - step.from.numerator) * 100 / step.to.denominator));
            if (settings.ceiling) CHECK(step.to.numerator * 10000 <= std::floor(*settings.ceiling * 100 + 1e-7) * step.to.denominator);
            one_less.numerator -= 1;
        } else {
            const double hundredths = std::round(step.to.percent * 100);
            CHECK(step.to.percent == hundredths / 100);  // whole hundredths, as 0.01 % steps
            CHECK(step.to.percent > step.from.percent);
            CHECK(step.to.percent <= (settings.ceiling ? *settings.ceiling : 100.0) + 1e-9);
            CHECK(step.effort == Approx(settings.weight * (step.to.percent - step.from.percent)));
            one_less.percent = (hundredths - 1) / 100;
        }
        // One less loses this step's points (and with them, the plan's reason for it).
        CHECK(score_criterion(criterion, &one_less).points < step.points_after);
    }
    CHECK(plan.effort == Approx(effort).margin(1e-9));
    for (std::size_t i = 1; i < plan.steps.size(); ++i) CHECK(plan.steps[i - 1].criterion < plan.steps[i].criterion);
}

double random_weight(std::mt19937& rng) {
    static const double weights[] = {1, 1, 1, 2, 4, 0.5, 3, 1.5};
    return weights[std::uniform_int_distribution<int>(0, 7)(rng)];
}

}  // namespace

TEST_CASE("target plan: the least effort among every combination of numerators (small cases)", "[target-plan]") {
    constexpr int kRounds = 2000;
    std::mt19937 rng(766);
    int compared = 0, reachable = 0;
    for (int round = 0; round < kRounds; ++round) {
        const Rubric& rubric = *rubrics()[static_cast<std::size_t>(round) % rubrics().size()];
        Assessment a = Assessment::blank(rubric);
        PlanRequest request;
        request.criteria.resize(rubric.criteria.size());
        // A few criteria to raise, small denominators; a few more entered but locked.
        std::vector<std::size_t> scored;
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c)
            if (rubric.criteria[c].scored()) scored.push_back(c);
        std::shuffle(scored.begin(), scored.end(), rng);
        const int free_count = std::uniform_int_distribution<int>(1, 3)(rng);
        const int max_d = free_count == 1 ? 400 : free_count == 2 ? 60 : 14;
        long long combinations = 1;
        for (int i = 0; i < free_count + 2 && i < static_cast<int>(scored.size()); ++i) {
            const std::size_t c = scored[static_cast<std::size_t>(i)];
            const bool locked = i >= free_count;
            if (!locked && std::uniform_int_distribution<int>(0, 5)(rng) == 0) {
                // A percent, with a ceiling a little above it (0.01 % steps).
                const double p = std::uniform_int_distribution<int>(0, 9800)(rng) / 100.0 +
                                 (std::uniform_int_distribution<int>(0, 2)(rng) == 0 ? 0.005 : 0.0);
                a.entries[c] = Entry::of_percent(p);
                const int room = std::uniform_int_distribution<int>(1, free_count == 1 ? 300 : 40)(rng);
                request.criteria[c].ceiling = std::min(100.0, std::floor(p * 100 + 1) / 100 + room / 100.0);
                combinations *= room + 2;
            } else {
                const auto d = std::uniform_int_distribution<int>(1, max_d)(rng);
                const auto n = std::uniform_int_distribution<int>(0, d)(rng);
                a.entries[c] = Entry::counts(n, d);
                if (!locked && std::uniform_int_distribution<int>(0, 3)(rng) == 0)
                    request.criteria[c].ceiling = std::uniform_int_distribution<int>(0, 10000)(rng) / 100.0;
                if (!locked) combinations *= d - n + 1;
            }
            request.criteria[c].locked = locked;
            request.criteria[c].weight = random_weight(rng);
        }
        REQUIRE(combinations < 200000);
        const ScoreCard card = score(rubric, a);
        // Targets up to a little past the best the constraints allow.
        request.target = PlanTarget::of_total(1000);
        const std::int64_t best_total = cents(plan_target(rubric, a, card, request).total_after);
        const std::int64_t room = best_total - cents(card.total);
        const double target = (cents(card.total) + std::uniform_int_distribution<std::int64_t>(1, room + room / 8 + 1)(rng)) / 100.0;
        request.target = PlanTarget::of_total(target);
        const TargetPlan plan = plan_target(rubric, a, card, request);
        INFO(describe(rubric, a, request, target));
        check_exact(rubric, a, request, plan);
        const plan_reference::Found best = plan_reference::exhaustive(rubric, a, request, target);
        REQUIRE(plan.reachable == best.any);
        if (!best.any) continue;
        ++reachable;
        CHECK(plan.effort == Approx(best.effort).margin(1e-9));
        CHECK(static_cast<int>(plan.steps.size()) == best.steps);
        // The same steps: the tie-break is part of the contract.
        const std::vector<plan_reference::Raisable> rs = plan_reference::raisable(rubric, a, request);
        std::vector<std::int64_t> values(rs.size(), -1);
        for (const PlanStep& step : plan.steps)
            for (std::size_t k = 0; k < rs.size(); ++k)
                if (rs[k].criterion == step.criterion)
                    values[k] = step.to.kind == EntryKind::Counts ? static_cast<std::int64_t>(step.to.numerator)
                                                                  : std::llround(step.to.percent * 100);
        CHECK(values == best.values);
        ++compared;
    }
    CHECK(compared == reachable);
    CHECK(reachable > kRounds / 2);  // most targets are within reach: the comparison is not vacuous
}

namespace {

// A unit as the portal might show it: every criterion entered, denominators from a handful
// to a million, most rates high; now and then a percent, a 0/0, a criterion not entered.
Assessment realistic(const Rubric& rubric, std::mt19937& rng) {
    Assessment a = Assessment::blank(rubric);
    std::uniform_real_distribution<double> unit(0, 1);
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        const Criterion& criterion = rubric.criteria[c];
        if (criterion.measure == Measure::Value) {
            a.entries[c] = Entry::of_value(std::floor(unit(rng) * 1000) / 100);
            continue;
        }
        const double roll = unit(rng);
        if (roll < 0.03) continue;  // not entered
        if (roll < 0.06) {
            a.entries[c] = Entry::counts(0, 0);
            continue;
        }
        const double rate = std::min(1.0, 0.15 + unit(rng) * 1.1);
        if (roll < 0.15) {
            a.entries[c] = Entry::of_percent(std::floor(rate * 10000) / 100);
            continue;
        }
        const double d = std::floor(std::exp(unit(rng) * std::log(1e6))) ;
        a.entries[c] = Entry::counts(std::floor(rate * d), d);
    }
    return a;
}

PlanRequest random_request(const Rubric& rubric, std::mt19937& rng) {
    PlanRequest request;
    request.criteria.resize(rubric.criteria.size());
    for (CriterionPlanSettings& s : request.criteria) {
        const int roll = std::uniform_int_distribution<int>(0, 19)(rng);
        if (roll == 0) s.locked = true;
        if (roll >= 1 && roll <= 4) s.weight = random_weight(rng);
        if (roll == 5) s.ceiling = std::uniform_int_distribution<int>(5000, 10000)(rng) / 100.0;
    }
    return request;
}

}  // namespace

TEST_CASE("target plan: exact in whole counts over thousands of assessments and targets", "[target-plan]") {
    std::mt19937 rng(2026);
    int reached = 0, short_of = 0;
    for (int round = 0; round < 4000; ++round) {
        const Rubric& rubric = *rubrics()[static_cast<std::size_t>(round) % 3];  // qd766 and its two one-rule variants
        const Assessment a = realistic(rubric, rng);
        PlanRequest request = random_request(rubric, rng);
        const ScoreCard card = score(rubric, a);
        switch (round % 4) {
            case 0: request.target = PlanTarget::next_band(); break;
            case 1: request.target = PlanTarget::of_band(std::uniform_int_distribution<std::size_t>(0, 2)(rng)); break;
            default: request.target = PlanTarget::of_total(std::uniform_int_distribution<int>(0, 10000)(rng) / 100.0);
        }
        const TargetPlan plan = plan_target(rubric, a, card, request);
        INFO(describe(rubric, a, request, plan.target));
        check_exact(rubric, a, request, plan);
        (plan.reachable ? reached : short_of)++;
    }
    CHECK(reached > 2000);
    CHECK(short_of > 100);
}

TEST_CASE("target plan: the least effort among every points level (realistic cases)", "[target-plan]") {
    std::mt19937 rng(90);
    int compared = 0;
    for (int round = 0; round < 150; ++round) {
        const Rubric& rubric = *rubrics()[static_cast<std::size_t>(round) % 3];
        const Assessment a = realistic(rubric, rng);
        const PlanRequest base = random_request(rubric, rng);
        const ScoreCard card = score(rubric, a);
        // Up to six points more: the plain programme is quadratic in the need.
        PlanRequest request = base;
        request.target = PlanTarget::of_total((cents(card.total) + std::uniform_int_distribution<int>(1, 600)(rng)) / 100.0);
        const TargetPlan plan = plan_target(rubric, a, card, request);
        INFO(describe(rubric, a, request, plan.target));
        check_exact(rubric, a, request, plan);
        const plan_reference::Found best = plan_reference::every_level(rubric, a, request, plan.target);
        REQUIRE(plan.reachable == best.any);
        if (!best.any) continue;
        CHECK(plan.effort == Approx(best.effort).margin(1e-9));
        CHECK(static_cast<int>(plan.steps.size()) == best.steps);
        ++compared;
    }
    CHECK(compared > 100);
}
