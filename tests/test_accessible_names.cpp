// What the page's accessibility tree says (src/app/accessible_text): the names outside
// tests find the controls by (a contract, docs/accessibility.md), descriptions, and the
// live region's announcement. Expected texts are written out by hand from the rubric.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "app/accessible_text.hpp"
#include "app/form.hpp"

namespace accessible = dvcscore::app::accessible;
using dvcscore::app::Form;
using dvcscore::app::InputMode;

namespace {

std::size_t at(const Form& form, const char* code) { return *form.rubric().find_criterion(code); }
const dvcscore::Criterion& criterion(const char* code) {
    const auto& rubric = dvcscore::default_rubric();
    return rubric.criteria[*rubric.find_criterion(code)];
}

}  // namespace

TEST_CASE("an input's name is its criterion's number and name, then the field", "[accessible]") {
    CHECK(accessible::field_name(criterion("ON_TIME"), "numerator") == "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn — tử số");
    CHECK(accessible::field_name(criterion("ON_TIME"), "denominator") == "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn — mẫu số");
    CHECK(accessible::field_name(criterion("PAY_DOSSIERS"), "percent") == "3.6 Tỷ lệ hồ sơ thanh toán trực tuyến — tỷ lệ %");
    CHECK(accessible::field_name(criterion("AVG_DAYS"), "value") == "2.2 Thời gian giải quyết TTHC trung bình (ngày) — giá trị");
    CHECK(accessible::mode_name(criterion("ON_TIME"), InputMode::Counts) ==
          "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn — nhập tử số và mẫu số");
    CHECK(accessible::mode_name(criterion("ON_TIME"), InputMode::Percent) ==
          "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn — nhập tỷ lệ %");
}

TEST_CASE("every field of the rubric has a name of its own, starting with its criterion's number", "[accessible]") {
    std::set<std::string> names;
    std::size_t fields = 0;
    for (const dvcscore::Criterion& c : dvcscore::default_rubric().criteria) {
        const auto kinds = c.measure == dvcscore::Measure::Value ? std::set<std::string>{"value"}
                                                                 : std::set<std::string>{"numerator", "denominator", "percent"};
        for (const std::string& field : kinds) {
            const std::string name = accessible::field_name(c, field);
            CHECK(name.rfind(c.number + " ", 0) == 0);
            names.insert(name);
            ++fields;
        }
    }
    // 22 rate criteria × 3 fields + 1 value criterion (2.2).
    CHECK(fields == 22 * 3 + 1);
    CHECK(names.size() == fields);
}

TEST_CASE("numbers are read with a decimal comma", "[accessible]") {
    CHECK(accessible::decimal_2dp(76.09) == "76,09");
    CHECK(accessible::decimal_2dp(0) == "0,00");
    CHECK(accessible::decimal(100) == "100");
    CHECK(accessible::decimal(0.8) == "0,8");
    CHECK(accessible::spoken("+0.025 điểm mỗi 1%") == "+0,025 điểm mỗi 1%");
    CHECK(accessible::spoken("cần 72 / 89 (thêm 20)") == "cần 72 trên 89 (thêm 20)");
    CHECK(accessible::spoken("QĐ 766. Xong") == "QĐ 766. Xong");  // a full stop is no decimal point
    CHECK(accessible::change_words(1.25) == "tăng 1,25");
    CHECK(accessible::change_words(-0.4) == "giảm 0,40");
    CHECK(accessible::change_words(0.004) == "không đổi");
}

TEST_CASE("the live region says the total, the rating and the points to the next band", "[accessible]") {
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    // The figures of the example: 76.09 is Khá (70–80); Tốt starts at 80: 3.91 more.
    dvcscore::ScoreCard card;
    card.total = 76.09;
    card.rating = 2;  // ratings are listed highest first: Xuất sắc, Tốt, Khá, …
    REQUIRE(rubric.ratings[2].label == "Khá");
    dvcscore::ImprovementPlan plan;
    plan.next_band = 1;
    plan.points_to_next_band = 3.91;
    CHECK(accessible::announcement(rubric, card, plan) ==
          "Tổng điểm 76,09 trên 100, xếp loại Khá. Cần thêm 3,91 điểm để đạt mức Tốt (từ 80 điểm).");
    card.total = 93.5;
    card.rating = 0;
    plan.next_band.reset();
    CHECK(accessible::announcement(rubric, card, plan) == "Tổng điểm 93,50 trên 100, xếp loại Xuất sắc. Đã ở mức xếp loại cao nhất.");
}

