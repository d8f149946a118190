#include "result_json.hpp"

#include <cmath>
#include <cstdint>

#include "portal_fields.hpp"

namespace dvcscore {

void write_result(JsonWriter& out, const Rubric& rubric, const Assessment& assessment, const ScoreCard& card,
                  const ImprovementPlan& plan) {
    out.begin_object();
    out.key("rubric").string(rubric.id);
    out.key("unit").string(assessment.unit);
    out.key("period").string(assessment.period);
    out.key("total").number(card.total);
    out.key("max").whole_or_decimal(rubric.max);
    const RatingBand& band = rubric.ratings[card.rating];
    out.key("rating").begin_object().key("id").string(band.id).key("label").string(band.label).end_object();

    out.key("groups").begin_array();
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        out.begin_object();
        out.key("code").string(group.code);
        out.key("name").string(group.name);
        out.key("score").number(card.groups[g]);
        out.key("max").whole_or_decimal(group.max);
        out.key("criteria").begin_array();
        for (std::size_t c : group.criteria) {
            const Criterion& criterion = rubric.criteria[c];
            const CriterionScore& s = card.criteria[c];
            out.begin_object();
            out.key("code").string(criterion.code);
            out.key("number").string(criterion.number);
            out.key("percent").number(s.percent);
            out.key("points").number(s.points);
            out.key("max").whole_or_decimal(criterion.max);
            out.key("entered").boolean(s.entered);
            out.key("at_cap").boolean(s.at_cap);
            out.key("zero_denominator").boolean(s.zero_denominator);
            if (criterion.measure == Measure::Value && s.entered) out.key("value").number(assessment.entries[c]->value);
            if (s.entered && assessment.entries[c]->inherited) out.key("inherited").boolean(true);
            out.end_object();
        }
        out.end_array();
        out.end_object();
    }
    out.end_array();

    out.key("missing").begin_array();
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c)
        if (!card.criteria[c].entered) out.string(rubric.criteria[c].code);
    out.end_array();

    out.key("decision_groups").begin_array();
    for (std::size_t d = 0; d < rubric.decision_groups.size(); ++d) {
        const DecisionGroup& dg = rubric.decision_groups[d];
        out.begin_object();
        out.key("code").string(dg.code);
        out.key("name").string(dg.name);
        out.key("score").number(card.decision_groups[d]);
        out.key("max").whole_or_decimal(dg.max);
        out.key("groups").begin_array();
        for (std::size_t g : dg.groups) out.string(rubric.groups[g].code);
        out.end_array();
        out.end_object();
    }
    out.end_array();

    out.key("improvement").begin_object();
    out.key("next_rating");
    if (plan.next_band) {
        const RatingBand& next = rubric.ratings[*plan.next_band];
        out.begin_object();
        out.key("id").string(next.id);
        out.key("label").string(next.label);
        out.key("min").whole_or_decimal(next.min);
        out.key("points_needed").number(plan.points_to_next_band);
        out.end_object();
    } else {
        out.null();
    }
    out.key("criteria").begin_array();
    for (const CriterionAdvice& a : plan.criteria) {
        out.begin_object();
        out.key("code").string(rubric.criteria[a.criterion].code);
        out.key("points_available").number(a.points_available);
        out.key("full_at_percent").number(a.full_at_percent);
        out.key("points_per_percent").number(a.points_per_percent);
        if (a.numerator_for_full) out.key("numerator_for_full").integer(static_cast<std::int64_t>(*a.numerator_for_full));
        if (a.inherited) out.key("inherited").boolean(true);
        out.end_object();
    }
    out.end_array();
    out.end_object();
    out.end_object();
}

std::string score_to_json_text(const Rubric& rubric, const Assessment& assessment, int indent) {
    const ScoreCard card = score(rubric, assessment);
    std::string text;
    JsonWriter out(text, indent);
    write_result(out, rubric, assessment, card, plan_improvements(rubric, assessment, card));
    return text;
}

OrderedJson result_json(const Rubric& rubric, const Assessment& assessment) {
    return OrderedJson::parse(score_to_json_text(rubric, assessment, -1), nullptr, false);
}

std::string json_text(const OrderedJson& value, int indent) {
    return value.dump(indent, ' ', false, OrderedJson::error_handler_t::replace);
}

OrderedJson assessment_json(const Rubric& rubric, const Assessment& assessment) {
    OrderedJson out;
    out["format"] = kAssessmentFormat;
    out["rubric"] = rubric.id;
    out["unit"] = assessment.unit;
    // Beside the unit they describe; put_portal_fields() below keeps these places.
    if (!assessment.portal.unit_code.empty()) out["unit_code"] = assessment.portal.unit_code;
    if (!assessment.portal.level.empty()) out["level"] = assessment.portal.level;
    out["period"] = assessment.period;
    OrderedJson values = OrderedJson::object();
    for (std::size_t c = 0; c < rubric.criteria.size() && c < assessment.entries.size(); ++c)
        if (const auto& e = assessment.entries[c]) values[rubric.criteria[c].code] = entry_json(*e);
    out["values"] = std::move(values);
    put_portal_fields(out, rubric, assessment.portal);
    return out;
}

}  // namespace dvcscore
