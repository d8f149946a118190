#include "rubric_table.hpp"

namespace dvcscore {

Rubric rubric_from_table(const RubricTable& table) {
    Rubric rubric;
    rubric.id = table.id;
    rubric.title = table.title;
    rubric.source = table.source;
    rubric.max = table.max;
    rubric.decision_groups.reserve(table.decision_group_count);
    for (std::size_t d = 0; d < table.decision_group_count; ++d) {
        const DecisionGroupRow& row = table.decision_groups[d];
        DecisionGroup& dg = rubric.decision_groups.emplace_back();
        dg.code = row.code;
        dg.name = row.name;
        dg.max = row.max;
    }
    rubric.groups.reserve(table.group_count);
    for (std::size_t g = 0; g < table.group_count; ++g) {
        const GroupRow& row = table.groups[g];
        Group& group = rubric.groups.emplace_back();
        group.code = row.code;
        group.name = row.name;
        group.max = row.max;
        group.decision_group = row.decision_group;
        group.rate = row.rate;
        rubric.decision_groups[row.decision_group].groups.push_back(g);
    }
    rubric.criteria.reserve(table.criterion_count);
    for (std::size_t c = 0; c < table.criterion_count; ++c) {
        const CriterionRow& row = table.criteria[c];
        Criterion& criterion = rubric.criteria.emplace_back();
        criterion.code = row.code;
        criterion.number = row.number;
        criterion.name = row.name;
        criterion.numerator_label = row.numerator_label;
        criterion.denominator_label = row.denominator_label;
        criterion.unit = row.unit;
        criterion.group = row.group;
        criterion.max = row.max;
        criterion.method = row.method;
        criterion.measure = row.measure;
        criterion.threshold = row.threshold;
        criterion.threshold_percent = row.threshold_percent;
        criterion.zero_denominator = row.zero_denominator;
        criterion.rate = row.rate;
        rubric.groups[row.group].criteria.push_back(c);
        rubric.criterion_index.emplace(criterion.code, c);
    }
    rubric.ratings.reserve(table.rating_count);
    for (std::size_t r = 0; r < table.rating_count; ++r) {
        const RatingRow& row = table.ratings[r];
        RatingBand& band = rubric.ratings.emplace_back();
        band.id = row.id;
        band.label = row.label;
        band.color = row.color;
        band.min = row.min;
    }
    return rubric;
}

}  // namespace dvcscore
