#pragma once
// What the page's accessibility tree says, in Vietnamese: the names of its controls (a
// contract, docs/accessibility.md: outside tests find the controls by them), their
// descriptions, and the live region's announcement. Numbers are written as Vietnamese
// speech reads them, with a decimal comma: "76,09".
#include <cstddef>
#include <string>
#include <string_view>

#include "app/form.hpp"
#include "app/published_check.hpp"
#include "core/plan.hpp"
#include "core/rubric.hpp"
#include "core/score.hpp"
#include "core/target_plan.hpp"

namespace dvcscore::app::accessible {

// 2 decimals with a decimal comma ("76,09", "0,00"); format_number's shortest form with a
// comma ("100", "1,5").
std::string decimal_2dp(double x);
std::string decimal(double x);
// A text written for the eye ("+0.025 điểm mỗi 1%", "cần 72 / 89", "5.90 → 6.00") as it is
// read: decimal points between digits become commas, " / " becomes " trên " and " → "
// becomes " thành ".
std::string spoken(std::string_view text);

// The word for a field: "tử số", "mẫu số", "tỷ lệ %", "giá trị" (field: numerator,
// denominator, percent, value).
std::string field_word(std::string_view field);
// "<number> <name>": "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn".
std::string criterion_title(const Criterion& criterion);
// A criterion's input: "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn — tử số".
std::string field_name(const Criterion& criterion, std::string_view field);
// Its description: the message when it is wrong, the rate, the points and the state, then
// what goes in it: "Tỷ lệ 93,25%. Điểm 5,59 trên 6, đã nhập. Tử số: Số hồ sơ …".
std::string field_description(const Form& form, std::size_t criterion, std::string_view field);
// The buttons choosing how a rate is entered: "… — nhập tử số và mẫu số", "… — nhập tỷ lệ %".
std::string mode_name(const Criterion& criterion, InputMode mode);
// The state the status column shows: "chưa nhập", "thiếu số liệu", "lỗi", "đã nhập", "đạt tối đa".
std::string state_word(const Form& form, std::size_t criterion);

// The live region: "Tổng điểm 76,09 trên 100, xếp loại Khá. Cần thêm 3,91 điểm để đạt mức
// Tốt (từ 80 điểm)." or "… Đã ở mức xếp loại cao nhất."; with a target card whose total
// differs (the what-if plans a change), then "Mục tiêu 80,00 trên 100, xếp loại Tốt."
std::string announcement(const Rubric& rubric, const ScoreCard& card, const ImprovementPlan& plan,
                         const ScoreCard* target = nullptr);
// "Tổng điểm 76,09 trên 100, xếp loại Khá"
std::string total_text(const Rubric& rubric, const ScoreCard& card);
// The header's target: "Mục tiêu 80,00 trên 100, xếp loại Tốt"
std::string target_total_text(const Rubric& rubric, const ScoreCard& target);
// "Cần thêm 3,91 điểm để đạt mức Tốt (từ 80 điểm)." or "Đã ở mức xếp loại cao nhất."
std::string next_band_text(const Rubric& rubric, const ImprovementPlan& plan);

// Headings of the form: "Công khai, minh bạch (CKMB): 12,50 trên 18 điểm".
std::string group_heading(const Group& group, double score);
std::string decision_heading(const DecisionGroup& group, double score);
// "Điểm các nhóm: CKMB 12,50 trên 18; TDGQ …" (the charts' text).
std::string groups_summary(const Rubric& rubric, const ScoreCard& card);

// A row of the improvement plan: "Gợi ý 1: 2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn, thêm
// 3,20 điểm", described by its advice ("đủ điểm khi đạt 100%; …").
std::string advice_name(std::size_t rank, const Criterion& criterion, const CriterionAdvice& advice);
std::string advice_description(const CriterionAdvice& advice, const std::optional<Entry>& entry);

// The portal's published figures in the batch table: the check as words, without the
// marks ("khớp", "lệch 2", "khớp 5, 2 không kiểm được", "không kiểm được"), and the part a
// row's name adds: ", Cổng công bố 76,09, khớp" (", Cổng công bố không có" without a total).
std::string check_words(const PublishedCheck& check);
// A verdict or summary without its marks, as read: "✓ khớp" → "khớp", "a · b" → "a, b".
std::string without_marks(std::string text);
std::string published_words(const PublishedCheck& check);

// The what-if (the plan panel and each criterion's "Mục tiêu" field).
// A criterion's target field: "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn — mục tiêu".
std::string target_field_name(const Criterion& criterion);
// Its description: what is wrong with a typed target, what the plan (or the typed target)
// changes, then what goes in it: "Kế hoạch: thêm 12 hồ sơ … (48 thành 60 trên 60), 80,00%
// thành 100,00%; 16,00 thành 20,00 điểm (+4,00). Tử số muốn đạt, cùng mẫu số; để trống để
// kế hoạch tự chọn."
std::string target_description(const Form& form, std::size_t criterion);
// A step of the plan as a row: "Bước 1: 2.1 Tỷ lệ …: thêm 12 hồ sơ …; 16,00 thành 20,00 điểm (+4,00)".
std::string plan_step_name(const Rubric& rubric, std::size_t index, const PlanStep& step);
// The plan's constraints, per criterion: "2.1 … — khóa", "2.1 … — trọng số: 2 · vừa",
// "2.1 … — trần (%)"; a criterion the plan cannot raise: "2.2 …: không tính điểm".
std::string lock_name(const Criterion& criterion);
std::string weight_name(const Criterion& criterion, std::string_view weight_label);
std::string ceiling_name(const Criterion& criterion);

// A signed change as words: "tăng 1,25", "giảm 0,40", "không đổi".
std::string change_words(double delta);

}  // namespace dvcscore::app::accessible
