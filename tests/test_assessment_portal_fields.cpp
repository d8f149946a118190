// The assessment format's optional portal members (portal_fields.hpp): unit_code, level,
// published, not_scored and "inherited" on an entry are read, checked with JSON paths,
// written back, and change nothing for files without them; the result JSON and the
// improvement plan mark inherited criteria.
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "core/assessment_file.hpp"
#include "core/plan.hpp"
#include "core/result_json.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::describe;
using test_support::index_of;
using test_support::replaced;

namespace {

const char* const kSource = "xa.json";

// Line numbers in the tests refer to this layout.
const std::string kDoc =
    "{\n"                                                                                  // 1
    "  \"format\": \"dvcscore-assessment/1\",\n"                                           // 2
    "  \"unit\": \"UBND phường An Bình\",\n"                                               // 3
    "  \"unit_code\": \"H21.100\",\n"                                                      // 4
    "  \"level\": \"COMMUNE\",\n"                                                          // 5
    "  \"period\": \"2026\",\n"                                                            // 6
    "  \"values\": {\n"                                                                    // 7
    "    \"PUBLISH_ON_TIME\": {\"numerator\": 1, \"denominator\": 47, \"inherited\": true},\n"  // 8
    "    \"DOSSIER_SYNC\": {\"numerator\": 1404, \"denominator\": 1404}\n"                  // 9
    "  },\n"                                                                               // 10
    "  \"not_scored\": {\"ON_TIME\": {\"numerator\": 60, \"denominator\": 50}},\n"          // 11
    "  \"published\": {\n"                                                                 // 12
    "    \"groups\": {\"CKMB\": 8.1, \"TDGQ\": 19.12},\n"                                  // 13
    "    \"total\": 63.97,\n"                                                              // 14
    "    \"details\": {\"CKMB\": {\"score\": 8.11, \"source\": \"transparency\"}}\n"       // 15
    "  }\n"                                                                                // 16
    "}\n";                                                                                 // 17

AssessmentBatch parse(const std::string& text) { return parse_assessments(text, kSource, default_rubric()); }

Assessment parsed(const std::string& text) {
    const AssessmentBatch batch = parse(text);
    INFO(describe(batch.errors));
    REQUIRE(batch.errors.empty());
    REQUIRE(batch.assessments.size() == 1);
    return batch.assessments.front();
}

Diagnostic refused_at(const std::string& text, const std::string& path, int line) {
    const AssessmentBatch batch = parse(text);
    INFO("errors:\n" << describe(batch.errors));
    CHECK(batch.assessments.empty());
    return test_support::error_at(batch.errors, kSource, path, line);
}

std::size_t group(const char* code) { return test_support::group_index(default_rubric(), code); }

}  // namespace

TEST_CASE("portal fields: every optional member is read", "[portal-fields]") {
    const Assessment a = parsed(kDoc);
    CHECK(a.unit == "UBND phường An Bình");
    CHECK(a.portal.unit_code == "H21.100");
    CHECK(a.portal.level == "COMMUNE");
    const auto& publish = a.entries[index_of(default_rubric(), "PUBLISH_ON_TIME")];
    REQUIRE(publish);
    CHECK(publish->inherited);
    CHECK_FALSE(a.entries[index_of(default_rubric(), "DOSSIER_SYNC")]->inherited);

    // Kept, not scored: ON_TIME is not entered and scores nothing.
    REQUIRE(a.portal.not_scored.size() == 1);
    CHECK(a.portal.not_scored[0].criterion == index_of(default_rubric(), "ON_TIME"));
    CHECK(a.portal.not_scored[0].entry.numerator == 60);
    CHECK_FALSE(a.entries[index_of(default_rubric(), "ON_TIME")]);

    REQUIRE(a.portal.published);
    const Published& p = *a.portal.published;
    CHECK(p.groups[group("CKMB")] == 8.1);
    CHECK(p.groups[group("TDGQ")] == 19.12);
    CHECK_FALSE(p.groups[group("MDSH")]);
    CHECK(p.total == 63.97);
    REQUIRE(p.details[group("CKMB")]);
    CHECK(p.details[group("CKMB")]->score == 8.11);
    CHECK(p.details[group("CKMB")]->source == "transparency");
    CHECK_FALSE(p.details[group("TDGQ")]);
}

TEST_CASE("portal fields: written back and read again unchanged", "[portal-fields]") {
    const Assessment a = parsed(kDoc);
    const std::string text = json_text(assessment_json(default_rubric(), a), 2);
    INFO(text);
    const Assessment back = parsed(text);
    CHECK(back.entries == a.entries);
    CHECK(back.portal == a.portal);
    const nlohmann::json doc = nlohmann::json::parse(text);
    CHECK(doc.at("values").at("PUBLISH_ON_TIME").at("inherited") == true);
    CHECK_FALSE(doc.at("values").at("DOSSIER_SYNC").contains("inherited"));
    CHECK(doc.at("published").at("total") == 63.97);
}

TEST_CASE("portal fields: a total published as null is kept as no total", "[portal-fields]") {
    const Assessment a = parsed(replaced(kDoc, "\"total\": 63.97", "\"total\": null"));
    REQUIRE(a.portal.published);
    CHECK_FALSE(a.portal.published->total);
    const nlohmann::json doc = nlohmann::json::parse(json_text(assessment_json(default_rubric(), a), -1));
    CHECK(doc.at("published").at("total").is_null());
}

