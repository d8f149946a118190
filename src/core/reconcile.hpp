#pragma once
// Reconciling: every score the portal published for a unit (Assessment::portal.published)
// against what the unit's figures score here, to the cent. A figure whose criteria are not
// all entered cannot be checked and is said so, never counted as a difference.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "assessment.hpp"
#include "rubric.hpp"

namespace dvcscore {

enum class ReconcileStatus {
    Match,         // reproduced to the cent
    Differs,       // computed from complete figures, and not the published one
    NotCheckable,  // some scored criterion of the group (or of the rubric, for a total) not entered
};

// "match", "differs", "not_checkable": as the JSON says it.
const char* status_name(ReconcileStatus status);

struct ReconcileRow {
    std::size_t assessment = 0;        // index into the assessments reconciled
    std::optional<std::size_t> group;  // index into Rubric::groups; none for the total
    std::string source;                // "service-results" (the headline) or a detail endpoint
    double published = 0;
    std::optional<double> computed;  // none when not checkable
    ReconcileStatus status = ReconcileStatus::NotCheckable;
    std::vector<std::size_t> missing;  // scored criteria not entered, rubric order (not checkable)
    std::vector<std::size_t> not_scored;  // of those, the ones whose figures the portal got wrong
};

struct Reconciliation {
    // Differences first, then matches, then figures not checkable; within each, units in
    // order, groups in rubric order with the total last, the headline before the detail.
    std::vector<ReconcileRow> rows;
    std::size_t matches = 0;
    std::size_t differences = 0;
    std::size_t not_checkable = 0;
};

Reconciliation reconcile(const Rubric& rubric, const std::vector<Assessment>& assessments);

// The rows as a JSON array of {"unit", "unit_code", "period", "group", "source",
// "published", "computed", "difference", "status"} plus "missing"/"not_scored" (criterion
// codes) when not checkable; "group" is "total" for a total; unit_code and computed are
// null when unknown. indent < 0: one line.
std::string reconciliation_json(const Rubric& rubric, const std::vector<Assessment>& assessments,
                                const Reconciliation& reconciliation, int indent);

}  // namespace dvcscore
