#pragma once
// A scoring rubric (a decision's criteria, points and methods), loaded from JSON data.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "diagnostic.hpp"

namespace dvcscore {

enum class Method {
    Cap,   // points = max × min(1, rate / threshold); "linear" is cap with threshold 1
    Info,  // shown, never scored
};

enum class Measure {
    Rate,   // numerator / denominator, or a percentage
    Value,  // a plain figure such as average days
};

enum class ZeroDenominator {
    Zero,  // nothing to measure scores nothing
    Full,  // nothing to measure scores full points (no petitions: none handled late)
};

// Which rate the portal computes points from (docs/rubric.md, "Rounding"). Either way the
// percentage shown is the 2-decimal one.
enum class RateRule {
    ShownPercent,  // the shown 2-decimal percentage ("shown_percent"; a rubric that says nothing)
    Unrounded,     // n / d × 100 in doubles, or a percent as typed ("unrounded")
};

// The rule's name in a rubric file: "shown_percent", "unrounded".
const char* rate_rule_id(RateRule rule);
// The rule in words, as every face shows it (Vietnamese).
const char* rate_rule_text(RateRule rule);

struct Criterion {
    std::string code;       // PAY_DOSSIERS
    std::string number;     // 3.6
    std::string name;       // Vietnamese
    std::string numerator_label;
    std::string denominator_label;
    std::string unit;       // for Measure::Value, e.g. "ngày"
    std::size_t group = 0;  // index into Rubric::groups
    double max = 0;
    Method method = Method::Cap;
    Measure measure = Measure::Rate;
    double threshold = 1;           // fraction of 1
    double threshold_percent = 100; // threshold × 100, the divisor the portal uses
    ZeroDenominator zero_denominator = ZeroDenominator::Zero;
    RateRule rate = RateRule::ShownPercent;  // its own "rate", else its group's

    bool scored() const { return method != Method::Info; }
};

// Field by field; tests/test_builtin_rubric.cpp uses these to check that the built-in
// rubric's generated table says everything its file says. A new field must join the
// comparison (and that test's list of fields), or the table may leave it out unnoticed.
inline bool operator==(const Criterion& a, const Criterion& b) {
    return std::tie(a.code, a.number, a.name, a.numerator_label, a.denominator_label, a.unit, a.group, a.max, a.method,
                    a.measure, a.threshold, a.threshold_percent, a.zero_denominator, a.rate) ==
           std::tie(b.code, b.number, b.name, b.numerator_label, b.denominator_label, b.unit, b.group, b.max, b.method,
                    b.measure, b.threshold, b.threshold_percent, b.zero_denominator, b.rate);
}
inline bool operator!=(const Criterion& a, const Criterion& b) { return !(a == b); }

struct Group {
    std::string code;  // CKMB
    std::string name;
    double max = 0;
    std::size_t decision_group = 0;  // index into Rubric::decision_groups
    RateRule rate = RateRule::ShownPercent;  // for its criteria that name none
    std::vector<std::size_t> criteria;
};

// Field by field; a new field must join the comparison (see Criterion's).
inline bool operator==(const Group& a, const Group& b) {
    return std::tie(a.code, a.name, a.max, a.decision_group, a.rate, a.criteria) ==
           std::tie(b.code, b.name, b.max, b.decision_group, b.rate, b.criteria);
}
inline bool operator!=(const Group& a, const Group& b) { return !(a == b); }

// A group of the decision itself; the portal splits (d) into CLGQ and TTTT.
struct DecisionGroup {
    std::string code;  // a, b, c, d, đ
    std::string name;
    double max = 0;
    std::vector<std::size_t> groups;  // in rubric order
};

// Field by field; a new field must join the comparison (see Criterion's).
inline bool operator==(const DecisionGroup& a, const DecisionGroup& b) {
    return std::tie(a.code, a.name, a.max, a.groups) == std::tie(b.code, b.name, b.max, b.groups);
}
inline bool operator!=(const DecisionGroup& a, const DecisionGroup& b) { return !(a == b); }

struct RatingBand {
    std::string id;     // xuat_sac
    std::string label;  // Xuất sắc
    std::string color;  // #rrggbb
    double min = 0;     // inclusive lower bound
};

// Field by field; a new field must join the comparison (see Criterion's).
inline bool operator==(const RatingBand& a, const RatingBand& b) {
    return std::tie(a.id, a.label, a.color, a.min) == std::tie(b.id, b.label, b.color, b.min);
}
inline bool operator!=(const RatingBand& a, const RatingBand& b) { return !(a == b); }

struct Rubric {
    std::string id;
    std::string title;
    std::string source;
    double max = 0;
    std::vector<DecisionGroup> decision_groups;
    std::vector<Group> groups;
    std::vector<Criterion> criteria;  // all groups' criteria, in rubric order
    std::vector<RatingBand> ratings;  // highest band first

    std::optional<std::size_t> find_criterion(const std::string& code) const;
    // The band a 2-decimal total falls in.
    std::size_t rating_index(double total) const;

    std::unordered_map<std::string, std::size_t> criterion_index;
};

// Field by field; a new field must join the comparison (see Criterion's).
inline bool operator==(const Rubric& a, const Rubric& b) {
    return std::tie(a.id, a.title, a.source, a.max, a.decision_groups, a.groups, a.criteria, a.ratings,
                    a.criterion_index) == std::tie(b.id, b.title, b.source, b.max, b.decision_groups, b.groups,
                                                   b.criteria, b.ratings, b.criterion_index);
}
inline bool operator!=(const Rubric& a, const Rubric& b) { return !(a == b); }

struct RubricLoad {
    std::optional<Rubric> rubric;
    Diagnostics errors;  // source and line filled in
};

RubricLoad load_rubric(std::string_view json_text, std::string_view source);

// Whether `text` is meant as a rubric file rather than an assessment (the page's open-file
// flow tells them apart by shape): a JSON object whose "format" is "dvcscore-rubric/…", or,
// without a format, that has "groups" or "decision_groups". Broken JSON is not: the
// assessment reader says what is wrong with it.
bool looks_like_rubric(std::string_view text);

// A sentence for printed results saying which points come from unrounded rates, though
// the percentages shown are rounded ("Điểm của nhóm MDSH, MDHL …"); empty when none do.
std::string rate_rule_note(const Rubric& rubric);

// QĐ 766 as published in assets/rubrics/qd766.json, built into the program: the file's
// text (what `dvcscore rubric` prints), and the Rubric it loads as, built from tables the
// build generates from that file (rubric_table.hpp), so no JSON is read for it at start.
std::string_view default_rubric_json();
const Rubric& default_rubric();

}  // namespace dvcscore
