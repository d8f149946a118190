#include "result_json.hpp"

#include <cmath>
#include <cstdint>

namespace dvcscore {
namespace {

// Whole maxima print as 6, not 6.0, as in formats.md.
OrderedJson whole_or_decimal(double x) {
    if (x == std::floor(x) && std::fabs(x) < 1e15) return static_cast<std::int64_t>(x);
    return x;
}

}  // namespace

OrderedJson result_json(const Rubric& rubric, const Assessment& assessment, const ScoreCard& card,
                        const ImprovementPlan& plan) {
    OrderedJson out;
    out["rubric"] = rubric.id;
    out["unit"] = assessment.unit;
    out["period"] = assessment.period;
    out["total"] = card.total;
    out["max"] = whole_or_decimal(rubric.max);
    const RatingBand& band = rubric.ratings[card.rating];
    out["rating"] = {{"id", band.id}, {"label", band.label}};

    OrderedJson groups = OrderedJson::array();
    OrderedJson missing = OrderedJson::array();
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        OrderedJson criteria = OrderedJson::array();
        for (std::size_t c : group.criteria) {
            const Criterion& criterion = rubric.criteria[c];
            const CriterionScore& s = card.criteria[c];
            OrderedJson item;
            item["code"] = criterion.code;
            item["number"] = criterion.number;
            item["percent"] = s.percent;
            item["points"] = s.points;
            item["max"] = whole_or_decimal(criterion.max);
            item["entered"] = s.entered;
            item["at_cap"] = s.at_cap;
            item["zero_denominator"] = s.zero_denominator;
            if (criterion.measure == Measure::Value && s.entered) item["value"] = assessment.entries[c]->value;
            criteria.push_back(std::move(item));
            if (!s.entered) missing.push_back(criterion.code);
        }
        groups.push_back({{"code", group.code},
                          {"name", group.name},
                          {"score", card.groups[g]},
                          {"max", whole_or_decimal(group.max)},
                          {"criteria", std::move(criteria)}});
    }
    out["groups"] = std::move(groups);
    out["missing"] = std::move(missing);

    OrderedJson decision_groups = OrderedJson::array();
    for (std::size_t d = 0; d < rubric.decision_groups.size(); ++d) {
        const DecisionGroup& dg = rubric.decision_groups[d];
        OrderedJson codes = OrderedJson::array();
        for (std::size_t g : dg.groups) codes.push_back(rubric.groups[g].code);
        decision_groups.push_back({{"code", dg.code},
                                   {"name", dg.name},
                                   {"score", card.decision_groups[d]},
                                   {"max", whole_or_decimal(dg.max)},
                                   {"groups", std::move(codes)}});
    }
    out["decision_groups"] = std::move(decision_groups);

    OrderedJson improvement;
    if (plan.next_band) {
        const RatingBand& next = rubric.ratings[*plan.next_band];
        improvement["next_rating"] = {{"id", next.id},
                                      {"label", next.label},
                                      {"min", whole_or_decimal(next.min)},
                                      {"points_needed", plan.points_to_next_band}};
    } else {
        improvement["next_rating"] = nullptr;
    }
    OrderedJson advice = OrderedJson::array();
    for (const CriterionAdvice& a : plan.criteria) {
        OrderedJson item;
        item["code"] = rubric.criteria[a.criterion].code;
        item["points_available"] = a.points_available;
        item["full_at_percent"] = a.full_at_percent;
        item["points_per_percent"] = a.points_per_percent;
        if (a.numerator_for_full) item["numerator_for_full"] = *a.numerator_for_full;
        advice.push_back(std::move(item));
    }
    improvement["criteria"] = std::move(advice);
    out["improvement"] = std::move(improvement);
    return out;
}

std::string json_text(const OrderedJson& value, int indent) {
    return value.dump(indent, ' ', false, OrderedJson::error_handler_t::replace);
}

OrderedJson result_json(const Rubric& rubric, const Assessment& assessment) {
    const ScoreCard card = score(rubric, assessment);
    return result_json(rubric, assessment, card, plan_improvements(rubric, assessment, card));
}

std::string score_to_json_text(const Rubric& rubric, const Assessment& assessment, int indent) {
    return json_text(result_json(rubric, assessment), indent);
}

OrderedJson assessment_json(const Rubric& rubric, const Assessment& assessment) {
    OrderedJson out;
    out["format"] = "dvcscore-assessment/1";
    out["rubric"] = rubric.id;
    out["unit"] = assessment.unit;
    out["period"] = assessment.period;
    OrderedJson values = OrderedJson::object();
    for (std::size_t c = 0; c < rubric.criteria.size() && c < assessment.entries.size(); ++c) {
        const auto& e = assessment.entries[c];
        if (!e) continue;
        OrderedJson v;
        switch (e->kind) {
            case EntryKind::Counts:
                v["numerator"] = whole_or_decimal(e->numerator);
                v["denominator"] = whole_or_decimal(e->denominator);
                break;
            case EntryKind::Percent: v["percent"] = e->percent; break;
            case EntryKind::Value: v["value"] = e->value; break;
        }
        values[rubric.criteria[c].code] = std::move(v);
    }
    out["values"] = std::move(values);
    return out;
}

}  // namespace dvcscore
