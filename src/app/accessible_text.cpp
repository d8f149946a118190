#include "accessible_text.hpp"

#include <cctype>
#include <cmath>

#include "core/number_text.hpp"
#include "core/wording.hpp"

namespace dvcscore::app::accessible {
namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::string with_comma(std::string text) {
    for (std::size_t i = 1; i + 1 < text.size(); ++i)
        if (text[i] == '.' && is_digit(text[i - 1]) && is_digit(text[i + 1])) text[i] = ',';
    return text;
}

// Parts of a description, each a sentence of its own.
void join(std::string& out, const std::string& part, const char* separator = " ") {
    if (part.empty()) return;
    if (!out.empty()) out += separator;
    out += part;
}

std::string sentence(std::string text) {
    if (!text.empty() && text.back() != '.') text += '.';
    return text;
}

}  // namespace

std::string decimal_2dp(double x) { return with_comma(format_2dp(x)); }

std::string decimal(double x) { return with_comma(format_number(x)); }

std::string spoken(std::string_view text) {
    std::string out = with_comma(std::string(text));
    auto replace_all = [&out](std::string_view from, std::string_view to) {
        for (std::size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size()))
            out.replace(at, from.size(), to);
    };
    replace_all(" / ", " trên ");
    replace_all(" → ", " thành ");
    return out;
}

std::string field_word(std::string_view field) {
    if (field == "numerator") return "tử số";
    if (field == "denominator") return "mẫu số";
    if (field == "percent") return "tỷ lệ %";
    return "giá trị";
}

std::string criterion_title(const Criterion& criterion) { return criterion.number + " " + criterion.name; }

std::string field_name(const Criterion& criterion, std::string_view field) {
    return criterion_title(criterion) + " — " + field_word(field);
}

std::string state_word(const Form& form, std::size_t c) {
    const Criterion& criterion = form.rubric().criteria[c];
    switch (form.statuses()[c].status) {
        case EntryStatus::Empty: return "chưa nhập";
        case EntryStatus::Incomplete: return "thiếu số liệu";
        case EntryStatus::Invalid: return "lỗi";
        case EntryStatus::Entered:
            return criterion.scored() && form.card().criteria[c].at_cap ? "đạt tối đa" : "đã nhập";
    }
    return "";
}

std::string field_description(const Form& form, std::size_t c, std::string_view field) {
    const Criterion& criterion = form.rubric().criteria[c];
    const CriterionStatus& status = form.statuses()[c];
    const CriterionScore& score = form.card().criteria[c];
    std::string out;
    // The message beside the field first: it is what needs doing.
    if (status.status == EntryStatus::Invalid && status.field == field) join(out, sentence("Lỗi: " + status.message));
    else if (status.status == EntryStatus::Invalid) join(out, sentence("Lỗi ở " + field_word(status.field) + ": " + status.message));
    else if (status.status == EntryStatus::Incomplete) join(out, sentence("Cần " + status.message));
    if (score.entered && criterion.measure == Measure::Rate) {
        if (score.zero_denominator)
            join(out, criterion.zero_denominator == ZeroDenominator::Full ? "Mẫu số 0, không phát sinh: được đủ điểm."
                                                                          : "Mẫu số 0, không phát sinh: 0 điểm.");
        else
            join(out, "Tỷ lệ " + decimal_2dp(score.percent) + "%.");
    }
    if (criterion.scored())
        join(out, "Điểm " + decimal_2dp(score.points) + " trên " + decimal(criterion.max) + ", " + state_word(form, c) + ".");
    else
        join(out, "Không tính điểm, " + state_word(form, c) + ".");
    if (field == "numerator") join(out, sentence("Tử số: " + criterion.numerator_label));
    else if (field == "denominator") join(out, sentence("Mẫu số: " + criterion.denominator_label));
    else if (field == "percent") join(out, "Tỷ lệ phần trăm, từ 0 đến 100.");
    else if (!criterion.unit.empty()) join(out, sentence("Đơn vị: " + criterion.unit));
    if (c < form.inputs.size() && form.inputs[c].inherited) join(out, "Số liệu chung của tỉnh.");
    return out;
}

std::string mode_name(const Criterion& criterion, InputMode mode) {
    return criterion_title(criterion) + (mode == InputMode::Percent ? " — nhập tỷ lệ %" : " — nhập tử số và mẫu số");
}

std::string total_text(const Rubric& rubric, const ScoreCard& card) {
    return "Tổng điểm " + decimal_2dp(card.total) + " trên " + decimal(rubric.max) + ", xếp loại " +
           rubric.ratings[card.rating].label;
}

std::string next_band_text(const Rubric& rubric, const ImprovementPlan& plan) {
    return spoken(dvcscore::next_band_text(rubric, plan));  // the page's own sentence, as read
}

std::string target_total_text(const Rubric& rubric, const ScoreCard& target) {
    return "Mục tiêu " + decimal_2dp(target.total) + " trên " + decimal(rubric.max) + ", xếp loại " +
           rubric.ratings[target.rating].label;
}

