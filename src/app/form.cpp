#include "form.hpp"

#include <algorithm>

#include "core/assessment_file.hpp"
#include "core/number_text.hpp"
#include "core/result_json.hpp"

namespace dvcscore::app {
namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

// "93,25 %" reads as 93.25: a trailing percent sign is what people naturally type.
std::optional<double> parse_percent(std::string text) {
    const std::size_t last = text.find_last_not_of(" \t");
    if (last != std::string::npos && text[last] == '%') text.erase(last);
    return parse_decimal(text);
}

CriterionStatus invalid(const char* field, std::string message) {
    return CriterionStatus{EntryStatus::Invalid, field, std::move(message)};
}

}  // namespace

Form::Form(const Rubric& rubric) : rubric_(&rubric) { clear(); }

InputMode Form::default_mode(const Criterion& criterion) {
    return criterion.measure == Measure::Value ? InputMode::Value : InputMode::Counts;
}

void Form::clear() {
    unit.clear();
    period.clear();
    portal = PortalData{};
    scenario = PlanScenario{};
    inputs.assign(rubric_->criteria.size(), CriterionInput{});
    for (std::size_t c = 0; c < inputs.size(); ++c) inputs[c].mode = default_mode(rubric_->criteria[c]);
    recompute();
}

CriterionStatus Form::read_input(const Criterion& criterion, const CriterionInput& input,
                                 std::optional<Entry>& entry) const {
    entry.reset();
    Entry candidate;
    switch (input.mode) {
        case InputMode::Value: {
            if (blank(input.value)) return {};
            const auto v = parse_decimal(input.value);
            if (!v) return invalid("value", "không phải là số");
            candidate = Entry::of_value(*v);
            break;
        }
        case InputMode::Percent: {
            if (blank(input.percent)) return {};
            const auto p = parse_percent(input.percent);
            if (!p) return invalid("percent", "không phải là số");
            candidate = Entry::of_percent(*p);
            break;
        }
        case InputMode::Counts: {
            const bool no_numerator = blank(input.numerator), no_denominator = blank(input.denominator);
            if (no_numerator && no_denominator) return {};
            const auto n = no_numerator ? std::nullopt : parse_count(input.numerator);
            const auto d = no_denominator ? std::nullopt : parse_count(input.denominator);
            if (!no_numerator && !n) return invalid("numerator", "tử số không phải là số");
            if (!no_denominator && !d) return invalid("denominator", "mẫu số không phải là số");
            if (no_numerator) return {EntryStatus::Incomplete, "numerator", "nhập tử số"};
            if (no_denominator) return {EntryStatus::Incomplete, "denominator", "nhập mẫu số"};
            candidate = Entry::counts(*n, *d);
            break;
        }
    }
    if (auto problem = check_entry(criterion, candidate)) return invalid(problem->field, problem->message);
    candidate.inherited = input.inherited;
    entry = candidate;
    return {EntryStatus::Entered, "", ""};
}

void Form::recompute() {
    assessment_ = Assessment::blank(*rubric_);
    assessment_.unit = unit;
    assessment_.period = period;
    assessment_.portal = portal;
    statuses_.resize(inputs.size());
    for (std::size_t c = 0; c < inputs.size(); ++c)
        statuses_[c] = read_input(rubric_->criteria[c], inputs[c], assessment_.entries[c]);
    // Figures typed for a criterion take the place of the portal's unscorable ones (an
    // assessment holds a criterion in `values` or in `not_scored`, never both); `portal`
    // keeps them, so emptying the field brings them back.
    auto& not_scored = assessment_.portal.not_scored;
    not_scored.erase(std::remove_if(not_scored.begin(), not_scored.end(),
                                    [&](const NotScored& n) {
                                        return n.criterion < assessment_.entries.size() && assessment_.entries[n.criterion];
                                    }),
                     not_scored.end());
    card_ = score(*rubric_, assessment_);
    plan_ = plan_improvements(*rubric_, assessment_, card_);
    recompute_what_if();
}

