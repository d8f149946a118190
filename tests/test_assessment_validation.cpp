// parse_assessments refuses what docs/formats.md calls an error, naming source, JSON path and
// line, and returns no assessment at all when anything is wrong.
#include <catch2/catch.hpp>

#include <string>

#include "core/assessment_file.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::describe;
using test_support::find_error;
using test_support::replaced;

namespace {

const char* const kSource = "don-vi.json";

// A valid assessment; line numbers in the tests refer to this layout.
const std::string kDoc =
    "{\n"                                                          // 1
    "  \"format\": \"dvcscore-assessment/1\",\n"                   // 2
    "  \"rubric\": \"qd766\",\n"                                   // 3
    "  \"unit\": \"Xã A\",\n"                                      // 4
    "  \"period\": \"2026\",\n"                                    // 5
    "  \"values\": {\n"                                            // 6
    "    \"ON_TIME\": {\"numerator\": 90, \"denominator\": 100},\n"  // 7
    "    \"PAY_DOSSIERS\": {\"percent\": 93.25},\n"                // 8
    "    \"AVG_DAYS\": {\"value\": 4.24}\n"                        // 9
    "  }\n"                                                        // 10
    "}\n";                                                         // 11

AssessmentBatch parse(const std::string& text) { return parse_assessments(text, kSource, default_rubric()); }

// `text` must be refused with an error at `path` on `line`; returns that error.
Diagnostic refused_at(const std::string& text, const std::string& path, int line) {
    const AssessmentBatch batch = parse(text);
    INFO("errors:\n" << describe(batch.errors));
    CHECK(batch.assessments.empty());
    return test_support::error_at(batch.errors, kSource, path, line);
}

// An error about the input as a whole: no path into it (or just the root), a message.
void refused_whole(const std::string& text) {
    const AssessmentBatch batch = parse(text);
    INFO("errors:\n" << describe(batch.errors));
    CHECK(batch.assessments.empty());
    REQUIRE_FALSE(batch.errors.empty());
    CHECK(batch.errors[0].source == kSource);
    CHECK((batch.errors[0].path.empty() || batch.errors[0].path == "$"));
    CHECK_FALSE(batch.errors[0].message.empty());
}

}  // namespace

TEST_CASE("assessment validation: the fixture itself is accepted", "[assessment-validation]") {
    const AssessmentBatch batch = parse(kDoc);
    INFO(describe(batch.errors));
    REQUIRE(batch.errors.empty());
    REQUIRE(batch.assessments.size() == 1);
    const Assessment& a = batch.assessments[0];
    CHECK(a.rubric == "qd766");
    CHECK(a.unit == "Xã A");
    CHECK(a.period == "2026");
    const Rubric& rubric = default_rubric();
    const auto& on_time = a.entries[test_support::index_of(rubric, "ON_TIME")];
    REQUIRE(on_time.has_value());
    CHECK(on_time->kind == EntryKind::Counts);
    CHECK(on_time->numerator == 90);
    CHECK(on_time->denominator == 100);
    const auto& pay = a.entries[test_support::index_of(rubric, "PAY_DOSSIERS")];
    REQUIRE(pay.has_value());
    CHECK(pay->kind == EntryKind::Percent);
    CHECK(pay->percent == 93.25);
    const auto& days = a.entries[test_support::index_of(rubric, "AVG_DAYS")];
    REQUIRE(days.has_value());
    CHECK(days->kind == EntryKind::Value);
    CHECK(days->value == 4.24);
    CHECK_FALSE(a.entries[test_support::index_of(rubric, "DOSSIER_SYNC")].has_value());
}

TEST_CASE("assessment validation: optional fields may be left out", "[assessment-validation]") {
    const AssessmentBatch batch = parse(R"({"values": {"ON_TIME": {"percent": 50}}})");
    INFO(describe(batch.errors));
    REQUIRE(batch.errors.empty());
    REQUIRE(batch.assessments.size() == 1);
    CHECK(batch.assessments[0].rubric == "qd766");  // the default
    CHECK(batch.assessments[0].unit.empty());
}

