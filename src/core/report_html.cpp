#include "report_html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "hex_color.hpp"
#include "html_writer.hpp"
#include "number_text.hpp"
#include "plan.hpp"
#include "wording.hpp"
#include "score.hpp"

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
.target { font-size: 12pt; white-space: nowrap; }
.target .rating { font-size: 10pt; padding: 1mm 3mm; }
table.steps td.arrow { white-space: nowrap; }
ol.plan li { margin-bottom: 1mm; break-inside: avoid; }
.muted { color: #5f6368; }
footer { margin-top: 5mm; padding-top: 2mm; border-top: 1px solid #dadce0; font-size: 8pt; color: #5f6368; }
)css";

// The document's constant head: the policy forbids everything but the inline style sheet.
const char* const kHead =
    "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";

// A coordinate for SVG.
std::string coord(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", std::isfinite(x) ? x : 0.0);
    return buf;
}

// Counts with their thousands set apart by a narrow no-break space, as printed figures are.
std::string grouped(double x) { return format_count(x, "\xE2\x80\xAF"); }

std::string band_color(const RatingBand& band) {
    return parse_hex_color(band.color) ? band.color : std::string(kNeutralColor);
}

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

// "<score> / <max>", as every score is shown beside what it could have been.
std::string out_of(double score, double max) { return format_2dp(score) + " / " + format_number(max); }

// A table's head row: each heading in a <th>, right-aligned when its column holds numbers.
void table_head(HtmlWriter& h, std::initializer_list<std::pair<const char*, bool>> headings) {
    h.open("thead").open("tr");
    for (const auto& [heading, numeric] : headings) {
        if (numeric) h.element("th", heading, {{"class", "num"}});
        else h.element("th", heading);
    }
    h.close("tr").close("thead");
}

// Horizontal bars: each group's score against its own maximum, on one scale of points.
void group_bars(HtmlWriter& h, const Rubric& rubric, const ScoreCard& card) {
    double widest = 0;
    for (const Group& g : rubric.groups) widest = std::max(widest, g.max);
    if (!(widest > 0)) widest = 1;
    const double label = 40, bar = 150, row = 22;
    const std::string height = coord(row * static_cast<double>(rubric.groups.size()) + 6);
    h.open("svg", {{"class", "bars"}, {"xmlns", "http://www.w3.org/2000/svg"}, {"width", "300"}, {"height", height},
                   {"viewBox", "0 0 300 " + height}, {"role", "img"},
                   {"aria-label", "Điểm từng nhóm so với điểm tối đa"}});
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        const double y = 3 + row * static_cast<double>(g);
        const double full = bar * std::max(0.0, group.max) / widest;
        const double got = group.max > 0 ? full * std::clamp(card.groups[g] / group.max, 0.0, 1.0) : 0;
        const bool at_max = group.max > 0 && card.groups[g] >= group.max;
        h.element("text", group.code, {{"x", "0"}, {"y", coord(y + 13)}});
        h.empty_element("rect", {{"x", coord(label)}, {"y", coord(y + 3)}, {"width", coord(full)}, {"height", "13"},
                                 {"rx", "2"}, {"fill", "#e8eaed"}});
        h.empty_element("rect", {{"x", coord(label)}, {"y", coord(y + 3)}, {"width", coord(got)}, {"height", "13"},
                                 {"rx", "2"}, {"fill", at_max ? kFullColor : kBarColor}});
        h.element("text", out_of(card.groups[g], group.max), {{"x", coord(label + full + 4)}, {"y", coord(y + 13)}});
    }
    h.close("svg");
}

