// The built-in rubric, built from the tables the build generates (src/tools/make_rubric_table,
// src/core/rubric_table), is the rubric its file loads as: field by field, the derived lists
// and index included.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/rubric.hpp"
#include "core/rubric_table.hpp"

using namespace dvcscore;

namespace {

Rubric loaded_from_file() {
    RubricLoad load = load_rubric(default_rubric_json(), "qd766.json");
    REQUIRE(load.errors.empty());
    REQUIRE(load.rubric.has_value());
    return std::move(*load.rubric);
}

// One field of T: `reset(item, T{})` sets that field of item to its default, which is what
// a table that left the field out would give.
template <typename T>
struct Field {
    const char* name;
    void (*reset)(T& item, const T& blank);
};
#define FIELD(T, field) Field<T>{#field, [](T& item, const T& blank) { item.field = blank.field; }}

// Every field of each part (rubric.hpp); a new one joins its list, as it joins operator==.
const std::vector<Field<Criterion>> kCriterionFields = {
    FIELD(Criterion, code),      FIELD(Criterion, number),           FIELD(Criterion, name),
    FIELD(Criterion, numerator_label), FIELD(Criterion, denominator_label), FIELD(Criterion, unit),
    FIELD(Criterion, group),     FIELD(Criterion, max),              FIELD(Criterion, method),
    FIELD(Criterion, measure),   FIELD(Criterion, threshold),        FIELD(Criterion, threshold_percent),
    FIELD(Criterion, zero_denominator), FIELD(Criterion, rate),
};
const std::vector<Field<Group>> kGroupFields = {
    FIELD(Group, code), FIELD(Group, name), FIELD(Group, max), FIELD(Group, decision_group), FIELD(Group, rate),
    FIELD(Group, criteria),
};
const std::vector<Field<DecisionGroup>> kDecisionGroupFields = {
    FIELD(DecisionGroup, code), FIELD(DecisionGroup, name), FIELD(DecisionGroup, max), FIELD(DecisionGroup, groups),
};
const std::vector<Field<RatingBand>> kRatingFields = {
    FIELD(RatingBand, id), FIELD(RatingBand, label), FIELD(RatingBand, color), FIELD(RatingBand, min),
};
const std::vector<Field<Rubric>> kRubricFields = {
    FIELD(Rubric, id),       FIELD(Rubric, title),   FIELD(Rubric, source),  FIELD(Rubric, max),
    FIELD(Rubric, decision_groups), FIELD(Rubric, groups), FIELD(Rubric, criteria), FIELD(Rubric, ratings),
    FIELD(Rubric, criterion_index),
};

// For every field, some item of `items` differs once that field is reset: the file gives
// it a value other than the default somewhere, and operator== compares it. Otherwise the
// comparison below could not tell a table that dropped the field from the file.
template <typename T>
void check_every_field_shows(const std::vector<T>& items, const std::vector<Field<T>>& fields) {
    for (const Field<T>& field : fields) {
        INFO("field " << field.name);
        bool shows = false;
        for (const T& item : items) {
            T dropped = item;
            field.reset(dropped, T{});
            if (dropped != item) shows = true;
        }
        CHECK(shows);
    }
}

}  // namespace

TEST_CASE("built-in rubric: the generated table builds exactly the rubric its file loads as", "[rubric][builtin]") {
    const Rubric& built = default_rubric();
    const Rubric file = loaded_from_file();

    CHECK(built.id == file.id);
    CHECK(built.title == file.title);
    CHECK(built.source == file.source);
    CHECK(built.max == file.max);
    REQUIRE(built.decision_groups.size() == file.decision_groups.size());
    for (std::size_t d = 0; d < file.decision_groups.size(); ++d) {
        INFO("decision group (" << file.decision_groups[d].code << ")");
        CHECK(built.decision_groups[d] == file.decision_groups[d]);
    }
    REQUIRE(built.groups.size() == file.groups.size());
    for (std::size_t g = 0; g < file.groups.size(); ++g) {
        INFO("group " << file.groups[g].code);
        CHECK(built.groups[g] == file.groups[g]);
    }
    REQUIRE(built.criteria.size() == file.criteria.size());
    for (std::size_t c = 0; c < file.criteria.size(); ++c) {
        INFO("criterion " << file.criteria[c].number << " " << file.criteria[c].code);
        CHECK(built.criteria[c] == file.criteria[c]);
    }
    REQUIRE(built.ratings.size() == file.ratings.size());
    for (std::size_t r = 0; r < file.ratings.size(); ++r) {
        INFO("rating " << file.ratings[r].id);
        CHECK(built.ratings[r] == file.ratings[r]);
    }
    CHECK(built.criterion_index == file.criterion_index);
    CHECK(built == file);
}

