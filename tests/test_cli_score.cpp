// End to end, `dvcscore score`: batch in, batch out, order kept — one object, an array, JSON
// Lines, several files, standard input — as JSON, the Vietnamese table and CSV.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

using nlohmann::json;
using namespace cli_support;

namespace {

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
        CHECK(row[9] == "Yếu");  // the rating as the portal names it, not its id
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
