#include "form_panel.hpp"

#include <algorithm>
#include <optional>
#include <cstdio>

#include "a11y/semantics.hpp"
#include "app/accessible_text.hpp"
#include "core/number_text.hpp"
#include "core/scoring_method.hpp"
#include "core/wording.hpp"
#include "imgui_internal.h"  // ClearActiveID: a field lets go of its own copy of the text after a paste
#include "misc/cpp/imgui_stdlib.h"
#include "charts.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace dvcscore::web::ui {
namespace {

using app::EntryStatus;
using app::InputMode;
namespace accessible = app::accessible;

const char* field_label(const char* field) {
    const std::string f = field;
    if (f == "numerator") return "tử số";
    if (f == "denominator") return "mẫu số";
    if (f == "percent") return "tỷ lệ %";
    return "giá trị";
}

}  // namespace

bool FormPanel::reveal_field(const std::string& code, const std::string& field) {
    if (code == "plan") {  // the plan panel's total, shown when the target is a total
        if (field != "total" || form_.scenario.kind != PlanTarget::Kind::Total) return false;
        widgets_.request_scroll(code, field);
        return true;
    }
    if (code == "unit" || code == "period") {
        if (field != "value" && !field.empty() && field != code) return false;
        widgets_.request_scroll(code, "value");
        return true;
    }
    const auto index = form_.rubric().find_criterion(code);
    if (!index) return false;
    const Criterion& criterion = form_.rubric().criteria[*index];
    app::CriterionInput& input = form_.inputs[*index];
    if (field == "name") {  // the criterion's name, as rows and cards show it
        widgets_.request_scroll(code, field);
        return true;
    }
    if (field == "target" || field == "ceiling") {
        if (!can_plan(*index)) return false;  // no figures of its own to aim higher
        if (field == "ceiling") open_constraints_ = true;
        widgets_.request_scroll(code, field);
        return true;
    }
    if (criterion.measure == Measure::Value) {
        if (field != "value") return false;
    } else if (field == "numerator" || field == "denominator") {
        input.mode = InputMode::Counts;
    } else if (field == "percent") {
        input.mode = InputMode::Percent;
    } else {
        return false;
    }
    form_.recompute();
    widgets_.request_scroll(code, field);
    return true;
}

void FormPanel::begin_frame(std::uint64_t frame) {
    widgets_.begin_frame(frame);
    numeric_field_active_ = false;
    active_criterion_.reset();
    identity_active_ = false;
    edited_ = false;
    if (release_field_) {
        ImGui::ClearActiveID();
        release_field_ = false;
    }
}

std::optional<std::size_t> FormPanel::paste_target() const {
    if (active_criterion_) return active_criterion_;
    if (identity_active_) return std::size_t{0};
    return std::nullopt;
}

bool FormPanel::draw_main(const FormLayout& layout) {
    if (!layout.side_column) {
        draw_target_plan(layout);
        draw_plan(layout);
        draw_charts(layout);
    }
    draw_groups(layout);
    ImGui::Dummy(ImVec2(1, 24));  // room below the last row above a tablet's keyboard
    return finish_edits();
}

bool FormPanel::draw_side(const FormLayout& layout) {
    draw_target_plan(layout);
    draw_plan(layout);
    draw_charts(layout);
    return finish_edits();
}

bool FormPanel::finish_edits() {
    if (!edited_) return false;
    form_.recompute();
    edited_ = false;
    return true;
}

void FormPanel::draw_charts(const FormLayout& layout) {
    if (!layout.side_column) {
        if (!ImGui::CollapsingHeader("Biểu đồ")) return;
    } else {
        ImGui::TextUnformatted("Biểu đồ");
        ImGui::Separator();
    }
    const std::vector<ChartSeries> series{{&form_.card(), palette::kBarFill}};
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::BeginGroup();
    group_bars(form_.rubric(), series, width);
    ImGui::Spacing();
    const float size = std::min(width, 300.0f);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - size) * 0.5f);
    group_radar(form_.rubric(), series, size);
    ImGui::EndGroup();
    // The charts in words.
    a11y::describe_area("charts", a11y::Role::Text).name(accessible::groups_summary(form_.rubric(), form_.card()));
    ImGui::Spacing();
}

