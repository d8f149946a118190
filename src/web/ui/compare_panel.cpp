#include "compare_panel.hpp"

#include <algorithm>

#include "a11y/semantics.hpp"
#include "app/accessible_text.hpp"
#include "charts.hpp"
#include "core/number_text.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace dvcscore::web::ui {
namespace {

constexpr ImU32 kSeriesA = IM_COL32(128, 134, 139, 255);
constexpr ImU32 kSeriesB = IM_COL32(26, 115, 232, 255);
namespace accessible = app::accessible;

// A choice among the kept drafts; "compare-a"/"compare-b" and "<name>-option-<i>" for tests.
bool draft_combo(const char* label, const char* name, const char* accessible_name, const app::Workspace& workspace,
                 std::size_t& chosen, WidgetRegistry& widgets) {
    bool changed = false;
    ImGui::SetNextItemWidth(std::min(360.0f, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(label).x - 16));
    const ImGuiID combo = ImGui::GetID(label);  // an open combo leaves its popup as the last item
    const bool open = ImGui::BeginCombo(label, workspace.drafts[chosen].title().c_str());
    a11y::describe(combo)
        .role(a11y::Role::ComboBox)
        .name(std::string(accessible_name) + ": " + workspace.drafts[chosen].title())
        .expanded(open)
        .key(name);
    widgets.record_item(name);
    if (open) {
        for (std::size_t i = 0; i < workspace.drafts.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(workspace.drafts[i].title().c_str(), i == chosen)) {
                chosen = i;
                changed = true;
            }
            a11y::describe().selected(i == chosen);
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
    draft_combo("A (gốc)##a", "compare-a", "A (gốc)", workspace, first_, widgets);
    draft_combo("B (so với A)##b", "compare-b", "B (so với A)", workspace, second_, widgets);

    app::Form a(session.rubric()), b(session.rubric());
    workspace.drafts[first_].into_form(a);
    workspace.drafts[second_].into_form(b);
    const Rubric& rubric = session.rubric();
    const ScoreCard &ca = a.card(), &cb = b.card();

    // Totals and ratings first: the answer at a glance.
    ImGui::Spacing();
    ImGui::BeginGroup();
    ImGui::TextUnformatted(("Tổng điểm: A " + format_2dp(ca.total) + " (" + rubric.ratings[ca.rating].label + ") · B " +
                            format_2dp(cb.total) + " (" + rubric.ratings[cb.rating].label + ")")
                               .c_str());
    ImGui::SameLine();
    delta_text(cb.total - ca.total);
    ImGui::EndGroup();
    a11y::describe_area("totals", a11y::Role::Text)
        .name("Tổng điểm: A " + accessible::decimal_2dp(ca.total) + " (" + rubric.ratings[ca.rating].label + "), B " +
              accessible::decimal_2dp(cb.total) + " (" + rubric.ratings[cb.rating].label + "), " +
              accessible::change_words(cb.total - ca.total) + ".");

    const std::vector<ChartSeries> series{{&ca, kSeriesA}, {&cb, kSeriesB}};
    ImGui::BeginGroup();
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
    // The legend's words in the text colour; only the squares carry the series' colours.
    text_colored(kSeriesA, "■");
    ImGui::SameLine(0, 4);
    ImGui::TextUnformatted("A (gốc)");
    ImGui::SameLine(0, 16);
    text_colored(kSeriesB, "■");
    ImGui::SameLine(0, 4);
    ImGui::TextUnformatted("B (so với A)");
    ImGui::EndGroup();
    a11y::describe_area("charts", a11y::Role::Text)
        .name("Biểu đồ. A: " + accessible::groups_summary(rubric, ca) + " B: " + accessible::groups_summary(rubric, cb));

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("compare", 6, flags)) return;
    static const char* const kColumns[] = {"Chỉ tiêu", "Tỷ lệ A", "Điểm A", "Tỷ lệ B", "Điểm B", "Thay đổi"};
    ImGui::TableSetupColumn(kColumns[0], ImGuiTableColumnFlags_WidthStretch, 4);
    for (int column = 1; column < 6; ++column)
        ImGui::TableSetupColumn(kColumns[column], ImGuiTableColumnFlags_WidthStretch, column == 5 ? 1.3f : 1.2f);
    // In the accessibility tree a table of rows and cells, read by its column headers.
    a11y::begin("compare-a11y", a11y::Role::Table, "So sánh từng chỉ tiêu");
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    a11y::begin("header-row", a11y::Role::Row, "");
    for (int column = 0; column < 6; ++column) {
        ImGui::TableSetColumnIndex(column);
        ImGui::TableHeader(kColumns[column]);
        a11y::describe().role(a11y::Role::ColumnHeader).name(kColumns[column]).focusable(false);
    }
    a11y::end();
    // One row: its cells' texts as drawn, and as read (figures with a decimal comma, a change in words).
    int row_id = 0;
    auto row = [&](bool band, std::initializer_list<std::pair<std::string, std::string>> cells, double change,
                   bool show_change) {
        ImGui::PushID(row_id++);
        ImGui::TableNextRow();
        if (band) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, palette::kHeaderBand);
        a11y::begin("row", a11y::Role::Row, "");
        int cell = 0;
        for (const auto& [shown, read] : cells) {
            ImGui::TableNextColumn();
            if (cell == 0) ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(shown.c_str());
            if (cell == 0) ImGui::PopTextWrapPos();
            a11y::describe_area(("cell-" + std::to_string(cell++)).c_str(), a11y::Role::Cell).name(read);
        }
        ImGui::TableNextColumn();
        if (show_change) delta_text(change);
        else ImGui::TextUnformatted("");
        a11y::describe_area("cell-change", a11y::Role::Cell).name(show_change ? accessible::change_words(change) : "");
        a11y::end();
        ImGui::PopID();
    };
    auto points = [](double p) { return std::pair{format_2dp(p), accessible::decimal_2dp(p)}; };
    auto out_of = [](double p, double max) {
        return std::pair{score_of(p, max), accessible::decimal_2dp(p) + " trên " + accessible::decimal(max)};
    };
    auto rate = [](const CriterionScore& s, const Criterion& c) {
        const std::string shown = figure(s, c);
        return std::pair{shown, accessible::spoken(shown)};
    };
    const std::pair<std::string, std::string> none{"", ""}, dash{"—", "không tính điểm"};
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        const std::string title = group.name + " (" + group.code + ")";
        row(true, {{title, title}, none, out_of(ca.groups[g], group.max), none, out_of(cb.groups[g], group.max)},
            cb.groups[g] - ca.groups[g], true);
        for (std::size_t c : group.criteria) {
            const Criterion& criterion = rubric.criteria[c];
            const bool scored = criterion.scored();
            row(false,
                {{criterion.number + "  " + criterion.name, accessible::criterion_title(criterion)},
                 rate(ca.criteria[c], criterion), scored ? points(ca.criteria[c].points) : dash,
                 rate(cb.criteria[c], criterion), scored ? points(cb.criteria[c].points) : dash},
                cb.criteria[c].points - ca.criteria[c].points, scored);
        }
    }
    row(true, {{"TỔNG ĐIỂM", "Tổng điểm"}, none, out_of(ca.total, rubric.max), none, out_of(cb.total, rubric.max)},
        cb.total - ca.total, true);
    a11y::end();
    ImGui::EndTable();
}

}  // namespace dvcscore::web::ui
