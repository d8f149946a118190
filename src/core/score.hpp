#pragma once
// Scoring exactly as the national portal does (docs/rubric.md, "Rounding").
#include <cstddef>
#include <vector>

#include "assessment.hpp"
#include "rubric.hpp"

namespace dvcscore {

struct CriterionScore {
    bool entered = false;
    bool zero_denominator = false;  // counts with denominator 0: scored by the rubric's rule
    bool at_cap = false;            // full points reached
    double percent = 0;             // the 2-decimal percentage the portal shows
    // The percentage the points come from: `percent` under RateRule::ShownPercent; under
    // RateRule::Unrounded n / d × 100 in doubles, or the percent as typed.
    double scoring_percent = 0;
    double points = 0;              // rounded to 2 decimals
};

// The arithmetic of one criterion, the only way to score one: the percentage by the
// criterion's rate rule, then its method's points (scoring_method.hpp, method_points).
// `entry` is null when not entered, and must have passed check_entry().
CriterionScore score_criterion(const Criterion& criterion, const Entry* entry);

struct ScoreCard {
    std::vector<CriterionScore> criteria;     // by criterion index
    std::vector<double> groups;               // by group index, sums of rounded points
    std::vector<double> decision_groups;      // by decision group index
    double total = 0;
    std::size_t rating = 0;                   // index into Rubric::ratings
};

ScoreCard score(const Rubric& rubric, const Assessment& assessment);

}  // namespace dvcscore
