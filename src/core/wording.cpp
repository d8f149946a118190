#include "wording.hpp"

#include <cstdio>

#include "number_text.hpp"
#include "score.hpp"
#include "scoring_method.hpp"

namespace dvcscore {
namespace {

std::string rating_of(const Rubric& rubric, std::size_t band) {
    return band < rubric.ratings.size() ? rubric.ratings[band].label : std::string();
}

std::string percent_text(const Criterion& criterion, const Entry& entry) {
    return format_2dp(score_criterion(criterion, &entry).percent) + "%";
}

}  // namespace

std::string or_unwritten(const std::string& text) { return text.empty() ? "(chưa ghi)" : text; }

std::string decision_group_parts(const Rubric& rubric, std::size_t decision_group) {
    std::string parts;
    for (std::size_t g : rubric.decision_groups[decision_group].groups)
        parts += (parts.empty() ? "" : " + ") + rubric.groups[g].code;
    return parts;
}

std::string criterion_rule_text(const Criterion& criterion, RateRule group_rate) {
    std::string s = method_summary(criterion);
    if (!criterion.scored()) return s;
    s += criterion.zero_denominator == ZeroDenominator::Full ? "; mẫu số 0 → đủ điểm" : "; mẫu số 0 → 0 điểm";
    if (criterion.rate != group_rate)
        s += std::string("; ") + rate_rule_text(criterion.rate) + " (" + rate_rule_id(criterion.rate) + ")";
    return s;
}

std::string next_band_text(const Rubric& rubric, const ImprovementPlan& plan) {
    if (!plan.next_band || *plan.next_band >= rubric.ratings.size()) return "Đã ở mức xếp loại cao nhất.";
    const RatingBand& next = rubric.ratings[*plan.next_band];
    return "Cần thêm " + format_2dp(plan.points_to_next_band) + " điểm để đạt mức " + next.label + " (từ " +
           format_number(next.min) + " điểm).";
}

std::string points_left_text(double points) { return "còn " + format_2dp(points) + " điểm"; }

std::string all_at_max_text() { return "Tất cả chỉ tiêu đã đạt điểm tối đa."; }

std::string effort_text(double effort) { return format_2dp(effort) + " điểm phần trăm"; }

std::string plan_goal_text(const Rubric& rubric, const TargetPlan& plan) {
    if (plan.target_band && *plan.target_band < rubric.ratings.size()) {
        const RatingBand& band = rubric.ratings[*plan.target_band];
        return "mức " + band.label + " (từ " + format_number(band.min) + " điểm)";
    }
    return format_2dp(plan.target) + " điểm";
}

std::string plan_headline(const Rubric& rubric, const TargetPlan& plan) {
    const std::string goal = plan_goal_text(rubric, plan);
    const std::string steps = std::to_string(plan.steps.size()) + " bước, nỗ lực " + effort_text(plan.effort);
    if (plan.steps.empty() && plan.reachable) {
        if (plan.kind == PlanTarget::Kind::NextBand && !plan.target_band)
            return "Đã ở mức xếp loại cao nhất (" + rating_of(rubric, 0) + "): không cần thay đổi.";
        return "Đã đạt " + goal + ": không cần thay đổi.";
    }
    if (!plan.reachable) {
        std::string s = "Không thể đạt " + goal + " với các ràng buộc đã chọn; cao nhất " + format_2dp(plan.total_after) +
                        " điểm (" + rating_of(rubric, plan.rating_after) + ")";
        return s + (plan.steps.empty() ? ": không còn chỉ tiêu nào nâng được." : ": " + steps + ".");
    }
    return "Để đạt " + goal + ": " + steps + ".";
}

std::string step_change_text(const Rubric& rubric, const PlanStep& step, std::string_view thousands) {
    const Criterion& criterion = rubric.criteria[step.criterion];
    if (step.to.kind == EntryKind::Percent)
        return "tỷ lệ " + percent_text(criterion, step.from) + " → " + percent_text(criterion, step.to);
    const double more = step.to.numerator - step.from.numerator;
    std::string s = "thêm " + format_count(more, thousands);
    if (!criterion.numerator_label.empty()) s += " " + criterion.numerator_label;
    s += " (" + format_count(step.from.numerator, thousands) + " → " + format_count(step.to.numerator, thousands) +
         " / " + format_count(step.to.denominator, thousands) + "), " + percent_text(criterion, step.from) + " → " +
         percent_text(criterion, step.to);
    return s;
}

std::string step_points_text(const PlanStep& step) {
    return format_2dp(step.points_before) + " → " + format_2dp(step.points_after) + " điểm (+" +
           format_2dp(step.points_after - step.points_before) + ")";
}

std::string step_text(const Rubric& rubric, const PlanStep& step, std::string_view thousands) {
    const Criterion& criterion = rubric.criteria[step.criterion];
    return criterion.number + " " + criterion.name + ": " + step_change_text(rubric, step, thousands) + "; " +
           step_points_text(step);
}

std::string plan_outcome(const Rubric& rubric, const TargetPlan& plan) {
    return "Sau kế hoạch: " + format_2dp(plan.total_after) + " điểm — " + rating_of(rubric, plan.rating_after) + ".";
}

std::string lock_reason_text(LockReason reason) {
    switch (reason) {
        case LockReason::None: return "";
        case LockReason::User: return "đã khóa";
        case LockReason::NotScored: return "không tính điểm";
        case LockReason::NotEntered: return "chưa nhập";
        case LockReason::Inherited: return "do tỉnh quyết định";
        case LockReason::ZeroDenominator: return "mẫu số 0";
    }
    return "";
}

std::string locked_text(const Rubric& rubric, const TargetPlan& plan) {
    static const LockReason order[] = {LockReason::User, LockReason::Inherited, LockReason::NotEntered,
                                       LockReason::ZeroDenominator, LockReason::NotScored};
    std::string out;
    for (const LockReason reason : order) {
        std::string numbers;
        for (std::size_t c = 0; c < plan.locks.size() && c < rubric.criteria.size(); ++c)
            if (plan.locks[c] == reason) numbers += (numbers.empty() ? "" : ", ") + rubric.criteria[c].number;
        if (!numbers.empty()) out += (out.empty() ? "" : "; ") + numbers + " (" + lock_reason_text(reason) + ")";
    }
    return out.empty() ? out : "Giữ nguyên: " + out + ".";
}

}  // namespace dvcscore
