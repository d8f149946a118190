#include "rubric_bar.hpp"

#include "a11y/semantics.hpp"
#include "imgui.h"
#include "theme.hpp"
#include "widgets.hpp"

namespace dvcscore::web::ui {

void draw_rubric_bar(app::Session& session, UiActions& actions, WidgetRegistry& widgets) {
    if (session.rubric_is_builtin()) return;
    const Rubric& rubric = session.rubric();
    std::string line = "Bộ tiêu chí đang dùng: «" + rubric.id + "»";
    if (!rubric.title.empty() && rubric.title != rubric.id) line += " — " + rubric.title;
    if (session.rubric_file()) line += " (tệp «" + session.rubric_file()->name + "»)";
    text_wrapped_colored(palette::kWarning, line);
    a11y::describe_area("rubric-in-use", a11y::Role::Text).name(line);
    const std::string back = "Dùng bộ có sẵn («" + session.builtin_rubric().id + "»)";
    if (ImGui::Button(back.c_str())) {
        session.use_builtin_rubric();
        actions.session_changed = true;
    }
    widgets.record_item("rubric-builtin");
}

}  // namespace dvcscore::web::ui
