#include "target_plan_json.hpp"

namespace dvcscore {
namespace {

void write_rating(JsonWriter& out, const RatingBand& band) {
    out.begin_object().key("id").string(band.id).key("label").string(band.label).end_object();
}

}  // namespace

void write_entry(JsonWriter& out, const Entry& entry) {
    out.begin_object();
    switch (entry.kind) {
        case EntryKind::Counts:
            out.key("numerator").whole_or_decimal(entry.numerator);
            out.key("denominator").whole_or_decimal(entry.denominator);
            break;
        case EntryKind::Percent: out.key("percent").number(entry.percent); break;
        case EntryKind::Value: out.key("value").number(entry.value); break;
    }
    out.end_object();
}

void write_target_plan(JsonWriter& out, const Rubric& rubric, const Assessment& assessment, const TargetPlan& plan) {
    out.begin_object();
    out.key("unit").string(assessment.unit);
    out.key("period").string(assessment.period);
    out.key("target").number(plan.target);
    if (plan.target_band) {
        const RatingBand& band = rubric.ratings[*plan.target_band];
        out.key("target_rating").begin_object();
        out.key("id").string(band.id).key("label").string(band.label).key("min").whole_or_decimal(band.min);
        out.end_object();
    }
    out.key("reachable").boolean(plan.reachable);
    out.key("total_before").number(plan.total_before);
    out.key("total_after").number(plan.total_after);
    out.key("rating_before");
    write_rating(out, rubric.ratings[plan.rating_before]);
    out.key("rating_after");
    write_rating(out, rubric.ratings[plan.rating_after]);
    out.key("effort").number(plan.effort);
    out.key("steps").begin_array();
    for (const PlanStep& step : plan.steps) {
        const Criterion& criterion = rubric.criteria[step.criterion];
        out.begin_object();
        out.key("code").string(criterion.code);
        out.key("number").string(criterion.number);
        out.key("from");
        write_entry(out, step.from);
        out.key("to");
        write_entry(out, step.to);
        out.key("points_before").number(step.points_before);
        out.key("points_after").number(step.points_after);
        out.key("effort").number(step.effort);
        out.end_object();
    }
    out.end_array();
    out.key("locked").begin_array();
    for (std::size_t c = 0; c < plan.locks.size() && c < rubric.criteria.size(); ++c) {
        if (plan.locks[c] == LockReason::None) continue;
        out.begin_object().key("code").string(rubric.criteria[c].code).key("reason").string(lock_reason_id(plan.locks[c]));
        out.end_object();
    }
    out.end_array();
    out.end_object();
}

}  // namespace dvcscore
