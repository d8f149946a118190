#include "published_panel.hpp"

#include <cmath>
#include <string>
#include <vector>

#include "a11y/semantics.hpp"
#include "app/accessible_text.hpp"
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

// A row of the check as read: "CKMB, Bảng xếp hạng: Cổng công bố 17,76, tính lại 17,76,
// chênh lệch 0,00, khớp".
std::string spoken_row(const Rubric& rubric, const ReconcileRow& row, const std::string& verdict) {
    std::string out = (row.group ? rubric.groups[*row.group].code : std::string("Tổng điểm")) + ", " +
                      app::source_label(row.source) + ": Cổng công bố " + app::accessible::decimal_2dp(row.published);
    if (row.computed)
        out += ", tính lại " + app::accessible::decimal_2dp(*row.computed) + ", chênh lệch " +
               app::accessible::spoken(difference_text(*row.computed, row.published));
    return out + ", " + app::accessible::without_marks(verdict);
}

}  // namespace

void draw_check_rows(const Rubric& rubric, const app::PublishedCheck& check, const char* table_id, bool compact) {
    auto verdict_of = [&](const ReconcileRow& row) {
        std::string verdict = app::status_label(row.status);
        if (row.status == ReconcileStatus::NotCheckable) verdict += ": thiếu " + app::missing_numbers(rubric, row);
        return verdict;
    };
    if (compact) {
        for (std::size_t i = 0; i < check.rows.size(); ++i) {
            const ReconcileRow& row = check.rows[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::Separator();
            ImGui::BeginGroup();
            ImGui::TextUnformatted(((row.group ? rubric.groups[*row.group].code : std::string("Tổng điểm")) + " · " +
                                    app::source_label(row.source))
                                       .c_str());
            std::string figures = "công bố " + format_2dp(row.published) + " · tính lại " +
                                  (row.computed ? format_2dp(*row.computed) : std::string("—"));
            if (row.computed) figures += " (" + difference_text(*row.computed, row.published) + ")";
            ImGui::TextUnformatted(figures.c_str());
            text_wrapped_colored(status_color(row.status), verdict_of(row));
            ImGui::EndGroup();
            a11y::describe_area("check", a11y::Role::Text).name(spoken_row(rubric, row, verdict_of(row)));
            ImGui::PopID();
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
    // In the accessibility tree a table of rows and cells, read by its column headers.
    a11y::begin("check-a11y", a11y::Role::Table, "Đối chiếu với điểm Cổng công bố");
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    a11y::begin("header-row", a11y::Role::Row, "");
    for (int column = 0; column < 6; ++column) {
        ImGui::TableSetColumnIndex(column);
        ImGui::TableHeader(ImGui::TableGetColumnName(column));
        a11y::describe().role(a11y::Role::ColumnHeader).name(ImGui::TableGetColumnName(column)).focusable(false);
    }
    a11y::end();
    namespace accessible = app::accessible;
    for (std::size_t i = 0; i < check.rows.size(); ++i) {
        const ReconcileRow& row = check.rows[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        a11y::begin("row", a11y::Role::Row, "");
        ImGui::TableNextColumn();
        const std::string group = row.group ? rubric.groups[*row.group].code : std::string("Tổng điểm");
        ImGui::TextUnformatted(group.c_str());
        a11y::describe_area("cell-group", a11y::Role::Cell).name(group);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(app::source_label(row.source).c_str());
        a11y::describe_area("cell-source", a11y::Role::Cell).name(app::source_label(row.source));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_2dp(row.published).c_str());
        a11y::describe_area("cell-published", a11y::Role::Cell).name(accessible::decimal_2dp(row.published));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.computed ? format_2dp(*row.computed).c_str() : "—");
        a11y::describe_area("cell-computed", a11y::Role::Cell).name(row.computed ? accessible::decimal_2dp(*row.computed) : "không có");
        ImGui::TableNextColumn();
        if (row.computed) text_colored(status_color(row.status), difference_text(*row.computed, row.published));
        else text_colored(palette::kMutedText, "—");
        a11y::describe_area("cell-difference", a11y::Role::Cell)
            .name(row.computed ? accessible::spoken(difference_text(*row.computed, row.published)) : "không có");
        ImGui::TableNextColumn();
        text_colored(status_color(row.status), verdict_of(row));
        a11y::describe_area("cell-verdict", a11y::Role::Cell).name(accessible::without_marks(verdict_of(row)));
        a11y::end();
        ImGui::PopID();
    }
    a11y::end();
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
    const std::string intro = who + "Điểm Cổng Dịch vụ công quốc gia đã công bố cho đơn vị, bên cạnh điểm tính lại từ "
                                    "số liệu trong biểu mẫu: sửa số liệu để thử, cột «Tính lại» đổi theo.";
    ImGui::BeginGroup();
    text_wrapped_colored(palette::kMutedText, intro);
    ImGui::EndGroup();
    a11y::describe_area("published-intro", a11y::Role::Text).name(intro);
    constexpr float kTableMinWidth = 520;  // the six columns' room; a phone gets lines of text
    draw_check_rows(rubric, check, "published-rows", ImGui::GetContentRegionAvail().x < kTableMinWidth);
    const std::string summary = std::to_string(check.matches) + " khớp · " + std::to_string(check.differences) +
                                " lệch · " + std::to_string(check.not_checkable) + " không kiểm được";
    ImGui::BeginGroup();
    text_wrapped_colored(palette::kText, summary);
    ImGui::EndGroup();
    a11y::describe_area("published-summary", a11y::Role::Text).name(app::accessible::without_marks(summary));
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
        const std::string warning = "Cổng công bố nhưng không tính điểm được (tử số lớn hơn mẫu số, tỷ lệ quá 100%): " +
                                    figures + ". Các chỉ tiêu này được coi là chưa nhập.";
        ImGui::BeginGroup();
        text_wrapped_colored(palette::kWarning, warning);
        ImGui::EndGroup();
        a11y::describe_area("not-scored", a11y::Role::Text).name(warning);
    }
    ImGui::Spacing();
}

}  // namespace dvcscore::web::ui
