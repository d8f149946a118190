#pragma once
// The assessments kept side by side: switch, rename (unit and period), duplicate, delete
// with undo, start a new one.
#include "app/session.hpp"
#include "ui_actions.hpp"
#include "widget_registry.hpp"

namespace dvcscore::web::ui {

void draw_drafts_panel(app::Session& session, UiActions& actions, WidgetRegistry& widgets);

}  // namespace dvcscore::web::ui
