#include "fuzz_entries.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/form.hpp"
#include "core/assessment_file.hpp"
#include "core/plan.hpp"
#include "core/portal_import.hpp"
#include "core/reconcile.hpp"
#include "core/result_json.hpp"
#include "core/score.hpp"
#include "core/share_code.hpp"
#include "core/target_plan.hpp"
#include "core/target_plan_json.hpp"

namespace dvcscore::fuzz {
namespace {

void require(bool ok, const char* what) {
    if (ok) return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

void check_scored(const Rubric& rubric, const Assessment& assessment) {
    const ScoreCard card = score(rubric, assessment);
    require(card.total >= 0 && card.total <= rubric.max + 1e-9, "0 <= total <= max");
    for (std::size_t g = 0; g < rubric.groups.size(); ++g)
        require(card.groups[g] >= 0 && card.groups[g] <= rubric.groups[g].max + 1e-9, "0 <= group <= max");
    const ImprovementPlan plan = plan_improvements(rubric, assessment, card);
    std::string text;
    JsonWriter writer(text);
    write_result(writer, rubric, assessment, card, plan);
    // Whatever came in, what goes out is valid JSON.
    require(nlohmann::json::accept(text), "result JSON is valid");
    // The target plan to the next band: exact whatever the rubric (a small one: its level
    // tables are built on first use), and its JSON valid.
    if (rubric.max > 200) return;
    const TargetPlan target = plan_target(rubric, assessment, card, {});
    const ScoreCard after = score(rubric, apply_plan(assessment, target));
    require(after.total == target.total_after, "the plan's total is what its steps score");
    require(!target.reachable || std::llround(after.total * 100) >= std::llround(target.target * 100),
            "a reachable plan reaches its target");
    for (const PlanStep& step : target.steps) {
        require(step.points_after > step.points_before, "every step gains points");
        Entry less = step.to;
        if (less.kind == EntryKind::Counts) less.numerator -= 1;
        else less.percent = (std::round(less.percent * 100) - 1) / 100;
        require(score_criterion(rubric.criteria[step.criterion], &less).points < step.points_after,
                "every step is the least figure for its points");
    }
    std::string plan_text;
    JsonWriter plan_writer(plan_text);
    write_target_plan(plan_writer, rubric, assessment, target);
    require(nlohmann::json::accept(plan_text), "plan JSON is valid");
}

bool same_assessment(const Assessment& a, const Assessment& b) {
    return a.rubric == b.rubric && a.unit == b.unit && a.period == b.period && a.entries == b.entries &&
           a.portal == b.portal;
}

void check_share_code(std::string_view code) {
    const Rubric& rubric = default_rubric();
    const ShareDecode decoded = decode_share_code(code, rubric);
    require(decoded.assessment.has_value() == decoded.errors.empty(), "a code decodes exactly when there are no errors");
    for (const Diagnostic& d : decoded.errors) require(!d.message.empty(), "every error says what is wrong");
    if (!decoded.assessment) return;
    const Assessment& a = *decoded.assessment;
    require(a.entries.size() == rubric.criteria.size(), "one entry slot per criterion");
    for (std::size_t c = 0; c < a.entries.size(); ++c)
        require(!a.entries[c] || !check_entry(rubric.criteria[c], *a.entries[c]), "decoded entries pass check_entry");
    for (const NotScored& n : a.portal.not_scored)
        require(n.criterion < a.entries.size() && !a.entries[n.criterion] &&
                    !check_entry_figures(rubric.criteria[n.criterion], n.entry) &&
                    check_entry(rubric.criteria[n.criterion], n.entry),
                "figures not scored are figures, not scorable, and not also entered");
    check_scored(rubric, a);
    const ShareDecode again = decode_share_code(share_code(rubric, a), rubric);
    require(again.assessment.has_value() && same_assessment(*again.assessment, a), "re-encoding round-trips");
}

// A scenario code: read whole or not at all, and what reads writes back the same.
void check_scenario_code(std::string_view code) {
    const Rubric& rubric = default_rubric();
    const ScenarioDecode decoded = decode_scenario_code(code, rubric);
    require(decoded.scenario.has_value() == decoded.errors.empty(), "a scenario decodes exactly when there are no errors");
    for (const Diagnostic& d : decoded.errors) require(!d.message.empty(), "every error says what is wrong");
    if (!decoded.scenario) return;
    require(decoded.scenario->criteria.size() == rubric.criteria.size(), "one setting per criterion");
    const ScenarioDecode again = decode_scenario_code(scenario_code(rubric, *decoded.scenario), rubric);
    require(again.scenario && *again.scenario == *decoded.scenario, "a scenario re-encodes the same");
}

}  // namespace

void assessment_input(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const AssessmentBatch batch = parse_assessments(text, "fuzz", default_rubric());
    require(batch.errors.empty() || batch.assessments.empty(), "nothing scored from input with errors");
    for (const Diagnostic& d : batch.errors) require(!d.message.empty(), "every error says what is wrong");
    for (const Assessment& a : batch.assessments) check_scored(default_rubric(), a);
}

void rubric_input(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const RubricLoad load = load_rubric(text, "fuzz");
    require(load.rubric.has_value() == load.errors.empty(), "a rubric loads exactly when there are no errors");
    if (!load.rubric) return;
    require(!load.rubric->ratings.empty() && load.rubric->ratings.back().min <= 0, "every total has a band");
    check_scored(*load.rubric, Assessment::blank(*load.rubric));
    // Every rate at 2/3: scored by each criterion's rate rule, the plan's numerators included.
    Assessment counted = Assessment::blank(*load.rubric);
    for (std::size_t c = 0; c < counted.entries.size(); ++c)
        if (load.rubric->criteria[c].measure == Measure::Rate) counted.entries[c] = Entry::counts(2, 3);
    check_scored(*load.rubric, counted);
}

void form_text_input(const std::uint8_t* data, std::size_t size) {
    // Fields are separated by newlines and handed out in turn.
    app::Form form(default_rubric());
    std::size_t field = 0;
    std::size_t start = 0;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    while (start <= text.size() && field < form.inputs.size() * 4 + 2) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string piece(text.substr(start, end - start));
        if (field == 0) {
            form.unit = piece;
        } else if (field == 1) {
            form.period = piece;
        } else {
            app::CriterionInput& input = form.inputs[(field - 2) / 4];
            switch ((field - 2) % 4) {
                case 0: input.numerator = piece; break;
                case 1: input.denominator = piece; break;
                case 2: input.percent = piece; break;
                case 3:
                    input.value = piece;
                    if (!piece.empty() && input.mode != app::InputMode::Value)
                        input.mode = (piece[0] & 1) ? app::InputMode::Percent : app::InputMode::Counts;
                    break;
            }
        }
        ++field;
        start = end + 1;
    }
    form.recompute();
    for (std::size_t c = 0; c < form.inputs.size(); ++c) {
        const bool entered = form.statuses()[c].status == app::EntryStatus::Entered;
        require(entered == form.assessment().entries[c].has_value(), "entered exactly when an entry exists");
        require(!entered || !check_entry(form.rubric().criteria[c], *form.assessment().entries[c]),
                "what the form scores passes check_entry");
    }
    check_scored(form.rubric(), form.assessment());
    require(nlohmann::json::accept(form.result_json_text()), "the page's result() is valid JSON");
}

void share_code_input(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    check_share_code(bytes);
    check_share_code(seal_share_payload(bytes));
    check_scenario_code(bytes);
    check_scenario_code(seal_share_payload(bytes));
}

void portal_input(const std::uint8_t* data, std::size_t size) {
    const Rubric& rubric = default_rubric();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const PortalImport imported = import_portal({PortalFile{"fuzz", text}}, rubric);
    require(imported.errors.empty() || imported.assessments.empty(), "nothing imported from input with errors");
    for (const Diagnostic& d : imported.errors) require(!d.message.empty(), "every error says what is wrong");
    for (const Diagnostic& d : imported.warnings) require(!d.message.empty(), "every warning says what is wrong");
    for (const Assessment& a : imported.assessments) {
        for (std::size_t c = 0; c < a.entries.size(); ++c)
            require(!a.entries[c] || !check_entry(rubric.criteria[c], *a.entries[c]), "imported entries pass check_entry");
        check_scored(rubric, a);
        // Written as an assessment file, it reads back the same; so does its share code.
        const AssessmentBatch back = parse_assessments(json_text(assessment_json(rubric, a), -1), "fuzz", rubric);
        require(back.errors.empty() && back.assessments.size() == 1, "an imported assessment reads back");
        require(same_assessment(back.assessments[0], a), "an imported assessment reads back the same");
        const ShareDecode shared = decode_share_code(share_code(rubric, a), rubric);
        require(shared.assessment && same_assessment(*shared.assessment, a), "an imported assessment shares");
    }
    const Reconciliation r = reconcile(rubric, imported.assessments);
    require(r.matches + r.differences + r.not_checkable == r.rows.size(), "every row has one status");
    require(nlohmann::json::accept(reconciliation_json(rubric, imported.assessments, r, -1)), "reconcile JSON is valid");
}

}  // namespace dvcscore::fuzz
