#pragma once
// What the national portal published for one unit beside what its figures score here, as
// the batch table and the form show it: core/reconcile's rows for that unit, in rubric
// order, and how many match, differ or cannot be checked.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/assessment.hpp"
#include "core/reconcile.hpp"
#include "core/rubric.hpp"

namespace dvcscore::app {

struct PublishedCheck {
    // Groups in rubric order, the total last; the headline (service-results) before a
    // detail page. ReconcileRow::assessment is 0.
    std::vector<ReconcileRow> rows;
    std::size_t matches = 0;
    std::size_t differences = 0;
    std::size_t not_checkable = 0;
    std::optional<double> total;           // the headline total published
    std::optional<ReconcileStatus> total_status;

    bool empty() const { return rows.empty(); }
};

// Empty when nothing was published for the unit.
PublishedCheck check_published(const Rubric& rubric, const Assessment& assessment);

// The word (with a symbol, so the mark does not rest on colour alone) a status is shown
// as: "✓ khớp", "≠ lệch", "? không kiểm được".
const char* status_label(ReconcileStatus status);

// One unit's summary for a table cell: "✓ khớp", "≠ lệch 2", "✓ khớp 1 · 3 không kiểm
// được", "? không kiểm được"; empty when nothing was published.
std::string check_summary(const PublishedCheck& check);

// Where a published figure was shown on the portal's dashboard, by the source of a
// ReconcileRow: "Bảng xếp hạng" (service-results), "Công khai, minh bạch" (transparency), …
std::string source_label(const std::string& source);

// The criteria (their numbers, "1.1, 2.1") a not-checkable row lacks.
std::string missing_numbers(const Rubric& rubric, const ReconcileRow& row);

}  // namespace dvcscore::app
