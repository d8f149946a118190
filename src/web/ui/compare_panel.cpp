#include "compare_panel.hpp"

#include <algorithm>

#include "charts.hpp"
#include "core/number_text.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace dvcscore::web::ui {
namespace {

constexpr ImU32 kSeriesA = IM_COL32(128, 134, 139, 255);
constexpr ImU32 kSeriesB = IM_COL32(26, 115, 232, 255);

// A choice among the kept drafts; "compare-a"/"compare-b" and "<name>-option-<i>" for tests.
bool draft_combo(const char* label, const char* name, const app::Workspace& workspace, std::size_t& chosen,
                 WidgetRegistry& widgets) {
    bool changed = false;
    ImGui::SetNextItemWidth(std::min(360.0f, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(label).x - 16));
    const bool open = ImGui::BeginCombo(label, workspace.drafts[chosen].title().c_str());
    widgets.record_item(name);
    if (open) {
        for (std::size_t i = 0; i < workspace.drafts.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(workspace.drafts[i].title().c_str(), i == chosen)) {
                chosen = i;
                changed = true;
            }
            widgets.record_item(std::string(name) + "-option-" + std::to_string(i));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

std::string figure(const CriterionScore& s, const Criterion& c) {
    if (!s.entered) return "chưa nhập";
    if (c.measure == Measure::Value) return "đã nhập";
    return format_2dp(s.percent) + "%";
}

}  // namespace

void ComparePanel::draw(app::Session& session, UiActions& actions, float width, WidgetRegistry& widgets) {
    app::Workspace& workspace = session.workspace;
    session.form_edited();
    if (workspace.drafts.size() < 2) {
        text_wrapped_colored(palette::kMutedText,
                             "Cần ít nhất hai đánh giá để so sánh (hai kỳ của một đơn vị, hoặc hai đơn vị). "
                             "Hãy nhân bản đánh giá này hoặc mở thêm một tệp.");
        const bool duplicate = ImGui::Button("Nhân bản đánh giá đang mở");
        widgets.record_item("compare-duplicate");
        if (duplicate) {
            session.duplicate_draft(workspace.current);
            actions.session_changed = true;
            actions.show_tab = Tab::Form;
        }
        return;
    }
    first_ = std::min(first_, workspace.drafts.size() - 1);
    second_ = std::min(second_, workspace.drafts.size() - 1);
    draft_combo("A (gốc)##a", "compare-a", workspace, first_, widgets);
    draft_combo("B (so với A)##b", "compare-b", workspace, second_, widgets);

    app::Form a(session.rubric()), b(session.rubric());
    workspace.drafts[first_].into_form(a);
    workspace.drafts[second_].into_form(b);
    const Rubric& rubric = session.rubric();
    const ScoreCard &ca = a.card(), &cb = b.card();

    // Totals and ratings first: the answer at a glance.
    ImGui::Spacing();
    ImGui::TextUnformatted(("Tổng điểm: A " + format_2dp(ca.total) + " (" + rubric.ratings[ca.rating].label + ") · B " +
                            format_2dp(cb.total) + " (" + rubric.ratings[cb.rating].label + ")")
                               .c_str());
    ImGui::SameLine();
    delta_text(cb.total - ca.total);

    const std::vector<ChartSeries> series{{&ca, kSeriesA}, {&cb, kSeriesB}};
    if (width >= 700) {
        ImGui::BeginGroup();
        group_bars(rubric, series, width * 0.55f);
        ImGui::EndGroup();
        ImGui::SameLine(0, 24);
        group_radar(rubric, series, std::min(260.0f, width * 0.38f));
    } else {
        group_bars(rubric, series, width);
        group_radar(rubric, series, std::min(260.0f, width));
    }
    text_colored(kSeriesA, "■ A");
    ImGui::SameLine();
    text_colored(kSeriesB, "■ B");

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("compare", 6, flags)) return;
    ImGui::TableSetupColumn("Chỉ tiêu", ImGuiTableColumnFlags_WidthStretch, 4);
    ImGui::TableSetupColumn("Tỷ lệ A", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Điểm A", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Tỷ lệ B", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Điểm B", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Thay đổi", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableHeadersRow();
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        ImGui::TableNextRow();
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, palette::kHeaderBand);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted((group.name + " (" + group.code + ")").c_str());
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(score_of(ca.groups[g], group.max).c_str());
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(score_of(cb.groups[g], group.max).c_str());
        ImGui::TableNextColumn();
        delta_text(cb.groups[g] - ca.groups[g]);
        for (std::size_t c : group.criteria) {
            const Criterion& criterion = rubric.criteria[c];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted((criterion.number + "  " + criterion.name).c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(figure(ca.criteria[c], criterion).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(criterion.scored() ? format_2dp(ca.criteria[c].points).c_str() : "—");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(figure(cb.criteria[c], criterion).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(criterion.scored() ? format_2dp(cb.criteria[c].points).c_str() : "—");
            ImGui::TableNextColumn();
            if (criterion.scored()) delta_text(cb.criteria[c].points - ca.criteria[c].points);
        }
    }
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, palette::kHeaderBand);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("TỔNG ĐIỂM");
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(score_of(ca.total, rubric.max).c_str());
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(score_of(cb.total, rubric.max).c_str());
    ImGui::TableNextColumn();
    delta_text(cb.total - ca.total);
    ImGui::EndTable();
}

}  // namespace dvcscore::web::ui
