#pragma once
// Readable Vietnamese reports for a terminal.
#include <string>

#include <vector>

#include "core/assessment.hpp"
#include "core/reconcile.hpp"
#include "core/rubric.hpp"
#include "core/target_plan.hpp"

namespace dvcscore::cli {

// One assessment: every criterion's figures and points, group scores, the total and
// rating, the points to the next band and the improvement plan.
std::string score_table(const Rubric& rubric, const Assessment& assessment);

// Published against recomputed scores, differences first, then matches, then the figures
// that cannot be checked (with the criteria whose figures the files lack); a summary last.
std::string reconcile_table(const Rubric& rubric, const std::vector<Assessment>& assessments,
                            const Reconciliation& reconciliation);

// A target plan (dvcscore plan --format table): the unit, where it stands, the steps in
// Vietnamese with counts grouped by "." ("thêm 1.368 DVC có hồ sơ trực tuyến"), where it
// ends, and what was left as it is.
std::string plan_table(const Rubric& rubric, const Assessment& assessment, const TargetPlan& plan);

// The rubric: groups, criteria, points, methods, rating bands.
std::string rubric_text(const Rubric& rubric);

}  // namespace dvcscore::cli
