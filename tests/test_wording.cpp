// The Vietnamese sentences every face shares (wording.hpp): the CLI's table, the printed
// report and the page print these very strings, so each is checked once here.
#include <catch2/catch.hpp>

#include <string>

#include "core/report_html.hpp"
#include "core/wording.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::criterion;

namespace {

std::size_t decision_group_of(const std::string& group_code) {
    const Rubric& rubric = default_rubric();
    return rubric.groups[test_support::group_index(rubric, group_code)].decision_group;
}

}  // namespace

TEST_CASE("the next rating band: how many points, which band, from what total", "[wording]") {
    const Rubric& rubric = default_rubric();
    ImprovementPlan plan;
    plan.next_band = 1;  // Tốt, from 80
    plan.points_to_next_band = 3.91;  // 80 − 76.09
    CHECK(next_band_text(rubric, plan) == "Cần thêm 3.91 điểm để đạt mức Tốt (từ 80 điểm).");
    plan.next_band.reset();
    CHECK(next_band_text(rubric, plan) == "Đã ở mức xếp loại cao nhất.");
}

TEST_CASE("a decision group the portal splits is named by its parts: CLGQ + TTTT", "[wording]") {
    CHECK(decision_group_parts(default_rubric(), decision_group_of("CLGQ")) == "CLGQ + TTTT");
    CHECK(decision_group_parts(default_rubric(), decision_group_of("CKMB")) == "CKMB");
}

TEST_CASE("a criterion's rule for tables: method, zero denominator, a rate rule of its own", "[wording]") {
    CHECK(criterion_rule_text(criterion("ONLINE_PROVISION"), RateRule::ShownPercent) == "đủ điểm từ 80%; mẫu số 0 → 0 điểm");
    // 5.2 scores full points on 0/0, and follows its group's unrounded rule.
    CHECK(criterion_rule_text(criterion("PETITION_PROCESSING_ON_TIME"), RateRule::Unrounded) ==
          "tuyến tính, đủ điểm ở 100%; mẫu số 0 → đủ điểm");
    // Under a group of the other rule it says its own.
    CHECK(criterion_rule_text(criterion("PETITION_PROCESSING_ON_TIME"), RateRule::ShownPercent) ==
          "tuyến tính, đủ điểm ở 100%; mẫu số 0 → đủ điểm; điểm tính từ tỷ lệ chưa làm tròn (unrounded)");
    CHECK(criterion_rule_text(criterion("AVG_DAYS"), RateRule::ShownPercent) == "không tính điểm");
}

TEST_CASE("short phrases: points left, nothing left, an empty name", "[wording]") {
    CHECK(points_left_text(2.5) == "còn 2.50 điểm");
    CHECK(all_at_max_text() == "Tất cả chỉ tiêu đã đạt điểm tối đa.");
    CHECK(or_unwritten("") == "(chưa ghi)");
    CHECK(or_unwritten("UBND xã Chân Mộng") == "UBND xã Chân Mộng");
}

TEST_CASE("the printed report says the shared sentences word for word", "[wording]") {
    const Rubric& rubric = default_rubric();
    const Assessment full = test_support::all_full(rubric);
    const std::string html = report_html(rubric, {full}, ReportOptions{});
    // All at 100 %: 100 points, the top band, nothing left to gain.
    CHECK(html.find(next_band_text(rubric, ImprovementPlan{})) != std::string::npos);
    CHECK(html.find(all_at_max_text()) != std::string::npos);
    CHECK(html.find(">CLGQ + TTTT<") != std::string::npos);
}