// A radar of the groups, each as the share of its maximum it reached (a hexagon for six).
void group_radar(HtmlWriter& h, const Rubric& rubric, const ScoreCard& card) {
    const std::size_t n = rubric.groups.size();
    if (n < 3) return;
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
    h.open("svg", {{"class", "radar"}, {"xmlns", "http://www.w3.org/2000/svg"}, {"width", "240"}, {"height", "210"},
                   {"viewBox", "0 0 240 210"}, {"role", "img"},
                   {"aria-label", "Tỷ lệ điểm đạt được so với tối đa của từng nhóm"}});
    for (double ring : {0.25, 0.5, 0.75, 1.0})
        h.empty_element("polygon", {{"points", polygon(std::vector<double>(n, radius * ring))}, {"fill", "none"},
                                    {"stroke", "#dadce0"}, {"stroke-width", "0.8"}});
    std::vector<double> reached(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto [x, y] = point(i, radius);
        h.empty_element("line", {{"x1", coord(cx)}, {"y1", coord(cy)}, {"x2", coord(x)}, {"y2", coord(y)},
                                 {"stroke", "#dadce0"}, {"stroke-width", "0.8"}});
        const double max = rubric.groups[i].max;
        reached[i] = radius * (max > 0 ? std::clamp(card.groups[i] / max, 0.0, 1.0) : 0);
    }
    h.empty_element("polygon", {{"points", polygon(reached)}, {"fill", kBarColor}, {"fill-opacity", "0.25"},
                                {"stroke", kBarColor}, {"stroke-width", "1.5"}});
    for (std::size_t i = 0; i < n; ++i) {
        const auto [x, y] = point(i, radius + 12);
        const double dx = x - cx;
        const char* anchor = dx > 10 ? "start" : dx < -10 ? "end" : "middle";
        h.element("text", rubric.groups[i].code, {{"x", coord(x)}, {"y", coord(y + 3)}, {"text-anchor", anchor}});
    }
    h.close("svg");
}

// One row of the group table: what it is, its name, its score and its maximum.
void group_row(HtmlWriter& h, const char* row_class, const std::string& code, const std::string& name, double score,
               double max) {
    if (row_class) h.open("tr", {{"class", row_class}});
    else h.open("tr");
    h.element("td", code).element("td", name);
    h.element("td", format_2dp(score), {{"class", "num"}}).element("td", format_number(max), {{"class", "num"}});
    h.close("tr");
}

void groups_table(HtmlWriter& h, const Rubric& rubric, const ScoreCard& card) {
    h.open("table", {{"class", "group-scores"}});
    table_head(h, {{"Nhóm", false}, {"Tên nhóm", false}, {"Điểm", true}, {"Tối đa", true}});
    h.open("tbody");
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        group_row(h, nullptr, group.code, group.name, card.groups[g], group.max);
        // A decision group the portal splits is shown whole after its last part.
        const std::size_t d = group.decision_group;
        if (d >= rubric.decision_groups.size()) continue;
        const DecisionGroup& dg = rubric.decision_groups[d];
        if (dg.groups.size() < 2 || dg.groups.back() != g) continue;
        group_row(h, "decision", decision_group_parts(rubric, d), dg.name, card.decision_groups[d], dg.max);
    }
    group_row(h, "total-row", "", "Tổng điểm", card.total, rubric.max);
    h.close("tbody").close("table");
}

void criteria_table(HtmlWriter& h, const Rubric& rubric, const Assessment& assessment, const ScoreCard& card,
                    const ImprovementPlan& plan) {
    h.open("table", {{"class", "criteria"}});
    table_head(h, {{"STT", false}, {"Chỉ tiêu", false}, {"Số liệu nhập", true}, {"Tỷ lệ", true}, {"Điểm", true},
                   {"Trạng thái", false}});
    h.open("tbody");
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        const std::string heading = group.code + " — " + group.name + ": " + out_of(card.groups[g], group.max);
        h.open("tr", {{"class", "group-row"}}).element("th", heading, {{"colspan", "6"}}).close("tr");
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
                state = advice ? points_left_text(advice->points_available) : "đã nhập";
                if (sc.zero_denominator) state += " (mẫu số 0)";
                state_class = "state-open";
            }
            h.open("tr", {{"data-code", criterion.code}});
            h.element("td", criterion.number).element("td", criterion.name);
            h.element("td", entered_text(criterion, entry), {{"class", "num"}});
            h.element("td", shown_rate(criterion, sc), {{"class", "num"}});
            const std::string points = criterion.scored() ? out_of(sc.points, criterion.max) : "không tính điểm";
            h.element("td", points, {{"class", "num"}});
            if (state_class.empty()) h.element("td", state);
            else h.element("td", state, {{"class", state_class}});
            h.close("tr");
        }
    }
    h.close("tbody").close("table");
}

