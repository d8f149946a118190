#pragma once
// Reading an assessment file, whatever its layout: a single assessment, a JSON array of
// them, JSON Lines, or a CSV file whose first cell is "Đơn vị" (assessment_csv.hpp).
#include <string_view>

#include "assessment.hpp"
#include "rubric.hpp"

namespace dvcscore {

// Every problem is reported (source, line, JSON path or CSV column); if there is any, no
// assessment is returned.
AssessmentBatch parse_assessments(std::string_view text, std::string_view source, const Rubric& rubric);

}  // namespace dvcscore
