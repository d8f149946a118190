// End to end: dvcscore plan (and the plan in dvcscore report) — the table's wording, the
// JSON's shape, batches, the options and their exit statuses (docs/formats.md, "Plan").
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

using nlohmann::json;
using namespace cli_support;

namespace {

// A file holding `text`, removed when the test ends.
struct TempFile {
    explicit TempFile(const std::string& text, const std::string& suffix = ".json") : path(temporary(suffix)) {
        std::ofstream(path, std::ios::binary) << text;
    }
    ~TempFile() { fs::remove(path); }
    std::string arg() const { return quoted(path.string()); }
    fs::path path;
};

const std::string kExample = std::string(DVCSCORE_ASSETS) + "/examples/vi-du-tinh-2026.json";

// 2.1 alone at 5000/10000: 20 × 50 % = 10.00 (Yếu). 15.00 needs 20 · r / 100 ≥ 14.995,
// r ≥ 74.975 %: the shown 74.98 %, which 7498/10000 is (7497 shows 74.97 → 14.994 → 14.99);
// 24.98 percentage points. Full points (20.00) likewise need 99.98 %: 9998, 49.98.
const std::string kHalfOnTime = R"({"unit": "Xã A", "period": "2026", "values": {"ON_TIME": {"numerator": 5000, "denominator": 10000}}})";
// 1.1 and 1.4 at 0/100: one count on either gives 0.06; equal efforts go to 1.1.
const std::string kTwoAtZero = R"({"values": {"PUBLISH_ON_TIME": {"numerator": 0, "denominator": 100}, "DOSSIER_SYNC": {"numerator": 0, "denominator": 100}}})";

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

std::string first_step_code(const Run& run) {
    const json plan = json::parse(run.out);
    REQUIRE(plan.at("steps").size() == 1);
    return plan.at("steps").at(0).at("code").get<std::string>();
}

}  // namespace

TEST_CASE("cli plan: the table says what to add, in the numerator's words, thousands grouped", "[cli][plan]") {
    const TempFile input(kHalfOnTime);
    const Run run = run_cli("plan --target 15 " + input.arg());
    check_ok(run);
    CHECK_THAT(run.out, Catch::Contains("Đơn vị: Xã A    Kỳ đánh giá: 2026"));
    CHECK_THAT(run.out, Catch::Contains("Hiện tại: 10.00 điểm — Yếu"));
    // 2498 more of 10000 = 24.98 percentage points, weight 1.
    CHECK_THAT(run.out, Catch::Contains("Để đạt 15.00 điểm: 1 bước, nỗ lực 24.98 điểm phần trăm."));
    CHECK_THAT(run.out, Catch::Contains("1. 2.1 Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn: thêm 2.498 hồ sơ đúng hạn, trong hạn "
                                        "(5.000 → 7.498 / 10.000), 50.00% → 74.98%; 10.00 → 15.00 điểm (+5.00)"));
    CHECK_THAT(run.out, Catch::Contains("Sau kế hoạch: 15.00 điểm — Yếu."));
    CHECK_THAT(run.out, Catch::Contains("(chưa nhập)"));
    CHECK_THAT(run.out, Catch::Contains("2.2, 5.1 (không tính điểm)"));
}

TEST_CASE("cli plan: the bundled example reaches Tốt", "[cli][plan]") {
    Run run = run_cli("plan " + quoted(kExample));
    check_ok(run);
    CHECK_THAT(run.out, Catch::StartsWith("Đơn vị: UBND tỉnh A (ví dụ minh họa)"));
    CHECK_THAT(run.out, Catch::Contains("Hiện tại: 76.09 điểm — Khá"));
    CHECK_THAT(run.out, Catch::Contains("Để đạt mức Tốt (từ 80 điểm): "));
    CHECK_THAT(run.out, Catch::Contains("Sau kế hoạch: 80.00 điểm — Tốt."));

    run = run_cli("plan --format json " + quoted(kExample));
    check_ok(run);
    const json plan = json::parse(run.out);
    CHECK(plan.at("target") == 80);
    CHECK(plan.at("target_rating").at("id") == "tot");
    CHECK(plan.at("reachable") == true);
    CHECK(plan.at("total_before") == 76.09);
    CHECK(plan.at("total_after").get<double>() >= 80);
    CHECK(plan.at("rating_after").at("label") == "Tốt");
    CHECK(plan.at("effort").get<double>() < 65.05);  // 5.3 alone would need 65.05
}

