#pragma once
// Small helpers shared by the topic files: building assessments by criterion code,
// finding a diagnostic by JSON path, reading files, editing JSON text, variants of the
// built-in rubric.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/assessment.hpp"
#include "core/diagnostic.hpp"
#include "core/rubric.hpp"
#include "core/score.hpp"

namespace test_support {

using namespace dvcscore;

// Chân Mộng's payment figures (TTTT 3.4, 3.5, 3.6) as an assessment file: TTTT 7.22 under
// qd766 (docs/rubric.md's worked example).
inline const char* const kChanMong = R"({"format": "dvcscore-assessment/1", "unit": "UBND xã Chân Mộng", "period": "2026",
  "values": {"PAY_DOSSIERS": {"numerator": 1437, "denominator": 1541},
             "PAY_FORMALITIES": {"numerator": 18, "denominator": 40},
             "PAY_PROVISION": {"numerator": 8, "denominator": 40}}})";

// Index of a criterion of `rubric`; fails the test when the code is unknown.
inline std::size_t index_of(const Rubric& rubric, const std::string& code) {
    const auto index = rubric.find_criterion(code);
    INFO("criterion code " << code);
    REQUIRE(index.has_value());
    return *index;
}

inline const Criterion& criterion(const std::string& code) {
    const Rubric& rubric = default_rubric();
    return rubric.criteria[index_of(rubric, code)];
}

inline std::size_t group_index(const Rubric& rubric, const std::string& code) {
    for (std::size_t g = 0; g < rubric.groups.size(); ++g)
        if (rubric.groups[g].code == code) return g;
    FAIL("no group " << code);
    return 0;
}

// Points of one criterion of the built-in rubric for an entry.
inline CriterionScore score_of(const std::string& code, const Entry& entry) {
    return score_criterion(criterion(code), &entry);
}

inline Assessment with_entries(std::initializer_list<std::pair<const char*, Entry>> entries,
                               const Rubric& rubric = default_rubric()) {
    Assessment a = Assessment::blank(rubric);
    for (const auto& [code, entry] : entries) a.entries[index_of(rubric, code)] = entry;
    return a;
}

// Every scored criterion of the built-in rubric at 100 %.
inline Assessment all_full(const Rubric& rubric = default_rubric()) {
    Assessment a = Assessment::blank(rubric);
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c)
        if (rubric.criteria[c].scored()) a.entries[c] = Entry::of_percent(100);
    return a;
}

// A 2-decimal figure as whole cents; the core returns c / 100.0, so this is exact.
inline std::int64_t cents(double x) { return std::llround(x * 100); }

inline const Diagnostic* find_error(const Diagnostics& errors, const std::string& path) {
    for (const Diagnostic& d : errors)
        if (d.path == path) return &d;
    return nullptr;
}

// The error at `path`, checked as every validation test expects it: reported with the
// input's source, the line, and a message; every error names the source.
inline Diagnostic error_at(const Diagnostics& errors, const std::string& source, const std::string& path, int line) {
    REQUIRE_FALSE(errors.empty());
    const Diagnostic* d = find_error(errors, path);
    INFO("expected an error at " << path);
    REQUIRE(d != nullptr);
    CHECK(d->source == source);
    CHECK_FALSE(d->message.empty());
    CHECK(d->line == line);
    for (const Diagnostic& each : errors) CHECK(each.source == source);
    return *d;
}

inline std::string describe(const Diagnostics& errors) {
    std::string s;
    for (const Diagnostic& d : errors) s += "  " + d.to_string() + "\n";
    return s.empty() ? "  (no errors)\n" : s;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    INFO("reading " << path);
    REQUIRE(in.good());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// `text` with the single occurrence of `from` replaced; fails when it is not exactly one,
// so a broken fixture cannot silently test nothing.
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    INFO("replacing «" << from << "»");
    REQUIRE(at != std::string::npos);
    REQUIRE(text.find(from, at + 1) == std::string::npos);
    return text.replace(at, from.size(), to);
}

// The built-in rubric's JSON changed by `edit(json&)` and loaded again (it must load): a
// rubric that differs from qd766 in one respect, such as its rate rules.
template <typename Edit>
Rubric qd766_edited(Edit edit) {
    nlohmann::json doc = nlohmann::json::parse(default_rubric_json());
    edit(doc);
    const RubricLoad load = load_rubric(doc.dump(), "qd766-edited.json");
    INFO(describe(load.errors));
    REQUIRE(load.rubric.has_value());
    return *load.rubric;
}

// qd766 with every group's "rate" set to `rate`, or, for an empty `rate`, with no "rate"
// anywhere, as rubric files written before the portal's two rules are.
inline Rubric qd766_rate_everywhere(const std::string& rate) {
    return qd766_edited([&](nlohmann::json& doc) {
        for (auto& g : doc["groups"]) {
            g.erase("rate");
            for (auto& c : g["criteria"]) c.erase("rate");
            if (!rate.empty()) g["rate"] = rate;
        }
    });
}

}  // namespace test_support
