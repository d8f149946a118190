// The what-if, drawn by the form panel: the plan panel (target, steps, locks, weights,
// ceilings) and each criterion's "Mục tiêu" field. Everything edits app::Form::scenario;
// the form re-plans after the frame (FormPanel::finish_edits).
#include <algorithm>
#include <cstdio>

#include "a11y/semantics.hpp"
#include "app/accessible_text.hpp"
#include "core/number_text.hpp"
#include "core/wording.hpp"
#include "form_panel.hpp"
#include "misc/cpp/imgui_stdlib.h"
#include "theme.hpp"
#include "widgets.hpp"

namespace dvcscore::web::ui {
namespace {

// Counts group their thousands with a no-break space on screen ("596 370"): a dot would
// read as the decimal point the page uses everywhere else.
constexpr const char* kThousands = "\xC2\xA0";
constexpr ImU32 kPlannedFill = IM_COL32(230, 244, 234, 255);  // a figure the plan changes
constexpr ImU32 kTypedBorder = IM_COL32(26, 115, 232, 255);   // a figure a person set
namespace accessible = app::accessible;

struct WeightChoice {
    double weight;
    const char* label;
};
constexpr WeightChoice kWeights[] = {{1, "1 · dễ"}, {2, "2 · vừa"}, {4, "4 · khó"}};

std::string weight_label(double weight) {
    for (const WeightChoice& w : kWeights)
        if (w.weight == weight) return w.label;
    return format_number(weight);
}

}  // namespace

ScenarioCriterion& FormPanel::scenario_of(std::size_t c) {
    if (form_.scenario.criteria.size() < form_.rubric().criteria.size())
        form_.scenario.criteria.resize(form_.rubric().criteria.size());
    return form_.scenario.criteria[c];
}

bool FormPanel::can_plan(std::size_t c) const {
    const auto& entry = form_.assessment().entries[c];
    return default_lock(form_.rubric().criteria[c], entry) == LockReason::None;
}

// ---- the target field beside a criterion's figures --------------------------------------------
void FormPanel::draw_target(std::size_t c, float width) {
    const Criterion& criterion = form_.rubric().criteria[c];
    const LockReason reason = default_lock(criterion, form_.assessment().entries[c]);
    if (reason != LockReason::None) {
        ImGui::AlignTextToFramePadding();
        // The province's figures say "do tỉnh quyết định" in the row's status (draw_status),
        // where the column has room for it; the plan panel names them too.
        text_colored(palette::kMutedText, "—");
        return;
    }
    ScenarioCriterion& sc = scenario_of(c);
    const std::string& problem = c < form_.scenario_statuses().size() ? form_.scenario_statuses()[c].target : std::string();
    const PlanStep* step = nullptr;
    for (const PlanStep& s : form_.target_plan().steps)
        if (s.criterion == c) step = &s;
    const bool typed = !sc.target.empty();
    std::string shown = typed ? sc.target : form_.target_text(c);

    int colors = 0;
    float border = 0;
    if (!problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_FrameBg, palette::kErrorFill);
        ImGui::PushStyleColor(ImGuiCol_Border, palette::kError);
        colors = 2;
        border = 2;
    } else if (typed) {
        ImGui::PushStyleColor(ImGuiCol_Border, kTypedBorder);
        colors = 1;
        border = 2;
    } else if (step) {
        ImGui::PushStyleColor(ImGuiCol_FrameBg, kPlannedFill);
        colors = 1;
    }
    if (border > 0) ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, border);
    const float reset_width = typed ? ImGui::GetFrameHeight() + 4 : 0;
    const float field_width = std::max(40.0f, width - reset_width - (form_.inputs[c].mode == app::InputMode::Percent ? 16 : 0));
    widgets_.place(criterion.code, "target", field_width);
    ImGui::SetNextItemWidth(field_width);
    const std::string id = "##Mục tiêu " + criterion.number;
    if (ImGui::InputText(id.c_str(), &shown)) {
        sc.target = shown;  // emptied: back to the plan's figure
        edited_ = true;
    }
    a11y::describe()
        .role(a11y::Role::TextBox)
        .name(accessible::target_field_name(criterion))
        .description(accessible::target_description(form_, c))
        .value(shown)
        .invalid(!problem.empty())
        .numeric()
        .key(criterion.code + "/target");
    if (ImGui::IsItemActive()) numeric_field_active_ = true;
    if (border > 0) ImGui::PopStyleVar();
    ImGui::PopStyleColor(colors);
    if (ImGui::IsItemHovered() && step) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
        ImGui::TextUnformatted(((typed ? "Mục tiêu đã nhập: " : "Kế hoạch: ") + step_change_text(form_.rubric(), *step, kThousands)).c_str());
        ImGui::TextUnformatted(step_points_text(*step).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (form_.inputs[c].mode == app::InputMode::Percent) {
        ImGui::SameLine(0, 4);
        ImGui::TextUnformatted("%");
    }
    if (typed) {
        ImGui::SameLine(0, 4);
        const std::string reset = "×##Bỏ mục tiêu " + criterion.number;
        if (ImGui::Button(reset.c_str(), ImVec2(ImGui::GetFrameHeight(), 0))) {
            sc.target.clear();
            edited_ = true;
        }
        a11y::describe().name(accessible::criterion_title(criterion) + " — bỏ mục tiêu đã nhập")
            .description("Để kế hoạch tự chọn mục tiêu của chỉ tiêu này.");
        widgets_.record_item("target-reset-" + criterion.number);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Bỏ mục tiêu đã nhập: để kế hoạch tự chọn");
    }
    if (!problem.empty()) text_wrapped_colored(palette::kError, problem);
}