TEST_CASE("cli plan --format json: the shape, entries in the assessment format", "[cli][plan]") {
    const TempFile input(kHalfOnTime);
    const Run run = run_cli("plan --format json --target 15 " + input.arg());
    check_ok(run);
    const json plan = json::parse(run.out);
    REQUIRE(plan.is_object());
    for (const char* key : {"unit", "period", "target", "reachable", "total_before", "total_after", "rating_before",
                            "rating_after", "effort", "steps", "locked"})
        CHECK(plan.contains(key));
    CHECK_FALSE(plan.contains("target_rating"));  // a total, not a band
    CHECK(plan.at("unit") == "Xã A");
    CHECK(plan.at("target") == 15);
    CHECK(plan.at("reachable") == true);
    CHECK(plan.at("total_before") == 10);
    CHECK(plan.at("total_after") == 15);
    CHECK(plan.at("effort") == Approx(24.98));
    const json& step = plan.at("steps").at(0);
    CHECK(step.at("code") == "ON_TIME");
    CHECK(step.at("number") == "2.1");
    CHECK(step.at("from") == json{{"numerator", 5000}, {"denominator", 10000}});
    CHECK(step.at("to") == json{{"numerator", 7498}, {"denominator", 10000}});
    CHECK(step.at("points_before") == 10);
    CHECK(step.at("points_after") == 15);
    CHECK(step.at("effort") == Approx(24.98));
    // Every other criterion is left: not entered, or not scored.
    CHECK(plan.at("locked").size() == 22);
    CHECK(plan.at("locked").at(0) == json{{"code", "PUBLISH_ON_TIME"}, {"reason", "not_entered"}});
}

TEST_CASE("cli plan: a percent entry's step is a new percent", "[cli][plan]") {
    // 4.1 as 80 % → 4.80; 4.86 needs 80.92 % (80.91 % gives 4.8546 → 4.85).
    const TempFile input(R"({"values": {"ORIGINAL_RESULT_AVAILABLE": {"percent": 80}}})");
    const Run run = run_cli("plan --format json --target 4.86 " + input.arg());
    check_ok(run);
    const json step = json::parse(run.out).at("steps").at(0);
    CHECK(step.at("from") == json{{"percent", 80}});
    CHECK(step.at("to") == json{{"percent", 80.92}});
}

TEST_CASE("cli plan --target: a band by id or label, or a total; out of reach says so", "[cli][plan]") {
    const TempFile input(kHalfOnTime);
    for (const char* target : {"tot", "Tốt", "TOT", "tốt", "TỐT"}) {
        INFO(target);
        const Run run = run_cli(std::string("plan --format json --target ") + quoted(target) + " " + input.arg());
        check_ok(run);
        const json plan = json::parse(run.out);
        CHECK(plan.at("target") == 80);
        CHECK(plan.at("reachable") == false);
        CHECK(plan.at("total_after") == 20);  // 2.1 at full points: the best there is
        CHECK(plan.at("steps").at(0).at("to").at("numerator") == 9998);
    }
    const Run table = run_cli("plan --target 'xuất sắc' " + input.arg());
    check_ok(table);
    CHECK_THAT(table.out, Catch::Contains("Không thể đạt mức Xuất sắc (từ 90 điểm) với các ràng buộc đã chọn; cao nhất "
                                          "20.00 điểm (Yếu): 1 bước, nỗ lực 49.98 điểm phần trăm."));
    const Run met = run_cli("plan --target 5 " + input.arg());
    check_ok(met);
    CHECK_THAT(met.out, Catch::Contains("Đã đạt 5.00 điểm: không cần thay đổi."));
}

