// load_rubric refuses broken rubrics, each problem placed by source, line and JSON path.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/rubric.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::describe;
using test_support::find_error;
using test_support::replaced;

namespace {

const char* const kSource = "mini-rubric.json";

// A small valid rubric; the line numbers in the tests below refer to this layout.
const std::string kMini =
    "{\n"                                                                                          // 1
    "  \"format\": \"dvcscore-rubric/1\",\n"                                                       // 2
    "  \"id\": \"mini\",\n"                                                                        // 3
    "  \"title\": \"Mini\",\n"                                                                     // 4
    "  \"max\": 10,\n"                                                                             // 5
    "  \"decision_groups\": [\n"                                                                   // 6
    "    {\"code\": \"a\", \"name\": \"A\", \"max\": 10}\n"                                        // 7
    "  ],\n"                                                                                       // 8
    "  \"groups\": [\n"                                                                            // 9
    "    {\n"                                                                                      // 10
    "      \"code\": \"G1\", \"name\": \"Nhóm 1\", \"max\": 10, \"decision_group\": \"a\",\n"      // 11
    "      \"criteria\": [\n"                                                                      // 12
    "        {\"code\": \"C1\", \"number\": \"1.1\", \"name\": \"Một\", \"numerator\": \"n\", \"denominator\": \"d\",\n"  // 13
    "         \"max\": 6, \"method\": \"cap\", \"threshold\": 1, \"zero_denominator\": \"zero\"},\n"                     // 14
    "        {\"code\": \"C2\", \"number\": \"1.2\", \"name\": \"Hai\", \"numerator\": \"n\", \"denominator\": \"d\",\n"  // 15
    "         \"max\": 4, \"method\": \"cap\", \"threshold\": 0.8, \"zero_denominator\": \"full\"}\n"                    // 16
    "      ]\n"                                                                                    // 17
    "    }\n"                                                                                      // 18
    "  ],\n"                                                                                       // 19
    "  \"ratings\": [\n"                                                                           // 20
    "    {\"id\": \"tot\", \"label\": \"Tốt\", \"min\": 50},\n"                                    // 21
    "    {\"id\": \"yeu\", \"label\": \"Yếu\", \"min\": 0}\n"                                      // 22
    "  ]\n"                                                                                        // 23
    "}\n";                                                                                         // 24

// Loads `text`, which must be refused, and returns the error at `path` after checking
// that it names the source, the line and says something.
Diagnostic refused_at(const std::string& text, const std::string& path, int line) {
    const RubricLoad load = load_rubric(text, kSource);
    INFO("errors:\n" << describe(load.errors));
    CHECK_FALSE(load.rubric.has_value());
    return test_support::error_at(load.errors, kSource, path, line);
}

// A missing member is reported on the object that lacks it, naming the member.
void refused_missing(const std::string& text, const std::string& object_path, const std::string& field, int line) {
    const Diagnostic d = refused_at(text, object_path, line);
    CHECK_THAT(d.message, Catch::Contains("\"" + field + "\""));
}

}  // namespace

TEST_CASE("rubric validation: the fixture rubric itself loads", "[rubric-validation]") {
    const RubricLoad load = load_rubric(kMini, kSource);
    INFO(describe(load.errors));
    REQUIRE(load.errors.empty());
    REQUIRE(load.rubric.has_value());
    CHECK(load.rubric->id == "mini");
    REQUIRE(load.rubric->criteria.size() == 2);
    CHECK(load.rubric->criteria[1].threshold_percent == 80);
    CHECK(load.rubric->criteria[1].zero_denominator == ZeroDenominator::Full);
    CHECK(load.rubric->ratings.front().id == "tot");
}

TEST_CASE("rubric validation: JSON syntax error reports the line", "[rubric-validation]") {
    // No comma after "max": 10 — the parser stumbles on "decision_groups" on line 6.
    const std::string text = replaced(kMini, "\"max\": 10,\n  \"decision_groups\"", "\"max\": 10\n  \"decision_groups\"");
    const RubricLoad load = load_rubric(text, kSource);
    CHECK_FALSE(load.rubric.has_value());
    REQUIRE(load.errors.size() == 1);
    CHECK(load.errors[0].source == kSource);
    CHECK(load.errors[0].line == 6);
    CHECK_THAT(load.errors[0].message, Catch::Contains("6"));
}

TEST_CASE("rubric validation: truncated file is a syntax error", "[rubric-validation]") {
    const RubricLoad load = load_rubric(kMini.substr(0, kMini.find("\"ratings\"")), kSource);
    CHECK_FALSE(load.rubric.has_value());
    REQUIRE(load.errors.size() == 1);
    CHECK_FALSE(load.errors[0].message.empty());
    CHECK(load.errors[0].line == 20);  // the text ends on line 20
}