TEST_CASE("assessment validation: unknown criterion code", "[assessment-validation]") {
    const Diagnostic d = refused_at(replaced(kDoc, "\"PAY_DOSSIERS\"", "\"PAY_DOSIERS\""), "$.values.PAY_DOSIERS", 8);
    CHECK_THAT(d.message, Catch::Contains("PAY_DOSIERS"));
}

TEST_CASE("assessment validation: numerator greater than denominator", "[assessment-validation]") {
    refused_at(replaced(kDoc, "\"numerator\": 90", "\"numerator\": 101"), "$.values.ON_TIME.numerator", 7);
}

TEST_CASE("assessment validation: negative figures", "[assessment-validation]") {
    SECTION("numerator") {
        refused_at(replaced(kDoc, "\"numerator\": 90", "\"numerator\": -1"), "$.values.ON_TIME.numerator", 7);
    }
    SECTION("denominator") {
        refused_at(replaced(kDoc, "\"numerator\": 90, \"denominator\": 100", "\"numerator\": 0, \"denominator\": -100"),
                   "$.values.ON_TIME.denominator", 7);
    }
    SECTION("percent") {
        refused_at(replaced(kDoc, "\"percent\": 93.25", "\"percent\": -0.5"), "$.values.PAY_DOSSIERS.percent", 8);
    }
}

TEST_CASE("assessment validation: counts must be whole numbers", "[assessment-validation]") {
    SECTION("numerator 90.5") {
        refused_at(replaced(kDoc, "\"numerator\": 90", "\"numerator\": 90.5"), "$.values.ON_TIME.numerator", 7);
    }
    SECTION("denominator 100.25") {
        refused_at(replaced(kDoc, "\"denominator\": 100", "\"denominator\": 100.25"), "$.values.ON_TIME.denominator", 7);
    }
}

TEST_CASE("assessment validation: counts beyond 2^53 are refused", "[assessment-validation]") {
    refused_at(replaced(kDoc, "\"denominator\": 100", "\"denominator\": 1e17"), "$.values.ON_TIME.denominator", 7);
}

TEST_CASE("assessment validation: percent above 100", "[assessment-validation]") {
    refused_at(replaced(kDoc, "\"percent\": 93.25", "\"percent\": 100.01"), "$.values.PAY_DOSSIERS.percent", 8);
}

TEST_CASE("assessment validation: percent of exactly 0 and 100 are accepted", "[assessment-validation]") {
    for (const char* p : {"0", "100", "100.0"}) {
        INFO(p);
        const AssessmentBatch batch = parse(replaced(kDoc, "\"percent\": 93.25", std::string("\"percent\": ") + p));
        CHECK(batch.errors.empty());
        CHECK(batch.assessments.size() == 1);
    }
}

TEST_CASE("assessment validation: wrong types", "[assessment-validation]") {
    SECTION("numerator as a string") {
        refused_at(replaced(kDoc, "\"numerator\": 90", "\"numerator\": \"90\""), "$.values.ON_TIME.numerator", 7);
    }
    SECTION("percent as a string with a decimal comma") {
        refused_at(replaced(kDoc, "\"percent\": 93.25", "\"percent\": \"93,25\""), "$.values.PAY_DOSSIERS.percent", 8);
    }
    SECTION("percent as null") {
        refused_at(replaced(kDoc, "\"percent\": 93.25", "\"percent\": null"), "$.values.PAY_DOSSIERS.percent", 8);
    }
    SECTION("values as an array") {
        const std::string text = replaced(replaced(kDoc, "\"values\": {", "\"values\": ["), "  }\n}", "  ]\n}");
        const std::string array_values = replaced(replaced(replaced(text, "\"ON_TIME\": ", ""), "\"PAY_DOSSIERS\": ", ""), "\"AVG_DAYS\": ", "");
        refused_at(array_values, "$.values", 6);
    }
    SECTION("an entry as a bare number") {
        refused_at(replaced(kDoc, "{\"numerator\": 90, \"denominator\": 100}", "0.9"), "$.values.ON_TIME", 7);
    }
    SECTION("unit as a number") {
        refused_at(replaced(kDoc, "\"unit\": \"Xã A\"", "\"unit\": 5"), "$.unit", 4);
    }
    SECTION("period as an object") {
        refused_at(replaced(kDoc, "\"period\": \"2026\"", "\"period\": {\"year\": 2026}"), "$.period", 5);
    }
}

