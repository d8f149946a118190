#include "plan.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "number_text.hpp"
#include "rounding.hpp"
#include "scoring_method.hpp"

namespace dvcscore {
namespace {

// The smallest numerator over `d` whose rate, as the criterion's rule scores it, reaches
// the rate that gives full points.
std::uint64_t numerator_for_full(const Criterion& criterion, std::uint64_t d) {
    const double full = full_at_percent(criterion);
    if (criterion.rate == RateRule::Unrounded) return least_numerator_for_percent(full, d);
    return least_numerator_for_hundredths(std::llround(full * 100), d);
}

}  // namespace

ImprovementPlan plan_improvements(const Rubric& rubric, const Assessment& assessment, const ScoreCard& card) {
    ImprovementPlan plan;
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        const Criterion& criterion = rubric.criteria[c];
        if (!criterion.scored()) continue;
        const CriterionScore& s = card.criteria[c];
        CriterionAdvice advice;
        advice.criterion = c;
        advice.points_available = round_half_up_2dp(criterion.max - s.points);
        advice.full_at_percent = full_at_percent(criterion);
        advice.points_per_percent = s.at_cap ? 0 : points_per_percent(criterion);
        const auto& entry = c < assessment.entries.size() ? assessment.entries[c] : std::nullopt;
        advice.inherited = entry && entry->inherited;
        if (entry && entry->kind == EntryKind::Counts && entry->denominator > 0)
            advice.numerator_for_full = numerator_for_full(criterion, static_cast<std::uint64_t>(entry->denominator));
        plan.criteria.push_back(advice);
    }
    std::stable_sort(plan.criteria.begin(), plan.criteria.end(), [](const CriterionAdvice& a, const CriterionAdvice& b) {
        if (a.inherited != b.inherited) return b.inherited;
        if (a.points_available != b.points_available) return a.points_available > b.points_available;
        return a.points_per_percent > b.points_per_percent;
    });
    if (card.rating > 0) {
        plan.next_band = card.rating - 1;
        plan.points_to_next_band = round_half_up_2dp(rubric.ratings[card.rating - 1].min - card.total);
    }
    return plan;
}

std::vector<std::string> advice_phrases(const CriterionAdvice& advice, const std::optional<Entry>& entry,
                                        std::string_view thousands) {
    if (advice.inherited) return {"do tỉnh quyết định (số liệu chung của tỉnh, đơn vị không tự thay đổi được)"};
    std::vector<std::string> phrases{"đủ điểm khi đạt " + format_number(advice.full_at_percent) + "%"};
    if (advice.points_per_percent > 0) {
        char per[32];  // 0.06, 0.025, 0.0667: enough to compare criteria at a glance
        std::snprintf(per, sizeof per, "%.3g", advice.points_per_percent);
        phrases.push_back(std::string("+") + per + " điểm mỗi 1%");
    }
    if (advice.numerator_for_full && entry) {
        const double needed = static_cast<double>(*advice.numerator_for_full);
        phrases.push_back("cần " + format_count(needed, thousands) + " / " + format_count(entry->denominator, thousands) +
                          " (thêm " + format_count(std::max(0.0, needed - entry->numerator), thousands) + ")");
    }
    if (!entry) phrases.push_back("chưa nhập");
    return phrases;
}

}  // namespace dvcscore