TEST_CASE("rubric validation: missing required fields", "[rubric-validation]") {
    SECTION("criterion without a name") {
        refused_missing(replaced(kMini, "\"name\": \"Hai\", ", ""), "$.groups[0].criteria[1]", "name", 15);
    }
    SECTION("cap criterion without a threshold") {
        refused_missing(replaced(kMini, "\"threshold\": 0.8, ", ""), "$.groups[0].criteria[1]", "threshold", 15);
    }
    SECTION("rubric without an id") {
        refused_missing(replaced(kMini, "  \"id\": \"mini\",\n", ""), "$", "id", 1);
    }
    SECTION("group without a max") {
        refused_missing(replaced(kMini, "\"max\": 10, \"decision_group\"", "\"decision_group\""), "$.groups[0]", "max", 10);
    }
    SECTION("rating band without a min") {
        refused_missing(replaced(kMini, ", \"min\": 50}", "}"), "$.ratings[0]", "min", 21);
    }
}

TEST_CASE("rubric validation: wrong types", "[rubric-validation]") {
    SECTION("criterion max as a string") {
        refused_at(replaced(kMini, "\"max\": 6,", "\"max\": \"6\","), "$.groups[0].criteria[0].max", 14);
    }
    SECTION("threshold as a string") {
        refused_at(replaced(kMini, "\"threshold\": 0.8", "\"threshold\": \"0.8\""), "$.groups[0].criteria[1].threshold", 16);
    }
    SECTION("id as a number") {
        refused_at(replaced(kMini, "\"id\": \"mini\"", "\"id\": 7"), "$.id", 3);
    }
    SECTION("rating min as null") {
        refused_at(replaced(kMini, "\"min\": 0}", "\"min\": null}"), "$.ratings[1].min", 22);
    }
    SECTION("criteria as an object") {
        const std::string text = replaced(replaced(kMini, "\"criteria\": [", "\"criteria\": {\"x\": ["), "      ]\n    }", "      ]}\n    }");
        refused_at(text, "$.groups[0].criteria", 12);
    }
    SECTION("the whole document is an array") {
        const RubricLoad load = load_rubric("[]", kSource);
        CHECK_FALSE(load.rubric.has_value());
        REQUIRE_FALSE(load.errors.empty());
        CHECK(load.errors[0].path == "$");
        CHECK_FALSE(load.errors[0].message.empty());
    }
}

TEST_CASE("rubric validation: unknown method", "[rubric-validation]") {
    const Diagnostic d = refused_at(replaced(kMini, "\"method\": \"cap\", \"threshold\": 0.8", "\"method\": \"log\", \"threshold\": 0.8"),
                                    "$.groups[0].criteria[1].method", 16);
    CHECK_THAT(d.message, Catch::Contains("log"));
}

TEST_CASE("rubric validation: threshold must be above 0 and at most 1", "[rubric-validation]") {
    const std::string bad = GENERATE(as<std::string>{}, "0", "-0.2", "1.5", "1.0001", "80");
    INFO("threshold " << bad);
    refused_at(replaced(kMini, "\"threshold\": 0.8", "\"threshold\": " + bad), "$.groups[0].criteria[1].threshold", 16);
}

TEST_CASE("rubric validation: a rate rule is \"shown_percent\" or \"unrounded\", on a group or a criterion",
          "[rubric-validation]") {
    SECTION("unknown word on a group") {
        const Diagnostic d = refused_at(replaced(kMini, "\"decision_group\": \"a\",", "\"decision_group\": \"a\", \"rate\": \"rounded\","),
                                        "$.groups[0].rate", 11);
        CHECK_THAT(d.message, Catch::Contains("rounded"));
        CHECK_THAT(d.message, Catch::Contains("shown_percent"));
        CHECK_THAT(d.message, Catch::Contains("unrounded"));
    }
    SECTION("the right word in the wrong case on a criterion") {
        refused_at(replaced(kMini, "\"zero_denominator\": \"full\"", "\"zero_denominator\": \"full\", \"rate\": \"Unrounded\""),
                   "$.groups[0].criteria[1].rate", 16);
    }
    SECTION("not a string") {
        refused_at(replaced(kMini, "\"threshold\": 1, \"zero_denominator\": \"zero\"",
                            "\"threshold\": 1, \"zero_denominator\": \"zero\", \"rate\": true"),
                   "$.groups[0].criteria[0].rate", 14);
    }
    SECTION("empty") {
        refused_at(replaced(kMini, "\"decision_group\": \"a\",", "\"decision_group\": \"a\", \"rate\": \"\","),
                   "$.groups[0].rate", 11);
    }
}

