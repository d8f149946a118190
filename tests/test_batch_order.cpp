// Batches (docs/formats.md): one object, a JSON array, or JSON Lines; input order is kept.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/assessment_file.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::describe;

namespace {

const std::string kBom = "\xEF\xBB\xBF";

std::string one_line(const std::string& unit, double percent) {
    return "{\"format\": \"dvcscore-assessment/1\", \"unit\": \"" + unit + "\", \"values\": {\"ON_TIME\": {\"percent\": " +
           std::to_string(percent) + "}}}";
}

std::vector<std::string> units_of(const AssessmentBatch& batch) {
    std::vector<std::string> units;
    for (const Assessment& a : batch.assessments) units.push_back(a.unit);
    return units;
}

AssessmentBatch accepted(const std::string& text) {
    AssessmentBatch batch = parse_assessments(text, "lo.json", default_rubric());
    INFO("input:\n" << text << "\nerrors:\n" << describe(batch.errors));
    REQUIRE(batch.errors.empty());
    return batch;
}

const std::string kPretty =
    "{\n"
    "  \"format\": \"dvcscore-assessment/1\",\n"
    "  \"unit\": \"Xã A\",\n"
    "  \"values\": {\n"
    "    \"ON_TIME\": {\"percent\": 50}\n"
    "  }\n"
    "}\n";

}  // namespace

TEST_CASE("batch: a single compact object", "[batch]") {
    const AssessmentBatch batch = accepted(one_line("A", 50));
    CHECK(batch.layout == BatchLayout::Single);
    CHECK(units_of(batch) == std::vector<std::string>{"A"});
}

TEST_CASE("batch: a pretty-printed single object is not mistaken for JSON Lines", "[batch]") {
    const AssessmentBatch batch = accepted(kPretty);
    CHECK(batch.layout == BatchLayout::Single);
    CHECK(units_of(batch) == std::vector<std::string>{"Xã A"});
}

TEST_CASE("batch: a JSON array keeps its order", "[batch]") {
    const AssessmentBatch batch = accepted("[" + one_line("C", 30) + ",\n" + one_line("A", 10) + ",\n" + one_line("B", 20) + "]");
    CHECK(batch.layout == BatchLayout::Array);
    CHECK(units_of(batch) == std::vector<std::string>{"C", "A", "B"});
    const std::size_t on_time = test_support::index_of(default_rubric(), "ON_TIME");
    CHECK(batch.assessments[0].entries[on_time]->percent == 30);
    CHECK(batch.assessments[2].entries[on_time]->percent == 20);
}

TEST_CASE("batch: a pretty-printed array", "[batch]") {
    const AssessmentBatch batch = accepted("[\n" + kPretty + ",\n" + kPretty + "]\n");
    CHECK(batch.layout == BatchLayout::Array);
    CHECK(batch.assessments.size() == 2);
}

TEST_CASE("batch: a one-line array is an array, not JSON Lines", "[batch]") {
    const AssessmentBatch batch = accepted("[" + one_line("A", 1) + ", " + one_line("B", 2) + "]\n");
    CHECK(batch.layout == BatchLayout::Array);
    CHECK(units_of(batch) == std::vector<std::string>{"A", "B"});
}

TEST_CASE("batch: JSON Lines keep their order", "[batch]") {
    const AssessmentBatch batch = accepted(one_line("B", 1) + "\n" + one_line("C", 2) + "\n" + one_line("A", 3) + "\n");
    CHECK(batch.layout == BatchLayout::Lines);
    CHECK(units_of(batch) == std::vector<std::string>{"B", "C", "A"});
}

TEST_CASE("batch: JSON Lines without a final newline", "[batch]") {
    const AssessmentBatch batch = accepted(one_line("A", 1) + "\n" + one_line("B", 2));
    CHECK(batch.layout == BatchLayout::Lines);
    CHECK(units_of(batch) == std::vector<std::string>{"A", "B"});
}