void plan_list(HtmlWriter& h, const Rubric& rubric, const Assessment& assessment, const ImprovementPlan& plan) {
    const bool any_open = std::any_of(plan.criteria.begin(), plan.criteria.end(),
                                      [](const CriterionAdvice& a) { return a.points_available > 0; });
    if (!any_open) {
        h.element("p", all_at_max_text());
        return;
    }
    h.element("p", "Chỉ tiêu còn nhiều điểm nhất đứng trước.", {{"class", "muted"}});
    h.open("ol", {{"class", "plan"}});
    for (const CriterionAdvice& a : plan.criteria) {
        if (a.points_available <= 0) continue;
        const Criterion& criterion = rubric.criteria[a.criterion];
        const std::optional<Entry> none;
        const std::optional<Entry>& entry = a.criterion < assessment.entries.size() ? assessment.entries[a.criterion] : none;
        h.open("li").element("strong", criterion.number + " " + criterion.name);
        h.text(": " + points_left_text(a.points_available));
        for (const std::string& phrase : advice_phrases(a, entry, "\xE2\x80\xAF")) h.text("; " + phrase);
        h.close("li");
    }
    h.close("ol");
}

// A figure with its shown percentage: "516 / 1 884 (27.39%)", "93.25%".
std::string figure_text(const Criterion& criterion, const Entry& entry) {
    const CriterionScore s = score_criterion(criterion, &entry);
    if (entry.kind == EntryKind::Percent) return format_2dp(s.percent) + "%";
    return entered_text(criterion, entry) + " (" + shown_rate(criterion, s) + ")";
}

// Current → target: the plan's headline, each step's figures and points, what was left alone.
void target_section(HtmlWriter& h, const Rubric& rubric, const TargetPlan& plan) {
    h.element("p", plan_headline(rubric, plan), {{"class", "plan-headline"}}).newline();
    if (!plan.steps.empty()) {
        h.open("table", {{"class", "steps"}}).open("thead").open("tr");
        h.element("th", "STT").element("th", "Chỉ tiêu").element("th", "Hiện tại", {{"class", "num"}});
        h.element("th", "Mục tiêu", {{"class", "num"}}).element("th", "Thay đổi").element("th", "Điểm", {{"class", "num"}});
        h.close("tr").close("thead").open("tbody");
        for (std::size_t i = 0; i < plan.steps.size(); ++i) {
            const PlanStep& step = plan.steps[i];
            const Criterion& criterion = rubric.criteria[step.criterion];
            std::string change = step_change_text(rubric, step, "\xE2\x80\xAF");
            // The figures are in their own columns: keep "thêm 1 368 DVC …" and drop the repeat.
            if (const auto cut = change.find(" ("); step.to.kind == EntryKind::Counts && cut != std::string::npos)
                change.erase(cut);
            h.open("tr", {{"data-code", criterion.code}});
            h.element("td", std::to_string(i + 1)).element("td", criterion.number + " " + criterion.name);
            h.element("td", figure_text(criterion, step.from), {{"class", "num"}});
            h.element("td", figure_text(criterion, step.to), {{"class", "num"}});
            h.element("td", change).element("td", step_points_text(step), {{"class", "num arrow"}});
            h.close("tr");
        }
        h.close("tbody").close("table").newline();
        h.element("p", plan_outcome(rubric, plan), {{"class", "plan-outcome"}}).newline();
    }
    if (const std::string locked = locked_text(rubric, plan); !locked.empty())
        h.element("p", locked, {{"class", "muted"}}).newline();
}

