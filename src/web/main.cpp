// The browser calculator: wires the session, its ImGui page and the browser platform;
// carries out what the page asks (files, storage, links); exposes the page's hooks
// (window.dvcscore, docs/page-hooks.md) through web/hooks.js.
#include <emscripten.h>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "a11y/semantics.hpp"
#include "app/session.hpp"
#include "core/reconcile.hpp"
#include "core/rubric.hpp"
#include "imgui.h"
#include "platform/browser_platform.hpp"
#include "platform/browser_services.hpp"
#include "ui/app_ui.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

#ifndef DVCSCORE_VERSION
#define DVCSCORE_VERSION "0.0.0"
#endif

namespace {

using dvcscore::web::platform;
namespace services = dvcscore::web;

constexpr const char* kAutosaveKey = "dvcscore/workspace/v1";

dvcscore::app::Session& session() {
    static dvcscore::app::Session s(dvcscore::default_rubric());
    return s;
}

dvcscore::web::ui::AppUi& page() {
    static dvcscore::web::ui::AppUi ui(session());
    return ui;
}

dvcscore::app::StorageState storage_state(services::StorageStatus status) {
    switch (status) {
        case services::StorageStatus::Ok: return dvcscore::app::StorageState::Available;
        case services::StorageStatus::Full: return dvcscore::app::StorageState::Full;
        case services::StorageStatus::Unavailable: return dvcscore::app::StorageState::Unavailable;
    }
    return dvcscore::app::StorageState::Unavailable;
}

// Every change is written at once: a reload, a crashed tab or a closed laptop loses nothing.
void autosave() {
    if (session().storage_state() == dvcscore::app::StorageState::Unavailable) return;
    session().autosaved(storage_state(services::storage_write(kAutosaveKey, session().autosave_text())));
}

void restore_autosave() {
    services::StorageStatus status;
    const std::optional<std::string> saved = services::storage_read(kAutosaveKey, status);
    const std::optional<std::string> damaged = session().restore(saved, storage_state(status));
    // A copy that could not be read back is kept aside, never overwritten.
    if (damaged) services::storage_write(std::string(kAutosaveKey) + "/hong-" + services::today(), *damaged);
}

// What the frame's panels asked for, carried out after it.
void carry_out(dvcscore::web::ui::UiActions actions) {
    auto& s = session();
    if (actions.pick_file) services::pick_file();
    if (actions.download) services::download(actions.download->name, actions.download->mime, actions.download->content);
    if (actions.open_report) {
        const auto report = s.report_file(services::today(), "dvcscore " DVCSCORE_VERSION);
        if (!services::open_html_in_new_tab(report.content)) services::download(report.name, report.mime, report.content);
    }
    if (actions.copy_share_link) {
        const std::string link = services::page_address() + "#" + s.share_fragment();
        services::copy_to_clipboard(link);
        page().show_share_link(link);
    }
    if (actions.session_changed) autosave();
}

bool draw_frame() {
    dvcscore::web::a11y::begin_frame();
    const bool another = page().draw(platform().frames_drawn());
    dvcscore::web::a11y::end_frame();
    carry_out(page().take_actions());
    return another || dvcscore::web::a11y::wants_frame();
}

void files_opened(std::vector<services::PickedFile>& picked) {
    std::vector<dvcscore::app::OpenedFile> files;
    files.reserve(picked.size());
    for (services::PickedFile& f : picked) files.push_back({std::move(f.name), std::move(f.bytes), f.size_bytes});
    session().open_files(files);
    autosave();
    platform().invalidate();
}

// Cells pasted from a spreadsheet fill the form at once.
bool paste_block(const std::string& text) {
    if (!page().paste_block(text)) return false;
    autosave();
    return true;
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
    callbacks.draw_ui = draw_frame;
    callbacks.load_fonts = [](float ratio) { page().set_fonts(dvcscore::web::ui::load_fonts(ratio)); };
    callbacks.numeric_text_input = [] { return page().numeric_field_active(); };
    callbacks.paste_block = paste_block;
    if (!platform().start(std::move(callbacks))) return 0;
    dvcscore::web::ui::apply_theme();
    dvcscore::web::a11y::install();
    services::on_files_opened(files_opened);
    restore_autosave();
    // A share link opens its assessment beside the kept ones, once: the fragment goes.
    const std::string hash = services::location_hash();
    if (!hash.empty()) {
        session().open_share_fragment(hash);
        services::clear_location_hash();
        autosave();
    }
    platform().run_frame();  // the first frame now: the page shows as soon as it has loaded
    return 0;                // events drive everything from here (the runtime stays alive)
}

extern "C" {

// load(assessment): the form takes it whole, or stays as it was and the errors come back.
EMSCRIPTEN_KEEPALIVE const char* dvc_hook_load(const char* json_text) {
    const dvcscore::Diagnostics errors = session().form.load_json(json_text);
    nlohmann::json list = nlohmann::json::array();
    for (const dvcscore::Diagnostic& d : errors) list.push_back(d.to_string());
    if (errors.empty()) {
        session().form_edited();
        autosave();
    }
    platform().run_frame();  // show it at once, as typing would
    platform().invalidate();
    return hand_over(list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// loadRubric(text, name): a rubric file, as if opened (an extension: docs/page-hooks.md).
// Returns [] when the page scores with it, else the notice's messages (the rubric unchanged).
EMSCRIPTEN_KEEPALIVE const char* dvc_hook_load_rubric(const char* json_text, const char* name) {
    auto& s = session();
    nlohmann::json list = nlohmann::json::array();
    if (!s.open_rubric(name, json_text))
        for (const std::string& line : s.notices.back().lines) list.push_back(line);
    autosave();
    platform().run_frame();
    platform().invalidate();
    return hand_over(list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

EMSCRIPTEN_KEEPALIVE const char* dvc_hook_result() { return hand_over(session().form.result_json_text()); }

// problems(): the messages shown beside fields right now (an extension: docs/page-hooks.md).
EMSCRIPTEN_KEEPALIVE const char* dvc_hook_problems() {
    const auto& form = session().form;
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t c = 0; c < form.statuses().size(); ++c) {
        const auto& s = form.statuses()[c];
        if (s.status != dvcscore::app::EntryStatus::Invalid && s.status != dvcscore::app::EntryStatus::Incomplete) continue;
        list.push_back({{"code", form.rubric().criteria[c].code},
                        {"field", s.field},
                        {"kind", s.status == dvcscore::app::EntryStatus::Invalid ? "invalid" : "incomplete"},
                        {"message", s.message}});
    }
    return hand_over(list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// state(): what the page holds beyond the form (an extension: docs/page-hooks.md, for tests).
EMSCRIPTEN_KEEPALIVE const char* dvc_hook_state() {
    auto& s = session();
    s.form_edited();
    const dvcscore::Rubric& rubric = s.rubric();
    nlohmann::json drafts = nlohmann::json::array();
    dvcscore::app::Form scratch(rubric);
    for (const auto& d : s.workspace.drafts) {
        d.into_form(scratch);
        nlohmann::json draft = {{"unit", d.unit},
                                {"period", d.period},
                                {"total", scratch.card().total},
                                {"rating", rubric.ratings[scratch.card().rating].id}};
        // Extension: what the portal said about the unit, for drafts that came from its data.
        if (!d.portal.empty()) {
            draft["unitCode"] = d.portal.unit_code;
            draft["level"] = d.portal.level;
            draft["published"] = d.portal.published && d.portal.published->total ? nlohmann::json(*d.portal.published->total)
                                                                                 : nlohmann::json(nullptr);
        }
        nlohmann::json inherited = nlohmann::json::array();
        for (std::size_t c = 0; c < d.inputs.size(); ++c)
            if (d.inputs[c].inherited) inherited.push_back(rubric.criteria[c].code);
        if (!inherited.empty()) draft["inherited"] = inherited;
        // Extension: figures kept for criteria the rubric in use lacks, by code.
        nlohmann::json set_aside = nlohmann::json::array();
        for (const auto& kept : d.set_aside) set_aside.push_back(kept.first);
        draft["setAside"] = set_aside;
        drafts.push_back(std::move(draft));
    }
    nlohmann::json notices = nlohmann::json::array();
    static const char* const kinds[] = {"info", "success", "warning", "error"};
    for (const auto& n : s.notices)
        notices.push_back({{"kind", kinds[static_cast<int>(n.kind)]}, {"title", n.title}, {"lines", n.lines}});
    auto check_rows = [&](const dvcscore::app::PublishedCheck& check) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& r : check.rows)
            rows.push_back({{"group", r.group ? rubric.groups[*r.group].code : std::string("total")},
                            {"source", r.source},
                            {"published", r.published},
                            {"computed", r.computed ? nlohmann::json(*r.computed) : nlohmann::json(nullptr)},
                            {"status", dvcscore::status_name(r.status)}});
        return rows;
    };
    nlohmann::json batch = nullptr;
    if (s.batch) {
        nlohmann::json totals = nlohmann::json::array();
        for (const auto& row : s.batch->rows) totals.push_back(row.card.total);
        batch = {{"source", s.batch->source}, {"rows", s.batch->rows.size()}, {"totals", totals}};
        // Extension, when the portal published figures for the units: per row in file order.
        if (s.batch->has_published()) {
            nlohmann::json units = nlohmann::json::array(), published = nlohmann::json::array(),
                           matches = nlohmann::json::array(), differences = nlohmann::json::array(),
                           not_checkable = nlohmann::json::array(), checks = nlohmann::json::array();
            for (const auto& row : s.batch->rows) {
                units.push_back(row.assessment.unit);
                published.push_back(row.published.total ? nlohmann::json(*row.published.total) : nlohmann::json(nullptr));
                matches.push_back(row.published.matches);
                differences.push_back(row.published.differences);
                not_checkable.push_back(row.published.not_checkable);
                checks.push_back(check_rows(row.published));
            }
            batch["units"] = units;
            batch["published"] = published;
            batch["matches"] = matches;
            batch["differences"] = differences;
            batch["notCheckable"] = not_checkable;
            batch["checks"] = checks;
        }
    }
    // Extension: the published figures of the draft in the form beside what it scores now.
    nlohmann::json form_check = nullptr;
    if (s.form.portal.published && !s.form.portal.published->empty())
        form_check = check_rows(dvcscore::app::check_published(rubric, s.form.assessment()));
    static const char* const storage[] = {"available", "full", "unavailable"};
    // The what-if on screen: the target's total and band, whether the plan reaches it, and
    // its steps (each criterion's target figure, in the assessment format).
    const dvcscore::TargetPlan& plan = s.form.target_plan();
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& step : plan.steps) {
        nlohmann::json to = step.to.kind == dvcscore::EntryKind::Counts
                                ? nlohmann::json{{"numerator", step.to.numerator}, {"denominator", step.to.denominator}}
                                : nlohmann::json{{"percent", step.to.percent}};
        steps.push_back({{"code", s.rubric().criteria[step.criterion].code}, {"to", to}});
    }
    const nlohmann::json target = {{"total", s.form.target_card().total},
                                   {"rating", s.rubric().ratings[s.form.target_card().rating].id},
                                   {"aim", plan.target},
                                   {"reachable", plan.reachable},
                                   {"effort", plan.effort},
                                   {"steps", steps}};
    // The rubric in use: the built-in one, or a rubric file (its name).
    const nlohmann::json rubric_in_use = {{"id", rubric.id},
                                          {"title", rubric.title},
                                          {"builtin", s.rubric_is_builtin()},
                                          {"file", s.rubric_file() ? nlohmann::json(s.rubric_file()->name) : nlohmann::json()}};
    const nlohmann::json state = {{"current", s.workspace.current},
                                  {"target", target},
                                  {"drafts", drafts},
                                  {"canUndoRemove", s.workspace.can_undo_remove()},
                                  {"batch", batch},
                                  {"published", form_check},
                                  {"notices", notices},
                                  {"storage", storage[static_cast<int>(s.storage_state())]},
                                  {"rubric", rubric_in_use}};
    return hand_over(state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// measureReplan(n): the mean milliseconds of n re-plans of what the form holds — the whole
// recompute a keystroke causes (read the texts, score, improvement list, target plan), for
// scripts/measure-web (an extension: docs/page-hooks.md).
EMSCRIPTEN_KEEPALIVE double dvc_hook_measure_replan(int count) {
    auto& form = session().form;
    const double start = emscripten_get_now();
    for (int i = 0; i < count; ++i) form.recompute();
    return (emscripten_get_now() - start) / (count > 0 ? count : 1);
}

// widgetRect(code, field): scrolls the field into view (drawing the frames that takes)
// and reports where it is, or "null".
EMSCRIPTEN_KEEPALIVE const char* dvc_hook_widget_rect(const char* code, const char* field) {
    auto& ui = page();
    auto rect_text = [](const dvcscore::web::ui::FieldRect& rect) {
        char out[160];
        std::snprintf(out, sizeof out, "{\"x\":%.2f,\"y\":%.2f,\"w\":%.2f,\"h\":%.2f}", rect.min.x, rect.min.y,
                      rect.max.x - rect.min.x, rect.max.y - rect.min.y);
        return hand_over(out);
    };
    // Extension: code "ui" finds a button, tab or row by name, as the last frame drew it.
    if (std::string(code) == "ui") {
        platform().run_frame();
        const auto* rect = ui.widgets().find(code, field);
        return rect != nullptr && rect->clickable() ? rect_text(*rect) : "null";
    }
    if (!ui.reveal_field(code, field)) return "null";
    const std::string key = (std::string(code) == "unit" || std::string(code) == "period") ? "value" : field;
    // Switching tab and scrolling take a few frames; the answer is where the field stays.
    std::optional<dvcscore::web::ui::FieldRect> last;
    for (int frame = 0; frame < 12; ++frame) {
        platform().run_frame();
        const auto* rect = ui.widgets().find(code, key);
        if (rect == nullptr || !rect->fully_visible() || ui.widgets().scroll_pending()) {
            last.reset();
            continue;
        }
        if (last && last->min.x == rect->min.x && last->min.y == rect->min.y) {
            platform().invalidate();
            return rect_text(*rect);
        }
        last = *rect;
    }
    return "null";
}

}  // extern "C"
