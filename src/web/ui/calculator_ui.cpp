#include "calculator_ui.hpp"

#include <algorithm>
#include <cstdio>

#include "core/number_text.hpp"
#include "imgui_internal.h"
#include "misc/cpp/imgui_stdlib.h"
#include "theme.hpp"

namespace dvcscore::web::ui {
namespace {

using app::EntryStatus;
using app::InputMode;

constexpr float kTableRowsMinWidth = 900;   // below: criteria as cards
constexpr float kPlanBesideMinWidth = 1280;  // at or above: the plan gets its own column
constexpr float kPlanColumnWidth = 380;
constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

void text_colored(ImU32 color, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

void text_wrapped_colored(ImU32 color, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

// A horizontal bar filled to value/max, as the portal draws scores, centred in a row of
// `row_height` (default: a frame's height, to line up with inputs).
void progress_bar(float fraction, float width, float height, ImU32 fill, float row_height = 0) {
    if (row_height <= 0) row_height = ImGui::GetFrameHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float y = at.y + (row_height - height) * 0.5f;
    draw->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + width, y + height), palette::kBarTrack, height * 0.5f);
    const float filled = width * std::clamp(fraction, 0.0f, 1.0f);
    if (filled > 0.5f) draw->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + filled, y + height), fill, height * 0.5f);
    ImGui::Dummy(ImVec2(width, row_height));
}

std::string score_of(double score, double max) { return format_2dp(score) + " / " + format_number(max); }

std::string method_text(const Criterion& c) {
    if (!c.scored()) return "Không tính điểm, chỉ để theo dõi.";
    if (c.threshold_percent >= 100) return "Tuyến tính: điểm = " + format_number(c.max) + " × tỷ lệ.";
    return "Đủ " + format_number(c.max) + " điểm khi tỷ lệ đạt " + format_number(c.threshold_percent) +
           "%; dưới đó điểm giảm theo tỷ lệ.";
}

const char* field_label(const char* field) {
    const std::string f = field;
    if (f == "numerator") return "tử số";
    if (f == "denominator") return "mẫu số";
    if (f == "percent") return "tỷ lệ %";
    return "giá trị";
}

}  // namespace

bool CalculatorUi::reveal_field(const std::string& code, const std::string& field) {
    if (code == "unit" || code == "period") {
        if (field != "value" && !field.empty() && field != code) return false;
        widgets_.request_scroll(code, "value");
        return true;
    }
    const auto index = form_.rubric().find_criterion(code);
    if (!index) return false;
    const Criterion& criterion = form_.rubric().criteria[*index];
    app::CriterionInput& input = form_.inputs[*index];
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

void CalculatorUi::draw(std::uint64_t frame) {
    widgets_.begin_frame(frame);
    numeric_field_active_ = false;
    edited_ = false;
    const ImGuiIO& io = ImGui::GetIO();
    Layout layout;
    layout.width = io.DisplaySize.x;
    layout.plan_beside = layout.width >= kPlanBesideMinWidth;
    const float main_width = layout.plan_beside ? layout.width - kPlanColumnWidth : layout.width;
    layout.table_rows = main_width >= kTableRowsMinWidth;

    float top_height = 0;
    draw_top_bar(layout, top_height);

    ImGui::SetNextWindowPos(ImVec2(0, top_height));
    ImGui::SetNextWindowSize(ImVec2(main_width, io.DisplaySize.y - top_height));
    ImGui::Begin("##form", nullptr, kPanelFlags);
    draw_identity(layout);
    if (!layout.plan_beside) draw_plan(layout);
    draw_groups(layout);
    ImGui::Dummy(ImVec2(1, 24));  // room below the last row above a tablet's keyboard
    ImGui::End();

    if (layout.plan_beside) {
        ImGui::SetNextWindowPos(ImVec2(main_width, top_height));
        ImGui::SetNextWindowSize(ImVec2(kPlanColumnWidth, io.DisplaySize.y - top_height));
        ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(1, 1, 1, 1));
        ImGui::Begin("##plan", nullptr, kPanelFlags);
        draw_plan(layout);
        ImGui::End();
        ImGui::PopStyleColor();
    }
    if (edited_) form_.recompute();
}

