#pragma once
// Shared by the portal topic files: importing the samples in tests/data/portal and finding
// what became of a unit.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/portal_import.hpp"
#include "support.hpp"

namespace portal_support {

using namespace dvcscore;

inline std::string sample_path(const std::string& name) { return std::string(DVCSCORE_TEST_DATA) + "/portal/" + name; }
inline std::string sample(const std::string& name) { return test_support::read_file(sample_path(name)); }

const char* const kDvcProgress = "dvc-progress-tree_quarter_all_PhuTho.json";
const char* const kProvideOnline = "provide-online-tree_year_formality_PhuTho.json";
const char* const kServiceResults = "service-results_year_national.json";
const char* const kTransparency = "transparency_year_GiaLai.json";
const char* const kEntries = "handling-satisfaction_and_dossier-digitized_entries_GiaLai.json";
const char* const kPayment = "formality-online-payment-tree_year_SYNTHETIC.json";
const char* const kHar = "dashboard-2026.har";
const char* const kMixedHar = "dashboard-mixed-periods.har";

// Texts named by their file names, imported together.
struct Named {
    std::string name;
    std::string text;
};

inline PortalImport import_texts(const std::vector<Named>& files, const Rubric& rubric = default_rubric()) {
    std::vector<PortalFile> list;
    for (const Named& f : files) list.push_back(PortalFile{f.name, f.text});
    return import_portal(list, rubric);
}

inline PortalImport import_samples(const std::vector<std::string>& names) {
    std::vector<Named> files;
    for (const std::string& n : names) files.push_back({n, sample(n)});
    return import_texts(files);
}

// An import that must succeed.
inline std::vector<Assessment> imported(const PortalImport& result) {
    INFO("errors:\n" << test_support::describe(result.errors));
    REQUIRE(result.errors.empty());
    return result.assessments;
}

inline const Assessment& unit(const std::vector<Assessment>& list, const std::string& name) {
    for (const Assessment& a : list)
        if (a.unit == name) return a;
    FAIL("no unit named " << name);
    return list.front();
}

inline const std::optional<Entry>& entry(const Assessment& a, const std::string& code) {
    return a.entries[test_support::index_of(default_rubric(), code)];
}

inline std::size_t group(const std::string& code) { return test_support::group_index(default_rubric(), code); }

// The one error (or warning) at `path`, with its file and line.
inline const Diagnostic& diagnostic_at(const Diagnostics& list, const std::string& source, const std::string& path,
                                       int line) {
    INFO("diagnostics:\n" << test_support::describe(list));
    const Diagnostic* d = test_support::find_error(list, path);
    REQUIRE(d != nullptr);
    CHECK(d->source == source);
    CHECK(d->line == line);
    CHECK_FALSE(d->message.empty());
    return *d;
}

}  // namespace portal_support
