// Denominator 0 (docs/rubric.md, "Zero denominator"): 0 points, except 5.2 and 5.3 which
// score full 6 — no petitions means none handled late or badly.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "core/assessment_file.hpp"
#include "core/score.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::score_of;

namespace {

const std::set<std::string> kFullWhenZero = {"PETITION_PROCESSING_ON_TIME", "PETITION_HANDLING_SATISFACTION"};

}  // namespace

TEST_CASE("zero denominator: every 'zero' criterion scores 0 and is flagged", "[zero-denominator]") {
    int checked = 0;
    for (const Criterion& c : default_rubric().criteria) {
        if (!c.scored() || kFullWhenZero.count(c.code) != 0) continue;
        INFO(c.code);
        const Entry nothing = Entry::counts(0, 0);
        const CriterionScore s = score_criterion(c, &nothing);
        CHECK(s.entered);
        CHECK(s.zero_denominator);
        CHECK(s.points == 0);
        CHECK_FALSE(s.at_cap);
        ++checked;
    }
    CHECK(checked == 19);  // 21 scored criteria, 2 of them "full"
}

TEST_CASE("zero denominator: 5.2 and 5.3 score full 6 points", "[zero-denominator]") {
    for (const std::string& code : kFullWhenZero) {
        INFO(code);
        const CriterionScore s = score_of(code, Entry::counts(0, 0));
        CHECK(s.entered);
        CHECK(s.zero_denominator);
        CHECK(s.points == 6);
        CHECK(s.at_cap);
    }
}

TEST_CASE("zero denominator: 5.4 is not among the 'full' ones", "[zero-denominator]") {
    CHECK(score_of("DOSSIER_RECEIVING_SATISFACTION", Entry::counts(0, 0)).points == 0);
}

TEST_CASE("zero denominator: an info criterion still scores 0", "[zero-denominator]") {
    const CriterionScore s = score_of("PETITION_CLASSIFICATION", Entry::counts(0, 0));
    CHECK(s.points == 0);
    CHECK(s.entered);
}

TEST_CASE("zero denominator is not the same as a zero rate", "[zero-denominator]") {
    // 0 of 5 petitions handled on time is a real 0 %: no points, no flag.
    const CriterionScore counted = score_of("PETITION_PROCESSING_ON_TIME", Entry::counts(0, 5));
    CHECK(counted.points == 0);
    CHECK_FALSE(counted.zero_denominator);
    // A percent has no denominator at all.
    const CriterionScore typed = score_of("PETITION_PROCESSING_ON_TIME", Entry::of_percent(0));
    CHECK(typed.points == 0);
    CHECK_FALSE(typed.zero_denominator);
    CHECK_FALSE(score_of("ON_TIME", Entry::counts(3, 4)).zero_denominator);
}

TEST_CASE("zero denominator everywhere: only MDHL's 5.2 and 5.3 score, total 12", "[zero-denominator]") {
    const Rubric& rubric = default_rubric();
    Assessment a = Assessment::blank(rubric);
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c)
        if (rubric.criteria[c].measure == Measure::Rate) a.entries[c] = Entry::counts(0, 0);
    const ScoreCard card = score(rubric, a);
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        INFO(rubric.groups[g].code);
        CHECK(card.groups[g] == (rubric.groups[g].code == "MDHL" ? 12 : 0));
    }
    CHECK(card.total == 12);
    CHECK(rubric.ratings[card.rating].id == "yeu");
}

TEST_CASE("zero denominator read from JSON is accepted and scored by the rule", "[zero-denominator]") {
    const std::string text = R"({"format": "dvcscore-assessment/1", "values": {
        "PETITION_PROCESSING_ON_TIME": {"numerator": 0, "denominator": 0},
        "PETITION_HANDLING_SATISFACTION": {"numerator": 0, "denominator": 0},
        "DOSSIER_RECEIVING_SATISFACTION": {"numerator": 0, "denominator": 0},
        "ON_TIME": {"numerator": 0, "denominator": 0}}})";
    const AssessmentBatch batch = parse_assessments(text, "zero.json", default_rubric());
    INFO(test_support::describe(batch.errors));
    REQUIRE(batch.errors.empty());
    REQUIRE(batch.assessments.size() == 1);
    const ScoreCard card = score(default_rubric(), batch.assessments[0]);
    CHECK(card.total == 12);
    CHECK(card.criteria[test_support::index_of(default_rubric(), "ON_TIME")].zero_denominator);
}

TEST_CASE("zero denominator with a non-zero numerator is refused (numerator > denominator)", "[zero-denominator]") {
    const std::string text = R"({"values": {"ON_TIME": {"numerator": 1, "denominator": 0}}})";
    const AssessmentBatch batch = parse_assessments(text, "zero.json", default_rubric());
    CHECK(batch.assessments.empty());
    CHECK(test_support::find_error(batch.errors, "$.values.ON_TIME.numerator") != nullptr);
}
