#pragma once
// Which rubric the page scores with, when it is a rubric file rather than the built-in one,
// and the way back to the built-in one ("rubric-builtin").
#include "app/session.hpp"
#include "ui_actions.hpp"
#include "widget_registry.hpp"

namespace dvcscore::web::ui {

// Draws nothing while the built-in rubric is in use.
void draw_rubric_bar(app::Session& session, UiActions& actions, WidgetRegistry& widgets);

}  // namespace dvcscore::web::ui
