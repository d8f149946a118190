#pragma once
// A target plan in Vietnamese words: the one place its sentences live, for the CLI's
// table, the printed report and the page alike.
#include <string>
#include <string_view>
#include <vector>

#include "rubric.hpp"
#include "target_plan.hpp"

namespace dvcscore {

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
