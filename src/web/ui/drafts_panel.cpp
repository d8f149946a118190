#include "drafts_panel.hpp"

#include <algorithm>

#include "a11y/semantics.hpp"
#include "app/accessible_text.hpp"
#include "core/number_text.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "theme.hpp"
#include "widgets.hpp"

namespace dvcscore::web::ui {

void draw_drafts_panel(app::Session& session, UiActions& actions, WidgetRegistry& widgets) {
    app::Workspace& workspace = session.workspace;
    session.form_edited();  // the list shows the current draft as it is now
    text_wrapped_colored(palette::kMutedText,
                         "Mỗi đơn vị và mỗi kỳ là một đánh giá. Trang tự lưu mọi thay đổi trong trình duyệt này.");
    const bool add = ImGui::Button("+ Đánh giá mới");
    a11y::describe().name("Thêm đánh giá mới");
    widgets.record_item("draft-new");
    if (add) {
        session.new_draft();
        actions.session_changed = true;
        actions.show_tab = Tab::Form;
    }
    if (workspace.can_undo_remove()) {
        ImGui::SameLine();
        const bool undo = ImGui::Button(("Hoàn tác xóa «" + workspace.removed_title() + "»").c_str());
        widgets.record_item("draft-undo");
        if (undo) {
            session.undo_remove();
            actions.session_changed = true;
        }
    }
    ImGui::Spacing();

    app::Form scratch(session.rubric());
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("drafts", 4, flags)) return;
    ImGui::TableSetupColumn("Đơn vị", ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn("Kỳ đánh giá", ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("Tổng điểm", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Trung bình 100.00").x);
    // Room for the widest row of actions: "đang mở" (or "Mở"), "Nhân bản", "Xóa".
    const ImGuiStyle& style = ImGui::GetStyle();
    auto button = [&](const char* label) { return ImGui::CalcTextSize(label).x + 2 * style.FramePadding.x; };
    const float actions_width = std::max(button("Mở"), ImGui::CalcTextSize("đang mở").x) + button("Nhân bản") + button("Xóa") +
                          2 * style.ItemSpacing.x + 2 * style.CellPadding.x;
    ImGui::TableSetupColumn("Thao tác", ImGuiTableColumnFlags_WidthFixed, actions_width);
    ImGui::TableHeadersRow();
    std::optional<std::size_t> open, duplicate, remove;
    for (std::size_t i = 0; i < workspace.drafts.size(); ++i) {
        app::Draft& draft = workspace.drafts[i];
        ImGui::PushID(static_cast<int>(i));
        // Names say which draft: "Đánh giá 2: đơn vị", "Mở đánh giá 2: UBND … — 2026".
        const std::string which = "đánh giá " + std::to_string(i + 1);
        const std::string Which = "Đánh giá " + std::to_string(i + 1);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        // Renaming edits the draft; for the open one the form is the source of truth.
        const bool unit_edited = ImGui::InputTextWithHint("##unit", "Đơn vị", &draft.unit);
        a11y::describe().role(a11y::Role::TextBox).name(Which + ": đơn vị").value(draft.unit);
        widgets.record_item("draft-unit-" + std::to_string(i));
        if (unit_edited) {
            if (i == workspace.current) session.form.unit = draft.unit, session.form.recompute();
            actions.session_changed = true;
        }
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        const bool period_edited = ImGui::InputTextWithHint("##period", "Kỳ", &draft.period);
        a11y::describe().role(a11y::Role::TextBox).name(Which + ": kỳ đánh giá").value(draft.period);
        widgets.record_item("draft-period-" + std::to_string(i));
        if (period_edited) {
            if (i == workspace.current) session.form.period = draft.period, session.form.recompute();
            actions.session_changed = true;
        }
        ImGui::TableNextColumn();
        draft.into_form(scratch);
        const ScoreCard& card = scratch.card();
        const RatingBand& band = session.rubric().ratings[card.rating];
        ImGui::AlignTextToFramePadding();
        ImGui::BeginGroup();
        ImGui::TextUnformatted(format_2dp(card.total).c_str());
        ImGui::SameLine();
        text_colored(readable_band_color(band), band.label);
        ImGui::EndGroup();
        a11y::describe_area("total", a11y::Role::Text)
            .name(Which + ", " + draft.title() + ": " + app::accessible::total_text(session.rubric(), card) +
                  (i == workspace.current ? ", đang mở" : ""));
        ImGui::TableNextColumn();
        if (i == workspace.current) {
            ImGui::AlignTextToFramePadding();
            text_colored(palette::kEntered, "đang mở");
        } else {
            if (ImGui::SmallButton("Mở")) open = i;
            a11y::describe().name("Mở " + which + ": " + draft.title());
            widgets.record_item("draft-open-" + std::to_string(i));
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("Nhân bản")) duplicate = i;
        a11y::describe().name("Nhân bản " + which + ": " + draft.title());
        widgets.record_item("draft-duplicate-" + std::to_string(i));
        ImGui::SameLine();
        if (ImGui::SmallButton("Xóa")) remove = i;
        a11y::describe().name("Xóa " + which + ": " + draft.title());
        widgets.record_item("draft-delete-" + std::to_string(i));
        ImGui::PopID();
    }
    ImGui::EndTable();
    if (open) {
        session.open_draft(*open);
        actions.show_tab = Tab::Form;
    }
    if (duplicate) {
        session.duplicate_draft(*duplicate);
        actions.show_tab = Tab::Form;
    }
    if (remove) session.remove_draft(*remove);
    actions.session_changed |= open || duplicate || remove;
}

}  // namespace dvcscore::web::ui