TEST_CASE("batch: blank lines in JSON Lines are skipped", "[batch]") {
    const AssessmentBatch batch =
        accepted("\n" + one_line("A", 1) + "\n\n   \n" + one_line("B", 2) + "\n\t\n" + one_line("C", 3) + "\n\n");
    CHECK(batch.layout == BatchLayout::Lines);
    CHECK(units_of(batch) == std::vector<std::string>{"A", "B", "C"});
}

TEST_CASE("batch: JSON Lines with CRLF line ends", "[batch]") {
    const AssessmentBatch batch = accepted(one_line("A", 1) + "\r\n" + one_line("B", 2) + "\r\n");
    CHECK(batch.layout == BatchLayout::Lines);
    CHECK(units_of(batch) == std::vector<std::string>{"A", "B"});
}

TEST_CASE("batch: a UTF-8 byte order mark is accepted in every layout", "[batch]") {
    CHECK(units_of(accepted(kBom + one_line("A", 1))) == std::vector<std::string>{"A"});
    CHECK(units_of(accepted(kBom + kPretty)) == std::vector<std::string>{"Xã A"});
    CHECK(units_of(accepted(kBom + "[" + one_line("A", 1) + "," + one_line("B", 2) + "]")) ==
          std::vector<std::string>{"A", "B"});
    const AssessmentBatch lines = accepted(kBom + one_line("A", 1) + "\n" + one_line("B", 2) + "\n");
    CHECK(lines.layout == BatchLayout::Lines);
    CHECK(units_of(lines) == std::vector<std::string>{"A", "B"});
}

TEST_CASE("batch: JSON Lines errors carry the file's line number", "[batch]") {
    SECTION("a semantic error on line 4, after a blank line") {
        const std::string text = one_line("A", 1) + "\n" + one_line("B", 2) + "\n\n" + one_line("C", 300) + "\n";
        const AssessmentBatch batch = parse_assessments(text, "lo.jsonl", default_rubric());
        INFO(describe(batch.errors));
        CHECK(batch.assessments.empty());
        REQUIRE(batch.errors.size() == 1);
        CHECK(batch.errors[0].source == "lo.jsonl");
        CHECK(batch.errors[0].line == 4);
        CHECK(batch.errors[0].path == "$.values.ON_TIME.percent");
    }
    SECTION("a syntax error on line 3") {
        const std::string text = one_line("A", 1) + "\n" + one_line("B", 2) + "\n{\"unit\": \"C\",, \"values\": {}}\n";
        const AssessmentBatch batch = parse_assessments(text, "lo.jsonl", default_rubric());
        INFO(describe(batch.errors));
        CHECK(batch.assessments.empty());
        REQUIRE(batch.errors.size() == 1);
        CHECK(batch.errors[0].line == 3);
    }
    SECTION("errors on two lines, both reported, with a byte order mark") {
        const std::string text = kBom + one_line("A", 101) + "\n" + one_line("B", 2) + "\n" + one_line("C", -3) + "\n";
        const AssessmentBatch batch = parse_assessments(text, "lo.jsonl", default_rubric());
        INFO(describe(batch.errors));
        CHECK(batch.assessments.empty());
        REQUIRE(batch.errors.size() == 2);
        CHECK(batch.errors[0].line == 1);
        CHECK(batch.errors[1].line == 3);
    }
    SECTION("a line that is not an object") {
        const std::string text = one_line("A", 1) + "\n[1, 2]\n";
        const AssessmentBatch batch = parse_assessments(text, "lo.jsonl", default_rubric());
        INFO(describe(batch.errors));
        CHECK(batch.assessments.empty());
        REQUIRE(batch.errors.size() == 1);
        CHECK(batch.errors[0].line == 2);
    }
}

TEST_CASE("batch: array errors name the item's index", "[batch]") {
    const std::string text = "[\n" + one_line("A", 1) + ",\n" + one_line("B", 200) + "\n]\n";
    const AssessmentBatch batch = parse_assessments(text, "lo.json", default_rubric());
    INFO(describe(batch.errors));
    CHECK(batch.assessments.empty());
    REQUIRE(batch.errors.size() == 1);
    CHECK(batch.errors[0].path == "$[1].values.ON_TIME.percent");
    CHECK(batch.errors[0].line == 3);
}