void Form::recompute_what_if() {
    const Rubric& rubric = *rubric_;
    PlanRequest request;
    request.criteria.resize(rubric.criteria.size());
    target_total_problem_.clear();
    switch (scenario.kind) {
        case PlanTarget::Kind::NextBand: break;
        case PlanTarget::Kind::Band:
            for (std::size_t b = 0; b < rubric.ratings.size(); ++b)
                if (rubric.ratings[b].id == scenario.band) request.target = PlanTarget::of_band(b);
            break;
        case PlanTarget::Kind::Total: {
            const auto total = parse_decimal(scenario.total);
            if (!total) target_total_problem_ = blank(scenario.total) ? "nhập tổng điểm" : "không phải là số";
            else if (*total < 0 || *total > rubric.max) target_total_problem_ = "từ 0 đến " + format_number(rubric.max);
            else request.target = PlanTarget::of_total(*total);
            break;
        }
    }
    scenario_statuses_.assign(rubric.criteria.size(), ScenarioStatus{});
    std::vector<std::optional<Entry>> fixed(rubric.criteria.size());
    for (std::size_t c = 0; c < rubric.criteria.size() && c < scenario.criteria.size(); ++c) {
        const ScenarioCriterion& sc = scenario.criteria[c];
        CriterionPlanSettings& settings = request.criteria[c];
        settings.locked = sc.locked;
        settings.weight = sc.weight > 0 ? sc.weight : 1;
        if (!blank(sc.ceiling)) {
            const auto ceiling = parse_percent(sc.ceiling);
            if (!ceiling) scenario_statuses_[c].ceiling = "không phải là số";
            else if (*ceiling < 0 || *ceiling > 100) scenario_statuses_[c].ceiling = "từ 0 đến 100%";
            else settings.ceiling = *ceiling;
        }
        const std::optional<Entry>& now = assessment_.entries[c];
        if (blank(sc.target) || !now || now->kind == EntryKind::Value) continue;
        Entry target = *now;
        if (now->kind == EntryKind::Counts) {
            const auto n = parse_count(sc.target);
            if (!n) {
                scenario_statuses_[c].target = "tử số mục tiêu không phải là số";
                continue;
            }
            target.numerator = *n;
        } else {
            const auto p = parse_percent(sc.target);
            if (!p) {
                scenario_statuses_[c].target = "tỷ lệ mục tiêu không phải là số";
                continue;
            }
            target.percent = *p;
        }
        if (auto problem = check_entry(rubric.criteria[c], target)) {
            scenario_statuses_[c].target = problem->message;
            continue;
        }
        fixed[c] = target;
    }
    target_plan_ = plan_target_with(rubric, assessment_, card_, request, fixed);
    target_card_ = score(rubric, apply_plan(assessment_, target_plan_));
}

std::optional<Entry> Form::target_entry(std::size_t criterion) const {
    for (const PlanStep& step : target_plan_.steps)
        if (step.criterion == criterion) return step.to;
    return criterion < assessment_.entries.size() ? assessment_.entries[criterion] : std::nullopt;
}

std::string Form::target_text(std::size_t criterion) const {
    const std::optional<Entry> e = target_entry(criterion);
    if (!e) return "";
    switch (e->kind) {
        case EntryKind::Counts: return format_number(e->numerator);
        case EntryKind::Percent: return format_number(e->percent);
        case EntryKind::Value: return format_number(e->value);
    }
    return "";
}

void Form::fill(const Assessment& assessment) {
    clear();
    unit = assessment.unit;
    period = assessment.period;
    portal = assessment.portal;
    for (std::size_t c = 0; c < inputs.size() && c < assessment.entries.size(); ++c) {
        const auto& e = assessment.entries[c];
        if (!e) continue;
        CriterionInput& in = inputs[c];
        in.inherited = e->inherited;
        switch (e->kind) {
            case EntryKind::Counts:
                in.mode = InputMode::Counts;
                in.numerator = format_number(e->numerator);
                in.denominator = format_number(e->denominator);
                break;
            case EntryKind::Percent:
                in.mode = InputMode::Percent;
                in.percent = format_number(e->percent);
                break;
            case EntryKind::Value:
                in.mode = InputMode::Value;
                in.value = format_number(e->value);
                break;
        }
    }
    recompute();
}

Diagnostics Form::load_json(std::string_view text) {
    AssessmentBatch batch = parse_assessments(text, "", *rubric_);
    if (!batch.errors.empty()) return batch.errors;
    if (batch.assessments.size() != 1) {
        Diagnostic d;
        d.message = "cần đúng một đánh giá, nhận được " + std::to_string(batch.assessments.size());
        return {d};
    }
    fill(batch.assessments.front());
    return {};
}

std::string Form::result_json_text() const {
    std::string text;
    JsonWriter out(text);
    write_result(out, *rubric_, assessment_, card_, plan_);
    return text;
}

}  // namespace dvcscore::app
