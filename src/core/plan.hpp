#pragma once
// What to improve first: the points each criterion still has to give, and how to get them.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment.hpp"
#include "rubric.hpp"
#include "score.hpp"

namespace dvcscore {

struct CriterionAdvice {
    std::size_t criterion = 0;      // index into Rubric::criteria
    double points_available = 0;    // max − points, 2 decimals
    double full_at_percent = 0;     // the rate that gives full points (the threshold)
    double points_per_percent = 0;  // points one more percentage point gives; 0 at the cap
    // With counts: the smallest numerator for the same denominator whose rate reaches the
    // threshold as the criterion's rule scores it: the shown (2-decimal) percentage, or
    // under RateRule::Unrounded n / d × 100 in doubles.
    std::optional<std::uint64_t> numerator_for_full;
    // The figures are the province's (Entry::inherited): the unit cannot change them.
    bool inherited = false;
};

struct ImprovementPlan {
    // Every scored criterion, most points available first; ties go to the criterion that
    // gains more per percentage point (less effort per point), then to rubric order.
    // Inherited criteria come after all the others, in the same order among themselves.
    std::vector<CriterionAdvice> criteria;
    std::optional<std::size_t> next_band;  // index into Rubric::ratings; none at the top band
    double points_to_next_band = 0;        // 2 decimals
};

ImprovementPlan plan_improvements(const Rubric& rubric, const Assessment& assessment, const ScoreCard& card);

// The advice for one criterion in words, as every face shows it: "đủ điểm khi đạt 80%",
// "+0.025 điểm mỗi 1%", "cần 72 / 89 (thêm 20)" when entered as counts, or "chưa nhập";
// for inherited figures only "do tỉnh quyết định …", since no advice to the unit applies.
// Counts group their thousands with `thousands` (none by default).
std::vector<std::string> advice_phrases(const CriterionAdvice& advice, const std::optional<Entry>& entry,
                                        std::string_view thousands = {});

}  // namespace dvcscore
