#include "text_report.hpp"

#include <algorithm>
#include <cstdio>

#include "core/number_text.hpp"
#include "core/plan.hpp"
#include "core/wording.hpp"
#include "core/score.hpp"

namespace dvcscore::cli {
namespace {

// Display width of UTF-8 text; Vietnamese letters are single precomposed code points.
std::size_t width(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string pad_left(const std::string& s, std::size_t w) {
    return width(s) >= w ? s : std::string(w - width(s), ' ') + s;
}

std::string pad_right(const std::string& s, std::size_t w) {
    return width(s) >= w ? s : s + std::string(w - width(s), ' ');
}

// "Đơn vị: …    Kỳ đánh giá: …", the first line of every table about one assessment.
std::string unit_line(const Assessment& assessment) {
    return "Đơn vị: " + or_unwritten(assessment.unit) + "    Kỳ đánh giá: " + or_unwritten(assessment.period) + "\n";
}

std::string figures_text(const Criterion& criterion, const std::optional<Entry>& entry, const CriterionScore& s) {
    if (!entry) return "chưa nhập";
    switch (entry->kind) {
        case EntryKind::Value: return format_number(entry->value) + (criterion.unit.empty() ? "" : " " + criterion.unit);
        case EntryKind::Percent: return format_2dp(s.percent) + "%";
        case EntryKind::Counts:
            return format_number(entry->numerator) + "/" + format_number(entry->denominator) + " = " +
                   (s.zero_denominator ? "mẫu số 0" : format_2dp(s.percent) + "%");
    }
    return "";
}

}  // namespace

std::string score_table(const Rubric& rubric, const Assessment& assessment) {
    const ScoreCard card = score(rubric, assessment);
    const ImprovementPlan plan = plan_improvements(rubric, assessment, card);
    std::string out = unit_line(assessment);
    out += "Bộ chỉ số: " + rubric.title + " (" + rubric.id + ")\n\n";

    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        out += pad_right(group.code + "  " + group.name, 52) + pad_left(format_2dp(card.groups[g]), 7) + " / " +
               format_number(group.max) + "\n";
        for (std::size_t c : group.criteria) {
            const Criterion& criterion = rubric.criteria[c];
            const CriterionScore& s = card.criteria[c];
            const std::string points = criterion.scored()
                                           ? format_2dp(s.points) + " / " + format_number(criterion.max)
                                           : "không tính điểm";
            std::string mark = s.at_cap ? "  (đạt tối đa)" : "";
            if (assessment.entries[c] && assessment.entries[c]->inherited) mark += "  (số liệu của tỉnh)";
            out += "  " + pad_right(criterion.number, 5) + pad_right(figures_text(criterion, assessment.entries[c], s), 28) +
                   pad_right(points, 17) + criterion.name + mark + "\n";
        }
    }
    out += "\n";
    if (const std::string note = rate_rule_note(rubric); !note.empty()) out += note + "\n";
    for (std::size_t d = 0; d < rubric.decision_groups.size(); ++d) {
        const DecisionGroup& dg = rubric.decision_groups[d];
        if (dg.groups.size() < 2) continue;  // shown once above already
        out += dg.name + " (" + decision_group_parts(rubric, d) + "): " + format_2dp(card.decision_groups[d]) + " / " + format_number(dg.max) + "\n";
    }
    const RatingBand& band = rubric.ratings[card.rating];
    out += "TỔNG ĐIỂM: " + format_2dp(card.total) + " / " + format_number(rubric.max) + "    Xếp loại: " + band.label + "\n";
    out += next_band_text(rubric, plan) + "\n";

