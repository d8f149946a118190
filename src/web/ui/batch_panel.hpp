#pragma once
// A batch file as a table: rank, unit, period, the six group scores, total and rating;
// sorted by any column; a click opens the row in the form. When the portal published
// figures for the units (its data imported, or import's output opened), the published
// total and the verdict of the check stand next to the recomputed total, and a row's
// tooltip has every published figure beside the recomputed one.
#include <cstddef>
#include <vector>

#include "app/session.hpp"
#include "ui_actions.hpp"
#include "widget_registry.hpp"

namespace dvcscore::web::ui {

class BatchPanel {
public:
    // `min_height`: the table's least height when the page itself scrolls (0: fill the rest).
    void draw(app::Session& session, UiActions& actions, WidgetRegistry& widgets, float min_height = 0);

private:
    void prepare(const app::OpenedBatch& batch);
    // `column` is the column's stable id (the N of batch-sort-N, docs/page-hooks.md).
    void sort(const app::OpenedBatch& batch, int column, bool ascending);

    const app::OpenedBatch* prepared_for_ = nullptr;
    std::size_t prepared_rows_ = 0;
    std::vector<std::size_t> order_;  // rows in display order
    std::vector<std::size_t> rank_;   // by row: 1 = highest total
    int sort_column_ = 0;             // as sorted last, for the headers' aria-sort
    bool sort_ascending_ = true;
};

}  // namespace dvcscore::web::ui