TEST_CASE("a form's announcement follows its scores", "[accessible]") {
    // Chân Mộng's TTTT: 8/40 → 0.50, 18/40 → 1.13, 1437/1541 → 5.59; total 7.22 (Yếu), and
    // Trung bình starts at 50: 50 − 7.22 = 42.78 more.
    Form form(dvcscore::default_rubric());
    form.inputs[at(form, "PAY_PROVISION")].numerator = "8";
    form.inputs[at(form, "PAY_PROVISION")].denominator = "40";
    form.inputs[at(form, "PAY_FORMALITIES")].numerator = "18";
    form.inputs[at(form, "PAY_FORMALITIES")].denominator = "40";
    form.inputs[at(form, "PAY_DOSSIERS")].numerator = "1437";
    form.inputs[at(form, "PAY_DOSSIERS")].denominator = "1541";
    form.recompute();
    CHECK(accessible::announcement(form.rubric(), form.card(), form.plan()) ==
          "Tổng điểm 7,22 trên 100, xếp loại Yếu. Cần thêm 42,78 điểm để đạt mức Trung bình (từ 50 điểm).");
    const auto& tttt = form.rubric().groups[3];
    REQUIRE(tttt.code == "TTTT");
    CHECK(accessible::group_heading(tttt, form.card().groups[3]) == "Thanh toán trực tuyến (TTTT): 7,22 trên 10 điểm");
}

TEST_CASE("an input's description: its error first, then the rate, the points and the state", "[accessible]") {
    Form form(dvcscore::default_rubric());
    const std::size_t on_time = at(form, "ON_TIME"), pay = at(form, "PAY_DOSSIERS"), days = at(form, "AVG_DAYS");
    form.inputs[on_time].numerator = "60";
    form.inputs[on_time].denominator = "50";
    form.inputs[pay].numerator = "1437";
    form.inputs[pay].denominator = "1541";
    form.recompute();
    CHECK(accessible::field_description(form, on_time, "numerator") ==
          "Lỗi: tử số (60) lớn hơn mẫu số (50). Điểm 0,00 trên 20, lỗi. Tử số: hồ sơ đúng hạn, trong hạn.");
    CHECK(accessible::field_description(form, on_time, "denominator") ==
          "Lỗi ở tử số: tử số (60) lớn hơn mẫu số (50). Điểm 0,00 trên 20, lỗi. Mẫu số: hồ sơ tiếp nhận, xử lý.");
    // 1437/1541 = 93.25 %, 6 × 93.25 / 100 = 5.595 → 5.59 (the double just below).
    CHECK(accessible::field_description(form, pay, "numerator").rfind("Tỷ lệ 93,25%. Điểm 5,59 trên 6, đã nhập. Tử số: ", 0) == 0);
    CHECK(accessible::field_description(form, days, "value") == "Không tính điểm, chưa nhập. Đơn vị: ngày.");
    form.inputs[on_time].numerator = "60";
    form.inputs[on_time].denominator = "";
    form.recompute();
    CHECK(accessible::field_description(form, on_time, "denominator").rfind("Cần nhập mẫu số. Điểm 0,00 trên 20, thiếu số liệu.", 0) == 0);
    form.inputs[on_time].denominator = "60";
    form.recompute();
    CHECK(accessible::state_word(form, on_time) == "đạt tối đa");
}

TEST_CASE("the what-if's controls are named by their criterion, then what they set", "[accessible]") {
    CHECK(accessible::target_field_name(criterion("ON_TIME")) == "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn — mục tiêu");
    CHECK(accessible::lock_name(criterion("ON_TIME")) == "2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn — khóa");
    CHECK(accessible::weight_name(criterion("PUBLISH_ON_TIME"), "4 · khó") == "1.1 Tỷ lệ TTHC công bố đúng hạn — trọng số: 4 · khó");
    CHECK(accessible::ceiling_name(criterion("PAY_DOSSIERS")) == "3.6 Tỷ lệ hồ sơ thanh toán trực tuyến — trần (%)");
    CHECK(accessible::spoken("5.90 → 6.00 điểm (+0.10)") == "5,90 thành 6,00 điểm (+0,10)");
}

