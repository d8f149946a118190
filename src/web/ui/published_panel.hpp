#pragma once
// What the national portal published for a unit beside what its figures score here
// (app/published_check.hpp): a panel above the form for the draft being edited, and the
// same rows in a batch row's tooltip.
#include "app/form.hpp"
#include "app/published_check.hpp"
#include "core/rubric.hpp"
#include "widget_registry.hpp"

namespace dvcscore::web::ui {

// One line per published figure: group (or total), where the portal showed it, the figure
// published, the one computed here, the difference and the verdict in words. `compact`
// (a phone): two lines of text per figure instead of a table's six columns.
void draw_check_rows(const Rubric& rubric, const app::PublishedCheck& check, const char* table_id, bool compact = false);

// "Đối chiếu với điểm Cổng công bố" for the draft in the form; nothing when the portal
// published nothing for it. The figures follow the form as it is edited.
void draw_published_panel(const app::Form& form, WidgetRegistry& widgets);

}  // namespace dvcscore::web::ui
