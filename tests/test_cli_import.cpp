// End to end: dvcscore import and dvcscore reconcile on the portal samples — outputs,
// warnings on standard error, exit statuses 0, 1, 2 and 3.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

using nlohmann::json;
using namespace cli_support;

namespace {

std::string portal(const std::string& name) { return data("portal/" + name); }

const std::string kHar = portal("dashboard-2026.har");

// A file in the temporary directory holding `text`, removed when the test ends.
struct TempFile {
    fs::path path;
    explicit TempFile(const std::string& text, const std::string& suffix = ".json") : path(temporary(suffix)) {
        std::ofstream(path, std::ios::binary) << text;
    }
    ~TempFile() { fs::remove(path); }
    std::string arg() const { return quoted(path.string()); }
};

// Thái Nguyên's CKMB detail page disagreeing with the headline by a cent (see
// test_portal_reconcile.cpp for the arithmetic).
const std::string kThaiNguyenDetail = R"({"code": "OK", "data": {"overview": {
    "departmentId": "019d2be3-6a88-732b-8b25-68dfdcdcff0e", "departmentName": "UBND tỉnh Thái Nguyên",
    "totalScore": 8.11,
    "metrics": [
      {"code": "PUBLISH_ON_TIME", "numerator": 1, "denominator": 57},
      {"code": "PUBLIC_UPDATE_ON_TIME", "numerator": 0, "denominator": 40},
      {"code": "PUBLIC_CONTENT_FULL", "numerator": 40, "denominator": 40},
      {"code": "DOSSIER_SYNC", "numerator": 1000, "denominator": 1000}]}}})";

}  // namespace

TEST_CASE("cli import: a HAR gives one JSON array of assessments with the period and the published scores",
          "[cli-import]") {
    const Run run = run_cli("import " + quoted(kHar));
    INFO(describe(run));
    CHECK(run.status == 0);
    // The one warning: provide-online-tree was asked for one procedure only.
    CHECK_THAT(run.err, Catch::StartsWith("cảnh báo: " + kHar + ":312: $.log.entries[5].request.postData.text:"));
    const json list = json::parse(run.out);
    REQUIRE(list.is_array());
    REQUIRE(list.size() == 11);
    const json& an_binh = list.at(3);
    CHECK(an_binh.at("format") == "dvcscore-assessment/1");
    CHECK(an_binh.at("unit") == "UBND phường An Bình");
    CHECK(an_binh.at("period") == "2026");
    CHECK(an_binh.at("level") == "COMMUNE");
    CHECK(an_binh.at("values").at("PUBLISH_ON_TIME") == json({{"numerator", 1}, {"denominator", 47}, {"inherited", true}}));
    CHECK(an_binh.at("published").at("details").at("CKMB") == json({{"score", 11.79}, {"source", "transparency"}}));
    const json& thai_nguyen = list.at(1);
    CHECK(thai_nguyen.at("unit_code") == "H55");
    CHECK(thai_nguyen.at("published").at("groups").at("CKMB") == 8.1);
    CHECK(thai_nguyen.at("published").at("total") == 63.97);
}

TEST_CASE("cli import: jsonl gives a line per unit that score reads back", "[cli-import]") {
    const Run run = run_cli("import --format jsonl " + quoted(portal("dvc-progress-tree_quarter_all_PhuTho.json")));
    check_ok(run);
    TempFile lines(run.out, ".jsonl");
    const Run scored = run_cli("score " + lines.arg());
    check_ok(scored);
    std::istringstream in(scored.out);
    std::vector<json> results;
    for (std::string line; std::getline(in, line);) results.push_back(json::parse(line));
    REQUIRE(results.size() == 4);
    // TDGQ 17.35, 19.38, 0, 17.44 (403016/464494, 156/161, 0/0, 5830/6684).
    CHECK(results[0].at("groups").at(1).at("score") == 17.35);
    CHECK(results[1].at("groups").at(1).at("score") == 19.38);
    CHECK(results[2].at("groups").at(1).at("score") == 0);
    CHECK(results[3].at("groups").at(1).at("score") == 17.44);
}

TEST_CASE("cli import: csv is the template's layout and reads back to the same scores", "[cli-import]") {
    const Run run = run_cli("import --format csv --separator ';' " + quoted(kHar));
    INFO(describe(run));
    REQUIRE(run.status == 0);
    CHECK(run.out.rfind("\xEF\xBB\xBF\xC4\x90\xC6\xA1n v\xE1\xBB\x8B;K\xE1\xBB\xB3 \xC4\x91\xC3\xA1nh gi\xC3\xA1;", 0) == 0);
    CHECK(run.out.find("4.7 Tỷ lệ %") != std::string::npos);  // 4.7 came as a percent
    TempFile csv(run.out, ".csv");
    const Run from_csv = run_cli("score --format csv " + csv.arg());
    const Run from_har = run_cli("score --format csv " + quoted(kHar));
    check_ok(from_csv);
    // score does not read portal data: the HAR goes through import's JSON instead.
    const Run imported = run_cli("import " + quoted(kHar));
    TempFile assessments(imported.out);
    const Run from_json = run_cli("score --format csv " + assessments.arg());
    check_ok(from_json);
    CHECK(from_csv.out == from_json.out);
    CHECK(from_csv.out.find("UBND xã Chân Mộng,2026,0.00,0.00,0.00,7.22,0.00,0.00,7.22,Yếu") != std::string::npos);
    CHECK(from_har.status == 1);
}

