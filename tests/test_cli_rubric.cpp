// End to end, rubrics on the command line: `dvcscore rubric` prints one, `--rubric FILE`
// scores, prints and reads back another.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"

using nlohmann::json;
using namespace cli_support;

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
