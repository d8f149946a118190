#include "score.hpp"

#include <cstdint>

#include "rounding.hpp"
#include "scoring_method.hpp"

namespace dvcscore {

CriterionScore score_criterion(const Criterion& criterion, const Entry* entry) {
    CriterionScore s;
    if (entry == nullptr) return s;
    s.entered = true;
    if (criterion.measure == Measure::Value) return s;

    std::int64_t hundredths = 0;  // the shown percentage
    double unrounded = 0;         // the rate as the unrounded rule scores it
    if (entry->kind == EntryKind::Percent) {
        hundredths = percent_hundredths(entry->percent);
        unrounded = entry->percent;  // as typed: 93.2466 stays 93.2466
    } else if (entry->denominator == 0) {
        s.zero_denominator = true;
        hundredths = criterion.zero_denominator == ZeroDenominator::Full ? 10000 : 0;
        unrounded = static_cast<double>(hundredths) / 100;
    } else {
        hundredths = rate_hundredths(static_cast<std::uint64_t>(entry->numerator),
                                     static_cast<std::uint64_t>(entry->denominator));
        unrounded = unrounded_percent(entry->numerator, entry->denominator);
    }
    s.percent = static_cast<double>(hundredths) / 100;
    s.scoring_percent = criterion.rate == RateRule::Unrounded ? unrounded : s.percent;
    if (!criterion.scored()) return s;

    s.points = method_points(criterion, s.scoring_percent);
    s.at_cap = s.points >= criterion.max;
    return s;
}

ScoreCard score(const Rubric& rubric, const Assessment& assessment) {
    ScoreCard card;
    card.criteria.resize(rubric.criteria.size());
    card.groups.assign(rubric.groups.size(), 0.0);
    card.decision_groups.assign(rubric.decision_groups.size(), 0.0);
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        const auto& entry = c < assessment.entries.size() ? assessment.entries[c] : std::nullopt;
        card.criteria[c] = score_criterion(rubric.criteria[c], entry ? &*entry : nullptr);
        card.groups[rubric.criteria[c].group] += card.criteria[c].points;
    }
    // Sums of 2-decimal figures carry float noise (5.59 + 1.13 + 0.5); round it away.
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        card.groups[g] = round_half_up_2dp(card.groups[g]);
        card.decision_groups[rubric.groups[g].decision_group] += card.groups[g];
        card.total += card.groups[g];
    }
    for (double& d : card.decision_groups) d = round_half_up_2dp(d);
    card.total = round_half_up_2dp(card.total);
    card.rating = rubric.rating_index(card.total);
    return card;
}

}  // namespace dvcscore