TEST_CASE("cli import: bad input exits 1 naming file and place, with nothing on standard output", "[cli-import]") {
    check_input_error(run_cli("import " + quoted(portal("dashboard-mixed-periods.har"))),
                      {"dashboard-mixed-periods.har:541: $.log.entries[9].request.postData.text", "Quý III/2026"});
    TempFile envelope(R"({"code":"UNAUTHORIZED","message":"Phiên đã hết hạn","data":null})");
    check_input_error(run_cli("import " + envelope.arg()), {":1: $.code:", "UNAUTHORIZED", "Phiên đã hết hạn"});
    // One bad file among good ones: nothing is imported.
    check_input_error(run_cli("import " + quoted(kHar) + " " + envelope.arg()), {"UNAUTHORIZED"});
    check_input_error(run_cli("import " + quoted(data("phu-tho-2026.json"))), {"dùng lệnh score"});
    check_input_error(run_cli("import " + quoted(portal("khong-co.json"))), {"khong-co.json: không mở được tệp"});
}

TEST_CASE("cli import: usage errors exit 2", "[cli-import]") {
    check_usage_error(run_cli("import --format table " + quoted(kHar)));
    check_usage_error(run_cli("import --separator ';' " + quoted(kHar)));  // only with --format csv
    check_usage_error(run_cli("import --format csv --separator '|' " + quoted(kHar)));
    check_usage_error(run_cli("reconcile --format csv " + quoted(kHar)));
    check_usage_error(run_cli("reconcile --separator ';' " + quoted(kHar)));
}

TEST_CASE("cli reconcile: exit 0 when every published score is reproduced, the table listing them", "[cli-import]") {
    const Run run = run_cli("reconcile " + quoted(kHar));
    INFO(describe(run));
    CHECK(run.status == 0);
    CHECK(run.out.find("KHÁC") == std::string::npos);
    CHECK(run.out.find("KHỚP: 8") != std::string::npos);
    CHECK(run.out.find("KHÔNG KIỂM ĐƯỢC (thiếu số liệu trong các tệp): 16") != std::string::npos);
    CHECK(run.out.find("8 điểm khớp đến từng phần trăm điểm, 0 khác, 16 không kiểm được.") != std::string::npos);

    const Run as_json = run_cli("reconcile --format json " + quoted(portal("dvc-progress-tree_quarter_all_PhuTho.json")));
    check_ok(as_json);
    const json rows = json::parse(as_json.out);
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) == json({{"unit", "UBND tỉnh Phú Thọ"},
                              {"unit_code", "H44"},
                              {"period", ""},
                              {"group", "TDGQ"},
                              {"source", "dvc-progress-tree"},
                              {"published", 17.35},
                              {"computed", 17.35},
                              {"difference", 0},
                              {"status", "match"}}));
}

TEST_CASE("cli reconcile: exit 3 when a published score differs, listed first", "[cli-import]") {
    TempFile detail(kThaiNguyenDetail);
    const Run run = run_cli("reconcile " + quoted(portal("service-results_year_national.json")) + " " + detail.arg());
    INFO(describe(run));
    CHECK(run.status == 3);
    CHECK(run.err.empty());
    const std::size_t differs = run.out.find("KHÁC: 1");
    const std::size_t matches = run.out.find("KHỚP: 1");
    REQUIRE(differs != std::string::npos);
    REQUIRE(matches != std::string::npos);
    CHECK(differs < matches);
    // Published 8.11, recomputed 8.10, 0.01 under.
    const std::size_t line_at = run.out.find("UBND tỉnh Thái Nguyên  H55  CKMB   transparency ");
    REQUIRE(line_at != std::string::npos);
    const std::string line = run.out.substr(line_at, run.out.find('\n', line_at) - line_at);
    CHECK_THAT(line, Catch::Matches(".*transparency +8\\.11 +8\\.10 +-0\\.01"));

    const Run as_json = run_cli("reconcile --format json " + quoted(portal("service-results_year_national.json")) + " " +
                                detail.arg());
    CHECK(as_json.status == 3);
    const json rows = json::parse(as_json.out);
    CHECK(rows.at(0).at("status") == "differs");
    CHECK(rows.at(0).at("published") == 8.11);
    CHECK(rows.at(0).at("computed") == 8.1);
}

TEST_CASE("cli reconcile: figures that cannot be checked do not make a difference", "[cli-import]") {
    const Run run = run_cli("reconcile " + quoted(portal("service-results_year_national.json")));
    INFO(describe(run));
    CHECK(run.status == 0);
    CHECK(run.out.find("0 điểm khớp đến từng phần trăm điểm, 0 khác, 14 không kiểm được.") != std::string::npos);
}

TEST_CASE("cli reconcile: import's output reconciles as the captured files do", "[cli-import]") {
    const Run imported = run_cli("import " + quoted(kHar));
    REQUIRE(imported.status == 0);
    TempFile assessments(imported.out);
    const Run from_capture = run_cli("reconcile --format json " + quoted(kHar));
    const Run from_import = run_cli("reconcile --format json " + assessments.arg());
    check_ok(from_import);
    CHECK(json::parse(from_import.out) == json::parse(from_capture.out));
}

TEST_CASE("cli reconcile: input errors exit 1", "[cli-import]") {
    check_input_error(run_cli("reconcile " + quoted(portal("dashboard-mixed-periods.har"))), {"Quý III/2026"});
    check_input_error(run_cli("reconcile " + quoted(data("invalid-syntax.json"))), {"invalid-syntax.json"});
}
