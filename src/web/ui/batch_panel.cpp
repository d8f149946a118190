#include "batch_panel.hpp"

#include <algorithm>
#include <numeric>

#include "a11y/semantics.hpp"
#include "app/accessible_text.hpp"
#include "core/number_text.hpp"
#include "published_panel.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace dvcscore::web::ui {
namespace {

// Columns by stable id (batch-sort-<id>): rank, unit, period, one per group, total, rating,
// then the portal's published total and the check. On screen the published total and the
// check come right after the total, before the rating.
constexpr int kFixedBefore = 3;

struct ColumnIds {
    int total, rating, published, check;
    explicit ColumnIds(std::size_t groups)
        : total(kFixedBefore + static_cast<int>(groups)), rating(total + 1), published(total + 2), check(total + 3) {}
};

// How much a unit's check calls for attention: a difference, then nothing checkable, then
// matches only.
int concern(const app::PublishedCheck& check) {
    if (check.differences > 0) return 3;
    if (check.empty()) return 0;
    return check.matches == 0 ? 2 : 1;
}

ImU32 check_color(const app::PublishedCheck& check) {
    if (check.differences > 0) return palette::kError;
    return check.matches > 0 ? palette::kFull : palette::kMutedText;
}

}  // namespace

void BatchPanel::prepare(const app::OpenedBatch& batch) {
    prepared_for_ = &batch;
    prepared_rows_ = batch.rows.size();
    order_.resize(batch.rows.size());
    std::iota(order_.begin(), order_.end(), 0);
    // Rank by total, ties sharing a rank (1, 2, 2, 4).
    std::vector<std::size_t> by_total = order_;
    std::stable_sort(by_total.begin(), by_total.end(),
                     [&](std::size_t a, std::size_t b) { return batch.rows[a].card.total > batch.rows[b].card.total; });
    rank_.assign(batch.rows.size(), 0);
    for (std::size_t i = 0; i < by_total.size(); ++i) {
        const bool tie = i > 0 && batch.rows[by_total[i]].card.total == batch.rows[by_total[i - 1]].card.total;
        rank_[by_total[i]] = tie ? rank_[by_total[i - 1]] : i + 1;
    }
}

void BatchPanel::sort(const app::OpenedBatch& batch, int column, bool ascending) {
    const std::size_t groups = batch.rows.empty() ? 0 : batch.rows.front().card.groups.size();
    const ColumnIds ids(groups);
    auto key_less = [&](std::size_t a, std::size_t b) {
        const app::BatchRow &x = batch.rows[a], &y = batch.rows[b];
        if (column == 0) return rank_[a] < rank_[b];
        if (column == 1) return x.assessment.unit < y.assessment.unit;
        if (column == 2) return x.assessment.period < y.assessment.period;
        if (column == ids.published) return x.published.total.value_or(-1) < y.published.total.value_or(-1);
        if (column == ids.check) {
            const int cx = concern(x.published), cy = concern(y.published);
            return cx != cy ? cx < cy : x.published.differences < y.published.differences;
        }
        const std::size_t g = static_cast<std::size_t>(column - kFixedBefore);
        if (g < groups) return x.card.groups[g] < y.card.groups[g];
        return x.card.total < y.card.total;  // total and rating sort alike
    };
    std::stable_sort(order_.begin(), order_.end(),
                     [&](std::size_t a, std::size_t b) { return ascending ? key_less(a, b) : key_less(b, a); });
    sort_column_ = column;
    sort_ascending_ = ascending;
}