// ---- the unit and the period -----------------------------------------------------------------
bool FormPanel::draw_identity(bool compact) {
    bool edited = false;
    auto field = [&](const char* code, std::string& text, float width, const char* hint, const char* name) {
        widgets_.place(code, "value", width);
        ImGui::SetNextItemWidth(width);
        ImGui::PushID(code);
        edited |= ImGui::InputTextWithHint("##value", hint, &text);
        if (ImGui::IsItemActive()) identity_active_ = true;
        a11y::describe().role(a11y::Role::TextBox).name(name).value(text).key(std::string(code) + "/value");
        ImGui::PopID();
    };
    if (compact) {
        // A phone: two fields side by side, their hints saying what goes in.
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const float width = ImGui::GetContentRegionAvail().x - spacing;
        field("unit", form_.unit, width * 0.6f, "Đơn vị", "Đơn vị");
        ImGui::SameLine();
        field("period", form_.period, width * 0.4f, "Kỳ đánh giá", "Kỳ đánh giá");
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Đơn vị");
        ImGui::SameLine();
        field("unit", form_.unit, 320, "Ví dụ: UBND tỉnh Phú Thọ", "Đơn vị");
        ImGui::SameLine(0, 20);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Kỳ đánh giá");
        ImGui::SameLine();
        field("period", form_.period, 170, "Ví dụ: Quý III/2026", "Kỳ đánh giá");
    }
    if (edited) form_.recompute();
    return edited;
}

// ---- improvement plan ------------------------------------------------------------------------
void FormPanel::draw_plan(const FormLayout& layout) {
    const Rubric& rubric = form_.rubric();
    const ImprovementPlan& plan = form_.plan();
    // Where the points are: the ranked list, below the plan that leads the panel.
    if (!layout.side_column) {
        if (!ImGui::CollapsingHeader("Gợi ý cải thiện")) return;
    } else {
        ImGui::Spacing();
        ImGui::TextUnformatted("Gợi ý cải thiện");
        a11y::describe_area("plan-heading", a11y::Role::Heading).name("Gợi ý cải thiện").level(2);
        ImGui::Separator();
    }
    text_wrapped_colored(palette::kMutedText, "Chỉ tiêu còn nhiều điểm nhất đứng trước; bấm vào một dòng để tới chỉ tiêu đó.");
    ImGui::Spacing();

    const std::size_t limit = layout.side_column ? 12 : 5;
    std::size_t shown = 0;
    // The row chosen, acted on after the list: revealing a field re-plans, which replaces
    // the list being drawn.
    std::optional<std::size_t> chosen;
    bool chosen_by_keys = false;
    for (const CriterionAdvice& advice : plan.criteria) {
        if (advice.points_available <= 0 || shown == limit) continue;
        ++shown;
        const Criterion& criterion = rubric.criteria[advice.criterion];
        const auto& entry = form_.assessment().entries[advice.criterion];
        ImGui::PushID(static_cast<int>(advice.criterion));
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::BeginGroup();
        ImGui::TextUnformatted((std::to_string(shown) + ".  " + criterion.number).c_str());
        ImGui::SameLine();
        const std::string gain = "+" + format_2dp(advice.points_available) + " điểm";
        const float gain_width = ImGui::CalcTextSize(gain.c_str()).x;
        ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - gain_width - 12);
        ImGui::TextUnformatted(criterion.name.c_str());
        ImGui::PopTextWrapPos();
        std::string how;
        for (const std::string& phrase : advice_phrases(advice, entry)) how += (how.empty() ? "" : " · ") + phrase;
        ImGui::Indent(28);
        text_wrapped_colored(palette::kMutedText, how);
        ImGui::Unindent(28);
        ImGui::EndGroup();
        // A row is a button: it takes the keyboard to the criterion's field.
        const bool activated = a11y::describe_area("advice", a11y::Role::Button)
                                   .name(accessible::advice_name(shown, criterion, advice))
                                   .description(accessible::advice_description(advice, entry))
                                   .focusable()
                                   .activated();
        const ImVec2 bottom = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddText(ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - gain_width, top.y),
                                            palette::kEntered, gain.c_str());
        if (ImGui::IsItemHovered()) {
            ImGui::GetWindowDrawList()->AddRect(ImVec2(top.x - 4, top.y - 2), ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x + 4, bottom.y + 2),
                                                palette::kPanelBorder, 4);
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        }
        if (ImGui::IsItemClicked() || activated) {
            chosen = advice.criterion;
            chosen_by_keys = activated;
        }
        ImGui::PopID();
        ImGui::Spacing();
    }
    if (chosen) {
        const std::string& code = rubric.criteria[*chosen].code;
        const app::CriterionInput& input = form_.inputs[*chosen];
        const char* field = input.mode == InputMode::Percent ? "percent"
                            : input.mode == InputMode::Value ? "value"
                                                             : "numerator";
        reveal_field(code, field);
        if (chosen_by_keys) a11y::focus_key(code + "/" + field);
    }
    if (shown == 0) {
        text_colored(palette::kFull, all_at_max_text());
        a11y::describe_area("plan-done", a11y::Role::Text).name(all_at_max_text());
    }
    ImGui::Spacing();
}

