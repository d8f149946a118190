#pragma once
// A rubric as constant tables of rows, and the Rubric they make.
//
// The built-in rubric comes into the program this way rather than as JSON read at start:
// the build runs src/tools/make_rubric_table.cpp, which loads assets/rubrics/qd766.json with
// load_rubric and writes these tables (builtin_rubric_table.cpp in the build directory), so
// default_rubric() parses nothing. In the page, the JSON parser and the rubric reader were
// otherwise compiled by the browser on their first call just for this: 11–12 ms of the
// first frame.
#include <cstddef>

#include "rubric.hpp"

namespace dvcscore {

struct DecisionGroupRow {
    const char* code;
    const char* name;
    double max;
};

struct GroupRow {
    const char* code;
    const char* name;
    double max;
    std::size_t decision_group;
    RateRule rate;
};

struct CriterionRow {
    const char* code;
    const char* number;
    const char* name;
    const char* numerator_label;
    const char* denominator_label;
    const char* unit;
    std::size_t group;
    double max;
    Method method;
    Measure measure;
    double threshold;
    double threshold_percent;
    ZeroDenominator zero_denominator;
    RateRule rate;
};

struct RatingRow {
    const char* id;
    const char* label;
    const char* color;
    double min;
};

struct RubricTable {
    const char* id;
    const char* title;
    const char* source;
    double max;
    const DecisionGroupRow* decision_groups;
    std::size_t decision_group_count;
    const GroupRow* groups;
    std::size_t group_count;
    const CriterionRow* criteria;  // in rubric order, as Rubric::criteria
    std::size_t criterion_count;
    const RatingRow* ratings;      // highest band first, as Rubric::ratings
    std::size_t rating_count;
};

// The Rubric the table describes, with what load_rubric derives from the file: each
// group's criteria and each decision group's groups (in rubric order), criterion_index.
// The table is trusted: it was written from a rubric load_rubric had checked.
Rubric rubric_from_table(const RubricTable& table);

// The built-in rubric's table, generated at build time (part of dvcscore_core, not of
// dvcscore_core_base, which the generator itself links).
extern const RubricTable builtin_rubric_table;

}  // namespace dvcscore