TEST_CASE("rubric validation: rate rules load — absent, on the group, overridden by a criterion", "[rubric-validation]") {
    const auto rules = [](const std::string& text) {
        const RubricLoad load = load_rubric(text, kSource);
        INFO(describe(load.errors));
        REQUIRE(load.rubric.has_value());
        return std::vector<RateRule>{load.rubric->groups[0].rate, load.rubric->criteria[0].rate, load.rubric->criteria[1].rate};
    };
    using R = RateRule;
    CHECK(rules(kMini) == std::vector<R>{R::ShownPercent, R::ShownPercent, R::ShownPercent});
    const std::string unrounded =
        replaced(kMini, "\"decision_group\": \"a\",", "\"decision_group\": \"a\", \"rate\": \"unrounded\",");
    CHECK(rules(unrounded) == std::vector<R>{R::Unrounded, R::Unrounded, R::Unrounded});
    CHECK(rules(replaced(unrounded, "\"zero_denominator\": \"full\"", "\"zero_denominator\": \"full\", \"rate\": \"shown_percent\"")) ==
          std::vector<R>{R::Unrounded, R::Unrounded, R::ShownPercent});
    CHECK(rules(replaced(kMini, "\"zero_denominator\": \"full\"", "\"zero_denominator\": \"full\", \"rate\": \"unrounded\"")) ==
          std::vector<R>{R::ShownPercent, R::ShownPercent, R::Unrounded});
}

TEST_CASE("rubric validation: the smallest and largest valid thresholds load", "[rubric-validation]") {
    const std::string good = GENERATE(as<std::string>{}, "0.01", "1");
    const RubricLoad load = load_rubric(replaced(kMini, "\"threshold\": 0.8", "\"threshold\": " + good), kSource);
    INFO(describe(load.errors));
    CHECK(load.errors.empty());
    CHECK(load.rubric.has_value());
}

TEST_CASE("rubric validation: duplicate codes", "[rubric-validation]") {
    SECTION("criterion code") {
        refused_at(replaced(kMini, "\"code\": \"C2\"", "\"code\": \"C1\""), "$.groups[0].criteria[1].code", 15);
    }
    SECTION("rating id") {
        refused_at(replaced(kMini, "\"id\": \"yeu\"", "\"id\": \"tot\""), "$.ratings[1].id", 22);
    }
}

TEST_CASE("rubric validation: group referencing an unknown decision group", "[rubric-validation]") {
    const Diagnostic d = refused_at(replaced(kMini, "\"decision_group\": \"a\"", "\"decision_group\": \"z\""),
                                    "$.groups[0].decision_group", 11);
    CHECK_THAT(d.message, Catch::Contains("z"));
}

TEST_CASE("rubric validation: points that do not add up", "[rubric-validation]") {
    SECTION("criterion maxima 6 + 3 against group max 10") {
        refused_at(replaced(kMini, "\"max\": 4,", "\"max\": 3,"), "$.groups[0].max", 11);
    }
    SECTION("decision group max 12 against its group's 10") {
        refused_at(replaced(kMini, "\"name\": \"A\", \"max\": 10", "\"name\": \"A\", \"max\": 12"), "$.decision_groups[0].max", 7);
    }
    SECTION("rubric max 12 against groups worth 10") {
        refused_at(replaced(kMini, "  \"max\": 10,\n", "  \"max\": 12,\n"), "$.max", 5);
    }
}

TEST_CASE("rubric validation: a rating band must start at 0", "[rubric-validation]") {
    refused_at(replaced(kMini, "\"min\": 0}", "\"min\": 10}"), "$.ratings", 20);
}

TEST_CASE("rubric validation: unknown fields are refused", "[rubric-validation]") {
    SECTION("in a criterion") {
        const Diagnostic d = refused_at(replaced(kMini, "{\"code\": \"C1\",", "{\"code\": \"C1\", \"weight\": 2,"),
                                        "$.groups[0].criteria[0].weight", 13);
        CHECK_THAT(d.message, Catch::Contains("weight"));
    }
    SECTION("at the top level") {
        refused_at(replaced(kMini, "  \"title\": \"Mini\",\n", "  \"title\": \"Mini\",\n  \"year\": 2026,\n"), "$.year", 5);
    }
}

TEST_CASE("rubric validation: unsupported format string", "[rubric-validation]") {
    refused_at(replaced(kMini, "dvcscore-rubric/1", "dvcscore-rubric/9"), "$.format", 2);
}

TEST_CASE("rubric validation: every problem is reported, not only the first", "[rubric-validation]") {
    const std::string text = replaced(replaced(kMini, "\"method\": \"cap\", \"threshold\": 1,", "\"method\": \"sqrt\", \"threshold\": 1,"),
                                      "\"threshold\": 0.8", "\"threshold\": 2");
    const RubricLoad load = load_rubric(text, kSource);
    INFO(describe(load.errors));
    CHECK(find_error(load.errors, "$.groups[0].criteria[0].method") != nullptr);
    CHECK(find_error(load.errors, "$.groups[0].criteria[1].threshold") != nullptr);
}

TEST_CASE("rubric validation: Diagnostic::to_string puts source, line, path and message in order", "[rubric-validation]") {
    const Diagnostic d{"r.json", 16, "$.groups[0].criteria[1].threshold", "sai"};
    CHECK(d.to_string() == "r.json:16: $.groups[0].criteria[1].threshold: sai");
    const Diagnostic whole{"r.json", 0, "", "rỗng"};
    CHECK(whole.to_string() == "r.json: rỗng");
}