// ---- the plan panel -----------------------------------------------------------------------------
void FormPanel::draw_target_plan(const FormLayout& layout) {
    const Rubric& rubric = form_.rubric();
    const TargetPlan& plan = form_.target_plan();
    if (!layout.side_column) {
        ImGui::SetNextItemOpen(true, ImGuiCond_Once);
        const bool open = ImGui::CollapsingHeader("Kế hoạch đạt mục tiêu###plan");
        widgets_.record_item("plan-panel");
        if (!open) return;
    } else {
        ImGui::TextUnformatted("Kế hoạch đạt mục tiêu");
        a11y::describe_area("target-plan-heading", a11y::Role::Heading).name("Kế hoạch đạt mục tiêu").level(2);
        ImGui::Separator();
    }
    ImGui::PushID("plan");

    // The target: the next band, a band, or a total.
    PlanScenario& scenario = form_.scenario;
    std::string preview;
    switch (scenario.kind) {
        case PlanTarget::Kind::NextBand:
            preview = form_.card().rating > 0 ? "Mức kế tiếp: " + rubric.ratings[form_.card().rating - 1].label
                                              : "Mức kế tiếp (đã cao nhất)";
            break;
        case PlanTarget::Kind::Band:
            preview = scenario.band;
            for (const RatingBand& b : rubric.ratings)
                if (b.id == scenario.band) preview = "Mức " + b.label + " (từ " + format_number(b.min) + ")";
            break;
        case PlanTarget::Kind::Total: preview = "Tổng điểm"; break;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Mục tiêu");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(230.0f, ImGui::GetContentRegionAvail().x));
    const ImGuiID combo = ImGui::GetID("##Mục tiêu kế hoạch");  // an open combo leaves its popup as the last item
    const bool open = ImGui::BeginCombo("##Mục tiêu kế hoạch", preview.c_str());
    widgets_.record_item("plan-target");
    a11y::describe(combo).role(a11y::Role::ComboBox).name("Mục tiêu của kế hoạch: " + preview).expanded(open).key("plan-target");
    if (open) {
        auto option = [&](const std::string& label, bool selected, std::size_t index) {
            const bool chosen = ImGui::Selectable(label.c_str(), selected);
            a11y::describe().selected(selected);
            widgets_.record_item("plan-target-option-" + std::to_string(index));
            return chosen;
        };
        if (option("Mức kế tiếp", scenario.kind == PlanTarget::Kind::NextBand, 0)) {
            scenario.kind = PlanTarget::Kind::NextBand;
            scenario.band.clear();
            edited_ = true;
        }
        for (std::size_t b = 0; b < rubric.ratings.size(); ++b) {
            const RatingBand& band = rubric.ratings[b];
            const bool selected = scenario.kind == PlanTarget::Kind::Band && scenario.band == band.id;
            if (option("Mức " + band.label + " (từ " + format_number(band.min) + ")", selected, b + 1)) {
                scenario.kind = PlanTarget::Kind::Band;
                scenario.band = band.id;
                edited_ = true;
            }
        }
        if (option("Tổng điểm…", scenario.kind == PlanTarget::Kind::Total, rubric.ratings.size() + 1)) {
            scenario.kind = PlanTarget::Kind::Total;
            if (scenario.total.empty()) scenario.total = format_2dp(std::min(rubric.max, form_.card().total + 1));
            edited_ = true;
        }
        ImGui::EndCombo();
    }
    if (scenario.kind == PlanTarget::Kind::Total) {
        ImGui::SameLine();
        widgets_.place("plan", "total", 80);
        ImGui::SetNextItemWidth(80);
        const bool marked = !form_.target_total_problem().empty();
        if (marked) ImGui::PushStyleColor(ImGuiCol_FrameBg, palette::kErrorFill);
        if (ImGui::InputText("##Tổng điểm mục tiêu", &scenario.total)) edited_ = true;
        a11y::describe()
            .role(a11y::Role::TextBox)
            .name("Tổng điểm mục tiêu")
            .description(marked ? "Lỗi: " + form_.target_total_problem() + (form_.target_total_problem().back() == '.' ? "" : ".")
                                : "Tổng điểm muốn đạt, từ 0 đến " + format_number(rubric.max) + ".")
            .value(scenario.total)
            .invalid(marked)
            .numeric()
            .key("plan/total");
        if (ImGui::IsItemActive()) numeric_field_active_ = true;
        if (marked) ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::TextUnformatted("điểm");
        if (marked) text_colored(palette::kError, form_.target_total_problem());
    }
    draw_constraints();  // folded by default: settings first, what they give below
    ImGui::Spacing();

    // The plan: what to change, in the words every face uses.
    ImGui::BeginGroup();
    text_wrapped_words(plan.reachable ? palette::kText : palette::kError, plan_headline(rubric, plan));
    ImGui::EndGroup();
    a11y::describe_area("plan-headline", a11y::Role::Text).name(accessible::spoken(plan_headline(rubric, plan)));
    // The steps as a table's rows: each read whole, and Enter takes the keyboard to the
    // criterion's "Mục tiêu" field.
    a11y::begin("plan-steps", a11y::Role::Table, "Các bước của kế hoạch");
    for (std::size_t i = 0; i < plan.steps.size(); ++i) {
        const PlanStep& step = plan.steps[i];
        const Criterion& criterion = rubric.criteria[step.criterion];
        ImGui::PushID(static_cast<int>(i));
        const bool activated = a11y::begin("step", a11y::Role::Row, accessible::plan_step_name(rubric, i, step))
                                   .focusable()
                                   .row_index(static_cast<int>(i) + 1)
                                   .description("Bấm để tới ô mục tiêu của chỉ tiêu")
                                   .activated();
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::BeginGroup();
        ImGui::TextUnformatted((std::to_string(i + 1) + ".").c_str());
        a11y::describe_area("cell-number", a11y::Role::Cell).name("Bước " + std::to_string(i + 1));
        ImGui::SameLine(28);
        ImGui::BeginGroup();
        ImGui::BeginGroup();
        text_wrapped_words(palette::kText, criterion.number + "  " + criterion.name);
        ImGui::EndGroup();
        a11y::describe_area("cell-criterion", a11y::Role::Cell).name(accessible::criterion_title(criterion));
        ImGui::BeginGroup();
        text_wrapped_words(palette::kMutedText, step_change_text(rubric, step, kThousands) + " · " + step_points_text(step));
        ImGui::EndGroup();
        a11y::describe_area("cell-change", a11y::Role::Cell)
            .name(accessible::spoken(step_change_text(rubric, step, "")) + "; " + accessible::spoken(step_points_text(step)));
        ImGui::EndGroup();
        ImGui::EndGroup();
        a11y::end();
        widgets_.record_item("plan-step-" + std::to_string(i));
        if (ImGui::IsItemHovered()) {
            ImGui::GetWindowDrawList()->AddRect(
                ImVec2(top.x - 4, top.y - 2),
                ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x + 4, ImGui::GetItemRectMax().y + 2),
                palette::kPanelBorder, 4);
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        }
        if (ImGui::IsItemClicked() || activated) reveal_field(criterion.code, "target");
        if (activated) a11y::focus_key(criterion.code + "/target");
        ImGui::PopID();
    }
    a11y::end();
    if (!plan.steps.empty()) {
        ImGui::BeginGroup();
        text_wrapped_words(palette::kFull, plan_outcome(rubric, plan));
        ImGui::EndGroup();
        a11y::describe_area("plan-outcome", a11y::Role::Text).name(accessible::spoken(plan_outcome(rubric, plan)));
    }
    if (const std::string locked = locked_text(rubric, plan); !locked.empty()) {
        ImGui::BeginGroup();
        text_wrapped_words(palette::kMutedText, locked);
        ImGui::EndGroup();
        a11y::describe_area("plan-locked", a11y::Role::Text).name(locked);  // criterion numbers: not spoken()
    }

    bool any_typed = false;
    for (const ScenarioCriterion& sc : scenario.criteria) any_typed = any_typed || !sc.target.empty();
    if (any_typed) {
        if (ImGui::SmallButton("Bỏ các mục tiêu đã nhập")) {
            for (ScenarioCriterion& sc : scenario.criteria) sc.target.clear();
            edited_ = true;
        }
        widgets_.record_item("plan-clear-targets");
    }
    ImGui::PopID();
    ImGui::Spacing();
}

