// End to end: the built dvcscore binary on files in tests/data (docs/formats.md, "Command line").
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

using nlohmann::json;
using namespace cli_support;

namespace {

const std::string kBom = "\xEF\xBB\xBF";

std::vector<std::string> non_empty_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) lines.push_back(line);
    }
    return lines;
}

std::vector<std::string> csv_fields(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    bool quoted_field = false;
    for (char c : line) {
        if (c == '"') quoted_field = !quoted_field;
        else if (c == ',' && !quoted_field) {
            fields.push_back(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.push_back(field);
    return fields;
}

double total_of(const json& result) { return result.at("total").get<double>(); }

}  // namespace

TEST_CASE("cli score: a single assessment gives one JSON object with the portal's totals", "[cli]") {
    const Run run = run_cli("score " + quoted(data("phu-tho-2026.json")));
    check_ok(run);
    const json r = json::parse(run.out);
    REQUIRE(r.is_object());
    CHECK(r.at("rubric") == "qd766");
    CHECK(r.at("unit") == "UBND tỉnh Phú Thọ");
    CHECK(r.at("groups").at(2).at("code") == "CLGQ");
    CHECK(r.at("groups").at(2).at("score").get<double>() == 8.56);
    CHECK(total_of(r) == 8.56);
    CHECK(r.at("rating").at("id") == "yeu");
}

TEST_CASE("cli score: --format json is the default and may be given", "[cli]") {
    const Run implicit = run_cli("score " + quoted(data("chan-mong-2026.json")));
    const Run explicit_json = run_cli("score --format json " + quoted(data("chan-mong-2026.json")));
    const Run equals_form = run_cli("score --format=json " + quoted(data("chan-mong-2026.json")));
    check_ok(implicit);
    check_ok(explicit_json);
    check_ok(equals_form);
    CHECK(total_of(json::parse(implicit.out)) == 7.22);
    CHECK(json::parse(explicit_json.out) == json::parse(implicit.out));
    CHECK(json::parse(equals_form.out) == json::parse(implicit.out));
}

TEST_CASE("cli score: full marks give 100 and xuat_sac", "[cli]") {
    const Run run = run_cli("score " + quoted(data("full-marks.json")));
    check_ok(run);
    const json r = json::parse(run.out);
    CHECK(total_of(r) == 100);
    CHECK(r.at("rating").at("id") == "xuat_sac");
    CHECK(r.at("rating").at("label") == "Xuất sắc");
    CHECK(r.at("missing").empty());
}

TEST_CASE("cli score: an array in gives an array out, in order", "[cli]") {
    const Run run = run_cli("score " + quoted(data("batch-2026.json")));
    check_ok(run);
    const json r = json::parse(run.out);
    REQUIRE(r.is_array());
    REQUIRE(r.size() == 3);
    CHECK(r[0].at("unit") == "UBND tỉnh Phú Thọ");
    CHECK(total_of(r[0]) == 8.56);
    CHECK(r[1].at("unit") == "Xã Chân Mộng");
    CHECK(total_of(r[1]) == 7.22);
    CHECK(r[2].at("unit") == "UBND thành phố Hà Nội");
    CHECK(total_of(r[2]) == 7.29);
}

TEST_CASE("cli score: JSON Lines in gives JSON Lines out, in order", "[cli]") {
    const Run run = run_cli("score " + quoted(data("batch-2026.jsonl")));
    check_ok(run);
    const std::vector<std::string> lines = non_empty_lines(run.out);
    REQUIRE(lines.size() == 3);
    const std::vector<std::string> units = {"UBND thành phố Hà Nội", "UBND tỉnh Phú Thọ", "Xã Chân Mộng"};
    const std::vector<double> totals = {7.29, 8.56, 7.22};
    for (std::size_t i = 0; i < 3; ++i) {
        INFO("line " << i + 1 << ": " << lines[i]);
        const json r = json::parse(lines[i]);
        REQUIRE(r.is_object());
        CHECK(r.at("unit") == units[i]);
        CHECK(total_of(r) == totals[i]);
    }
}

TEST_CASE("cli score: several files give one array, files in order", "[cli]") {
    const Run run = run_cli("score " + quoted(data("phu-tho-2026.json")) + " " + quoted(data("batch-2026.json")) + " " +
                            quoted(data("chan-mong-2026.json")));
    check_ok(run);
    const json r = json::parse(run.out);
    REQUIRE(r.is_array());
    REQUIRE(r.size() == 5);
    const std::vector<double> totals = {8.56, 8.56, 7.22, 7.29, 7.22};
    for (std::size_t i = 0; i < totals.size(); ++i) {
        INFO("item " << i);
        CHECK(total_of(r[i]) == totals[i]);
    }
    CHECK(r[0].at("unit") == "UBND tỉnh Phú Thọ");
    CHECK(r[4].at("unit") == "Xã Chân Mộng");
}

TEST_CASE("cli score: standard input with '-' and with no file at all", "[cli]") {
    const Run dash = run_cli("score -", data("chan-mong-2026.json"));
    const Run none = run_cli("score", data("chan-mong-2026.json"));
    check_ok(dash);
    check_ok(none);
    CHECK(total_of(json::parse(dash.out)) == 7.22);
    CHECK(total_of(json::parse(none.out)) == 7.22);
    const Run lines = run_cli("score -", data("batch-2026.jsonl"));
    check_ok(lines);
    CHECK(non_empty_lines(lines.out).size() == 3);
}

TEST_CASE("cli score: bad standard input is reported as <stdin>", "[cli]") {
    check_input_error(run_cli("score -", data("invalid-unknown-code.json")), {"<stdin>", "$.values.PAY_DOSIERS"});
}

TEST_CASE("cli score --format table: the Vietnamese report", "[cli]") {
    const Run run = run_cli("score --format table " + quoted(data("phu-tho-2026.json")));
    check_ok(run);
    for (const char* label : {"TỔNG ĐIỂM", "Xếp loại", "Gợi ý cải thiện", "UBND tỉnh Phú Thọ", "8.56", "Yếu"}) {
        INFO(label);
        CHECK_THAT(run.out, Catch::Contains(label));
    }
}

TEST_CASE("cli score --format csv: byte order mark, header, one row per assessment", "[cli]") {
    const Run run = run_cli("score --format csv " + quoted(data("batch-2026.json")));
    check_ok(run);
    REQUIRE(run.out.size() > 3);
    CHECK(run.out.compare(0, 3, kBom) == 0);
    const std::vector<std::string> lines = non_empty_lines(run.out.substr(3));
    REQUIRE(lines.size() == 4);  // header + 3
    // unit, period, CKMB, TDGQ, CLGQ, TTTT, MDSH, MDHL, total, rating
    const std::vector<std::string> header = csv_fields(lines[0]);
    CHECK(header.size() == 10);
    const std::vector<std::string> units = {"UBND tỉnh Phú Thọ", "Xã Chân Mộng", "UBND thành phố Hà Nội"};
    const std::vector<std::size_t> group_column = {4, 5, 7};  // CLGQ, TTTT, MDHL
    const std::vector<double> totals = {8.56, 7.22, 7.29};
    for (std::size_t i = 0; i < 3; ++i) {
        const std::vector<std::string> row = csv_fields(lines[i + 1]);
        INFO("row " << lines[i + 1]);
        REQUIRE(row.size() == 10);
        CHECK(row[0] == units[i]);
        CHECK(row[1] == "2026");
        CHECK(std::stod(row[group_column[i]]) == totals[i]);
        CHECK(std::stod(row[8]) == totals[i]);
        CHECK((row[9] == "Yếu" || row[9] == "yeu"));
    }
}

TEST_CASE("cli score --format csv on JSON Lines and several files: still one header", "[cli]") {
    const Run run = run_cli("score --format csv " + quoted(data("batch-2026.jsonl")) + " " + quoted(data("full-marks.json")));
    check_ok(run);
    CHECK(run.out.compare(0, 3, kBom) == 0);
    const std::vector<std::string> lines = non_empty_lines(run.out.substr(3));
    REQUIRE(lines.size() == 5);
    CHECK(std::stod(csv_fields(lines[4])[8]) == 100);
}

TEST_CASE("cli rubric: prints every criterion of the built-in rubric", "[cli]") {
    const Run run = run_cli("rubric");
    check_ok(run);
    CHECK_THAT(run.out, Catch::Contains("qd766"));
    for (const char* code : {"PUBLISH_ON_TIME", "ON_TIME", "AVG_DAYS", "ONLINE_PROVISION", "PAY_DOSSIERS",
                             "SO_HOA_GIAY_TO_GIAI_QUYET", "ELECTRONIC_CERTIFIED_COPY", "PETITION_CLASSIFICATION",
                             "DOSSIER_RECEIVING_SATISFACTION", "CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL"}) {
        INFO(code);
        CHECK_THAT(run.out, Catch::Contains(code));
    }
}

TEST_CASE("cli rubric --format json: the --rubric file as it was read, from a file or standard input", "[cli]") {
    const std::string rubric = data("rubric-qd766-mo-ta.json");
    const std::string text = slurp(rubric);
    const Run from_file = run_cli("rubric --format json --rubric " + quoted(rubric));
    check_ok(from_file);
    CHECK(from_file.out == text);
    // Standard input can be read once: what was checked is what is printed.
    const Run from_stdin = run_cli("rubric --format json --rubric -", rubric);
    check_ok(from_stdin);
    CHECK(from_stdin.out == text);
}

TEST_CASE("cli --help and --version", "[cli]") {
    const Run help = run_cli("--help");
    check_ok(help);
    CHECK_THAT(help.out, Catch::Contains("score"));
    CHECK_THAT(help.out, Catch::Contains("rubric"));
    CHECK_THAT(help.out, Catch::Contains("--format"));
    const Run version = run_cli("--version");
    check_ok(version);
    CHECK_THAT(version.out, Catch::Contains("dvcscore"));
    CHECK(version.out.find_first_of("0123456789") != std::string::npos);
}

TEST_CASE("cli input errors: exit 1, file and JSON path on stderr, nothing on stdout", "[cli]") {
    SECTION("unknown criterion code, with its line") {
        const std::string file = data("invalid-unknown-code.json");
        check_input_error(run_cli("score " + quoted(file)), {file + ":7:", "$.values.PAY_DOSIERS"});
    }
    SECTION("one bad assessment in an array") {
        const std::string file = data("invalid-in-batch.json");
        check_input_error(run_cli("score " + quoted(file)), {file + ":3:", "$[1].values.ON_TIME.numerator"});
    }
    SECTION("a good file followed by a bad one: no partial output") {
        check_input_error(run_cli("score " + quoted(data("phu-tho-2026.json")) + " " + quoted(data("invalid-unknown-code.json"))),
                          {"invalid-unknown-code.json", "$.values.PAY_DOSIERS"});
    }
    SECTION("no partial output in table and csv either") {
        check_input_error(run_cli("score --format csv " + quoted(data("chan-mong-2026.json")) + " " + quoted(data("invalid-in-batch.json"))),
                          {"invalid-in-batch.json"});
        check_input_error(run_cli("score --format table " + quoted(data("invalid-in-batch.json"))), {"invalid-in-batch.json"});
    }
    SECTION("broken JSON syntax") {
        const std::string file = data("invalid-syntax.json");
        check_input_error(run_cli("score " + quoted(file)), {file + ":4"});
    }
    SECTION("an empty file") {
        check_input_error(run_cli("score " + quoted(data("empty.json"))), {"empty.json"});
    }
    SECTION("errors in two files are both reported") {
        const Run run = run_cli("score " + quoted(data("invalid-unknown-code.json")) + " " + quoted(data("invalid-in-batch.json")));
        check_input_error(run, {"invalid-unknown-code.json", "invalid-in-batch.json"});
    }
}

TEST_CASE("cli: a missing input file is an input error naming it", "[cli]") {
    const std::string file = data("no-such-file.json");
    check_input_error(run_cli("score " + quoted(file)), {file});
    check_input_error(run_cli("score " + quoted(data("phu-tho-2026.json")) + " " + quoted(file)), {file});
}

TEST_CASE("cli usage errors exit 2", "[cli]") {
    SECTION("unknown option") { check_usage_error(run_cli("score --frobnicate " + quoted(data("phu-tho-2026.json")))); }
    SECTION("unknown option before the command") { check_usage_error(run_cli("--frobnicate")); }
    SECTION("unknown command") { check_usage_error(run_cli("grade " + quoted(data("phu-tho-2026.json")))); }
    SECTION("no command") { check_usage_error(run_cli("")); }
    SECTION("bad --format") { check_usage_error(run_cli("score --format xml " + quoted(data("phu-tho-2026.json")))); }
    SECTION("--format without a value") { check_usage_error(run_cli("score --format")); }
    SECTION("--rubric without a file") { check_usage_error(run_cli("score --rubric")); }
}

TEST_CASE("cli --rubric: an alternative rubric file scores by its own rules", "[cli]") {
    // The variant caps 4.2 at 80 % (the operator's description): 40 % gives 4 × 40 / 80 = 2,
    // where QĐ 766 as scored by the portal gives 4 × 40 / 100 = 1.60.
    const std::string rubric = data("rubric-qd766-mo-ta.json");
    const Run run = run_cli("score --rubric " + quoted(rubric) + " " + quoted(data("assessment-mo-ta.json")));
    check_ok(run);
    const json r = json::parse(run.out);
    CHECK(r.at("rubric") == "qd766-mo-ta");
    CHECK(total_of(r) == 2);
    CHECK(r.at("groups").at(4).at("score").get<double>() == 2);

    const Run printed = run_cli("rubric --rubric " + quoted(rubric));
    check_ok(printed);
    CHECK_THAT(printed.out, Catch::Contains("qd766-mo-ta"));
}

TEST_CASE("cli --rubric: an assessment for another rubric is refused", "[cli]") {
    const std::string file = data("assessment-mo-ta.json");
    check_input_error(run_cli("score " + quoted(file)), {file, "$.rubric"});
    check_input_error(run_cli("score --rubric " + quoted(data("rubric-qd766-mo-ta.json")) + " " + quoted(data("phu-tho-2026.json"))),
                      {"phu-tho-2026.json", "$.rubric"});
}

TEST_CASE("cli --rubric: a broken rubric is exit 1 naming the file and the path", "[cli]") {
    const std::string rubric = data("rubric-broken.json");
    const std::vector<std::string> needles = {rubric + ":54:", "$.groups[2].criteria[2].threshold"};
    check_input_error(run_cli("score --rubric " + quoted(rubric) + " " + quoted(data("phu-tho-2026.json"))), needles);
    check_input_error(run_cli("rubric --rubric " + quoted(rubric)), needles);
    check_input_error(run_cli("score --rubric " + quoted(data("no-such-rubric.json")) + " " + quoted(data("phu-tho-2026.json"))),
                      {"no-such-rubric.json"});
}

TEST_CASE("cli score: each group's rate rule — the portal's published figures in json, csv and table", "[cli]") {
    // tests/data/rate-rules-2026.json (worked out in test_rate_rules.cpp): Quảng Trị 4.5
    // 295/1269 → 0.46 (MDSH, unrounded); Thanh Hóa 5.3 278/674 → 2.47 (MDHL, unrounded);
    // Thái Nguyên 1.1 1/57 → 0.10 and Chân Mộng 3.6 1437/1541 → 5.59 (shown percent);
    // 23.2466 % typed into 4.6 → 0.46 (as typed) and into 1.3 → 0.47 (23.25 first).
    const std::string file = data("rate-rules-2026.json");
    const Run run = run_cli("score " + quoted(file));
    check_ok(run);
    const json r = json::parse(run.out);
    REQUIRE(r.size() == 5);
    const auto criterion = [&](std::size_t unit, std::size_t group, std::size_t index) {
        return r.at(unit).at("groups").at(group).at("criteria").at(index);
    };
    CHECK(criterion(0, 4, 4).at("code") == "CITIZEN_DATA_CONNECTED_FORMALITY");
    CHECK(criterion(0, 4, 4).at("percent").get<double>() == 23.25);
    CHECK(criterion(0, 4, 4).at("points").get<double>() == 0.46);
    CHECK(criterion(1, 5, 2).at("code") == "PETITION_HANDLING_SATISFACTION");
    CHECK(criterion(1, 5, 2).at("percent").get<double>() == 41.25);
    CHECK(criterion(1, 5, 2).at("points").get<double>() == 2.47);
    CHECK(criterion(2, 0, 0).at("percent").get<double>() == 1.75);
    CHECK(criterion(2, 0, 0).at("points").get<double>() == 0.10);
    CHECK(criterion(4, 4, 5).at("percent").get<double>() == 23.25);
    CHECK(criterion(4, 4, 5).at("points").get<double>() == 0.46);
    CHECK(criterion(4, 0, 2).at("points").get<double>() == 0.47);
    const std::vector<double> totals = {0.46, 2.47, 0.10, 5.59, 0.93};
    for (std::size_t i = 0; i < totals.size(); ++i) CHECK(total_of(r.at(i)) == totals[i]);

    const Run csv = run_cli("score --format csv " + quoted(file));
    check_ok(csv);
    const std::vector<std::string> lines = non_empty_lines(csv.out.substr(3));
    REQUIRE(lines.size() == 6);
    // unit, period, CKMB, TDGQ, CLGQ, TTTT, MDSH, MDHL, total, rating
    CHECK(lines[1] == "UBND tỉnh Quảng Trị,2026,0.00,0.00,0.00,0.00,0.46,0.00,0.46,Yếu");
    CHECK(lines[2] == "UBND tỉnh Thanh Hóa,2026,0.00,0.00,0.00,0.00,0.00,2.47,2.47,Yếu");
    CHECK(lines[3] == "UBND tỉnh Thái Nguyên,2026,0.10,0.00,0.00,0.00,0.00,0.00,0.10,Yếu");
    CHECK(lines[4] == "Xã Chân Mộng,2026,0.00,0.00,0.00,5.59,0.00,0.00,5.59,Yếu");
    CHECK(lines[5] == "Tỷ lệ nhập tay,2026,0.47,0.00,0.00,0.00,0.46,0.00,0.93,Yếu");

    const Run table = run_cli("score --format table " + quoted(file));
    check_ok(table);
    CHECK_THAT(table.out, Catch::Contains("295/1269 = 23.25%"));
    CHECK_THAT(table.out, Catch::Contains("278/674 = 41.25%"));
    CHECK_THAT(table.out, Catch::Contains("0.46 / 2"));
    CHECK_THAT(table.out, Catch::Contains("2.47 / 6"));
    CHECK_THAT(table.out, Catch::Contains("Điểm của nhóm MDSH, MDHL tính từ tỷ lệ chưa làm tròn"));
}

TEST_CASE("cli rubric: each group's rate rule, in text and in json", "[cli]") {
    const Run text = run_cli("rubric");
    check_ok(text);
    const std::vector<std::string> lines = non_empty_lines(text.out);
    for (const char* code : {"CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL"}) {
        INFO(code);
        std::size_t at = 0;
        while (at < lines.size() && lines[at].rfind(std::string(code) + "  ", 0) != 0) ++at;
        REQUIRE(at + 1 < lines.size());
        const bool unrounded = std::string(code) == "MDSH" || std::string(code) == "MDHL";
        CHECK_THAT(lines[at + 1], Catch::Contains(unrounded ? "(unrounded)" : "(shown_percent)"));
        CHECK_THAT(lines[at + 1], Catch::Contains(unrounded ? "chưa làm tròn" : "đã làm tròn 2 chữ số thập phân"));
    }
    const Run printed = run_cli("rubric --format json");
    check_ok(printed);
    const json rubric = json::parse(printed.out);
    std::vector<std::string> rates;
    for (const json& g : rubric.at("groups")) rates.push_back(g.at("rate").get<std::string>());
    CHECK(rates == std::vector<std::string>{"shown_percent", "shown_percent", "shown_percent", "shown_percent",
                                            "unrounded", "unrounded"});
}

TEST_CASE("cli --rubric: a wrong rate rule is exit 1 naming the file, the line and the JSON path", "[cli]") {
    std::string text = slurp(std::string(DVCSCORE_ASSETS) + "/rubrics/qd766.json");
    const std::size_t at = text.find("\"rate\": \"unrounded\"");  // MDSH, the fifth group
    REQUIRE(at != std::string::npos);
    text.replace(at, 19, "\"rate\": \"unround\"");
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    const fs::path file = temporary(".json");
    std::ofstream(file, std::ios::binary) << text;
    check_input_error(run_cli("score --rubric " + quoted(file.string()) + " " + quoted(data("phu-tho-2026.json"))),
                      {file.string() + ":" + std::to_string(line) + ":", "$.groups[4].rate", "unround"});
    fs::remove(file);
}