// ---- groups and criteria ---------------------------------------------------------------------
void FormPanel::draw_decision_heading(std::size_t d) {
    const DecisionGroup& dg = form_.rubric().decision_groups[d];
    ImGui::Spacing();
    ImGui::PushFont(fonts_.regular);
    ImGui::BeginGroup();
    ImGui::TextUnformatted((dg.name + " (" + format_number(dg.max) + ")").c_str());
    ImGui::SameLine();
    text_colored(palette::kEntered, score_of(form_.card().decision_groups[d], dg.max));
    ImGui::EndGroup();
    a11y::describe_area("heading", a11y::Role::Heading)
        .name(accessible::decision_heading(dg, form_.card().decision_groups[d]))
        .level(2);
    ImGui::PopFont();
    progress_bar(share_of(form_.card().decision_groups[d], dg.max), ImGui::GetContentRegionAvail().x, 6,
                 palette::kBarFill, 8);
}

void FormPanel::draw_group_heading(std::size_t g, bool nested) {
    const Group& group = form_.rubric().groups[g];
    const double score = form_.card().groups[g];
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::BeginGroup();
    ImGui::TextUnformatted((group.name + (nested ? " (" + group.code + ")" : "")).c_str());
    ImGui::SameLine();
    text_colored(score >= group.max ? palette::kFull : palette::kEntered, score_of(score, group.max));
    ImGui::EndGroup();
    a11y::describe_area("heading", a11y::Role::Heading).name(accessible::group_heading(group, score)).level(nested ? 3 : 2);
    progress_bar(share_of(score, group.max), width, 8,
                 score >= group.max ? palette::kBarFull : palette::kBarFill, 10);
}