// Locks, weights and ceilings, one row per criterion the unit can raise.
void FormPanel::draw_constraints() {
    const Rubric& rubric = form_.rubric();
    if (open_constraints_) ImGui::SetNextItemOpen(true);
    open_constraints_ = false;
    const bool open = ImGui::CollapsingHeader("Khóa, trọng số, trần###constraints");
    widgets_.record_item("plan-constraints");
    if (!open) return;
    text_wrapped_colored(palette::kMutedText,
                         "Khóa: giữ nguyên chỉ tiêu. Trọng số: công sức cho mỗi điểm phần trăm (1 dễ, 2 vừa, 4 khó). "
                         "Trần: tỷ lệ cao nhất đơn vị có thể đạt (để trống: tới khi đủ điểm).");
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("constraints", 4, flags)) {
        ImGui::TableSetupColumn("Chỉ tiêu", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Khóa");
        ImGui::TableSetupColumn("Trọng số");
        ImGui::TableSetupColumn("Trần (%)");
        ImGui::TableHeadersRow();
        // Each control names its criterion, so the table needs no structure of its own in the
        // accessibility tree: a group, read as "Khóa, trọng số, trần".
        a11y::begin("constraints-a11y", a11y::Role::Group, "Khóa, trọng số, trần");
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
            const Criterion& criterion = rubric.criteria[c];
            if (!criterion.scored()) continue;
            const LockReason reason = default_lock(criterion, form_.assessment().entries[c]);
            ImGui::PushID(static_cast<int>(c));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(criterion.number.c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", criterion.name.c_str());
            if (reason != LockReason::None) {
                ImGui::SameLine();
                text_colored(palette::kMutedText, lock_reason_text(reason));
                a11y::describe_area("reason", a11y::Role::Text).name(accessible::criterion_title(criterion) + ": " + lock_reason_text(reason));
                ImGui::PopID();
                continue;
            }
            ScenarioCriterion& sc = scenario_of(c);
            ImGui::TableNextColumn();
            const std::string lock_id = "##Khóa " + criterion.number;
            if (ImGui::Checkbox(lock_id.c_str(), &sc.locked)) edited_ = true;
            a11y::describe().role(a11y::Role::CheckBox).name(accessible::lock_name(criterion)).checked(sc.locked)
                .description("Đánh dấu: kế hoạch giữ nguyên chỉ tiêu này.");
            widgets_.record_item("plan-lock-" + criterion.number);
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(84);
            const std::string weight_id = "##Trọng số " + criterion.number;
            const ImGuiID weight_combo = ImGui::GetID(weight_id.c_str());
            const bool weights_open = ImGui::BeginCombo(weight_id.c_str(), weight_label(sc.weight).c_str());
            widgets_.record_item("plan-weight-" + criterion.number);
            a11y::describe(weight_combo)
                .role(a11y::Role::ComboBox)
                .name(accessible::weight_name(criterion, weight_label(sc.weight)))
                .description("Công sức cho mỗi điểm phần trăm: 1 dễ, 2 vừa, 4 khó.")
                .expanded(weights_open)
                .key("plan-weight-" + criterion.number);
            if (weights_open) {
                for (std::size_t k = 0; k < std::size(kWeights); ++k) {
                    const bool chosen = sc.weight == kWeights[k].weight;
                    if (ImGui::Selectable(kWeights[k].label, chosen)) {
                        sc.weight = kWeights[k].weight;
                        edited_ = true;
                    }
                    a11y::describe().selected(chosen);
                    widgets_.record_item("plan-weight-" + criterion.number + "-option-" + std::to_string(k));
                }
                ImGui::EndCombo();
            }
            ImGui::TableNextColumn();
            const std::string& problem = form_.scenario_statuses()[c].ceiling;
            if (!problem.empty()) ImGui::PushStyleColor(ImGuiCol_FrameBg, palette::kErrorFill);
            widgets_.place(criterion.code, "ceiling", 64);
            ImGui::SetNextItemWidth(64);
            const std::string ceiling_id = "##Trần " + criterion.number;
            if (ImGui::InputTextWithHint(ceiling_id.c_str(), "100", &sc.ceiling)) edited_ = true;
            a11y::describe()
                .role(a11y::Role::TextBox)
                .name(accessible::ceiling_name(criterion))
                .description(problem.empty() ? "Tỷ lệ cao nhất đơn vị có thể đạt; để trống: tới khi đủ điểm."
                                             : "Lỗi: " + problem + (problem.back() == '.' ? "" : "."))
                .value(sc.ceiling)
                .invalid(!problem.empty())
                .numeric()
                .key(criterion.code + "/ceiling");
            if (ImGui::IsItemActive()) numeric_field_active_ = true;
            if (!problem.empty()) {
                ImGui::PopStyleColor();
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", problem.c_str());
            }
            ImGui::PopID();
        }
        a11y::end();
        ImGui::EndTable();
    }
}

}  // namespace dvcscore::web::ui
