#include "text_report.hpp"

#include <algorithm>
#include <cstdio>

#include "core/number_text.hpp"
#include "core/plan.hpp"
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

// `group_rate`: the group's rule, said once above its criteria; only a criterion that
// differs says its own.
std::string method_text(const Criterion& c, RateRule group_rate) {
    if (!c.scored()) return "không tính điểm";
    std::string s = c.threshold_percent >= 100 ? "tuyến tính, đủ điểm ở 100%"
                                               : "đủ điểm từ " + format_number(c.threshold_percent) + "%";
    s += c.zero_denominator == ZeroDenominator::Full ? "; mẫu số 0 → đủ điểm" : "; mẫu số 0 → 0 điểm";
    if (c.rate != group_rate) s += std::string("; ") + rate_rule_text(c.rate) + " (" + rate_rule_id(c.rate) + ")";
    return s;
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
    std::string out;
    out += "Đơn vị: " + (assessment.unit.empty() ? "(chưa ghi)" : assessment.unit) +
           "    Kỳ đánh giá: " + (assessment.period.empty() ? "(chưa ghi)" : assessment.period) + "\n";
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
            out += "  " + pad_right(criterion.number, 5) + pad_right(figures_text(criterion, assessment.entries[c], s), 28) +
                   pad_right(points, 17) + criterion.name + mark + "\n";
        }
    }
    out += "\n";
    if (const std::string note = rate_rule_note(rubric); !note.empty()) out += note + "\n";
    for (std::size_t d = 0; d < rubric.decision_groups.size(); ++d) {
        const DecisionGroup& dg = rubric.decision_groups[d];
        if (dg.groups.size() < 2) continue;  // shown once above already
        std::string parts;
        for (std::size_t g : dg.groups) parts += (parts.empty() ? "" : " + ") + rubric.groups[g].code;
        out += dg.name + " (" + parts + "): " + format_2dp(card.decision_groups[d]) + " / " + format_number(dg.max) + "\n";
    }
    const RatingBand& band = rubric.ratings[card.rating];
    out += "TỔNG ĐIỂM: " + format_2dp(card.total) + " / " + format_number(rubric.max) + "    Xếp loại: " + band.label + "\n";
    if (plan.next_band) {
        const RatingBand& next = rubric.ratings[*plan.next_band];
        out += "Cần thêm " + format_2dp(plan.points_to_next_band) + " điểm để đạt mức " + next.label + " (từ " +
               format_number(next.min) + " điểm).\n";
    } else {
        out += "Đã ở mức xếp loại cao nhất.\n";
    }

    out += "\nGợi ý cải thiện (chỉ tiêu còn nhiều điểm nhất trước):\n";
    int rank = 0;
    for (const CriterionAdvice& a : plan.criteria) {
        if (a.points_available <= 0) continue;
        const Criterion& criterion = rubric.criteria[a.criterion];
        std::string line = pad_left(std::to_string(++rank), 3) + ". " + criterion.number + " " + criterion.name +
                           ": còn " + format_2dp(a.points_available) + " điểm";
        for (const std::string& phrase : advice_phrases(a, assessment.entries[a.criterion])) line += "; " + phrase;
        out += line + "\n";
    }
    if (rank == 0) out += "  Tất cả chỉ tiêu đã đạt điểm tối đa.\n";
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
                   pad_left(format_number(criterion.max), 3) + " điểm  " + method_text(criterion, group.rate) + "\n";
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