// ---- top bar: total, rating, band scale -----------------------------------------------------
void CalculatorUi::draw_top_bar(const Layout& layout, float& height) {
    const Rubric& rubric = form_.rubric();
    const ScoreCard& card = form_.card();
    const RatingBand& band = rubric.ratings[card.rating];
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(layout.width, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(1, 1, 1, 1));
    ImGui::Begin("##top", nullptr, kPanelFlags | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoScrollbar);

    const bool narrow = layout.width < 640;
    if (!narrow) {
        ImGui::BeginGroup();
        ImGui::TextUnformatted("Tự đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp");
        text_colored(palette::kMutedText, "QĐ 766/QĐ-TTg · tính điểm như Cổng Dịch vụ công quốc gia");
        ImGui::EndGroup();
        const float title_right = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
        const float total_at = std::max(title_right + 32, layout.width * 0.5f);
        if (total_at + 300 < layout.width) ImGui::SameLine(total_at);  // otherwise on its own line
    }
    ImGui::BeginGroup();
    text_colored(palette::kMutedText, "TỔNG ĐIỂM");
    ImGui::PushFont(fonts_.large);
    const float large_size = ImGui::GetFontSize();
    ImGui::TextUnformatted(format_2dp(card.total).c_str());
    ImGui::PopFont();
    // "/ 100" sits on the big number's baseline.
    ImGui::SameLine(0, 6);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + large_size - ImGui::GetFontSize() - 4);
    text_colored(palette::kMutedText, "/ " + format_number(rubric.max));
    ImGui::EndGroup();
    ImGui::SameLine(0, 18);

    // The rating as a chip in its band's colour.
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(1, ImGui::GetFontSize() * 0.9f));
    const ImVec2 label_size = ImGui::CalcTextSize(band.label.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 pad(12, 6);
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + label_size.x + 2 * pad.x, at.y + label_size.y + 2 * pad.y),
                                              color_from_hex(band.color), 14);
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad.x, at.y + pad.y));
    text_colored(IM_COL32_WHITE, band.label);
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + label_size.y + 2 * pad.y));
    ImGui::Dummy(ImVec2(label_size.x + 2 * pad.x, 0));
    ImGui::EndGroup();

    draw_band_scale(layout.width - 2 * ImGui::GetStyle().WindowPadding.x);
    height = ImGui::GetWindowHeight();
    ImGui::End();
    ImGui::PopStyleColor();
}

void CalculatorUi::draw_band_scale(float width) {
    const Rubric& rubric = form_.rubric();
    const ScoreCard& card = form_.card();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float bar_height = 12;
    ImGui::Dummy(ImVec2(1, 4));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    auto x_of = [&](double points) { return origin.x + width * static_cast<float>(points / rubric.max); };

    // Bands are listed highest first; each runs from its min to the next band's min.
    for (std::size_t i = 0; i < rubric.ratings.size(); ++i) {
        const RatingBand& band = rubric.ratings[i];
        const double upper = i == 0 ? rubric.max : rubric.ratings[i - 1].min;
        const float x0 = x_of(std::max(0.0, band.min)), x1 = x_of(upper);
        const bool current = i == card.rating;
        draw->AddRectFilled(ImVec2(x0, origin.y), ImVec2(x1, origin.y + bar_height),
                            color_from_hex(band.color, current ? 255 : 70));
        const ImVec2 label = ImGui::CalcTextSize(band.label.c_str());
        if (label.x + 6 < x1 - x0)
            draw->AddText(ImVec2((x0 + x1 - label.x) * 0.5f, origin.y + bar_height + 3),
                          current ? palette::kText : palette::kMutedText, band.label.c_str());
    }
    // The total as a marker on the scale.
    const float mx = x_of(std::clamp(card.total, 0.0, rubric.max));
    draw->AddTriangleFilled(ImVec2(mx - 6, origin.y - 4), ImVec2(mx + 6, origin.y - 4), ImVec2(mx, origin.y + 4), palette::kText);
    draw->AddLine(ImVec2(mx, origin.y), ImVec2(mx, origin.y + bar_height), palette::kText, 2);
    ImGui::Dummy(ImVec2(width, bar_height + ImGui::GetFontSize() + 6));

    const ImprovementPlan& plan = form_.plan();
    if (plan.next_band) {
        const RatingBand& next = rubric.ratings[*plan.next_band];
        text_wrapped_colored(palette::kMutedText, "Cần thêm " + format_2dp(plan.points_to_next_band) +
                                                      " điểm để đạt mức " + next.label + " (từ " +
                                                      format_number(next.min) + " điểm).");
    } else {
        text_colored(palette::kFull, "Đã ở mức xếp loại cao nhất.");
    }
}