void FormPanel::draw_groups(const FormLayout& layout) {
    const Rubric& rubric = form_.rubric();
    // "do tỉnh quyết định" is wider than the other statuses: the column widens only for a
    // draft that has the province's figures, so the target column keeps its room otherwise.
    float status_width = 90;
    for (const app::CriterionInput& input : form_.inputs)
        if (input.inherited) status_width = std::max(status_width, ImGui::CalcTextSize("do tỉnh quyết định").x + 4);
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        const DecisionGroup& dg = rubric.decision_groups[group.decision_group];
        const bool nested = dg.groups.size() > 1;
        if (nested && dg.groups.front() == g) draw_decision_heading(group.decision_group);
        ImGui::PushID(static_cast<int>(g));
        ImGui::Spacing();
        if (nested) ImGui::Indent(16);
        draw_group_heading(g, nested);
        if (layout.table_rows) {
            const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX;
            if (ImGui::BeginTable("criteria", 7, flags)) {
                ImGui::TableSetupColumn("Chỉ tiêu", ImGuiTableColumnFlags_WidthStretch);
                ImGui::TableSetupColumn("Cách nhập", ImGuiTableColumnFlags_WidthFixed, 100);
                ImGui::TableSetupColumn("Số liệu", ImGuiTableColumnFlags_WidthFixed, 230);
                ImGui::TableSetupColumn("Tỷ lệ", ImGuiTableColumnFlags_WidthFixed, 64);
                ImGui::TableSetupColumn("Mục tiêu", ImGuiTableColumnFlags_WidthFixed, 118);
                ImGui::TableSetupColumn("Điểm", ImGuiTableColumnFlags_WidthFixed, 140);
                ImGui::TableSetupColumn("Trạng thái", ImGuiTableColumnFlags_WidthFixed, status_width);
                if (g == 0) ImGui::TableHeadersRow();  // once, above the first group: what each column is
                for (std::size_t c : group.criteria) draw_criterion_row(c);
                ImGui::EndTable();
            }
        } else {
            for (std::size_t c : group.criteria) draw_criterion_card(c);
        }
        if (nested) ImGui::Unindent(16);
        ImGui::PopID();
        ImGui::Spacing();
    }
}

void FormPanel::draw_criterion_row(std::size_t c) {
    ImGui::PushID(static_cast<int>(c));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    draw_name(c, ImGui::GetContentRegionAvail().x);
    ImGui::TableNextColumn();
    draw_mode_switch(c);
    ImGui::TableNextColumn();
    draw_inputs(c, 96);
    draw_message(c);
    ImGui::TableNextColumn();
    draw_rate(c);
    ImGui::TableNextColumn();
    draw_target(c, ImGui::GetContentRegionAvail().x);
    ImGui::TableNextColumn();
    draw_points(c, ImGui::GetContentRegionAvail().x);
    ImGui::TableNextColumn();
    draw_status(c);
    ImGui::PopID();
}

void FormPanel::draw_criterion_card(std::size_t c) {
    ImGui::PushID(static_cast<int>(c));
    ImGui::Separator();
    draw_name(c, ImGui::GetContentRegionAvail().x);
    if (form_.rubric().criteria[c].measure == Measure::Rate) {
        draw_mode_switch(c);
        ImGui::SameLine();
    }
    const float field_width = std::clamp((ImGui::GetContentRegionAvail().x - 24) * 0.5f, 70.0f, 140.0f);
    draw_inputs(c, field_width);
    draw_message(c);
    draw_rate(c);
    ImGui::SameLine(0, 12);
    draw_points(c, std::min(200.0f, ImGui::GetContentRegionAvail().x * 0.6f));
    ImGui::SameLine(0, 12);
    draw_status(c);
    if (can_plan(c)) {
        ImGui::AlignTextToFramePadding();
        text_colored(palette::kMutedText, "Mục tiêu");
        ImGui::SameLine();
        draw_target(c, field_width + 28);
    }
    ImGui::PopID();
}