TEST_CASE("cli plan: --lock, --weight and --ceiling move the choice", "[cli][plan]") {
    const TempFile input(kTwoAtZero);
    const std::string base = "plan --format json --target 0.06 ";
    Run run = run_cli(base + input.arg());
    check_ok(run);
    CHECK(first_step_code(run) == "PUBLISH_ON_TIME");
    for (const char* option : {"--lock 1.1", "--lock PUBLISH_ON_TIME,5.3", "--lock=1.1", "--weight 1.1=2",
                               "--weight PUBLISH_ON_TIME=4", "--ceiling 1.1=0.5", "--ceiling=1.1=0"}) {
        INFO(option);
        run = run_cli(base + option + " " + input.arg());
        check_ok(run);
        CHECK(first_step_code(run) == "DOSSIER_SYNC");
    }
    run = run_cli(base + "--lock 1.1 --lock 1.4 " + input.arg());
    check_ok(run);
    const json plan = json::parse(run.out);
    CHECK(plan.at("reachable") == false);
    CHECK(plan.at("steps").empty());
    CHECK(plan.at("locked").at(0) == json{{"code", "PUBLISH_ON_TIME"}, {"reason", "user"}});
}

TEST_CASE("cli plan: a batch in gives a batch out, in order", "[cli][plan]") {
    const TempFile array("[" + kHalfOnTime + ", " + kTwoAtZero + "]");
    Run run = run_cli("plan --format json --target 15 " + array.arg());
    check_ok(run);
    json plans = json::parse(run.out);
    REQUIRE(plans.is_array());
    REQUIRE(plans.size() == 2);
    CHECK(plans[0].at("unit") == "Xã A");
    CHECK(plans[0].at("reachable") == true);
    CHECK(plans[1].at("reachable") == false);  // 1.1 and 1.4 at best: 12.00 < 15

    const TempFile lines(kHalfOnTime + "\n" + kTwoAtZero + "\n", ".jsonl");
    run = run_cli("plan --format json --target 15 " + lines.arg());
    check_ok(run);
    const std::vector<std::string> out = lines_of(run.out);
    REQUIRE(out.size() == 2);
    CHECK(json::parse(out[0]).at("total_after") == 15);
    CHECK(json::parse(out[1]).at("total_after") == 12);

    run = run_cli("plan --target 15 " + array.arg());
    check_ok(run);
    CHECK_THAT(run.out, Catch::Contains(std::string(72, '=')));

    // Several files: one array, files in order.
    const TempFile single(kTwoAtZero);
    run = run_cli("plan --format json --target 0.06 " + single.arg() + " " + array.arg());
    check_ok(run);
    plans = json::parse(run.out);
    REQUIRE(plans.size() == 3);
    CHECK(plans[2].at("steps").at(0).at("code") == "PUBLISH_ON_TIME");
}

