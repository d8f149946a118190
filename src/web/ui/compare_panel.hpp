#pragma once
// Two assessments side by side (two periods of a unit, or two units): per criterion,
// group and total, with the change coloured up or down, and both in the charts.
#include <cstddef>

#include "app/session.hpp"
#include "ui_actions.hpp"
#include "widget_registry.hpp"

namespace dvcscore::web::ui {

class ComparePanel {
public:
    void draw(app::Session& session, UiActions& actions, float width, WidgetRegistry& widgets);

private:
    std::size_t first_ = 0;   // A: the baseline
    std::size_t second_ = 1;  // B: compared with A
};

}  // namespace dvcscore::web::ui