std::string announcement(const Rubric& rubric, const ScoreCard& card, const ImprovementPlan& plan, const ScoreCard* target) {
    std::string out = total_text(rubric, card) + ". " + accessible::next_band_text(rubric, plan);
    // Compared as the screen shows them: to the cent.
    if (target != nullptr && format_2dp(target->total) != format_2dp(card.total))
        out += " " + target_total_text(rubric, *target) + ".";
    return out;
}

std::string group_heading(const Group& group, double score) {
    return group.name + " (" + group.code + "): " + decimal_2dp(score) + " trên " + decimal(group.max) + " điểm";
}

std::string decision_heading(const DecisionGroup& group, double score) {
    return group.name + ": " + decimal_2dp(score) + " trên " + decimal(group.max) + " điểm";
}

std::string groups_summary(const Rubric& rubric, const ScoreCard& card) {
    std::string out = "Điểm các nhóm: ";
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        if (g > 0) out += "; ";
        out += rubric.groups[g].code + " " + decimal_2dp(card.groups[g]) + " trên " + decimal(rubric.groups[g].max);
    }
    return out + ".";
}

std::string advice_name(std::size_t rank, const Criterion& criterion, const CriterionAdvice& advice) {
    return "Gợi ý " + std::to_string(rank) + ": " + criterion_title(criterion) + ", thêm " +
           decimal_2dp(advice.points_available) + " điểm";
}

std::string advice_description(const CriterionAdvice& advice, const std::optional<Entry>& entry) {
    std::string out;
    for (const std::string& phrase : advice_phrases(advice, entry)) join(out, spoken(phrase), "; ");
    return sentence(out);
}

std::string without_marks(std::string out) {
    for (const std::string mark : {"✓ ", "≠ ", "? "})
        for (std::size_t at = out.find(mark); at != std::string::npos; at = out.find(mark)) out.erase(at, mark.size());
    const std::string dot = " · ";
    for (std::size_t at = out.find(dot); at != std::string::npos; at = out.find(dot)) out.replace(at, dot.size(), ", ");
    return out;
}

std::string check_words(const PublishedCheck& check) { return without_marks(check_summary(check)); }

std::string published_words(const PublishedCheck& check) {
    if (check.empty()) return ", Cổng công bố không có";
    std::string out = ", Cổng công bố " + (check.total ? decimal_2dp(*check.total) : std::string("không có"));
    const std::string words = check_words(check);
    return words.empty() ? out : out + ", " + words;
}

std::string target_field_name(const Criterion& criterion) { return criterion_title(criterion) + " — mục tiêu"; }

std::string target_description(const Form& form, std::size_t c) {
    const Rubric& rubric = form.rubric();
    std::string out;
    const std::string problem = c < form.scenario_statuses().size() ? form.scenario_statuses()[c].target : std::string();
    if (!problem.empty()) join(out, sentence("Lỗi: " + problem));
    const bool typed = c < form.scenario.criteria.size() && !form.scenario.criteria[c].target.empty();
    const PlanStep* step = nullptr;
    for (const PlanStep& s : form.target_plan().steps)
        if (s.criterion == c) step = &s;
    if (step != nullptr)
        join(out, (typed && problem.empty() ? "Mục tiêu đã nhập: " : "Kế hoạch: ") + spoken(step_change_text(rubric, *step, "")) + "; " +
                      spoken(step_points_text(*step)) + ".");
    else
        join(out, "Kế hoạch giữ nguyên chỉ tiêu này.");
    if (c < form.inputs.size() && form.inputs[c].mode == InputMode::Percent)
        join(out, "Tỷ lệ % muốn đạt; để trống để kế hoạch tự chọn.");
    else
        join(out, "Tử số muốn đạt, cùng mẫu số; để trống để kế hoạch tự chọn.");
    return out;
}

std::string plan_step_name(const Rubric& rubric, std::size_t index, const PlanStep& step) {
    return "Bước " + std::to_string(index + 1) + ": " + criterion_title(rubric.criteria[step.criterion]) + ": " +
           spoken(step_change_text(rubric, step, "")) + "; " + spoken(step_points_text(step));
}

std::string lock_name(const Criterion& criterion) { return criterion_title(criterion) + " — khóa"; }

std::string weight_name(const Criterion& criterion, std::string_view weight_label) {
    return criterion_title(criterion) + " — trọng số: " + std::string(weight_label);
}

std::string ceiling_name(const Criterion& criterion) { return criterion_title(criterion) + " — trần (%)"; }

std::string change_words(double delta) {
    const double rounded = std::fabs(delta) < 0.005 ? 0.0 : delta;
    if (rounded > 0) return "tăng " + decimal_2dp(rounded);
    if (rounded < 0) return "giảm " + decimal_2dp(-rounded);
    return "không đổi";
}

}  // namespace dvcscore::app::accessible
