// End to end, spreadsheets: `dvcscore template` (the CSV header for Excel, any separator,
// another rubric's columns) and the template filled in and scored, as Vietnamese Excel
// saves it.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

using nlohmann::json;
using namespace cli_support;

namespace {

// Cells of the template's single line; labels never hold quotes, so a separator inside
// quotes is the only case to mind.
std::vector<std::string> header_cells(const std::string& out, char separator) {
    REQUIRE(out.compare(0, 3, kBom) == 0);
    REQUIRE(out.size() >= 5);
    REQUIRE(out.compare(out.size() - 2, 2, "\r\n") == 0);
    const std::string line = out.substr(3, out.size() - 5);
    REQUIRE(line.find_first_of("\r\n") == std::string::npos);
    std::vector<std::string> cells(1);
    bool in_quotes = false;
    for (char c : line) {
        if (c == '"') in_quotes = !in_quotes;
        else if (c == separator && !in_quotes) cells.emplace_back();
        else cells.back() += c;
    }
    return cells;
}

void write_file(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    REQUIRE(out.good());
}

}  // namespace

TEST_CASE("cli template: the CSV header for Excel", "[cli][csv]") {
    const Run run = run_cli("template");
    check_ok(run);
    const std::vector<std::string> cells = header_cells(run.out, ',');
    REQUIRE(cells.size() == 47);  // unit, period, 22 rate criteria × 2, 2.2's value
    CHECK(cells[0] == "Đơn vị");
    CHECK(cells[1] == "Kỳ đánh giá");
    CHECK(cells[2] == "1.1 Tử số (TTHC công bố đúng hạn)");
    CHECK(cells[12] == "2.2 Giá trị (ngày)");
    CHECK(cells[46] == "5.4 Mẫu số (hồ sơ tiếp nhận)");
}

TEST_CASE("cli template --separator: semicolon for Vietnamese Excel, tab", "[cli][csv]") {
    const Run semicolon = run_cli("template --separator ';'");
    check_ok(semicolon);
    CHECK(header_cells(semicolon.out, ';').size() == 47);
    CHECK(semicolon.out.find(",\"") == std::string::npos);  // nothing needs quotes with ';'
    const Run tab = run_cli("template --separator=tab");
    check_ok(tab);
    CHECK(header_cells(tab.out, '\t').size() == 47);
    const Run comma = run_cli("template --separator ,");
    check_ok(comma);
    CHECK(comma.out == run_cli("template").out);
}

TEST_CASE("cli template --rubric: another rubric's columns", "[cli][csv]") {
    const Run run = run_cli("template --rubric " + quoted(data("rubric-qd766-mo-ta.json")));
    check_ok(run);
    CHECK(header_cells(run.out, ',').size() == 47);
}

TEST_CASE("cli: the template filled in and scored", "[cli][csv]") {
    const Run blank = run_cli("template --separator ';'");
    check_ok(blank);
    const std::vector<std::string> cells = header_cells(blank.out, ';');
    std::vector<std::string> row(cells.size());
    row[0] = "Xã Chân Mộng";
    row[1] = "2026";
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].rfind("3.4 Tử số", 0) == 0) row[i] = "8";
        if (cells[i].rfind("3.4 Mẫu số", 0) == 0) row[i] = "40";
        if (cells[i].rfind("3.5 Tử số", 0) == 0) row[i] = "18";
        if (cells[i].rfind("3.5 Mẫu số", 0) == 0) row[i] = "40";
        if (cells[i].rfind("3.6 Tử số", 0) == 0) row[i] = "1.437";
        if (cells[i].rfind("3.6 Mẫu số", 0) == 0) row[i] = "1.541";
    }
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) line += (i ? ";" : "") + row[i];
    const fs::path file = temporary(".csv");
    write_file(file, blank.out + line + "\r\n");
    const Run run = run_cli("score " + quoted(file.string()));
    fs::remove(file);
    check_ok(run);
    const json r = json::parse(run.out);
    REQUIRE(r.is_array());  // CSV in: an array out, even for one row
    REQUIRE(r.size() == 1);
    CHECK(r[0].at("unit") == "Xã Chân Mộng");
    CHECK(r[0].at("groups").at(3).at("score").get<double>() == 7.22);  // 0.50 + 1.13 + 5.59
    CHECK(r[0].at("total").get<double>() == 7.22);
}

TEST_CASE("cli score: a CSV saved by Vietnamese Excel", "[cli][csv]") {
    const std::string file = data("excel-vi.csv");
    const Run run = run_cli("score " + quoted(file));
    check_ok(run);
    const json r = json::parse(run.out);
    REQUIRE(r.is_array());
    REQUIRE(r.size() == 3);
    CHECK(r[0].at("unit") == "UBND tỉnh Phú Thọ");
    CHECK(r[0].at("total").get<double>() == 8.56);
    CHECK(r[1].at("unit") == "Xã Chân Mộng; Phú Thọ");
    CHECK(r[1].at("total").get<double>() == 7.22);
    CHECK(r[2].at("unit") == "UBND thành phố Hà Nội");
    CHECK(r[2].at("total").get<double>() == 7.29);

    const Run from_stdin = run_cli("score -", file);
    check_ok(from_stdin);
    CHECK(json::parse(from_stdin.out) == r);

    const Run csv = run_cli("score --format csv " + quoted(file));
    check_ok(csv);
    CHECK(csv.out.find("UBND thành phố Hà Nội,2026,0.00,0.00,0.00,0.00,0.00,7.29,7.29,Yếu\r\n") != std::string::npos);
    const Run table = run_cli("score --format table " + quoted(file));
    check_ok(table);
    CHECK(count(table.out, "TỔNG ĐIỂM") == 3);

    // A CSV and a JSON file: one array, files in order.
    const Run mixed = run_cli("score " + quoted(file) + " " + quoted(data("full-marks.json")));
    check_ok(mixed);
    const json both = json::parse(mixed.out);
    REQUIRE(both.size() == 4);
    CHECK(both[3].at("total").get<double>() == 100);
}
