#pragma once
// The calculator's form as a person fills it in: texts as typed, per criterion an input
// mode, and everything derived from them (what is entered, what is wrong, the scores).
// Knows nothing of ImGui or the browser, so the tests drive it directly.
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment.hpp"
#include "core/plan.hpp"
#include "core/plan_scenario.hpp"
#include "core/rubric.hpp"
#include "core/score.hpp"
#include "core/target_plan.hpp"

namespace dvcscore::app {

enum class InputMode {
    Counts,   // tử số / mẫu số
    Percent,  // tỷ lệ %
    Value,    // a plain figure (Measure::Value criteria only)
};

struct CriterionInput {
    InputMode mode = InputMode::Counts;
    std::string numerator;
    std::string denominator;
    std::string percent;
    std::string value;
    bool inherited = false;  // the province's figures (Entry::inherited), kept with the texts
};

enum class EntryStatus {
    Empty,       // nothing typed: not entered
    Incomplete,  // one of numerator/denominator missing: not scored yet
    Invalid,     // marked red, not scored
    Entered,     // scored
};

struct CriterionStatus {
    EntryStatus status = EntryStatus::Empty;
    std::string field;    // which input the message is about: numerator, denominator, percent, value
    std::string message;  // Vietnamese, shown beside the field
};

// What is wrong with a criterion's typed target or ceiling (empty when nothing is): the
// figure is then left to the plan, the ceiling ignored.
struct ScenarioStatus {
    std::string target;
    std::string ceiling;
};

class Form {
public:
    explicit Form(const Rubric& rubric);

    const Rubric& rubric() const { return *rubric_; }

    std::string unit;
    std::string period;
    std::vector<CriterionInput> inputs;  // by criterion index
    PortalData portal;                   // carried along unchanged (unit code, published scores, …)
    PlanScenario scenario;               // the what-if: target, locks, weights, ceilings, own targets

    // Re-reads every text; call after any edit. Cheap: well under a microsecond per criterion.
    void recompute();

    const std::vector<CriterionStatus>& statuses() const { return statuses_; }
    const Assessment& assessment() const { return assessment_; }
    const ScoreCard& card() const { return card_; }
    const ImprovementPlan& plan() const { return plan_; }

    // The what-if, brought up to date by recompute(): the plan for `scenario` from the
    // figures entered (its steps include the targets typed), the scores it ends with, and
    // what is wrong with a typed target, ceiling or total.
    const TargetPlan& target_plan() const { return target_plan_; }
    const ScoreCard& target_card() const { return target_card_; }
    const std::vector<ScenarioStatus>& scenario_statuses() const { return scenario_statuses_; }
    const std::string& target_total_problem() const { return target_total_problem_; }
    // The figure "Mục tiêu" shows: the plan's step (or the typed target), else the figure
    // entered; none when nothing is entered.
    std::optional<Entry> target_entry(std::size_t criterion) const;
    // A criterion's target as text in its input mode: "1.884" style counts are not used,
    // the plain number is ("1884", "96.5").
    std::string target_text(std::size_t criterion) const;

    // Replaces the whole form with `assessment`, as if its figures had been typed.
    void fill(const Assessment& assessment);
    void clear();

    // JSON text holding exactly one dvcscore-assessment/1 object: fills the form and
    // returns no errors, or leaves the form untouched and returns what is wrong.
    Diagnostics load_json(std::string_view text);

    // The result JSON (docs/formats.md) of what the form holds now.
    std::string result_json_text() const;

    // The input mode a criterion starts in.
    static InputMode default_mode(const Criterion& criterion);

private:
    CriterionStatus read_input(const Criterion& criterion, const CriterionInput& input,
                               std::optional<Entry>& entry) const;
    void recompute_what_if();

    const Rubric* rubric_;
    std::vector<CriterionStatus> statuses_;
    Assessment assessment_;
    ScoreCard card_;
    ImprovementPlan plan_;
    TargetPlan target_plan_;
    ScoreCard target_card_;
    std::vector<ScenarioStatus> scenario_statuses_;
    std::string target_total_problem_;
};

}  // namespace dvcscore::app
