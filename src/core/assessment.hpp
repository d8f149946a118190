#pragma once
// One unit's figures for one period (dvcscore-assessment/1): the entries and what the
// portal says about the unit, the checks of an entry's figures, the limits on reading
// them, and what reading a file gives. The readers are assessment_file.hpp (any file) and
// assessment_csv.hpp (spreadsheets).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.hpp"
#include "rubric.hpp"

namespace dvcscore {

constexpr const char* kAssessmentFormat = "dvcscore-assessment/1";

enum class EntryKind {
    Counts,   // numerator / denominator
    Percent,  // the rate as a percentage
    Value,    // a plain figure, for Measure::Value criteria
};

struct Entry {
    EntryKind kind = EntryKind::Counts;
    double numerator = 0;  // whole numbers up to 2^53
    double denominator = 0;
    double percent = 0;
    double value = 0;
    // Set by the province, not by the unit: a department's or commune's 1.1–1.3 (and 3.1)
    // are its province's figures. Scored as usual; the improvement plan says so instead of
    // advising the unit to change them.
    bool inherited = false;

    static Entry counts(double numerator, double denominator);
    static Entry of_percent(double percent);
    static Entry of_value(double value);
};

bool operator==(const Entry& a, const Entry& b);
inline bool operator!=(const Entry& a, const Entry& b) { return !(a == b); }

// A group score the national portal published on one of its detail pages, and which one
// (its endpoint: "transparency", "dvc-progress-tree", …).
struct PublishedScore {
    double score = 0;
    std::string source;
};

// What the portal published for a unit, to compare with what its figures score.
struct Published {
    std::vector<std::optional<double>> groups;           // by group index: the headline ranking
    std::optional<double> total;                         // the headline total; none when null
    std::vector<std::optional<PublishedScore>> details;  // by group index: the detail pages

    static Published none(const Rubric& rubric);  // sized for `rubric`, nothing published
    bool empty() const;
};

// Figures the portal gave that cannot be scored (a numerator above its denominator): kept,
// so nothing it published is lost, but the criterion counts as not entered.
struct NotScored {
    std::size_t criterion = 0;  // index into Rubric::criteria
    Entry entry;
};

// What the national portal says about a unit besides its figures; all of it optional
// (the members unit_code, level, published and not_scored of an assessment).
struct PortalData {
    std::string unit_code;  // the portal's departmentCode, e.g. H44.100
    std::string level;      // as the portal gives it: PROVINCE, COMMUNE, …
    std::optional<Published> published;
    std::vector<NotScored> not_scored;  // in rubric order, one per criterion at most

    bool empty() const;
};

bool operator==(const Published& a, const Published& b);
inline bool operator!=(const Published& a, const Published& b) { return !(a == b); }
bool operator==(const PortalData& a, const PortalData& b);
inline bool operator!=(const PortalData& a, const PortalData& b) { return !(a == b); }

struct Assessment {
    std::string rubric;  // the rubric's id
    std::string unit;
    std::string period;
    std::vector<std::optional<Entry>> entries;  // by criterion index; empty = not entered
    PortalData portal;

    // An empty form for `rubric`.
    static Assessment blank(const Rubric& rubric);
};

// What is wrong with an entry, and which of its fields to mark.
struct EntryProblem {
    const char* field;  // "numerator", "denominator", "percent" or "value"
    std::string message;
};

// The one place that decides whether figures are acceptable for a criterion; the file
// readers and the page's form both ask it.
std::optional<EntryProblem> check_entry(const Criterion& criterion, const Entry& entry);

// The part of check_entry() about the figures themselves (numbers, whole counts, not
// negative, the right kind for the criterion), leaving out whether they can be scored
// (numerator ≤ denominator, percent ≤ 100): what NotScored figures must pass.
std::optional<EntryProblem> check_entry_figures(const Criterion& criterion, const Entry& entry);

// Limits on what we read; each is reported with a clear message when exceeded.
constexpr std::size_t kMaxInputBytes = 32u << 20;
constexpr std::size_t kMaxAssessments = 50000;
constexpr double kMaxCount = 9007199254740992.0;  // 2^53: counts stay exact as doubles

// "tệp quá lớn (33.554.433 byte; tối đa 32 MB)": the size that was refused.
std::string input_too_large(double bytes);

// What every reader of assessment files does first: a file larger than kMaxInputBytes is
// refused (an error naming `source` in `errors`, nothing returned); any other file's text
// comes back without its byte order mark.
std::optional<std::string_view> input_text(std::string_view bytes, std::string_view source, Diagnostics& errors);

// "có hơn 50000 đánh giá …", for the place where the limit is crossed.
std::string too_many_assessments();

// "<what> quá lớn (tối đa 9 007 199 254 740 992)": a count beyond kMaxCount.
std::string count_too_large(const std::string& what);

enum class BatchLayout {
    Single,  // one object
    Array,   // a JSON array of objects
    Lines,   // JSON Lines: one object per line
    Csv,     // a spreadsheet: one assessment per row (assessment_csv.hpp)
};

// What reading a file gives.
struct AssessmentBatch {
    BatchLayout layout = BatchLayout::Single;
    std::vector<Assessment> assessments;  // in input order; empty when errors is not
    Diagnostics errors;
};

}  // namespace dvcscore
