#pragma once
// A target plan as JSON (docs/formats.md, "Plan"): the only place its shape is defined.
#include "assessment.hpp"
#include "json_writer.hpp"
#include "rubric.hpp"
#include "target_plan.hpp"

namespace dvcscore {

// One plan object: unit, period, target (and target_rating for a band), reachable,
// total_before/after, rating_before/after, effort, steps [{code, number, from, to,
// points_before, points_after, effort}], locked [{code, reason}].
void write_target_plan(JsonWriter& out, const Rubric& rubric, const Assessment& assessment, const TargetPlan& plan);

// An entry in the assessment format: {"numerator": n, "denominator": d} or {"percent": p}
// (or {"value": v}).
void write_entry(JsonWriter& out, const Entry& entry);

}  // namespace dvcscore
