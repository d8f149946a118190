#pragma once
// The target planner: the least change to an assessment's figures that reaches a rating
// band (by default the next one) or a total, under the portal's exact rounding. One place,
// used by the CLI (`dvcscore plan`), the page's what-if panel and the printed report.
//
// Effort is Σ weight × (percentage points a criterion's rate rises): counts keep their
// denominator and get a new numerator, percentages a new value in steps of 0.01. The plan
// reaches the target with the least effort; ties go to fewer steps, then to raising
// criteria earlier in the rubric. Every step's new figure is the least that gives its
// points (one count, or 0.01 %, less would lose them). docs/architecture.md, "The target
// planner", explains the algorithm and why it is exact.
#include <cstddef>
#include <optional>
#include <vector>

#include "assessment.hpp"
#include "rubric.hpp"
#include "score.hpp"

namespace dvcscore {

struct PlanTarget {
    enum class Kind {
        NextBand,  // the band above the current one; nothing to do at the top band
        Band,      // a rating band: its lower bound
        Total,     // a total, rounded up to the cent
    };
    Kind kind = Kind::NextBand;
    std::size_t band = 0;  // Kind::Band: index into Rubric::ratings
    double total = 0;      // Kind::Total

    static PlanTarget next_band() { return {}; }
    static PlanTarget of_band(std::size_t band) { return {Kind::Band, band, 0}; }
    static PlanTarget of_total(double total) { return {Kind::Total, 0, total}; }
};

// Why the planner leaves a criterion as it is.
enum class LockReason {
    None,             // free to raise
    User,             // locked by the person planning
    NotScored,        // an info criterion (2.2, 5.1): no points to gain
    NotEntered,       // no figures to raise
    Inherited,        // the province's figures (Entry::inherited): the unit cannot change them
    ZeroDenominator,  // counts 0/0: nothing to raise
};

// The reason's name in JSON: "none", "user", "not_scored", "not_entered", "inherited",
// "zero_denominator".
const char* lock_reason_id(LockReason reason);

// A person's constraints on one criterion.
struct CriterionPlanSettings {
    bool locked = false;             // never raise it
    double weight = 1;               // effort of one percentage point here (> 0): 1 easy, 2 normal, 4 hard
    std::optional<double> ceiling;   // the highest rate (percent) we can reach; none: up to full points
};

struct PlanRequest {
    PlanTarget target;
    std::vector<CriterionPlanSettings> criteria;  // by criterion index; missing entries are the defaults
};

// Why `criterion` is locked when nobody said otherwise (None when it may be raised): the
// one predicate behind every default lock. A criterion locked by default stays locked —
// there is nothing the unit itself could raise.
LockReason default_lock(const Criterion& criterion, const std::optional<Entry>& entry);

struct PlanStep {
    std::size_t criterion = 0;  // index into Rubric::criteria
    Entry from;                 // as entered
    Entry to;                   // the same kind: the new numerator (same denominator), or the new percent
    double points_before = 0;
    double points_after = 0;
    double effort = 0;          // weight × percentage points the rate rises
};

struct TargetPlan {
    PlanTarget::Kind kind = PlanTarget::Kind::NextBand;  // as asked
    double target = 0;                       // the total aimed at (2 decimals); the total itself at the top band
    std::optional<std::size_t> target_band;  // the band aimed at, if the target was one (none at the top band)
    bool reachable = true;                   // false: `steps` reach the best total the constraints allow
    double total_before = 0;
    double total_after = 0;
    std::size_t rating_before = 0;  // index into Rubric::ratings
    std::size_t rating_after = 0;
    double effort = 0;              // Σ of the steps' effort
    std::vector<PlanStep> steps;    // in rubric order
    std::vector<LockReason> locks;  // by criterion index
};

// The largest rubric the planner plans for (it counts in cents): a rubric worth more gets
// an empty plan, out of reach.
constexpr double kMaxPlanPoints = 10000;

// The plan for `assessment` (whose score is `card`) under `request`.
TargetPlan plan_target(const Rubric& rubric, const Assessment& assessment, const ScoreCard& card,
                       const PlanRequest& request);
TargetPlan plan_target(const Rubric& rubric, const Assessment& assessment, const PlanRequest& request = {});

// What-if: the plan when a person has set some criteria's figures (`fixed`, by criterion
// index; none = let the plan decide). Those figures are taken as they are — steps of their
// own, downwards too (a fall costs no effort) — and the plan reaches the target, which is
// judged from the current total, with the other criteria. Steps run from the assessment's
// figures; the totals are the assessment's and the scenario's.
TargetPlan plan_target_with(const Rubric& rubric, const Assessment& assessment, const ScoreCard& card,
                            const PlanRequest& request, const std::vector<std::optional<Entry>>& fixed);

// `assessment` with the plan's steps applied: what scoring it shows after the plan.
Assessment apply_plan(const Assessment& assessment, const TargetPlan& plan);

// The total a target means for `card` (2 decimals) and the band it names, if any.
double target_total(const Rubric& rubric, const ScoreCard& card, const PlanTarget& target,
                    std::optional<std::size_t>* band = nullptr);

}  // namespace dvcscore