    out += "\nGợi ý cải thiện (chỉ tiêu còn nhiều điểm nhất trước):\n";
    int rank = 0;
    for (const CriterionAdvice& a : plan.criteria) {
        if (a.points_available <= 0) continue;
        const Criterion& criterion = rubric.criteria[a.criterion];
        std::string line = pad_left(std::to_string(++rank), 3) + ". " + criterion.number + " " + criterion.name +
                           ": " + points_left_text(a.points_available);
        for (const std::string& phrase : advice_phrases(a, assessment.entries[a.criterion])) line += "; " + phrase;
        out += line + "\n";
    }
    if (rank == 0) out += "  " + all_at_max_text() + "\n";
    return out;
}

std::string reconcile_table(const Rubric& rubric, const std::vector<Assessment>& assessments,
                            const Reconciliation& reconciliation) {
    std::string out = "Đối chiếu với điểm Cổng Dịch vụ công quốc gia công bố";
    if (!assessments.empty() && !assessments.front().period.empty()) out += " (kỳ " + assessments.front().period + ")";
    out += "\n";
    if (reconciliation.rows.empty()) return out + "Các tệp không có điểm nào do Cổng công bố để đối chiếu.\n";

    std::size_t unit_width = 6, code_width = 2, source_width = 5;
    for (const ReconcileRow& r : reconciliation.rows) {
        unit_width = std::max(unit_width, width(assessments[r.assessment].unit));
        code_width = std::max(code_width, width(assessments[r.assessment].portal.unit_code));
        source_width = std::max(source_width, width(r.source));
    }
    unit_width = std::min<std::size_t>(unit_width, 44);
    const auto line = [&](const std::string& unit, const std::string& code, const std::string& group,
                          const std::string& source, const std::string& published, const std::string& rest) {
        return "  " + pad_right(unit, unit_width) + "  " + pad_right(code, code_width) + "  " + pad_right(group, 5) +
               "  " + pad_right(source, source_width) + "  " + pad_left(published, 6) + "  " + rest + "\n";
    };
    const char* const headings[] = {"KHÁC", "KHỚP", "KHÔNG KIỂM ĐƯỢC (thiếu số liệu trong các tệp)"};
    int section = -1;
    for (const ReconcileRow& r : reconciliation.rows) {
        const int this_section = r.status == ReconcileStatus::Differs ? 0 : r.status == ReconcileStatus::Match ? 1 : 2;
        if (this_section != section) {
            section = this_section;
            const std::size_t count = section == 0 ? reconciliation.differences
                                      : section == 1 ? reconciliation.matches
                                                     : reconciliation.not_checkable;
            out += "\n" + std::string(headings[section]) + ": " + std::to_string(count) + "\n";
            out += line("Đơn vị", "Mã", "Nhóm", "Nguồn", "Cổng", section == 2 ? "Thiếu" : "Tính lại  Chênh");
        }
        const Assessment& a = assessments[r.assessment];
        const std::string group = r.group ? rubric.groups[*r.group].code : "Tổng";
        std::string rest;
        if (r.computed) {
            rest = pad_left(format_2dp(*r.computed), 8);
            if (r.status == ReconcileStatus::Differs) {
                const double difference = *r.computed - r.published;
                rest += "  " + std::string(difference > 0 ? "+" : "") + format_2dp(difference);
            }
        } else {
            std::size_t scored = 0;  // in the group, or in the rubric for a total
            for (const Criterion& c : rubric.criteria) scored += c.scored() && (!r.group || c.group == *r.group);
            std::string numbers = r.missing.size() == scored && r.not_scored.empty() ? "chưa có số liệu nào" : "";
            for (std::size_t c : numbers.empty() ? r.missing : std::vector<std::size_t>{}) {
                const bool wrong = std::find(r.not_scored.begin(), r.not_scored.end(), c) != r.not_scored.end();
                numbers += (numbers.empty() ? "" : ", ") + rubric.criteria[c].number + (wrong ? " (số liệu Cổng sai)" : "");
            }
            rest = numbers;
        }
        out += line(a.unit, a.portal.unit_code, group, r.source, format_2dp(r.published), rest);
    }
    out += "\n" + std::to_string(reconciliation.matches) + " điểm khớp đến từng phần trăm điểm, " +
           std::to_string(reconciliation.differences) + " khác, " + std::to_string(reconciliation.not_checkable) +
           " không kiểm được.\n";
    return out;
}

std::string plan_table(const Rubric& rubric, const Assessment& assessment, const TargetPlan& plan) {
    std::string out = unit_line(assessment);
    out += "Hiện tại: " + format_2dp(plan.total_before) + " điểm — " + rubric.ratings[plan.rating_before].label + "\n\n";
    out += plan_headline(rubric, plan) + "\n";
    for (std::size_t i = 0; i < plan.steps.size(); ++i)
        out += pad_left(std::to_string(i + 1), 4) + ". " + step_text(rubric, plan.steps[i], ".") + "\n";
    if (!plan.steps.empty()) out += plan_outcome(rubric, plan) + "\n";
    if (const std::string locked = locked_text(rubric, plan); !locked.empty()) out += locked + "\n";
    return out;
}

std::string rubric_text(const Rubric& rubric) {
    std::string out = rubric.id + " — " + rubric.title + " (tổng " + format_number(rubric.max) + " điểm)\n";
    if (!rubric.source.empty()) out += "Nguồn: " + rubric.source + "\n";
    for (const Group& group : rubric.groups) {
        const DecisionGroup& dg = rubric.decision_groups[group.decision_group];
        out += "\n" + group.code + "  " + group.name + " — " + format_number(group.max) + " điểm (nhóm (" + dg.code +
               ") " + dg.name + ", " + format_number(dg.max) + " điểm)\n";
        out += std::string("  Tỷ lệ (") + rate_rule_id(group.rate) + "): " + rate_rule_text(group.rate) + "\n";
        for (std::size_t c : group.criteria) {
            const Criterion& criterion = rubric.criteria[c];
            out += "  " + pad_right(criterion.number, 5) + pad_right(criterion.code, 36) +
                   pad_left(format_number(criterion.max), 3) + " điểm  " + criterion_rule_text(criterion, group.rate) + "\n";
            out += "       " + criterion.name + "\n";
            if (criterion.measure == Measure::Rate)
                out += "       tử số: " + criterion.numerator_label + "; mẫu số: " + criterion.denominator_label + "\n";
            else if (!criterion.unit.empty())
                out += "       đơn vị: " + criterion.unit + "\n";
        }
    }
    out += "\nXếp loại:";
    for (std::size_t i = 0; i < rubric.ratings.size(); ++i) {
        const RatingBand& band = rubric.ratings[i];
        out += std::string(i ? ";" : "") + " " + band.label + " (" + band.id + ") từ " + format_number(band.min);
    }
    return out + "\n";
}

}  // namespace dvcscore::cli
