#pragma once
// The Vietnamese sentences every face shares — the CLI's table, the printed report and the
// page — written once here. Words that belong to one thing live beside it: a scoring
// method's description (scoring_method.hpp), a rate rule's (rate_rule_text, rate_rule_note
// in rubric.hpp), the advice for one criterion (advice_phrases in plan.hpp).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "plan.hpp"
#include "rubric.hpp"
#include "target_plan.hpp"

namespace dvcscore {

// ---- scores -------------------------------------------------------------------------------

// Text a person left empty, as printed: "(chưa ghi)".
std::string or_unwritten(const std::string& text);

// The parts of a decision group the portal splits: "CLGQ + TTTT".
std::string decision_group_parts(const Rubric& rubric, std::size_t decision_group);

// How a criterion is scored, for tables: its method, the zero-denominator rule, and its rate
// rule when it differs from `group_rate` (said once above the group): "đủ điểm từ 80%; mẫu
// số 0 → 0 điểm", "không tính điểm".
std::string criterion_rule_text(const Criterion& criterion, RateRule group_rate);

// How far the next rating band is: "Cần thêm 3.91 điểm để đạt mức Tốt (từ 80 điểm)."; at
// the top band "Đã ở mức xếp loại cao nhất."
std::string next_band_text(const Rubric& rubric, const ImprovementPlan& plan);

// The points a criterion still has to give: "còn 2.50 điểm".
std::string points_left_text(double points);

// The improvement list when nothing is left to gain.
std::string all_at_max_text();

// ---- the target plan ----------------------------------------------------------------------

// What the plan aims at: "mức Tốt (từ 80 điểm)", or "85.50 điểm" for a total.
std::string plan_goal_text(const Rubric& rubric, const TargetPlan& plan);

// The plan's headline:
//   "Để đạt mức Tốt (từ 80 điểm): 11 bước, nỗ lực 59.41 điểm phần trăm."
//   "Đã đạt mức Khá (từ 70 điểm): không cần thay đổi."
//   "Không thể đạt mức Xuất sắc (từ 90 điểm) với các ràng buộc đã chọn; cao nhất 88.40 điểm (Tốt): 6 bước, …"
std::string plan_headline(const Rubric& rubric, const TargetPlan& plan);

// One step, without its criterion's name: "thêm 1.368 DVC có hồ sơ trực tuyến (516 → 1.884 / 1.884),
// 27.39% → 100.00%" for counts, "tỷ lệ 93.25% → 96.00%" for a percentage. Counts group their
// thousands with `thousands` ("." in the CLI's table, a narrow space in print).
std::string step_change_text(const Rubric& rubric, const PlanStep& step, std::string_view thousands);

// The points a step moves: "5.90 → 6.00 điểm (+0.10)".
std::string step_points_text(const PlanStep& step);

// The whole step on one line: "1.1 Tỷ lệ …: thêm 2 TTHC công bố đúng hạn (118 → 120 / 120),
// 98.33% → 100.00%; 5.90 → 6.00 điểm (+0.10)".
std::string step_text(const Rubric& rubric, const PlanStep& step, std::string_view thousands);

// The result: "Sau kế hoạch: 80.00 điểm — Tốt."
std::string plan_outcome(const Rubric& rubric, const TargetPlan& plan);

// Why a criterion is left as it is, as a few words: "do tỉnh quyết định", "đã khóa", …;
// empty for LockReason::None.
std::string lock_reason_text(LockReason reason);

// The criteria left as they are and why, grouped by reason, the way people read them:
// "Giữ nguyên: 1.1, 1.2, 1.3 (do tỉnh quyết định); 2.2, 5.1 (không tính điểm)." Empty
// when nothing is locked.
std::string locked_text(const Rubric& rubric, const TargetPlan& plan);

// Effort, in words: "59.41 điểm phần trăm".
std::string effort_text(double effort);

}  // namespace dvcscore
