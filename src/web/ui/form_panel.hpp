#pragma once
// The calculator itself, panel by panel: the unit's identity, the target plan (what-if),
// the improvement plan, the charts and the groups of criteria with their inputs and
// targets. It reads and edits an app::Form.
#include <cstdint>
#include <optional>
#include <string>

#include "app/form.hpp"
#include "imgui.h"
#include "widget_registry.hpp"

namespace dvcscore::web::ui {

struct UiFonts {
    ImFont* regular = nullptr;
    ImFont* large = nullptr;  // the total
};

struct FormLayout {
    float width = 0;           // of the column the form is drawn in
    bool table_rows = false;   // criteria as table rows (wide) or as cards (narrow)
    bool side_column = false;  // plan and charts in a column of their own (draw_side)
};

class FormPanel {
public:
    explicit FormPanel(app::Form& form) : form_(form) {}

    void set_fonts(UiFonts fonts) { fonts_ = fonts; }
    void begin_frame(std::uint64_t frame);
    // Inside the current window. Both return whether the form was edited.
    bool draw_main(const FormLayout& layout);
    bool draw_side(const FormLayout& layout);

    // The unit and the period, for the page's header; true when edited. `compact` on phones.
    bool draw_identity(bool compact);

    bool numeric_field_active() const { return numeric_field_active_; }
    // Where a block of pasted cells starts: the criterion whose field was being edited in
    // the last frame (the first criterion from the unit or period); none when no field of
    // the form was.
    std::optional<std::size_t> paste_target() const;
    // The field being edited lets go at the next frame, so it shows what a paste put in it.
    void release_field() { release_field_ = true; }
    WidgetRegistry& widgets() { return widgets_; }

    // Shows `field` of a criterion (switching its input mode if the field belongs to the
    // other one; "target" and "ceiling" are the what-if's, for criteria the unit can raise)
    // and scrolls to it on the next frame. False if it has no such field.
    bool reveal_field(const std::string& code, const std::string& field);

private:
    bool finish_edits();
    void draw_plan(const FormLayout& layout);
    // The what-if (target_panel.cpp): the plan panel, its locks, weights and ceilings, and
    // a criterion's "Mục tiêu" field.
    void draw_target_plan(const FormLayout& layout);
    void draw_constraints();
    void draw_target(std::size_t criterion, float width);
    ScenarioCriterion& scenario_of(std::size_t criterion);
    bool can_plan(std::size_t criterion) const;
    void draw_charts(const FormLayout& layout);
    void draw_groups(const FormLayout& layout);
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
    std::optional<std::size_t> active_criterion_;
    bool identity_active_ = false;
    bool release_field_ = false;
    bool edited_ = false;
    bool open_constraints_ = false;  // unfold "Khóa, trọng số, trần" on the next frame
};

}  // namespace dvcscore::web::ui