TEST_CASE("assessment validation: unknown format string", "[assessment-validation]") {
    const Diagnostic d = refused_at(replaced(kDoc, "dvcscore-assessment/1", "dvcscore-assessment/2"), "$.format", 2);
    CHECK_THAT(d.message, Catch::Contains("dvcscore-assessment/2"));
}

TEST_CASE("assessment validation: unknown top-level field", "[assessment-validation]") {
    const Diagnostic d =
        refused_at(replaced(kDoc, "  \"period\": \"2026\",\n", "  \"period\": \"2026\",\n  \"year\": 2026,\n"), "$.year", 6);
    CHECK_THAT(d.message, Catch::Contains("year"));
}

TEST_CASE("assessment validation: unknown field inside an entry", "[assessment-validation]") {
    refused_at(replaced(kDoc, "{\"percent\": 93.25}", "{\"percent\": 93.25, \"note\": \"x\"}"), "$.values.PAY_DOSSIERS.note", 8);
}

TEST_CASE("assessment validation: an entry must be exactly one of counts, percent, value", "[assessment-validation]") {
    SECTION("counts and percent together") {
        refused_at(replaced(kDoc, "\"denominator\": 100}", "\"denominator\": 100, \"percent\": 90}"), "$.values.ON_TIME", 7);
    }
    SECTION("percent and value together") {
        refused_at(replaced(kDoc, "{\"percent\": 93.25}", "{\"percent\": 93.25, \"value\": 1}"), "$.values.PAY_DOSSIERS", 8);
    }
    SECTION("an empty entry") {
        refused_at(replaced(kDoc, "{\"percent\": 93.25}", "{}"), "$.values.PAY_DOSSIERS", 8);
    }
    SECTION("a numerator without its denominator") {
        const Diagnostic d = refused_at(replaced(kDoc, ", \"denominator\": 100}", "}"), "$.values.ON_TIME", 7);
        CHECK_THAT(d.message, Catch::Contains("denominator"));
    }
}

TEST_CASE("assessment validation: value on a rate criterion, counts on a value criterion", "[assessment-validation]") {
    SECTION("value for ON_TIME") {
        refused_at(replaced(kDoc, "{\"numerator\": 90, \"denominator\": 100}", "{\"value\": 3}"), "$.values.ON_TIME.value", 7);
    }
    SECTION("counts for AVG_DAYS") {
        const AssessmentBatch batch = parse(replaced(kDoc, "{\"value\": 4.24}", "{\"numerator\": 4, \"denominator\": 1}"));
        INFO(describe(batch.errors));
        CHECK(batch.assessments.empty());
        REQUIRE(batch.errors.size() == 1);
        CHECK(batch.errors[0].path.rfind("$.values.AVG_DAYS", 0) == 0);
        CHECK(batch.errors[0].line == 9);
    }
}

TEST_CASE("assessment validation: rubric id mismatch", "[assessment-validation]") {
    const Diagnostic d = refused_at(replaced(kDoc, "\"rubric\": \"qd766\"", "\"rubric\": \"qd999\""), "$.rubric", 3);
    CHECK_THAT(d.message, Catch::Contains("qd999"));
}