// ---- the unit and the period -----------------------------------------------------------------
void CalculatorUi::draw_identity(const Layout& layout) {
    const float label_width = ImGui::CalcTextSize("Kỳ đánh giá").x + 12;
    auto field = [&](const char* label, const char* code, std::string& text, float width, const char* hint) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(label);
        ImGui::SameLine(label_width + ImGui::GetStyle().WindowPadding.x);
        widgets_.place(code, "value", width);
        ImGui::SetNextItemWidth(width);
        ImGui::PushID(code);
        if (ImGui::InputTextWithHint("##value", hint, &text)) edited_ = true;
        ImGui::PopID();
    };
    const float available = ImGui::GetContentRegionAvail().x - label_width;
    const bool one_line = layout.width >= 760;
    field("Đơn vị", "unit", form_.unit, one_line ? std::min(420.0f, available * 0.55f) : available,
          "Ví dụ: UBND tỉnh Phú Thọ");
    if (one_line) ImGui::SameLine(0, 24);
    if (one_line) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Kỳ đánh giá");
        ImGui::SameLine();
        widgets_.place("period", "value", 200);
        ImGui::SetNextItemWidth(200);
        ImGui::PushID("period");
        if (ImGui::InputTextWithHint("##value", "Ví dụ: Quý III/2026", &form_.period)) edited_ = true;
        ImGui::PopID();
    } else {
        field("Kỳ đánh giá", "period", form_.period, available, "Ví dụ: Quý III/2026");
    }
    ImGui::Spacing();
}

// ---- improvement plan ------------------------------------------------------------------------
void CalculatorUi::draw_plan(const Layout& layout) {
    const Rubric& rubric = form_.rubric();
    const ImprovementPlan& plan = form_.plan();
    if (!layout.plan_beside) {
        ImGui::SetNextItemOpen(true, ImGuiCond_Once);
        if (!ImGui::CollapsingHeader("Gợi ý cải thiện")) return;
    } else {
        ImGui::TextUnformatted("Gợi ý cải thiện");
        ImGui::Separator();
    }
    text_wrapped_colored(palette::kMutedText, "Chỉ tiêu còn nhiều điểm nhất đứng trước; bấm vào một dòng để tới chỉ tiêu đó.");
    ImGui::Spacing();

    const std::size_t limit = layout.plan_beside ? 12 : 5;
    std::size_t shown = 0;
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
        std::string how = "Đủ điểm khi đạt " + format_number(advice.full_at_percent) + "%";
        if (advice.points_per_percent > 0) {
            char per[32];
            std::snprintf(per, sizeof per, "%.3g", advice.points_per_percent);
            how += std::string(" · +") + per + " điểm mỗi 1%";
        }
        if (advice.numerator_for_full && entry) {
            const double more = static_cast<double>(*advice.numerator_for_full) - entry->numerator;
            how += " · cần thêm " + format_number(std::max(0.0, more)) + " (" + criterion.numerator_label + ")";
        } else if (!entry) {
            how += " · chưa nhập";
        }
        ImGui::Indent(28);
        text_wrapped_colored(palette::kMutedText, how);
        ImGui::Unindent(28);
        ImGui::EndGroup();
        const ImVec2 bottom = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddText(ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - gain_width, top.y),
                                            palette::kEntered, gain.c_str());
        if (ImGui::IsItemHovered()) {
            ImGui::GetWindowDrawList()->AddRect(ImVec2(top.x - 4, top.y - 2), ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x + 4, bottom.y + 2),
                                                palette::kPanelBorder, 4);
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        }
        if (ImGui::IsItemClicked()) {
            const app::CriterionInput& input = form_.inputs[advice.criterion];
            reveal_field(criterion.code, input.mode == InputMode::Percent ? "percent" : "numerator");
        }
        ImGui::PopID();
        ImGui::Spacing();
    }
    if (shown == 0) text_colored(palette::kFull, "Tất cả chỉ tiêu đã đạt điểm tối đa.");
    ImGui::Spacing();
}

