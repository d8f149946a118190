// The printable HTML report (report_html.hpp): the figures are the scores, user text is
// escaped, charts are inline SVG, nothing is loaded from outside, a batch breaks pages.
#include "support.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "core/assessment_file.hpp"
#include "core/number_text.hpp"
#include "core/plan.hpp"
#include "core/report_html.hpp"

using namespace dvcscore;
using test_support::describe;
using test_support::with_entries;

namespace {

const std::string kThin = "\xE2\x80\xAF";  // the thin no-break space between thousands

Assessment from_file(const std::string& name) {
    const AssessmentBatch batch = parse_assessments(
        test_support::read_file(std::string(DVCSCORE_TEST_DATA) + "/" + name), name, default_rubric());
    INFO(describe(batch.errors));
    REQUIRE(batch.assessments.size() == 1);
    return batch.assessments[0];
}

ReportOptions dated(const std::string& date, const std::string& generator) {
    ReportOptions options;
    options.date = date;
    options.generator = generator;
    return options;
}

std::string report_of(const std::vector<Assessment>& assessments) {
    return report_html(default_rubric(), assessments, dated("28/11/2026", "dvcscore 0.1.0"));
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

// The table row of one criterion (the first, in a batch).
std::string row_of(const std::string& html, const std::string& code) {
    const std::size_t begin = html.find("<tr data-code=\"" + code + "\">");
    INFO(code);
    REQUIRE(begin != std::string::npos);
    return html.substr(begin, html.find("</tr>", begin) - begin);
}

void check_contains(const std::string& text, std::initializer_list<std::string> needles) {
    for (const std::string& needle : needles) {
        INFO("looking for «" << needle << "»");
        CHECK(text.find(needle) != std::string::npos);
    }
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

TEST_CASE("report: Phú Thọ's figures as the spec works them out", "[report]") {
    const std::string html = report_of({from_file("phu-tho-2026.json")});
    check_contains(html, {"<!DOCTYPE html>", "<html lang=\"vi\">", "<meta charset=\"utf-8\">",
                          "Báo cáo tự đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp", "UBND tỉnh Phú Thọ",
                          "<dd class=\"period\">2026</dd>", "28/11/2026", "dvcscore 0.1.0"});
    // Total, rating in its band's colour (qd766.json: yeu), the next band.
    check_contains(html, {"<div class=\"total\">8.56 <small>/ 100 điểm</small>", ">Yếu</div>",
                          "Cần thêm 41.44 điểm để đạt mức Trung bình (từ 50 điểm)."});
    // Groups: CLGQ 1.46 + 1.10 + 6.00; the 22-point decision group CLGQ + TTTT.
    check_contains(html, {"<td>CLGQ</td><td>Dịch vụ công trực tuyến</td><td class=\"num\">8.56</td><td class=\"num\">12</td>",
                          "<td>CLGQ + TTTT</td><td>Cung cấp dịch vụ trực tuyến</td><td class=\"num\">8.56</td>"
                          "<td class=\"num\">22</td>",
                          "<td>Tổng điểm</td><td class=\"num\">8.56</td><td class=\"num\">100</td>"});
    // Criteria: figures as entered, the shown rate, points / max, state.
    check_contains(row_of(html, "ONLINE_PROVISION"), {">3.1<", "52 / 89", "58.43%", "1.46 / 2", "còn 0.54 điểm"});
    check_contains(row_of(html, "HAS_ONLINE"), {"516 / 1" + kThin + "884", "27.39%", "1.10 / 4", "còn 2.90 điểm"});
    check_contains(row_of(html, "ONLINE_DOSSIERS"),
                   {"589" + kThin + "496 / 597" + kThin + "894", "98.60%", "6.00 / 6", "đạt tối đa"});
    check_contains(row_of(html, "AVG_DAYS"), {"4.24 ngày", "không tính điểm"});
    check_contains(row_of(html, "ON_TIME"), {"chưa nhập", "0.00 / 20"});
    // Plan: 3.1 full at 80 %, 2 / 80 = 0.025 a point; 72/89 = 80.90 % is the first to reach it.
    check_contains(html, {"<strong>3.1 Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến</strong>: còn 0.54 điểm; đủ điểm khi "
                          "đạt 80%; +0.025 điểm mỗi 1%; cần 72 / 89 (thêm 20)",
                          "<strong>3.2 Tỷ lệ DVCTT có phát sinh hồ sơ</strong>: còn 2.90 điểm; đủ điểm khi đạt 100%; "
                          "+0.04 điểm mỗi 1%; cần 1" + kThin + "884 / 1" + kThin + "884 (thêm 1" + kThin + "368)",
                          "<strong>2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn</strong>: còn 20.00 điểm"});
}

TEST_CASE("report: the plan in the plan's order, with nothing already at the cap", "[report]") {
    const Assessment a = from_file("phu-tho-2026.json");
    const std::string html = report_of({a});
    const std::size_t list = html.find("<ol class=\"plan\">");
    REQUIRE(list != std::string::npos);
    const std::string items = html.substr(list, html.find("</ol>", list) - list);
    // 2.1 (20 points) first; among the 6-point ones 5.4 (6 / 90 a point) before 1.1 (6 / 100); 3.1 (0.54) last.
    const auto at = [&](const std::string& number) { return items.find("<strong>" + number + " "); };
    CHECK(at("2.1") < at("5.4"));
    CHECK(at("5.4") < at("1.1"));
    CHECK(at("1.1") < at("1.4"));
    CHECK(at("3.2") < at("3.1"));
    CHECK(items.find("<strong>3.3 ") == std::string::npos);  // at its cap
    CHECK(items.find("<strong>2.2 ") == std::string::npos);  // not scored
    // In exactly the order plan_improvements() gives.
    const ScoreCard card = score(default_rubric(), a);
    std::size_t previous = 0;
    for (const CriterionAdvice& advice : plan_improvements(default_rubric(), a, card).criteria) {
        if (advice.points_available <= 0) continue;
        const std::size_t here = at(default_rubric().criteria[advice.criterion].number);
        REQUIRE(here != std::string::npos);
        CHECK(here >= previous);
        previous = here;
    }
}

TEST_CASE("report: every figure is score()'s", "[report]") {
    const Rubric& rubric = default_rubric();
    for (const char* file : {"phu-tho-2026.json", "chan-mong-2026.json", "full-marks.json"}) {
        INFO(file);
        const Assessment a = from_file(file);
        const ScoreCard card = score(rubric, a);
        const std::string html = report_of({a});
        CHECK(html.find("<div class=\"total\">" + format_2dp(card.total) + " ") != std::string::npos);
        for (std::size_t g = 0; g < rubric.groups.size(); ++g)
            CHECK(html.find(format_2dp(card.groups[g]) + " / " + format_number(rubric.groups[g].max)) != std::string::npos);
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
            const Criterion& criterion = rubric.criteria[c];
            const std::string row = row_of(html, criterion.code);
            if (criterion.scored())
                CHECK(row.find(format_2dp(card.criteria[c].points) + " / " + format_number(criterion.max)) != std::string::npos);
            if (card.criteria[c].entered && criterion.measure == Measure::Rate && !card.criteria[c].zero_denominator)
                CHECK(row.find(format_2dp(card.criteria[c].percent) + "%") != std::string::npos);
        }
    }
}

TEST_CASE("report: Chân Mộng's TTTT, a typed percentage and a zero denominator", "[report]") {
    Assessment a = from_file("chan-mong-2026.json");
    a.entries[test_support::index_of(default_rubric(), "ON_TIME")] = Entry::of_percent(93.245);
    a.entries[test_support::index_of(default_rubric(), "PETITION_PROCESSING_ON_TIME")] = Entry::counts(0, 0);
    const std::string html = report_of({a});
    // 1437/1541 → 93.25 % → 5.59; 18/40 → 45 % → 1.125 → 1.13; 8/40 → 20 % → 0.50.
    check_contains(row_of(html, "PAY_DOSSIERS"), {"1" + kThin + "437 / 1" + kThin + "541", "93.25%", "5.59 / 6"});
    check_contains(row_of(html, "PAY_FORMALITIES"), {"18 / 40", "45.00%", "1.13 / 2"});
    check_contains(row_of(html, "PAY_PROVISION"), {"8 / 40", "20.00%", "0.50 / 2"});
    check_contains(html, {"<td>TTTT</td><td>Thanh toán trực tuyến</td><td class=\"num\">7.22</td>"});
    // As typed, then as the portal shows it: 93.25 % of 20 = 18.65.
    check_contains(row_of(html, "ON_TIME"), {"93.245%", "93.25%", "18.65 / 20"});
    // No petitions: full points by 5.2's rule.
    check_contains(row_of(html, "PETITION_PROCESSING_ON_TIME"), {"0 / 0", "mẫu số 0", "6.00 / 6", "đạt tối đa (mẫu số 0)"});
    // 7.22 + 18.65 + 6 = 31.87.
    check_contains(html, {"<div class=\"total\">31.87 "});
}

TEST_CASE("report: MDSH and MDHL scored from the unrounded rate, the 2-decimal percent shown", "[report]") {
    // Quảng Trị 4.5: 295/1269 = 23.2466… % → 0.46 (23.25 × 2 / 100 = 0.465 would be 0.47);
    // Thanh Hóa 5.3: 278/674 = 41.2462… % → 2.47 (41.25 first would be 2.48). 0.46 + 2.47 = 2.93.
    const Assessment a = with_entries({{"CITIZEN_DATA_CONNECTED_FORMALITY", Entry::counts(295, 1269)},
                                       {"PETITION_HANDLING_SATISFACTION", Entry::counts(278, 674)}});
    const std::string html = report_of({a});
    check_contains(row_of(html, "CITIZEN_DATA_CONNECTED_FORMALITY"), {"295 / 1" + kThin + "269", "23.25%", "0.46 / 2"});
    check_contains(row_of(html, "PETITION_HANDLING_SATISFACTION"), {"278 / 674", "41.25%", "2.47 / 6"});
    check_contains(html, {"<div class=\"total\">2.93 ",
                          "<p class=\"muted\">Điểm của nhóm MDSH, MDHL tính từ tỷ lệ chưa làm tròn; tỷ lệ hiển thị đã "
                          "làm tròn 2 chữ số thập phân.</p>",
                          // The footer names the rubric's source, which says which groups follow which rule.
                          "MDSH, MDHL từ tỷ lệ chưa làm tròn"});
}

TEST_CASE("report: full marks", "[report]") {
    const std::string html = report_of({from_file("full-marks.json")});
    check_contains(html, {"<div class=\"total\">100.00 ", ">Xuất sắc</div>", "Đã ở mức xếp loại cao nhất.",
                          "Tất cả chỉ tiêu đã đạt điểm tối đa."});
    CHECK(html.find("<ol class=\"plan\">") == std::string::npos);
}

TEST_CASE("report: user text is escaped, nothing runs and nothing is fetched", "[report]") {
    Assessment a = with_entries({{"ON_TIME", Entry::counts(45, 50)}});
    a.unit = "<script>alert(\"x\")</script> & 'q'";
    a.period = "</title><img src=x onerror=alert(1)>";
    const std::string html =
        report_html(default_rubric(), {a}, dated("<b>28/11/2026</b>", "dvcscore \"<i>\""));
    const std::string lowered = lower(html);
    for (const char* forbidden : {"<script", "<img", "<link", "<iframe", "<object", "<b>", "<i>"}) {
        INFO(forbidden);
        CHECK(lowered.find(forbidden) == std::string::npos);
    }
    check_contains(html, {"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;",
                          "&lt;/title&gt;&lt;img src=x onerror=alert(1)&gt;", "&lt;b&gt;28/11/2026&lt;/b&gt;",
                          "dvcscore &quot;&lt;i&gt;&quot;"});
    check_contains(html, {"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'; img-src data:;"});
    // Text that is not UTF-8 is repaired, not passed on.
    a.unit = "Xã \xFF";
    CHECK(report_of({a}).find("Xã \xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("report: group bars and a radar as inline SVG", "[report]") {
    const std::string html = report_of({from_file("phu-tho-2026.json")});
    CHECK(count(html, "<svg ") == 2);
    const std::size_t bars = html.find("<svg class=\"bars\"");
    const std::size_t radar = html.find("<svg class=\"radar\"");
    REQUIRE(bars != std::string::npos);
    REQUIRE(radar != std::string::npos);
    const std::string bar_chart = html.substr(bars, html.find("</svg>", bars) - bars);
    const std::string radar_chart = html.substr(radar, html.find("</svg>", radar) - radar);
    CHECK(count(bar_chart, "<rect ") == 12);  // each group: its maximum and its score
    check_contains(bar_chart, {">CKMB<", ">MDHL<", ">8.56 / 12<", ">0.00 / 22<"});
    CHECK(count(radar_chart, "<polygon ") == 5);  // four rings and the groups' shares
    CHECK(count(radar_chart, "<line ") == 6);     // a hexagon's spokes
    for (const char* code : {"CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL"}) CHECK(radar_chart.find(code) != std::string::npos);

    // Nothing is loaded: no scripts, links or resources; the only address is SVG's
    // namespace name, which is never fetched.
    const std::string lowered = lower(html);
    for (const char* forbidden : {"<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "javascript:"}) {
        INFO(forbidden);
        CHECK(lowered.find(forbidden) == std::string::npos);
    }
    std::string rest = html;
    for (std::size_t at; (at = rest.find("xmlns=\"http://www.w3.org/2000/svg\"")) != std::string::npos;) rest.erase(at, 34);
    CHECK(rest.find("://") == std::string::npos);
}

TEST_CASE("report: a batch puts each unit on its own A4 page", "[report]") {
    const AssessmentBatch batch = parse_assessments(
        test_support::read_file(std::string(DVCSCORE_TEST_DATA) + "/batch-2026.json"), "batch-2026.json", default_rubric());
    REQUIRE(batch.assessments.size() == 3);
    const std::string html = report_of(batch.assessments);
    CHECK(count(html, "<section class=\"unit\">") == 3);
    CHECK(count(html, "<!DOCTYPE html>") == 1);
    CHECK(count(html, "<svg ") == 6);
    check_contains(html, {"@page { size: A4; margin: 14mm; }", ".unit + .unit { break-before: page; page-break-before: always; }",
                          "<title>Báo cáo tự đánh giá — 3 đơn vị</title>"});
    // In input order, each with its own total.
    const std::size_t phu_tho = html.find("UBND tỉnh Phú Thọ</dd>");
    const std::size_t chan_mong = html.find("Xã Chân Mộng</dd>");
    const std::size_t ha_noi = html.find("UBND thành phố Hà Nội</dd>");
    CHECK(phu_tho < chan_mong);
    CHECK(chan_mong < ha_noi);
    CHECK(html.find("<div class=\"total\">7.29 ", ha_noi) != std::string::npos);

    const std::string none = report_of({});
    CHECK(none.find("Không có đánh giá nào.") != std::string::npos);
    CHECK(count(none, "<section") == 0);
}