void BatchPanel::draw(app::Session& session, UiActions& actions, WidgetRegistry& widgets, float min_height) {
    if (!session.batch) {
        text_wrapped_colored(palette::kMutedText,
                             "Mở một tệp nhiều đơn vị (mảng JSON, JSON Lines, hoặc tệp CSV theo mẫu) để xem bảng "
                             "tổng hợp: xếp hạng, điểm từng nhóm, tổng điểm và xếp loại. Dữ liệu Cổng Dịch vụ công "
                             "(các phản hồi JSON lưu từ trang Đánh giá chất lượng phục vụ, hoặc một tệp HAR; chọn "
                             "hoặc thả nhiều tệp cùng lúc) mở thành bảng mọi đơn vị, đối chiếu với điểm Cổng công bố.");
        if (ImGui::Button("Mở tệp…")) actions.pick_file = true;
        widgets.record_item("batch-open-file");
        ImGui::SameLine();
        if (ImGui::Button("Tải mẫu CSV")) actions.download = session.template_file();
        widgets.record_item("batch-csv-template");
        return;
    }
    const app::OpenedBatch& batch = *session.batch;
    if (prepared_for_ != &batch || prepared_rows_ != batch.rows.size()) prepare(batch);
    const Rubric& rubric = session.rubric();

    ImGui::TextUnformatted(("«" + batch.source + "»: " + std::to_string(batch.rows.size()) + " đánh giá").c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("Xuất bảng CSV")) actions.download = session.table_csv_file();
    widgets.record_item("batch-export");
    ImGui::SameLine();
    const bool close = ImGui::SmallButton("Đóng bảng");
    widgets.record_item("batch-close");
    if (close) {
        session.batch.reset();
        prepared_for_ = nullptr;
        return;
    }
    const bool published = batch.has_published();
    if (published) {
        // The verdicts in words, so the marks do not rest on colour alone.
        const std::string summary = "Đối chiếu với điểm Cổng công bố: " + std::to_string(batch.matches) + " khớp · " +
                                    std::to_string(batch.differences) + " lệch · " + std::to_string(batch.not_checkable) +
                                    " không kiểm được.";
        ImGui::BeginGroup();
        text_wrapped_colored(palette::kText, summary);
        ImGui::EndGroup();
        a11y::describe_area("published-summary", a11y::Role::Text).name(app::accessible::without_marks(summary));
        text_wrapped_colored(palette::kMutedText,
                             "✓ khớp: số liệu trong tệp cho đúng điểm Cổng công bố, đến từng phần trăm điểm; ≠ lệch: "
                             "khác điểm Cổng công bố; ? không kiểm được: tệp thiếu số liệu của nhóm. Rê chuột lên một "
                             "dòng để xem từng nhóm.");
    }
    text_colored(palette::kMutedText, "Bấm tiêu đề cột để sắp xếp; bấm một dòng để mở trong biểu mẫu.");

    const ColumnIds ids(rubric.groups.size());
    // ImGui's columns in screen order, each with its stable id.
    std::vector<int> column_ids;
    for (int id = 0; id <= ids.total; ++id) column_ids.push_back(id);
    if (published) {
        column_ids.push_back(ids.published);
        column_ids.push_back(ids.check);
    }
    column_ids.push_back(ids.rating);
    const int columns = static_cast<int>(column_ids.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    // A table of another shape is another table to ImGui: its columns' widths start afresh.
    const float height = std::max(min_height, ImGui::GetContentRegionAvail().y);
    if (!ImGui::BeginTable(published ? "batch-published" : "batch", columns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(2, 1);
    for (int id : column_ids) {
        if (id == 0)
            ImGui::TableSetupColumn("Hạng", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortAscending);
        else if (id == 1) ImGui::TableSetupColumn("Đơn vị", ImGuiTableColumnFlags_WidthFixed, 240);
        else if (id == 2) ImGui::TableSetupColumn("Kỳ");
        else if (id < ids.total)
            ImGui::TableSetupColumn(rubric.groups[static_cast<std::size_t>(id - kFixedBefore)].code.c_str(),
                                    ImGuiTableColumnFlags_PreferSortDescending);
        else if (id == ids.total) ImGui::TableSetupColumn("Tổng", ImGuiTableColumnFlags_PreferSortDescending);
        else if (id == ids.published) ImGui::TableSetupColumn("Cổng công bố", ImGuiTableColumnFlags_PreferSortDescending);
        else if (id == ids.check) ImGui::TableSetupColumn("Đối chiếu", ImGuiTableColumnFlags_PreferSortDescending);
        else ImGui::TableSetupColumn("Xếp loại", ImGuiTableColumnFlags_PreferSortDescending);
    }
    // The table in the accessibility tree: a header row of sortable column headers, then
    // the rows drawn (those scrolled into view), each a row to open with its cells.
    a11y::begin("batch-a11y", a11y::Role::Table, "Bảng tổng hợp: " + std::to_string(batch.rows.size()) + " đánh giá")
        .row_count(static_cast<int>(batch.rows.size()) + 1);
    // Headers one by one, so each can be found (widgetRect("ui", "batch-sort-<id>")).
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    a11y::begin("header-row", a11y::Role::Row, "").row_index(1);
    for (int column = 0; column < columns; ++column) {
        ImGui::TableSetColumnIndex(column);
        ImGui::TableHeader(ImGui::TableGetColumnName(column));
        const int id = column_ids[static_cast<std::size_t>(column)];
        const a11y::Sort sorted = id != sort_column_ ? a11y::Sort::None
                                  : sort_ascending_  ? a11y::Sort::Ascending
                                                     : a11y::Sort::Descending;
        a11y::describe()
            .role(a11y::Role::ColumnHeader)
            .name(ImGui::TableGetColumnName(column))
            .description("Bấm để sắp xếp theo cột này")
            .sort(sorted);
        widgets.record_item("batch-sort-" + std::to_string(id));
    }
    a11y::end();

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        if (specs->SpecsCount > 0)
            sort(batch, column_ids[static_cast<std::size_t>(specs->Specs[0].ColumnIndex)],
                 specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending);
        specs->SpecsDirty = false;
    }

    std::optional<std::size_t> clicked;
    ImGuiListClipper clipper;  // only the rows on screen are drawn: 5,000 rows stay smooth
    clipper.Begin(static_cast<int>(order_.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const std::size_t row = order_[static_cast<std::size_t>(i)];
            const app::BatchRow& r = batch.rows[row];
            ImGui::PushID(static_cast<int>(row));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string rank = std::to_string(rank_[row]);
            const char* unit = r.assessment.unit.empty() ? "(chưa ghi)" : r.assessment.unit.c_str();
            const RatingBand& band = rubric.ratings[r.card.rating];
            if (ImGui::Selectable(rank.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) clicked = row;
            // The row itself is what a keyboard or a screen reader opens.
            a11y::describe()
                .role(a11y::Role::Row)
                .name("Hạng " + rank + ": " + unit + ", kỳ " + r.assessment.period + ", tổng " +
                      app::accessible::decimal_2dp(r.card.total) + ", xếp loại " + band.label +
                      (published ? app::accessible::published_words(r.published) : std::string()))
                .description("Bấm để mở trong biểu mẫu")
                .focusable()
                .row_index(i + 2)
                .contain();
            widgets.record_item("batch-row-" + std::to_string(i));
            int cell = 0;
            auto cell_text = [&cell](const std::string& text) {
                a11y::describe_area(("cell-" + std::to_string(cell++)).c_str(), a11y::Role::Cell).name(text);
            };
            cell_text(rank);  // the Selectable draws the rank (before a tooltip becomes the last item)
            if (published && !r.published.empty() && ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::TextUnformatted((r.assessment.unit + (r.assessment.portal.unit_code.empty()
                                                                 ? std::string()
                                                                 : " (" + r.assessment.portal.unit_code + ")"))
                                           .c_str());
                draw_check_rows(rubric, r.published, "row-checks");
                ImGui::EndTooltip();
            }
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(unit);
            cell_text(unit);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.assessment.period.c_str());
            cell_text(r.assessment.period);
            for (double g : r.card.groups) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(format_2dp(g).c_str());
                cell_text(app::accessible::decimal_2dp(g));
            }
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_2dp(r.card.total).c_str());
            cell_text(app::accessible::decimal_2dp(r.card.total));
            if (published) {
                ImGui::TableNextColumn();
                if (!r.published.total) {
                    text_colored(palette::kMutedText, "—");
                    cell_text("không có");
                } else if (r.published.total_status == ReconcileStatus::Differs) {
                    text_colored(palette::kError, format_2dp(*r.published.total) + " ≠");
                    cell_text(app::accessible::decimal_2dp(*r.published.total) + ", lệch");
                } else {
                    ImGui::TextUnformatted(format_2dp(*r.published.total).c_str());
                    cell_text(app::accessible::decimal_2dp(*r.published.total));
                }
                ImGui::TableNextColumn();
                text_colored(check_color(r.published), app::check_summary(r.published));
                cell_text(app::accessible::check_words(r.published));
            }
            ImGui::TableNextColumn();
            text_colored(readable_band_color(band), band.label);
            cell_text(band.label);
            a11y::end();
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    a11y::end();
    if (clicked) {
        session.open_batch_row(*clicked);
        actions.show_tab = Tab::Form;
        actions.session_changed = true;
    }
}

}  // namespace dvcscore::web::ui