// ---- groups and criteria ---------------------------------------------------------------------
void CalculatorUi::draw_decision_heading(std::size_t d) {
    const DecisionGroup& dg = form_.rubric().decision_groups[d];
    ImGui::Spacing();
    ImGui::PushFont(fonts_.regular);
    ImGui::TextUnformatted((dg.name + " (" + format_number(dg.max) + ")").c_str());
    ImGui::SameLine();
    text_colored(palette::kEntered, score_of(form_.card().decision_groups[d], dg.max));
    ImGui::PopFont();
    progress_bar(static_cast<float>(form_.card().decision_groups[d] / dg.max), ImGui::GetContentRegionAvail().x, 6,
                 palette::kBarFill, 8);
}

void CalculatorUi::draw_group_heading(std::size_t g, bool nested) {
    const Group& group = form_.rubric().groups[g];
    const double score = form_.card().groups[g];
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::TextUnformatted((group.name + (nested ? " (" + group.code + ")" : "")).c_str());
    ImGui::SameLine();
    text_colored(score >= group.max ? palette::kFull : palette::kEntered, score_of(score, group.max));
    progress_bar(group.max > 0 ? static_cast<float>(score / group.max) : 0, width, 8,
                 score >= group.max ? palette::kBarFull : palette::kBarFill, 10);
}