TEST_CASE("the live region adds the target when the plan changes the total", "[accessible]") {
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    dvcscore::ScoreCard card;
    card.total = 76.09;
    card.rating = 2;  // Khá
    dvcscore::ImprovementPlan plan;
    plan.next_band = 1;
    plan.points_to_next_band = 3.91;
    dvcscore::ScoreCard target;
    target.total = 80;
    target.rating = 1;  // Tốt
    CHECK(accessible::target_total_text(rubric, target) == "Mục tiêu 80,00 trên 100, xếp loại Tốt");
    CHECK(accessible::announcement(rubric, card, plan, &target) ==
          "Tổng điểm 76,09 trên 100, xếp loại Khá. Cần thêm 3,91 điểm để đạt mức Tốt (từ 80 điểm). "
          "Mục tiêu 80,00 trên 100, xếp loại Tốt.");
    // Nothing planned: the target is the total, and the live region says it once.
    CHECK(accessible::announcement(rubric, card, plan, &card) ==
          "Tổng điểm 76,09 trên 100, xếp loại Khá. Cần thêm 3,91 điểm để đạt mức Tốt (từ 80 điểm).");
}

TEST_CASE("a plan's step reads as a row, and a target field says what the plan changes", "[accessible]") {
    // Only 2.1 entered, 48 of 60: 80.00 % of 20 points = 16.00 (Yếu). Trung bình (50) is out of
    // reach, so the plan raises 2.1 as far as it goes: 60 of 60, 100.00 %, 20.00 points.
    Form form(dvcscore::default_rubric());
    const std::size_t on_time = at(form, "ON_TIME");
    form.inputs[on_time].numerator = "48";
    form.inputs[on_time].denominator = "60";
    form.recompute();
    REQUIRE(form.target_plan().steps.size() == 1);
    const dvcscore::PlanStep& step = form.target_plan().steps[0];
    CHECK(accessible::plan_step_name(form.rubric(), 0, step) ==
          "Bước 1: 2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn: thêm 12 hồ sơ đúng hạn, trong hạn (48 thành 60 trên 60), "
          "80,00% thành 100,00%; 16,00 thành 20,00 điểm (+4,00)");
    CHECK(accessible::target_description(form, on_time) ==
          "Kế hoạch: thêm 12 hồ sơ đúng hạn, trong hạn (48 thành 60 trên 60), 80,00% thành 100,00%; 16,00 thành 20,00 điểm "
          "(+4,00). Tử số muốn đạt, cùng mẫu số; để trống để kế hoạch tự chọn.");
    // A target typed wrong: its error first; the plan goes on without it.
    form.scenario.criteria.resize(form.rubric().criteria.size());
    form.scenario.criteria[on_time].target = "70";
    form.recompute();
    CHECK(accessible::target_description(form, on_time).rfind("Lỗi: tử số (70) lớn hơn mẫu số (60). Kế hoạch: thêm 12 ", 0) == 0);
    // A target typed right is the step.
    form.scenario.criteria[on_time].target = "54";  // 90.00 % → 18.00
    form.recompute();
    CHECK(accessible::target_description(form, on_time).rfind(
              "Mục tiêu đã nhập: thêm 6 hồ sơ đúng hạn, trong hạn (48 thành 54 trên 60), 80,00% thành 90,00%; 16,00 thành 18,00 "
              "điểm (+2,00).", 0) == 0);
}

TEST_CASE("the portal's check is read as words, without its marks", "[accessible]") {
    CHECK(accessible::without_marks("✓ khớp") == "khớp");
    CHECK(accessible::without_marks("? không kiểm được: thiếu 1.1, 1.2") == "không kiểm được: thiếu 1.1, 1.2");
    CHECK(accessible::without_marks("3 khớp · 1 lệch · 0 không kiểm được") == "3 khớp, 1 lệch, 0 không kiểm được");
    dvcscore::app::PublishedCheck check;
    CHECK(accessible::published_words(check) == ", Cổng công bố không có");
    check.rows.resize(2);
    check.matches = 1;
    check.not_checkable = 1;
    check.total = 68.8;
    // One figure matches, one cannot be checked: "✓ khớp 1 · 1 không kiểm được" on screen.
    CHECK(accessible::check_words(check) == "khớp 1, 1 không kiểm được");
    CHECK(accessible::published_words(check) == ", Cổng công bố 68,80, khớp 1, 1 không kiểm được");
}