void unit_section(HtmlWriter& h, const Rubric& rubric, const Assessment& assessment, const ReportOptions& options,
                  std::size_t index) {
    const ScoreCard card = score(rubric, assessment);
    const ImprovementPlan plan = plan_improvements(rubric, assessment, card);
    const RatingBand& band = rubric.ratings[card.rating];
    const TargetPlan target = index < options.plans.size() && options.plans[index]
                                  ? *options.plans[index]
                                  : plan_target(rubric, assessment, card, options.plan);

    h.open("section", {{"class", "unit"}}).newline().open("header").newline();
    h.element("h1", kTitle).newline();
    h.open("dl", {{"class", "meta"}});
    h.element("dt", "Đơn vị").element("dd", or_unwritten(assessment.unit), {{"class", "unit-name"}});
    h.element("dt", "Kỳ đánh giá").element("dd", or_unwritten(assessment.period), {{"class", "period"}});
    h.element("dt", "Ngày lập").element("dd", options.date);
    h.element("dt", "Bộ chỉ số").element("dd", rubric.title + " (" + rubric.id + ")");
    h.close("dl").newline().close("header").newline();

    h.open("div", {{"class", "summary"}}).open("div", {{"class", "total"}}).text(format_2dp(card.total) + " ");
    h.element("small", "/ " + format_number(rubric.max) + " điểm").close("div");
    h.element("div", band.label, {{"class", "rating"}, {"style", "background:" + band_color(band)}});
    h.element("p", next_band_text(rubric, plan), {{"class", "next"}});
    if (!target.steps.empty()) {
        const RatingBand& after = rubric.ratings[target.rating_after];
        h.open("div", {{"class", "target"}}).text("Mục tiêu: " + format_2dp(target.total_after) + " ");
        h.element("span", after.label, {{"class", "rating"}, {"style", "background:" + band_color(after)}});
        h.close("div");
    }
    h.close("div").newline();

    h.element("h2", "Điểm theo nhóm").newline();
    groups_table(h, rubric, card);
    h.newline().open("div", {{"class", "charts"}});
    group_bars(h, rubric, card);
    group_radar(h, rubric, card);
    h.close("div").newline();
    h.element("h2", "Điểm từng chỉ tiêu").newline();
    criteria_table(h, rubric, assessment, card, plan);
    h.newline();
    if (const std::string note = rate_rule_note(rubric); !note.empty()) h.element("p", note, {{"class", "muted"}}).newline();
    h.element("h2", "Kế hoạch: " + (target.steps.empty() && target.reachable ? std::string("mục tiêu")
                                                                               : plan_goal_text(rubric, target)));
    h.newline();
    target_section(h, rubric, target);
    h.element("h2", "Gợi ý cải thiện").newline();
    plan_list(h, rubric, assessment, plan);
    h.newline();

    std::string footer = "Lập bằng " + (options.generator.empty() ? std::string("dvcscore") : options.generator);
    if (!options.date.empty()) footer += " ngày " + options.date;
    footer += ". Điểm tính theo " + (rubric.source.empty() ? rubric.title : rubric.source) +
              ". Đây là kết quả tự đánh giá, không phải điểm do Cổng Dịch vụ công quốc gia công bố.";
    h.element("footer", footer).newline().close("section").newline();
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
    std::string out;
    HtmlWriter h(out);
    h.raw(kHead);
    h.open("meta", {{"name", "generator"}, {"content", options.generator}}).newline();
    h.element("title", title).newline();
    h.open("style").raw(kStyle).close("style").newline();
    h.close("head").newline().open("body").newline();
    if (rubric.ratings.empty()) {
        h.element("p", "Bộ tiêu chí không có mức xếp loại nào.").newline();
    } else {
        for (std::size_t i = 0; i < assessments.size(); ++i) unit_section(h, rubric, assessments[i], options, i);
        if (assessments.empty()) h.element("p", "Không có đánh giá nào.").newline();
    }
    h.close("body").newline().close("html").newline();
    return out;
}

}  // namespace dvcscore