TEST_CASE("built-in rubric: the file sets every field, so a field the table left out would not match", "[rubric][builtin]") {
    const Rubric file = loaded_from_file();
    check_every_field_shows(file.criteria, kCriterionFields);
    check_every_field_shows(file.groups, kGroupFields);
    check_every_field_shows(file.decision_groups, kDecisionGroupFields);
    check_every_field_shows(file.ratings, kRatingFields);
    check_every_field_shows(std::vector<Rubric>{file}, kRubricFields);
}

TEST_CASE("built-in rubric: a table's rows become the rubric's parts, lists and index", "[rubric][builtin]") {
    // Two decision groups; three groups, the last two in decision group "y"; four criteria.
    const DecisionGroupRow decision_groups[] = {{"x", "X", 10}, {"y", "Y", 5}};
    const GroupRow groups[] = {{"G1", "Một", 10, 0, RateRule::ShownPercent},
                               {"G2", "Hai", 2, 1, RateRule::Unrounded},
                               {"G3", "Ba", 3, 1, RateRule::ShownPercent}};
    const CriterionRow criteria[] = {
        {"A", "1.1", "a", "n", "d", "", 0, 6, Method::Cap, Measure::Rate, 1, 100, ZeroDenominator::Zero, RateRule::ShownPercent},
        {"B", "1.2", "b", "n", "d", "", 0, 4, Method::Cap, Measure::Rate, 0.8, 80, ZeroDenominator::Full, RateRule::Unrounded},
        {"C", "2.1", "c", "", "", "ngày", 1, 2, Method::Info, Measure::Value, 1, 100, ZeroDenominator::Zero, RateRule::Unrounded},
        {"D", "3.1", "d", "n", "d", "", 2, 3, Method::Cap, Measure::Rate, 0.5, 50, ZeroDenominator::Zero, RateRule::ShownPercent},
    };
    const RatingRow ratings[] = {{"hi", "Cao", "#000000", 10}, {"lo", "Thấp", "#ffffff", 0}};
    const RubricTable table = {"t", "T", "", 15, decision_groups, 2, groups, 3, criteria, 4, ratings, 2};

    const Rubric rubric = rubric_from_table(table);
    CHECK(rubric.id == "t");
    CHECK(rubric.max == 15);
    REQUIRE(rubric.decision_groups.size() == 2);
    CHECK(rubric.decision_groups[0].groups == std::vector<std::size_t>{0});
    CHECK(rubric.decision_groups[1].groups == std::vector<std::size_t>{1, 2});
    REQUIRE(rubric.groups.size() == 3);
    CHECK(rubric.groups[0].criteria == std::vector<std::size_t>{0, 1});
    CHECK(rubric.groups[1].criteria == std::vector<std::size_t>{2});
    CHECK(rubric.groups[2].criteria == std::vector<std::size_t>{3});
    CHECK(rubric.groups[1].rate == RateRule::Unrounded);
    REQUIRE(rubric.criteria.size() == 4);
    CHECK(rubric.criteria[1].threshold_percent == 80);
    CHECK(rubric.criteria[1].zero_denominator == ZeroDenominator::Full);
    CHECK(rubric.criteria[2].unit == "ngày");
    CHECK(rubric.criteria[2].measure == Measure::Value);
    CHECK(rubric.find_criterion("D") == std::optional<std::size_t>(3));
    CHECK(rubric.criterion_index.size() == 4);
    REQUIRE(rubric.ratings.size() == 2);
    CHECK(rubric.ratings[1].label == "Thấp");
    CHECK(rubric.rating_index(9.99) == 1);
}
