#include "published_panel.hpp"

#include <cmath>
#include <string>
#include <vector>

#include "core/number_text.hpp"
#include "imgui.h"
#include "theme.hpp"
#include "widgets.hpp"

namespace dvcscore::web::ui {
namespace {

ImU32 status_color(ReconcileStatus status) {
    switch (status) {
        case ReconcileStatus::Match: return palette::kFull;
        case ReconcileStatus::Differs: return palette::kError;
        case ReconcileStatus::NotCheckable: return palette::kMutedText;
    }
    return palette::kText;
}

// Computed − published, in cents: "+0.01", "−0.01", "0.00".
std::string difference_text(double computed, double published) {
    const long long cents = std::llround(computed * 100) - std::llround(published * 100);
    if (cents == 0) return "0.00";
    return (cents > 0 ? "+" : "−") + format_2dp(static_cast<double>(std::llabs(cents)) / 100);
}

}  // namespace

void draw_check_rows(const Rubric& rubric, const app::PublishedCheck& check, const char* table_id, bool compact) {
    auto verdict_of = [&](const ReconcileRow& row) {
        std::string verdict = app::status_label(row.status);
        if (row.status == ReconcileStatus::NotCheckable) verdict += ": thiếu " + app::missing_numbers(rubric, row);
        return verdict;
    };
    if (compact) {
        for (const ReconcileRow& row : check.rows) {
            ImGui::Separator();
            ImGui::TextUnformatted(((row.group ? rubric.groups[*row.group].code : std::string("Tổng điểm")) + " · " +
                                    app::source_label(row.source))
                                       .c_str());
            std::string figures = "công bố " + format_2dp(row.published) + " · tính lại " +
                                  (row.computed ? format_2dp(*row.computed) : std::string("—"));
            if (row.computed) figures += " (" + difference_text(*row.computed, row.published) + ")";
            ImGui::TextUnformatted(figures.c_str());
            text_wrapped_colored(status_color(row.status), verdict_of(row));
        }
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable(table_id, 6, flags)) return;
    ImGui::TableSetupColumn("Nhóm");
    ImGui::TableSetupColumn("Nơi công bố");
    ImGui::TableSetupColumn("Cổng công bố");
    ImGui::TableSetupColumn("Tính lại");
    ImGui::TableSetupColumn("Chênh lệch");
    ImGui::TableSetupColumn("Kết quả");
    ImGui::TableHeadersRow();
    for (const ReconcileRow& row : check.rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.group ? rubric.groups[*row.group].code.c_str() : "Tổng điểm");
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(app::source_label(row.source).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_2dp(row.published).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.computed ? format_2dp(*row.computed).c_str() : "—");
        ImGui::TableNextColumn();
        if (row.computed) text_colored(status_color(row.status), difference_text(*row.computed, row.published));
        else text_colored(palette::kMutedText, "—");
        ImGui::TableNextColumn();
        text_colored(status_color(row.status), verdict_of(row));
    }
    ImGui::EndTable();
}

void draw_published_panel(const app::Form& form, WidgetRegistry& widgets) {
    if (!form.portal.published || form.portal.published->empty()) return;
    const Rubric& rubric = form.rubric();
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    const bool open = ImGui::CollapsingHeader("Đối chiếu với điểm Cổng công bố###published");
    widgets.record_item("published-panel");
    if (!open) return;
    const app::PublishedCheck check = app::check_published(rubric, form.assessment());
    std::string who;
    if (!form.portal.unit_code.empty()) who += "Mã đơn vị " + form.portal.unit_code + ". ";
    if (form.portal.level == "PROVINCE") who += "Cấp tỉnh. ";
    else if (form.portal.level == "COMMUNE") who += "Cấp xã. ";
    else if (!form.portal.level.empty()) who += "Cấp " + form.portal.level + ". ";
    text_wrapped_colored(palette::kMutedText,
                         who + "Điểm Cổng Dịch vụ công quốc gia đã công bố cho đơn vị, bên cạnh điểm tính lại từ số liệu "
                               "trong biểu mẫu: sửa số liệu để thử, cột «Tính lại» đổi theo.");
    constexpr float kTableMinWidth = 520;  // the six columns' room; a phone gets lines of text
    draw_check_rows(rubric, check, "published-rows", ImGui::GetContentRegionAvail().x < kTableMinWidth);
    text_wrapped_colored(palette::kText, std::to_string(check.matches) + " khớp · " + std::to_string(check.differences) +
                                             " lệch · " + std::to_string(check.not_checkable) + " không kiểm được");
    // The portal's figures that cannot be scored, unless the person typed others since.
    const std::vector<NotScored>& not_scored = form.assessment().portal.not_scored;
    if (!not_scored.empty()) {
        std::string figures;
        for (const NotScored& n : not_scored) {
            const Criterion& c = rubric.criteria[n.criterion];
            figures += (figures.empty() ? "" : "; ") + c.number + " (" +
                       (n.entry.kind == EntryKind::Counts
                            ? format_number(n.entry.numerator) + "/" + format_number(n.entry.denominator)
                            : format_number(n.entry.kind == EntryKind::Percent ? n.entry.percent : n.entry.value) +
                                  (n.entry.kind == EntryKind::Percent ? "%" : ""))
                       + ")";
        }
        text_wrapped_colored(palette::kWarning, "Cổng công bố nhưng không tính điểm được (tử số lớn hơn mẫu số, tỷ lệ "
                                                "quá 100%): " + figures + ". Các chỉ tiêu này được coi là chưa nhập.");
    }
    ImGui::Spacing();
}

}  // namespace dvcscore::web::ui