void FormPanel::draw_name(std::size_t c, float wrap_width) {
    const Criterion& criterion = form_.rubric().criteria[c];
    widgets_.place(criterion.code, "name", wrap_width);  // its width: the room the name wraps in
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted((criterion.number + "  " + criterion.name).c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        ImGui::TextUnformatted((criterion.number + "  " + criterion.name).c_str());
        ImGui::Separator();
        if (criterion.measure == Measure::Rate) {
            ImGui::TextUnformatted(("Tử số: " + criterion.numerator_label).c_str());
            ImGui::TextUnformatted(("Mẫu số: " + criterion.denominator_label).c_str());
        } else if (!criterion.unit.empty()) {
            ImGui::TextUnformatted(("Đơn vị: " + criterion.unit).c_str());
        }
        ImGui::TextUnformatted(("Cách tính: " + method_sentence(criterion)).c_str());
        if (criterion.scored()) ImGui::TextUnformatted((std::string("Tỷ lệ: ") + rate_rule_text(criterion.rate) + ".").c_str());
        if (criterion.scored())
            ImGui::TextUnformatted(criterion.zero_denominator == ZeroDenominator::Full
                                       ? "Mẫu số bằng 0: được đủ điểm."
                                       : "Mẫu số bằng 0: 0 điểm.");
        ImGui::TextUnformatted(("Điểm tối đa: " + format_number(criterion.max)).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void FormPanel::draw_mode_switch(std::size_t c) {
    const Criterion& criterion = form_.rubric().criteria[c];
    app::CriterionInput& input = form_.inputs[c];
    if (criterion.measure == Measure::Value) {
        ImGui::Dummy(ImVec2(96, ImGui::GetFrameHeight()));
        return;
    }
    auto segment = [&](const char* label, InputMode mode, const char* tip) {
        const bool active = input.mode == mode;
        ImGui::PushStyleColor(ImGuiCol_Button, active ? palette::kEntered : palette::kSegment);
        ImGui::PushStyleColor(ImGuiCol_Text, active ? IM_COL32_WHITE : palette::kText);
        const bool clicked = ImGui::Button(label, ImVec2(48, 0));
        a11y::describe().name(accessible::mode_name(criterion, mode)).pressed(active);
        if (clicked && !active) {
            // Switching to a percentage starts from the rate the counts give.
            if (mode == InputMode::Percent && input.percent.empty() && form_.statuses()[c].status == EntryStatus::Entered)
                input.percent = format_2dp(form_.card().criteria[c].percent);
            input.mode = mode;
            scenario_of(c).target.clear();  // a target typed as counts means nothing as a percent
            edited_ = true;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
        ImGui::PopStyleColor(2);
    };
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    segment("Số", InputMode::Counts, "Nhập tử số / mẫu số");
    ImGui::SameLine();
    segment("%", InputMode::Percent, "Nhập tỷ lệ %");
    ImGui::PopStyleVar();
}

bool FormPanel::input_field(std::size_t c, const char* field, std::string& text, float width) {
    const app::CriterionStatus& status = form_.statuses()[c];
    const bool marked = status.status == EntryStatus::Invalid && status.field == field;
    if (marked) {
        ImGui::PushStyleColor(ImGuiCol_FrameBg, palette::kErrorFill);
        ImGui::PushStyleColor(ImGuiCol_Border, palette::kError);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
    }
    const Criterion& criterion = form_.rubric().criteria[c];
    widgets_.place(criterion.code, field, width);
    ImGui::SetNextItemWidth(width);
    const bool changed = ImGui::InputTextWithHint((std::string("##") + field).c_str(), field_label(field), &text);
    if (ImGui::IsItemActive()) {
        numeric_field_active_ = true;
        active_criterion_ = c;
    }
    a11y::describe()
        .role(a11y::Role::TextBox)
        .name(accessible::field_name(criterion, field))
        .description(accessible::field_description(form_, c, field))
        .value(text)
        .invalid(marked)
        .numeric()
        .key(criterion.code + "/" + field);
    if (marked) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
    }
    if (changed) edited_ = true;
    return changed;
}

bool FormPanel::draw_inputs(std::size_t c, float field_width) {
    const Criterion& criterion = form_.rubric().criteria[c];
    app::CriterionInput& input = form_.inputs[c];
    bool changed = false;
    switch (input.mode) {
        case InputMode::Counts:
            changed |= input_field(c, "numerator", input.numerator, field_width);
            ImGui::SameLine(0, 4);
            ImGui::TextUnformatted("/");
            ImGui::SameLine(0, 4);
            changed |= input_field(c, "denominator", input.denominator, field_width);
            break;
        case InputMode::Percent:
            changed |= input_field(c, "percent", input.percent, field_width);
            ImGui::SameLine(0, 4);
            ImGui::TextUnformatted("%");
            break;
        case InputMode::Value:
            changed |= input_field(c, "value", input.value, field_width);
            ImGui::SameLine(0, 4);
            ImGui::TextUnformatted(criterion.unit.c_str());
            break;
    }
    return changed;
}

void FormPanel::draw_message(std::size_t c) {
    const app::CriterionStatus& status = form_.statuses()[c];
    if (status.status == EntryStatus::Invalid) text_wrapped_colored(palette::kError, status.message);
    else if (status.status == EntryStatus::Incomplete) text_colored(palette::kWarning, status.message);
}

void FormPanel::draw_rate(std::size_t c) {
    const Criterion& criterion = form_.rubric().criteria[c];
    const CriterionScore& s = form_.card().criteria[c];
    ImGui::AlignTextToFramePadding();
    if (criterion.measure == Measure::Value || !s.entered) {
        text_colored(palette::kMutedText, "—");
    } else if (s.zero_denominator) {
        text_colored(palette::kMutedText, "mẫu số 0");
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", criterion.zero_denominator == ZeroDenominator::Full ? "Không phát sinh: được đủ điểm"
                                                                                          : "Không phát sinh: 0 điểm");
    } else {
        ImGui::TextUnformatted((format_2dp(s.percent) + "%").c_str());
    }
}

void FormPanel::draw_points(std::size_t c, float width) {
    const Criterion& criterion = form_.rubric().criteria[c];
    const CriterionScore& s = form_.card().criteria[c];
    if (!criterion.scored()) {
        ImGui::AlignTextToFramePadding();
        text_colored(palette::kMutedText, "không tính điểm");
        return;
    }
    const std::string text = score_of(s.points, criterion.max);
    const float text_width = ImGui::CalcTextSize("00.00 / 00").x;
    progress_bar(share_of(s.points, criterion.max), std::max(24.0f, width - text_width - 8), 8,
                 s.at_cap ? palette::kBarFull : palette::kBarFill);
    ImGui::SameLine(0, 8);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text.c_str());
}

void FormPanel::draw_status(std::size_t c) {
    const Criterion& criterion = form_.rubric().criteria[c];
    const app::CriterionStatus& status = form_.statuses()[c];
    const CriterionScore& s = form_.card().criteria[c];
    ImGui::AlignTextToFramePadding();
    // The province's figures (a department's or commune's 1.1–1.3, 3.1): said so, unless
    // something is wrong with them.
    if (form_.inputs[c].inherited && status.status != EntryStatus::Invalid && status.status != EntryStatus::Incomplete) {
        text_colored(palette::kMutedText, "do tỉnh quyết định");
        widgets_.record_item("inherited-" + criterion.code);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", "Số liệu của tỉnh (Cổng công bố chung cho các sở, xã): đơn vị không tự thay đổi "
                                    "được. Vẫn được tính điểm như thường.");
        return;
    }
    switch (status.status) {
        case EntryStatus::Empty: text_colored(palette::kMutedText, "chưa nhập"); break;
        case EntryStatus::Incomplete: text_colored(palette::kWarning, "thiếu số liệu"); break;
        case EntryStatus::Invalid: text_colored(palette::kError, "lỗi"); break;
        case EntryStatus::Entered:
            if (!criterion.scored()) text_colored(palette::kMutedText, "đã nhập");
            else if (s.at_cap) text_colored(palette::kFull, "đạt tối đa");
            else text_colored(palette::kEntered, "đã nhập");
            break;
    }
}

}  // namespace dvcscore::web::ui
