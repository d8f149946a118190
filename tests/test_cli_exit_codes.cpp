// End to end, the exit status (docs/formats.md, "Command line"): 1 for input errors,
// reported on standard error with the file, the line and the JSON path or CSV column and
// nothing on standard output; 2 for usage errors; for every command.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "cli_support.hpp"

using namespace cli_support;

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

TEST_CASE("cli score: bad standard input is reported as <stdin>", "[cli]") {
    check_input_error(run_cli("score -", data("invalid-unknown-code.json")), {"<stdin>", "$.values.PAY_DOSIERS"});
}

TEST_CASE("cli: a missing input file is an input error naming it", "[cli]") {
    const std::string file = data("no-such-file.json");
    check_input_error(run_cli("score " + quoted(file)), {file});
    check_input_error(run_cli("score " + quoted(data("phu-tho-2026.json")) + " " + quoted(file)), {file});
}

TEST_CASE("cli score: CSV errors name the file, the line and the column; nothing is printed", "[cli][csv]") {
    const std::string file = data("invalid-csv.csv");
    check_input_error(run_cli("score " + quoted(file)),
                      {file + ":3: cột \"2.1 Tử số\": tử số (60) lớn hơn mẫu số (50)"});
    check_input_error(run_cli("report " + quoted(file)), {file + ":3:"});
    check_input_error(run_cli("score " + quoted(data("excel-vi.csv")) + " " + quoted(file)), {"invalid-csv.csv:3:"});
}

TEST_CASE("cli report: input errors exit 1 with nothing on standard output", "[cli]") {
    check_input_error(run_cli("report " + quoted(data("phu-tho-2026.json")) + " " + quoted(data("invalid-in-batch.json"))),
                      {"invalid-in-batch.json:3:", "$[1].values.ON_TIME.numerator"});
    check_input_error(run_cli("report " + quoted(data("no-such-file.json"))), {"no-such-file.json"});
    check_input_error(run_cli("report " + quoted(data("empty.json"))), {"empty.json"});
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
    check_input_error(run_cli("template --rubric " + quoted(rubric)), needles);
    check_input_error(run_cli("score --rubric " + quoted(data("no-such-rubric.json")) + " " + quoted(data("phu-tho-2026.json"))),
                      {"no-such-rubric.json"});
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

TEST_CASE("cli usage errors exit 2", "[cli]") {
    SECTION("unknown option") { check_usage_error(run_cli("score --frobnicate " + quoted(data("phu-tho-2026.json")))); }
    SECTION("unknown option before the command") { check_usage_error(run_cli("--frobnicate")); }
    SECTION("unknown command") { check_usage_error(run_cli("grade " + quoted(data("phu-tho-2026.json")))); }
    SECTION("no command") { check_usage_error(run_cli("")); }
    SECTION("bad --format") { check_usage_error(run_cli("score --format xml " + quoted(data("phu-tho-2026.json")))); }
    SECTION("--format without a value") { check_usage_error(run_cli("score --format")); }
    SECTION("--rubric without a file") { check_usage_error(run_cli("score --rubric")); }
}

TEST_CASE("cli template and report usage errors exit 2", "[cli]") {
    SECTION("unknown separator") { check_usage_error(run_cli("template --separator '|'")); }
    SECTION("--separator without a value") { check_usage_error(run_cli("template --separator")); }
    SECTION("template takes no input") { check_usage_error(run_cli("template " + quoted(data("phu-tho-2026.json")))); }
    SECTION("template has no --format") { check_usage_error(run_cli("template --format csv")); }
    SECTION("--separator is for template only") {
        check_usage_error(run_cli("score --separator ';' " + quoted(data("excel-vi.csv"))));
    }
    SECTION("report has no --format") { check_usage_error(run_cli("report --format json " + quoted(data("phu-tho-2026.json")))); }
}
