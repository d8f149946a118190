#pragma once
// The result JSON of docs/formats.md ("Result"), with optional extensions
// (decision_groups, improvement, per-criterion number/at_cap/zero_denominator/value).
#include <string>

#include <nlohmann/json.hpp>

#include "assessment.hpp"
#include "json_writer.hpp"
#include "plan.hpp"
#include "rubric.hpp"
#include "score.hpp"

namespace dvcscore {

using OrderedJson = nlohmann::ordered_json;

// Writes one result object; the only place its shape is defined.
void write_result(JsonWriter& out, const Rubric& rubric, const Assessment& assessment, const ScoreCard& card,
                  const ImprovementPlan& plan);

// Scores the assessment and returns its result as JSON text (indent < 0: one line).
std::string score_to_json_text(const Rubric& rubric, const Assessment& assessment, int indent);

// The same result as a JSON value, for callers that inspect it.
OrderedJson result_json(const Rubric& rubric, const Assessment& assessment);

// JSON text of `value` (indent < 0: one line). Invalid UTF-8 is replaced, never fatal.
std::string json_text(const OrderedJson& value, int indent);

// An assessment as a dvcscore-assessment/1 document.
OrderedJson assessment_json(const Rubric& rubric, const Assessment& assessment);

}  // namespace dvcscore
