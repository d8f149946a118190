#pragma once
// The calculator's form as a person fills it in: texts as typed, per criterion an input
// mode, and everything derived from them (what is entered, what is wrong, the scores).
// Knows nothing of ImGui or the browser, so the tests drive it directly.
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment.hpp"
#include "core/plan.hpp"
#include "core/rubric.hpp"
#include "core/score.hpp"

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

class Form {
public:
    explicit Form(const Rubric& rubric);

    const Rubric& rubric() const { return *rubric_; }

    std::string unit;
    std::string period;
    std::vector<CriterionInput> inputs;  // by criterion index
    PortalData portal;                   // carried along unchanged (unit code, published scores, …)

    // Re-reads every text; call after any edit. Cheap: well under a microsecond per criterion.
    void recompute();

    const std::vector<CriterionStatus>& statuses() const { return statuses_; }
    const Assessment& assessment() const { return assessment_; }
    const ScoreCard& card() const { return card_; }
    const ImprovementPlan& plan() const { return plan_; }

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

    const Rubric* rubric_;
    std::vector<CriterionStatus> statuses_;
    Assessment assessment_;
    ScoreCard card_;
    ImprovementPlan plan_;
};

}  // namespace dvcscore::app