TEST_CASE("portal fields: a file without them reads and writes as before", "[portal-fields]") {
    const std::string old = test_support::read_file(std::string(DVCSCORE_TEST_DATA) + "/phu-tho-2026.json");
    const Assessment a = parsed(old);
    CHECK(a.portal.empty());
    for (const auto& e : a.entries) CHECK_FALSE((e && e->inherited));
    const nlohmann::json doc = nlohmann::json::parse(json_text(assessment_json(default_rubric(), a), -1));
    for (const char* member : {"unit_code", "level", "published", "not_scored"}) CHECK_FALSE(doc.contains(member));
    const std::string result = score_to_json_text(default_rubric(), a, -1);
    CHECK(result.find("inherited") == std::string::npos);
}

TEST_CASE("portal fields: mistakes are named by JSON path and line", "[portal-fields]") {
    refused_at(replaced(kDoc, "\"unit_code\": \"H21.100\"", "\"unit_code\": 21100"), "$.unit_code", 4);
    refused_at(replaced(kDoc, "\"inherited\": true", "\"inherited\": \"có\""), "$.values.PUBLISH_ON_TIME.inherited", 8);
    refused_at(replaced(kDoc, "\"CKMB\": 8.1,", "\"CKMB\": null,"), "$.published.groups.CKMB", 13);
    refused_at(replaced(kDoc, "\"CKMB\": 8.1,", "\"XYZ\": 8.1,"), "$.published.groups.XYZ", 13);
    refused_at(replaced(kDoc, "\"TDGQ\": 19.12", "\"TDGQ\": -1"), "$.published.groups.TDGQ", 13);
    refused_at(replaced(kDoc, "\"total\": 63.97", "\"total\": \"63,97\""), "$.published.total", 14);
    refused_at(replaced(kDoc, ", \"source\": \"transparency\"", ""), "$.published.details.CKMB", 15);
    refused_at(replaced(kDoc, "\"groups\":", "\"nhom\":"), "$.published.nhom", 13);
    // Not scored, but still figures: counts are whole and not negative.
    refused_at(replaced(kDoc, "\"numerator\": 60", "\"numerator\": -60"), "$.not_scored.ON_TIME.numerator", 11);
    refused_at(replaced(kDoc, "\"numerator\": 60", "\"numerator\": 6.5"), "$.not_scored.ON_TIME.numerator", 11);
    refused_at(replaced(kDoc, "\"not_scored\": {\"ON_TIME\"", "\"not_scored\": {\"NOPE\""), "$.not_scored.NOPE", 11);
    // Figures that can be scored belong in values; a criterion is in one place only.
    refused_at(replaced(kDoc, "\"numerator\": 60", "\"numerator\": 40"), "$.not_scored.ON_TIME", 11);
    refused_at(replaced(kDoc, "\"not_scored\": {\"ON_TIME\"", "\"not_scored\": {\"DOSSIER_SYNC\""),
               "$.not_scored.DOSSIER_SYNC", 11);
}

TEST_CASE("portal fields: inherited criteria are marked in the result and last in the plan", "[portal-fields]") {
    // A commune: 1.1 is its province's 1/47 → 2.13% → 6 × 2.13 / 100 = 0.1278 → 0.13, inherited;
    // 1.4 is its own 1404/1404 → 6.
    Assessment a = parsed(kDoc);
    const nlohmann::json result = nlohmann::json::parse(score_to_json_text(default_rubric(), a, -1));
    const nlohmann::json& ckmb = result.at("groups").at(0);
    REQUIRE(ckmb.at("code") == "CKMB");
    CHECK(ckmb.at("criteria").at(0).at("points") == 0.13);
    CHECK(ckmb.at("criteria").at(0).at("inherited") == true);
    CHECK_FALSE(ckmb.at("criteria").at(3).contains("inherited"));
    CHECK(ckmb.at("score") == 6.13);

    // 1.1 has the most points available (5.87) but the unit cannot change it: it comes last,
    // labelled, with no numerator to aim for.
    const ScoreCard card = score(default_rubric(), a);
    const ImprovementPlan plan = plan_improvements(default_rubric(), a, card);
    REQUIRE_FALSE(plan.criteria.empty());
    const CriterionAdvice& last = plan.criteria.back();
    CHECK(last.criterion == index_of(default_rubric(), "PUBLISH_ON_TIME"));
    CHECK(last.inherited);
    CHECK(last.points_available == 5.87);
    const auto phrases = advice_phrases(last, a.entries[last.criterion]);
    REQUIRE(phrases.size() == 1);
    CHECK_THAT(phrases[0], Catch::StartsWith("do tỉnh quyết định"));
    for (std::size_t i = 0; i + 1 < plan.criteria.size(); ++i) CHECK_FALSE(plan.criteria[i].inherited);
    const nlohmann::json& improvement = result.at("improvement").at("criteria");
    CHECK(improvement.back().at("code") == "PUBLISH_ON_TIME");
    CHECK(improvement.back().at("inherited") == true);
}
