#pragma once
// Results as CSV for spreadsheets: one row per assessment (unit, period, each group,
// total, rating), UTF-8 with a byte order mark and CRLF so Excel opens it right.
#include <string>
#include <vector>

#include "assessment.hpp"
#include "rubric.hpp"

namespace dvcscore {

// Header and one row per assessment, starting with the byte order mark.
std::string results_csv(const Rubric& rubric, const std::vector<Assessment>& assessments);

}  // namespace dvcscore
