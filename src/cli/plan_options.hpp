#pragma once
// The options of `dvcscore plan` (and `report`), as typed, read against a rubric.
#include <optional>
#include <string>
#include <vector>

#include "core/rubric.hpp"
#include "core/target_plan.hpp"

namespace dvcscore::cli {

struct PlanOptions {
    std::optional<std::string> target;  // --target BAND|TOTAL
    std::vector<std::string> locks;     // --lock CODE,... (each occurrence)
    std::vector<std::string> weights;   // --weight CODE=W
    std::vector<std::string> ceilings;  // --ceiling CODE=PERCENT

    bool any() const { return target || !locks.empty() || !weights.empty() || !ceilings.empty(); }
};

// The request the options describe, or a usage error (Vietnamese, naming the option and
// what was wrong) in `problem`. A criterion is named by its code or its number ("5.3").
std::optional<PlanRequest> plan_request(const Rubric& rubric, const PlanOptions& options, std::string& problem);

}  // namespace dvcscore::cli
