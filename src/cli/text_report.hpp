#pragma once
// Readable Vietnamese reports for a terminal.
#include <string>

#include "core/assessment.hpp"
#include "core/rubric.hpp"

namespace dvcscore::cli {

// One assessment: every criterion's figures and points, group scores, the total and
// rating, the points to the next band and the improvement plan.
std::string score_table(const Rubric& rubric, const Assessment& assessment);

// The rubric: groups, criteria, points, methods, rating bands.
std::string rubric_text(const Rubric& rubric);

}  // namespace dvcscore::cli