void CalculatorUi::draw_groups(const Layout& layout) {
    const Rubric& rubric = form_.rubric();
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
            if (ImGui::BeginTable("criteria", 6, flags)) {
                ImGui::TableSetupColumn("Chỉ tiêu", ImGuiTableColumnFlags_WidthStretch);
                ImGui::TableSetupColumn("Cách nhập", ImGuiTableColumnFlags_WidthFixed, 104);
                ImGui::TableSetupColumn("Số liệu", ImGuiTableColumnFlags_WidthFixed, 250);
                ImGui::TableSetupColumn("Tỷ lệ", ImGuiTableColumnFlags_WidthFixed, 72);
                ImGui::TableSetupColumn("Điểm", ImGuiTableColumnFlags_WidthFixed, 150);
                ImGui::TableSetupColumn("Trạng thái", ImGuiTableColumnFlags_WidthFixed, 104);
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

void CalculatorUi::draw_criterion_row(std::size_t c) {
    ImGui::PushID(static_cast<int>(c));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    draw_name(c, ImGui::GetContentRegionAvail().x);
    ImGui::TableNextColumn();
    draw_mode_switch(c);
    ImGui::TableNextColumn();
    draw_inputs(c, 104);
    draw_message(c);
    ImGui::TableNextColumn();
    draw_rate(c);
    ImGui::TableNextColumn();
    draw_points(c, ImGui::GetContentRegionAvail().x);
    ImGui::TableNextColumn();
    draw_status(c);
    ImGui::PopID();
}

void CalculatorUi::draw_criterion_card(std::size_t c) {
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
    ImGui::PopID();
}

void CalculatorUi::draw_name(std::size_t c, float wrap_width) {
    const Criterion& criterion = form_.rubric().criteria[c];
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
        ImGui::TextUnformatted(("Cách tính: " + method_text(criterion)).c_str());
        if (criterion.scored())
            ImGui::TextUnformatted(criterion.zero_denominator == ZeroDenominator::Full
                                       ? "Mẫu số bằng 0: được đủ điểm."
                                       : "Mẫu số bằng 0: 0 điểm.");
        ImGui::TextUnformatted(("Điểm tối đa: " + format_number(criterion.max)).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void CalculatorUi::draw_mode_switch(std::size_t c) {
    const Criterion& criterion = form_.rubric().criteria[c];
    app::CriterionInput& input = form_.inputs[c];
    if (criterion.measure == Measure::Value) {
        ImGui::Dummy(ImVec2(96, ImGui::GetFrameHeight()));
        return;
    }
    auto segment = [&](const char* label, InputMode mode, const char* tip) {
        const bool active = input.mode == mode;
        ImGui::PushStyleColor(ImGuiCol_Button, active ? palette::kEntered : IM_COL32(241, 243, 244, 255));
        ImGui::PushStyleColor(ImGuiCol_Text, active ? IM_COL32_WHITE : palette::kText);
        if (ImGui::Button(label, ImVec2(48, 0)) && !active) {
            // Switching to a percentage starts from the rate the counts give.
            if (mode == InputMode::Percent && input.percent.empty() && form_.statuses()[c].status == EntryStatus::Entered)
                input.percent = format_2dp(form_.card().criteria[c].percent);
            input.mode = mode;
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

bool CalculatorUi::input_field(std::size_t c, const char* field, std::string& text, float width) {
    const app::CriterionStatus& status = form_.statuses()[c];
    const bool marked = status.status == EntryStatus::Invalid && status.field == field;
    if (marked) {
        ImGui::PushStyleColor(ImGuiCol_FrameBg, palette::kErrorFill);
        ImGui::PushStyleColor(ImGuiCol_Border, palette::kError);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
    }
    widgets_.place(form_.rubric().criteria[c].code, field, width);
    ImGui::SetNextItemWidth(width);
    const bool changed = ImGui::InputTextWithHint((std::string("##") + field).c_str(), field_label(field), &text);
    if (ImGui::IsItemActive()) numeric_field_active_ = true;
    if (marked) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
    }
    if (changed) edited_ = true;
    return changed;
}

bool CalculatorUi::draw_inputs(std::size_t c, float field_width) {
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

void CalculatorUi::draw_message(std::size_t c) {
    const app::CriterionStatus& status = form_.statuses()[c];
    if (status.status == EntryStatus::Invalid) text_wrapped_colored(palette::kError, status.message);
    else if (status.status == EntryStatus::Incomplete) text_colored(palette::kWarning, status.message);
}

void CalculatorUi::draw_rate(std::size_t c) {
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

void CalculatorUi::draw_points(std::size_t c, float width) {
    const Criterion& criterion = form_.rubric().criteria[c];
    const CriterionScore& s = form_.card().criteria[c];
    if (!criterion.scored()) {
        ImGui::AlignTextToFramePadding();
        text_colored(palette::kMutedText, "không tính điểm");
        return;
    }
    const std::string text = score_of(s.points, criterion.max);
    const float text_width = ImGui::CalcTextSize("00.00 / 00").x;
    progress_bar(static_cast<float>(s.points / criterion.max), std::max(24.0f, width - text_width - 8), 8,
                 s.at_cap ? palette::kBarFull : palette::kBarFill);
    ImGui::SameLine(0, 8);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text.c_str());
}

void CalculatorUi::draw_status(std::size_t c) {
    const Criterion& criterion = form_.rubric().criteria[c];
    const app::CriterionStatus& status = form_.statuses()[c];
    const CriterionScore& s = form_.card().criteria[c];
    ImGui::AlignTextToFramePadding();
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
