#include "report_html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "number_text.hpp"
#include "plan.hpp"
#include "score.hpp"
#include "utf8_text.hpp"

namespace dvcscore {
namespace {

const char* const kTitle = "Báo cáo tự đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp";
const char* const kBarColor = "#1a73e8";
const char* const kFullColor = "#188038";

const char* const kStyle = R"css(
@page { size: A4; margin: 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; font-size: 9.5pt;
       line-height: 1.35; color: #202124; }
section.unit { max-width: 182mm; margin: 0 auto; }
.unit + .unit { break-before: page; page-break-before: always; }
@media screen {
  body { background: #f1f3f4; }
  section.unit { max-width: 210mm; background: #fff; margin: 8mm auto; padding: 14mm;
                 box-shadow: 0 1px 4px rgba(0,0,0,.2); }
}
h1 { font-size: 14pt; margin: 0 0 2mm; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #dadce0;
     break-after: avoid; page-break-after: avoid; }
.meta { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: .5mm 4mm; }
.meta dt { color: #5f6368; }
.meta dd { margin: 0; font-weight: bold; }
.summary { display: flex; align-items: center; gap: 6mm; margin: 4mm 0; padding: 3mm 4mm;
           border: 1px solid #dadce0; border-radius: 2mm; break-inside: avoid; }
.total { font-size: 22pt; font-weight: bold; white-space: nowrap; }
.total small { font-size: 11pt; font-weight: normal; color: #5f6368; }
.rating { color: #fff; font-weight: bold; font-size: 12pt; padding: 1.5mm 4mm; border-radius: 1.5mm; white-space: nowrap; }
.next { margin: 0; color: #5f6368; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #dadce0; padding: .8mm 1.5mm; text-align: left; vertical-align: top; }
thead { display: table-header-group; }
thead th { background: #f1f3f4; }
tr { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.decision td, tr.total-row td { font-weight: bold; }
tr.decision td { background: #f8f9fa; }
tr.group-row th { background: #e8f0fe; font-weight: bold; }
.groups { display: flex; gap: 4mm; align-items: flex-start; break-inside: avoid; }
.groups table { flex: 1 1 auto; }
.charts { display: flex; gap: 3mm; align-items: center; break-inside: avoid; margin-top: 3mm; }
.charts svg.bars { width: 100mm; height: auto; }
.charts svg.radar { width: 72mm; height: auto; }
svg text { font-family: inherit; font-size: 8.5px; fill: #202124; }
.state-full { color: #188038; }
.state-missing { color: #80868b; }
.state-open { color: #b06000; }
ol.plan { margin: 0; padding-left: 6mm; }
ol.plan li { margin-bottom: 1mm; break-inside: avoid; }
.muted { color: #5f6368; }
footer { margin-top: 5mm; padding-top: 2mm; border-top: 1px solid #dadce0; font-size: 8pt; color: #5f6368; }
)css";

// Text for HTML content and attribute values: UTF-8 repaired, markup characters escaped.
std::string esc(const std::string& text) {
    const std::string clean = valid_utf8(text);
    std::string out;
    out.reserve(clean.size());
    for (char c : clean) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') out += "\xEF\xBF\xBD";
                else out += c;
        }
    }
    return out;
}

// A coordinate for SVG.
std::string coord(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::isfinite(x) ? x : 0.0);
    return buf;
}

// Whole numbers with thin no-break spaces between thousands, as the spec writes them: 589 496.
// Counts with their thousands set apart by a narrow no-break space, as printed figures are.
std::string grouped(double x) { return format_count(x, "\xE2\x80\xAF"); }

std::string band_color(const RatingBand& band) {
    const bool hex = band.color.size() == 7 && band.color[0] == '#' &&
                     band.color.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
    return hex ? band.color : "#5f6368";
}

std::string or_unwritten(const std::string& text) { return text.empty() ? "(chưa ghi)" : text; }

std::string entered_text(const Criterion& criterion, const std::optional<Entry>& entry) {
    if (!entry) return "chưa nhập";
    switch (entry->kind) {
        case EntryKind::Counts: return grouped(entry->numerator) + " / " + grouped(entry->denominator);
        case EntryKind::Percent: return format_number(entry->percent) + "%";
        case EntryKind::Value: return format_number(entry->value) + (criterion.unit.empty() ? "" : " " + criterion.unit);
    }
    return "";
}

std::string shown_rate(const Criterion& criterion, const CriterionScore& s) {
    if (!s.entered || criterion.measure == Measure::Value) return "—";
    return s.zero_denominator ? "mẫu số 0" : format_2dp(s.percent) + "%";
}

const CriterionAdvice* advice_for(const ImprovementPlan& plan, std::size_t criterion) {
    for (const CriterionAdvice& a : plan.criteria)
        if (a.criterion == criterion) return &a;
    return nullptr;
}

// Horizontal bars: each group's score against its own maximum, on one scale of points.
std::string group_bars(const Rubric& rubric, const ScoreCard& card) {
    double widest = 0;
    for (const Group& g : rubric.groups) widest = std::max(widest, g.max);
    if (!(widest > 0)) widest = 1;
    const double label = 40, bar = 150, row = 22;
    const double height = row * static_cast<double>(rubric.groups.size()) + 6;
    std::string s = "<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"" + coord(height) +
                    "\" viewBox=\"0 0 300 " + coord(height) + "\" role=\"img\" aria-label=\"Điểm từng nhóm so với điểm tối đa\">";
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        const double y = 3 + row * static_cast<double>(g);
        const double full = bar * std::max(0.0, group.max) / widest;
        const double got = group.max > 0 ? full * std::clamp(card.groups[g] / group.max, 0.0, 1.0) : 0;
        const bool at_max = group.max > 0 && card.groups[g] >= group.max;
        s += "<text x=\"0\" y=\"" + coord(y + 13) + "\">" + esc(group.code) + "</text>";
        s += "<rect x=\"" + coord(label) + "\" y=\"" + coord(y + 3) + "\" width=\"" + coord(full) +
             "\" height=\"13\" rx=\"2\" fill=\"#e8eaed\"/>";
        s += "<rect x=\"" + coord(label) + "\" y=\"" + coord(y + 3) + "\" width=\"" + coord(got) +
             "\" height=\"13\" rx=\"2\" fill=\"" + (at_max ? kFullColor : kBarColor) + "\"/>";
        s += "<text x=\"" + coord(label + full + 4) + "\" y=\"" + coord(y + 13) + "\">" + format_2dp(card.groups[g]) +
             " / " + format_number(group.max) + "</text>";
    }
    return s + "</svg>";
}

// A radar of the groups, each as the share of its maximum it reached (a hexagon for six).
std::string group_radar(const Rubric& rubric, const ScoreCard& card) {
    const std::size_t n = rubric.groups.size();
    if (n < 3) return "";
    const double cx = 120, cy = 105, radius = 75;
    const double pi = std::acos(-1.0);
    auto point = [&](std::size_t i, double r) {
        const double angle = -pi / 2 + 2 * pi * static_cast<double>(i) / static_cast<double>(n);
        return std::make_pair(cx + r * std::cos(angle), cy + r * std::sin(angle));
    };
    auto polygon = [&](const std::vector<double>& radii) {
        std::string points;
        for (std::size_t i = 0; i < n; ++i) {
            const auto [x, y] = point(i, radii[i]);
            points += (i ? " " : "") + coord(x) + "," + coord(y);
        }
        return points;
    };
    std::string s = "<svg class=\"radar\" xmlns=\"http://www.w3.org/2000/svg\" width=\"240\" height=\"210\" "
                    "viewBox=\"0 0 240 210\" role=\"img\" aria-label=\"Tỷ lệ điểm đạt được so với tối đa của từng nhóm\">";
    for (double ring : {0.25, 0.5, 0.75, 1.0})
        s += "<polygon points=\"" + polygon(std::vector<double>(n, radius * ring)) +
             "\" fill=\"none\" stroke=\"#dadce0\" stroke-width=\"0.8\"/>";
    std::vector<double> reached(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto [x, y] = point(i, radius);
        s += "<line x1=\"" + coord(cx) + "\" y1=\"" + coord(cy) + "\" x2=\"" + coord(x) + "\" y2=\"" + coord(y) +
             "\" stroke=\"#dadce0\" stroke-width=\"0.8\"/>";
        const double max = rubric.groups[i].max;
        reached[i] = radius * (max > 0 ? std::clamp(card.groups[i] / max, 0.0, 1.0) : 0);
    }
    s += "<polygon points=\"" + polygon(reached) + "\" fill=\"" + std::string(kBarColor) +
         "\" fill-opacity=\"0.25\" stroke=\"" + kBarColor + "\" stroke-width=\"1.5\"/>";
    for (std::size_t i = 0; i < n; ++i) {
        const auto [x, y] = point(i, radius + 12);
        const double dx = x - cx;
        const char* anchor = dx > 10 ? "start" : dx < -10 ? "end" : "middle";
        s += "<text x=\"" + coord(x) + "\" y=\"" + coord(y + 3) + "\" text-anchor=\"" + anchor + "\">" +
             esc(rubric.groups[i].code) + "</text>";
    }
    return s + "</svg>";
}

std::string groups_table(const Rubric& rubric, const ScoreCard& card) {
    std::string s = "<table class=\"group-scores\"><thead><tr><th>Nhóm</th><th>Tên nhóm</th>"
                    "<th class=\"num\">Điểm</th><th class=\"num\">Tối đa</th></tr></thead><tbody>";
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        s += "<tr><td>" + esc(group.code) + "</td><td>" + esc(group.name) + "</td><td class=\"num\">" +
             format_2dp(card.groups[g]) + "</td><td class=\"num\">" + format_number(group.max) + "</td></tr>";
        // A decision group the portal splits is shown whole after its last part.
        const std::size_t d = group.decision_group;
        if (d >= rubric.decision_groups.size()) continue;
        const DecisionGroup& dg = rubric.decision_groups[d];
        if (dg.groups.size() < 2 || dg.groups.back() != g) continue;
        std::string parts;
        for (std::size_t p : dg.groups) parts += (parts.empty() ? "" : " + ") + rubric.groups[p].code;
        s += "<tr class=\"decision\"><td>" + esc(parts) + "</td><td>" + esc(dg.name) + "</td><td class=\"num\">" +
             format_2dp(card.decision_groups[d]) + "</td><td class=\"num\">" + format_number(dg.max) + "</td></tr>";
    }
    s += "<tr class=\"total-row\"><td></td><td>Tổng điểm</td><td class=\"num\">" + format_2dp(card.total) +
         "</td><td class=\"num\">" + format_number(rubric.max) + "</td></tr>";
    return s + "</tbody></table>";
}

std::string criteria_table(const Rubric& rubric, const Assessment& assessment, const ScoreCard& card,
                           const ImprovementPlan& plan) {
    std::string s = "<table class=\"criteria\"><thead><tr><th>STT</th><th>Chỉ tiêu</th><th class=\"num\">Số liệu nhập</th>"
                    "<th class=\"num\">Tỷ lệ</th><th class=\"num\">Điểm</th><th>Trạng thái</th></tr></thead><tbody>";
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        s += "<tr class=\"group-row\"><th colspan=\"6\">" + esc(group.code + " — " + group.name) + ": " +
             format_2dp(card.groups[g]) + " / " + format_number(group.max) + "</th></tr>";
        for (std::size_t c : group.criteria) {
            const Criterion& criterion = rubric.criteria[c];
            const CriterionScore& sc = card.criteria[c];
            const std::optional<Entry> none;
            const std::optional<Entry>& entry = c < assessment.entries.size() ? assessment.entries[c] : none;
            std::string state, state_class;
            if (!sc.entered) {
                state = "chưa nhập";
                state_class = "state-missing";
            } else if (!criterion.scored()) {
                state = "đã nhập (không tính điểm)";
            } else if (sc.at_cap) {
                state = sc.zero_denominator ? "đạt tối đa (mẫu số 0)" : "đạt tối đa";
                state_class = "state-full";
            } else {
                const CriterionAdvice* advice = advice_for(plan, c);
                state = advice ? "còn " + format_2dp(advice->points_available) + " điểm" : "đã nhập";
                if (sc.zero_denominator) state += " (mẫu số 0)";
                state_class = "state-open";
            }
            s += "<tr data-code=\"" + esc(criterion.code) + "\"><td>" + esc(criterion.number) + "</td><td>" +
                 esc(criterion.name) + "</td><td class=\"num\">" + esc(entered_text(criterion, entry)) +
                 "</td><td class=\"num\">" + shown_rate(criterion, sc) + "</td><td class=\"num\">" +
                 (criterion.scored() ? format_2dp(sc.points) + " / " + format_number(criterion.max) : "không tính điểm") +
                 "</td><td" + (state_class.empty() ? "" : " class=\"" + state_class + "\"") + ">" + state + "</td></tr>";
        }
    }
    return s + "</tbody></table>";
}

std::string plan_list(const Rubric& rubric, const Assessment& assessment, const ImprovementPlan& plan) {
    std::string items;
    for (const CriterionAdvice& a : plan.criteria) {
        if (a.points_available <= 0) continue;
        const Criterion& criterion = rubric.criteria[a.criterion];
        const std::optional<Entry> none;
        const std::optional<Entry>& entry = a.criterion < assessment.entries.size() ? assessment.entries[a.criterion] : none;
        std::string line = "<li><strong>" + esc(criterion.number + " " + criterion.name) + "</strong>: còn " +
                           format_2dp(a.points_available) + " điểm";
        for (const std::string& phrase : advice_phrases(a, entry, "\xE2\x80\xAF")) line += "; " + esc(phrase);
        items += line + "</li>";
    }
    if (items.empty()) return "<p>Tất cả chỉ tiêu đã đạt điểm tối đa.</p>";
    return "<p class=\"muted\">Chỉ tiêu còn nhiều điểm nhất đứng trước.</p><ol class=\"plan\">" + items + "</ol>";
}

std::string unit_section(const Rubric& rubric, const Assessment& assessment, const ReportOptions& options) {
    const ScoreCard card = score(rubric, assessment);
    const ImprovementPlan plan = plan_improvements(rubric, assessment, card);
    const RatingBand& band = rubric.ratings[card.rating];

    std::string s = "<section class=\"unit\">\n<header>\n<h1>" + std::string(kTitle) + "</h1>\n<dl class=\"meta\">";
    s += "<dt>Đơn vị</dt><dd class=\"unit-name\">" + esc(or_unwritten(assessment.unit)) + "</dd>";
    s += "<dt>Kỳ đánh giá</dt><dd class=\"period\">" + esc(or_unwritten(assessment.period)) + "</dd>";
    s += "<dt>Ngày lập</dt><dd>" + esc(options.date) + "</dd>";
    s += "<dt>Bộ chỉ số</dt><dd>" + esc(rubric.title + " (" + rubric.id + ")") + "</dd></dl>\n</header>\n";

    s += "<div class=\"summary\"><div class=\"total\">" + format_2dp(card.total) + " <small>/ " +
         format_number(rubric.max) + " điểm</small></div><div class=\"rating\" style=\"background:" + band_color(band) +
         "\">" + esc(band.label) + "</div><p class=\"next\">";
    if (plan.next_band) {
        const RatingBand& next = rubric.ratings[*plan.next_band];
        s += "Cần thêm " + format_2dp(plan.points_to_next_band) + " điểm để đạt mức " + esc(next.label) + " (từ " +
             format_number(next.min) + " điểm).";
    } else {
        s += "Đã ở mức xếp loại cao nhất.";
    }
    s += "</p></div>\n";

    s += "<h2>Điểm theo nhóm</h2>\n" + groups_table(rubric, card) + "\n<div class=\"charts\">" +
         group_bars(rubric, card) + group_radar(rubric, card) + "</div>\n";
    s += "<h2>Điểm từng chỉ tiêu</h2>\n" + criteria_table(rubric, assessment, card, plan) + "\n";
    if (const std::string note = rate_rule_note(rubric); !note.empty()) s += "<p class=\"muted\">" + esc(note) + "</p>\n";
    s += "<h2>Gợi ý cải thiện</h2>\n" + plan_list(rubric, assessment, plan) + "\n";
    s += "<footer>Lập bằng " + esc(options.generator.empty() ? "dvcscore" : options.generator);
    if (!options.date.empty()) s += " ngày " + esc(options.date);
    s += ". Điểm tính theo " + esc(rubric.source.empty() ? rubric.title : rubric.source) +
         ". Đây là kết quả tự đánh giá, không phải điểm do Cổng Dịch vụ công quốc gia công bố.</footer>\n</section>\n";
    return s;
}

}  // namespace

std::string report_html(const Rubric& rubric, const std::vector<Assessment>& assessments, const ReportOptions& options) {
    std::string title = "Báo cáo tự đánh giá";
    if (assessments.size() == 1) {
        title += " — " + or_unwritten(assessments[0].unit);
        if (!assessments[0].period.empty()) title += " (" + assessments[0].period + ")";
    } else {
        title += " — " + std::to_string(assessments.size()) + " đơn vị";
    }
    std::string out =
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"generator\" content=\"" + esc(options.generator) + "\">\n";
    out += "<title>" + esc(title) + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    if (rubric.ratings.empty()) return out + "<p>Bộ tiêu chí không có mức xếp loại nào.</p>\n</body>\n</html>\n";
    for (const Assessment& a : assessments) out += unit_section(rubric, a, options);
    if (assessments.empty()) out += "<p>Không có đánh giá nào.</p>\n";
    return out + "</body>\n</html>\n";
}

}  // namespace dvcscore
