#pragma once
// The calculator page drawn with Dear ImGui, panel by panel: the top bar (total, rating,
// band scale), the unit's identity, the improvement plan and the groups of criteria.
// It reads and edits an app::Form; it knows nothing of the browser.
#include <cstdint>
#include <string>

#include "app/form.hpp"
#include "imgui.h"
#include "widget_registry.hpp"

namespace dvcscore::web::ui {

struct UiFonts {
    ImFont* regular = nullptr;
    ImFont* large = nullptr;  // the total
};

class CalculatorUi {
public:
    explicit CalculatorUi(app::Form& form) : form_(form) {}

    void set_fonts(UiFonts fonts) { fonts_ = fonts; }
    // One frame of the whole page, filling ImGui's display.
    void draw(std::uint64_t frame);

    // The field being edited takes numbers (a tablet then shows its number keyboard).
    bool numeric_field_active() const { return numeric_field_active_; }
    WidgetRegistry& widgets() { return widgets_; }

    // Shows `field` of a criterion (switching its input mode if the field belongs to the
    // other one) and scrolls to it on the next frame. False if it has no such field.
    bool reveal_field(const std::string& code, const std::string& field);

private:
    struct Layout {
        float width = 0;
        bool table_rows = false;   // criteria as table rows (wide) or as cards (narrow)
        bool plan_beside = false;  // the plan in its own column on the right
    };

    void draw_top_bar(const Layout& layout, float& height);
    void draw_band_scale(float width);
    void draw_identity(const Layout& layout);
    void draw_plan(const Layout& layout);
    void draw_groups(const Layout& layout);
    void draw_group_heading(std::size_t group, bool nested);
    void draw_decision_heading(std::size_t decision_group);
    void draw_criterion_row(std::size_t criterion);   // table layout
    void draw_criterion_card(std::size_t criterion);  // card layout
    void draw_name(std::size_t criterion, float wrap_width);
    void draw_mode_switch(std::size_t criterion);
    bool draw_inputs(std::size_t criterion, float field_width);
    void draw_rate(std::size_t criterion);
    void draw_points(std::size_t criterion, float width);
    void draw_status(std::size_t criterion);
    void draw_message(std::size_t criterion);
    bool input_field(std::size_t criterion, const char* field, std::string& text, float width);

    app::Form& form_;
    UiFonts fonts_;
    WidgetRegistry widgets_;
    bool numeric_field_active_ = false;
    bool edited_ = false;
};

}  // namespace dvcscore::web::ui