TEST_CASE("assessment validation: a key given twice", "[assessment-validation]") {
    refused_at(replaced(kDoc, "    \"PAY_DOSSIERS\"", "    \"ON_TIME\": {\"percent\": 1},\n    \"PAY_DOSSIERS\""), "$.values.ON_TIME", 8);
}

TEST_CASE("assessment validation: broken JSON syntax gives line and column", "[assessment-validation]") {
    // A trailing comma: the parser meets '}' at line 7, column 53 where a key should be.
    const AssessmentBatch batch = parse(replaced(kDoc, "\"denominator\": 100},", "\"denominator\": 100,},"));
    CHECK(batch.assessments.empty());
    REQUIRE(batch.errors.size() == 1);
    const Diagnostic& d = batch.errors[0];
    CHECK(d.source == kSource);
    CHECK(d.line == 7);
    CHECK_THAT(d.message, Catch::Contains("7") && Catch::Contains("53"));
}

TEST_CASE("assessment validation: a missing comma between entries is reported where it is noticed", "[assessment-validation]") {
    const AssessmentBatch batch = parse(replaced(kDoc, "\"denominator\": 100},", "\"denominator\": 100}"));
    CHECK(batch.assessments.empty());
    REQUIRE(batch.errors.size() == 1);
    CHECK(batch.errors[0].line == 8);
}

TEST_CASE("assessment validation: empty input", "[assessment-validation]") {
    refused_whole("");
    refused_whole("  \n\t\n");
    refused_whole("\xEF\xBB\xBF");  // only a byte order mark
}

TEST_CASE("assessment validation: a top-level scalar", "[assessment-validation]") {
    refused_whole("42");
    refused_whole("\"dvcscore-assessment/1\"");
    refused_whole("null");
    refused_whole("true");
}

TEST_CASE("assessment validation: an array item that is not an object", "[assessment-validation]") {
    refused_at("[\n  {\"values\": {}},\n  7\n]\n", "$[1]", 3);
}

TEST_CASE("assessment validation: every problem is reported", "[assessment-validation]") {
    const std::string text = replaced(replaced(kDoc, "\"numerator\": 90", "\"numerator\": 190"), "\"percent\": 93.25", "\"percent\": 193.25");
    const AssessmentBatch batch = parse(text);
    INFO(describe(batch.errors));
    CHECK(batch.assessments.empty());
    CHECK(find_error(batch.errors, "$.values.ON_TIME.numerator") != nullptr);
    CHECK(find_error(batch.errors, "$.values.PAY_DOSSIERS.percent") != nullptr);
}

TEST_CASE("assessment validation: one bad item in an array means nothing is returned", "[assessment-validation]") {
    const std::string text =
        "[\n"
        "  {\"unit\": \"A\", \"values\": {\"ON_TIME\": {\"percent\": 50}}},\n"
        "  {\"unit\": \"B\", \"values\": {\"ON_TIME\": {\"percent\": 150}}},\n"
        "  {\"unit\": \"C\", \"values\": {\"ON_TIME\": {\"percent\": 70}}}\n"
        "]\n";
    refused_at(text, "$[1].values.ON_TIME.percent", 3);
}

TEST_CASE("assessment validation: one bad line in JSON Lines means nothing is returned", "[assessment-validation]") {
    const std::string text =
        "{\"unit\": \"A\", \"values\": {\"ON_TIME\": {\"percent\": 50}}}\n"
        "{\"unit\": \"B\", \"values\": {\"ON_TIME\": {\"percent\": 60}}}\n"
        "{\"unit\": \"C\", \"values\": {\"NO_SUCH\": {\"percent\": 70}}}\n";
    const AssessmentBatch batch = parse(text);
    CHECK(batch.assessments.empty());
    REQUIRE(batch.errors.size() == 1);
    CHECK(batch.errors[0].line == 3);
    CHECK(batch.errors[0].path == "$.values.NO_SUCH");
}
