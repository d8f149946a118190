#pragma once
// Reading an assessment file, whatever its layout: a single assessment, a JSON array of
// them, JSON Lines, or a CSV file whose first cell is "Đơn vị" (assessment_csv.hpp).
#include <cstddef>
#include <functional>
#include <string_view>

#include "assessment.hpp"
#include "rubric.hpp"

namespace dvcscore {

// How a long batch's independent pieces are run: work(begin, end) over slices covering
// [0, count), each slice touching only its own items. Empty: all on this thread, in order.
// The CLI passes one that runs the slices on every core; the core itself starts no threads.
using SliceRunner = std::function<void(std::size_t count, const std::function<void(std::size_t begin, std::size_t end)>& work)>;

// Every problem is reported (source, line, JSON path or CSV column); if there is any, no
// assessment is returned. The lines of a JSON Lines file are read through `run_slices`.
AssessmentBatch parse_assessments(std::string_view text, std::string_view source, const Rubric& rubric,
                                  const SliceRunner& run_slices = {});

}  // namespace dvcscore
