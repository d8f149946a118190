// The browser calculator: wires the form, its ImGui page and the browser platform, and
// exposes the page's hooks (window.dvcscore, formats.md) through web/hooks.js.
#include <emscripten.h>

#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "app/form.hpp"
#include "core/rubric.hpp"
#include "imgui.h"
#include "platform/browser_platform.hpp"
#include "ui/calculator_ui.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace {

using dvcscore::web::platform;

dvcscore::app::Form& form() {
    static dvcscore::app::Form f(dvcscore::default_rubric());
    return f;
}

dvcscore::web::ui::CalculatorUi& calculator() {
    static dvcscore::web::ui::CalculatorUi ui(form());
    return ui;
}

// Hooks return text through one buffer: the JavaScript side copies it at once.
const char* hand_over(std::string text) {
    static std::string buffer;
    buffer = std::move(text);
    return buffer.c_str();
}

}  // namespace

int main() {
    dvcscore::web::PlatformCallbacks callbacks;
    callbacks.draw_ui = [] { calculator().draw(platform().frames_drawn()); };
    callbacks.load_fonts = [](float ratio) {
        dvcscore::web::ui::apply_theme(ratio);
        calculator().set_fonts(dvcscore::web::ui::load_fonts(ratio));
    };
    callbacks.numeric_text_input = [] { return calculator().numeric_field_active(); };
    if (!platform().start(std::move(callbacks))) return 0;
    platform().run_frame();  // the first frame now: the page shows as soon as it has loaded
    return 0;                // events drive everything from here (the runtime stays alive)
}

extern "C" {

// load(assessment): the form takes it whole, or stays as it was and the errors come back.
EMSCRIPTEN_KEEPALIVE const char* dvc_hook_load(const char* json_text) {
    const dvcscore::Diagnostics errors = form().load_json(json_text);
    nlohmann::json list = nlohmann::json::array();
    for (const dvcscore::Diagnostic& d : errors) list.push_back(d.to_string());
    platform().run_frame();  // show it at once, as typing would
    platform().invalidate();
    return hand_over(list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

EMSCRIPTEN_KEEPALIVE const char* dvc_hook_result() { return hand_over(form().result_json_text()); }

// problems(): the messages shown beside fields right now (an extension of formats.md).
EMSCRIPTEN_KEEPALIVE const char* dvc_hook_problems() {
    nlohmann::json list = nlohmann::json::array();
    const auto& statuses = form().statuses();
    for (std::size_t c = 0; c < statuses.size(); ++c) {
        const auto& s = statuses[c];
        if (s.status != dvcscore::app::EntryStatus::Invalid && s.status != dvcscore::app::EntryStatus::Incomplete) continue;
        list.push_back({{"code", form().rubric().criteria[c].code},
                        {"field", s.field},
                        {"kind", s.status == dvcscore::app::EntryStatus::Invalid ? "invalid" : "incomplete"},
                        {"message", s.message}});
    }
    return hand_over(list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// widgetRect(code, field): scrolls the field into view (drawing the frames that takes)
// and reports where it is, or "null".
EMSCRIPTEN_KEEPALIVE const char* dvc_hook_widget_rect(const char* code, const char* field) {
    auto& ui = calculator();
    if (!ui.reveal_field(code, field)) return "null";
    const std::string key = (std::string(code) == "unit" || std::string(code) == "period") ? "value" : field;
    for (int frame = 0; frame < 4; ++frame) {
        platform().run_frame();
        const auto* rect = ui.widgets().find(code, key);
        if (rect != nullptr && rect->fully_visible() && !ui.widgets().scroll_pending()) {
            platform().invalidate();
            char out[160];
            std::snprintf(out, sizeof out, "{\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f}", rect->min.x, rect->min.y,
                          rect->max.x - rect->min.x, rect->max.y - rect->min.y);
            return hand_over(out);
        }
    }
    return "null";
}

}  // extern "C"