TEST_CASE("cli plan: an imported commune is never advised its province's figures", "[cli][plan]") {
    const TempFile input(R"({"unit": "Xã B", "level": "COMMUNE", "values": {
        "PUBLISH_ON_TIME": {"numerator": 30, "denominator": 47, "inherited": true},
        "PUBLIC_UPDATE_ON_TIME": {"numerator": 20, "denominator": 40, "inherited": true},
        "PUBLIC_CONTENT_FULL": {"numerator": 5, "denominator": 10, "inherited": true},
        "ONLINE_PROVISION": {"numerator": 0, "denominator": 0},
        "ON_TIME": {"numerator": 1300, "denominator": 1404},
        "HAS_ONLINE": {"numerator": 300, "denominator": 700}}})");
    const Run run = run_cli("plan --format json --target 100 " + input.arg());
    check_ok(run);
    const json plan = json::parse(run.out);
    for (const json& step : plan.at("steps"))
        for (const char* code : {"PUBLISH_ON_TIME", "PUBLIC_UPDATE_ON_TIME", "PUBLIC_CONTENT_FULL", "ONLINE_PROVISION"})
            CHECK(step.at("code") != code);
    CHECK(plan.at("steps").size() == 2);  // 2.1 and 3.2, as far as they go
    CHECK(plan.at("locked").at(0) == json{{"code", "PUBLISH_ON_TIME"}, {"reason", "inherited"}});
    const Run table = run_cli("plan --target 100 " + input.arg());
    CHECK_THAT(table.out, Catch::Contains("1.1, 1.2, 1.3 (do tỉnh quyết định)"));
    CHECK_THAT(table.out, Catch::Contains("3.1 (mẫu số 0)"));
}

TEST_CASE("cli plan: usage errors exit 2, input errors 1, nothing on standard output", "[cli][plan]") {
    const TempFile input(kHalfOnTime);
    for (const char* args : {"--target abc", "--target 101", "--target -1", "--lock 9.9", "--lock NO_SUCH",
                             "--weight 1.1=0", "--weight 1.1=-2", "--weight 1.1", "--weight 1.1=x", "--ceiling 1.1=120",
                             "--ceiling 9.9=50", "--format csv", "--format table --frobnicate"}) {
        INFO(args);
        check_usage_error(run_cli(std::string("plan ") + args + " " + input.arg()));
    }
    check_usage_error(run_cli("plan " + input.arg() + " --target"));
    check_usage_error(run_cli("score --target tot " + input.arg()));
    check_usage_error(run_cli("template --lock 1.1"));
    check_input_error(run_cli("plan " + quoted(data("invalid-unknown-code.json"))), {"PAY_DOSIERS"});
    const TempFile broken(R"({"values": {"ON_TIME": {"numerator": 60, "denominator": 50}}})");
    check_input_error(run_cli("plan " + broken.arg()), {"$.values.ON_TIME.numerator", "lớn hơn mẫu số"});
}

TEST_CASE("cli report: each unit's page shows current → target with the steps", "[cli][plan]") {
    const TempFile input(kHalfOnTime);
    Run run = run_cli("report --target 15 " + input.arg());
    check_ok(run);
    CHECK_THAT(run.out, Catch::Contains("<h2>Kế hoạch: 15.00 điểm</h2>"));
    CHECK_THAT(run.out, Catch::Contains("Để đạt 15.00 điểm: 1 bước, nỗ lực 24.98 điểm phần trăm."));
    CHECK_THAT(run.out, Catch::Contains("<table class=\"steps\">"));
    // Figures with narrow no-break spaces between thousands, as the report prints counts.
    CHECK_THAT(run.out, Catch::Contains("5\xE2\x80\xAF" "000 / 10\xE2\x80\xAF" "000 (50.00%)"));
    CHECK_THAT(run.out, Catch::Contains("7\xE2\x80\xAF" "498 / 10\xE2\x80\xAF" "000 (74.98%)"));
    CHECK_THAT(run.out, Catch::Contains("10.00 → 15.00 điểm (+5.00)"));
    CHECK_THAT(run.out, Catch::Contains("Sau kế hoạch: 15.00 điểm — Yếu."));
    check_usage_error(run_cli("report --target nope " + input.arg()));

    run = run_cli("report " + quoted(kExample));
    check_ok(run);
    CHECK_THAT(run.out, Catch::Contains("<h2>Kế hoạch: mức Tốt (từ 80 điểm)</h2>"));
    CHECK_THAT(run.out, Catch::Contains("Mục tiêu: 80.00"));
    CHECK_THAT(run.out, Catch::Contains("<h2>Gợi ý cải thiện</h2>"));  // the ranked list stays
}
