#include "assessment.hpp"

#include <cmath>

#include "number_text.hpp"
#include "utf8_text.hpp"

namespace dvcscore {

Entry Entry::counts(double numerator, double denominator) {
    Entry e;
    e.kind = EntryKind::Counts;
    e.numerator = numerator;
    e.denominator = denominator;
    return e;
}

Entry Entry::of_percent(double percent) {
    Entry e;
    e.kind = EntryKind::Percent;
    e.percent = percent;
    return e;
}

Entry Entry::of_value(double value) {
    Entry e;
    e.kind = EntryKind::Value;
    e.value = value;
    return e;
}

bool operator==(const Entry& a, const Entry& b) {
    if (a.kind != b.kind || a.inherited != b.inherited) return false;
    switch (a.kind) {
        case EntryKind::Counts: return a.numerator == b.numerator && a.denominator == b.denominator;
        case EntryKind::Percent: return a.percent == b.percent;
        case EntryKind::Value: return a.value == b.value;
    }
    return true;
}

Published Published::none(const Rubric& rubric) {
    Published p;
    p.groups.resize(rubric.groups.size());
    p.details.resize(rubric.groups.size());
    return p;
}

bool Published::empty() const {
    for (const auto& g : groups)
        if (g) return false;
    for (const auto& d : details)
        if (d) return false;
    return !total;
}

bool PortalData::empty() const {
    return unit_code.empty() && level.empty() && !published && not_scored.empty();
}

bool operator==(const Published& a, const Published& b) {
    if (a.groups != b.groups || a.total != b.total || a.details.size() != b.details.size()) return false;
    for (std::size_t g = 0; g < a.details.size(); ++g) {
        const auto &x = a.details[g], &y = b.details[g];
        if (x.has_value() != y.has_value()) return false;
        if (x && (x->score != y->score || x->source != y->source)) return false;
    }
    return true;
}

bool operator==(const PortalData& a, const PortalData& b) {
    if (a.unit_code != b.unit_code || a.level != b.level || a.published != b.published ||
        a.not_scored.size() != b.not_scored.size())
        return false;
    for (std::size_t i = 0; i < a.not_scored.size(); ++i)
        if (a.not_scored[i].criterion != b.not_scored[i].criterion || a.not_scored[i].entry != b.not_scored[i].entry)
            return false;
    return true;
}

Assessment Assessment::blank(const Rubric& rubric) {
    Assessment a;
    a.rubric = rubric.id;
    a.entries.resize(rubric.criteria.size());
    return a;
}

std::string input_too_large(double bytes) {
    // Bytes, grouped by threes as Vietnamese writes them: never "32 MB; tối đa 32 MB".
    std::string digits = std::to_string(static_cast<unsigned long long>(bytes));
    for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, ".");
    return "tệp quá lớn (" + digits + " byte; tối đa " + std::to_string(kMaxInputBytes >> 20) + " MB)";
}

std::optional<std::string_view> input_text(std::string_view bytes, std::string_view source, Diagnostics& errors) {
    if (bytes.size() > kMaxInputBytes) {
        Diagnostic d;
        d.source = std::string(source);
        d.message = input_too_large(static_cast<double>(bytes.size()));
        errors.push_back(std::move(d));
        return std::nullopt;
    }
    return without_bom(bytes);
}

std::string too_many_assessments() {
    return "có hơn " + std::to_string(kMaxAssessments) + " đánh giá trong một tệp; hãy chia thành nhiều tệp";
}

std::string count_too_large(const std::string& what) {
    return what + " quá lớn (tối đa " + format_count(kMaxCount, " ") + ")";
}

namespace {

std::optional<EntryProblem> check_count(const char* field, const char* what, double x) {
    const std::string name = what;
    if (!std::isfinite(x)) return EntryProblem{field, name + " không phải là số"};
    if (x < 0) return EntryProblem{field, name + " không được âm"};
    if (x != std::floor(x)) return EntryProblem{field, name + " phải là số nguyên (một số đếm)"};
    if (x > kMaxCount) return EntryProblem{field, count_too_large(name)};
    return std::nullopt;
}

}  // namespace

std::optional<EntryProblem> check_entry(const Criterion& criterion, const Entry& entry) {
    if (auto problem = check_entry_figures(criterion, entry)) return problem;
    if (entry.kind == EntryKind::Percent && entry.percent > 100)
        return EntryProblem{"percent", "tỷ lệ không được quá 100%"};
    if (entry.kind == EntryKind::Counts && entry.numerator > entry.denominator)
        return EntryProblem{"numerator", "tử số (" + format_number(entry.numerator) + ") lớn hơn mẫu số (" +
                                             format_number(entry.denominator) + ")"};
    return std::nullopt;
}

std::optional<EntryProblem> check_entry_figures(const Criterion& criterion, const Entry& entry) {
    if (criterion.measure == Measure::Value) {
        if (entry.kind != EntryKind::Value)
            return EntryProblem{entry.kind == EntryKind::Percent ? "percent" : "numerator",
                                "chỉ tiêu này nhập một giá trị (value), không phải tỷ lệ"};
        if (!std::isfinite(entry.value)) return EntryProblem{"value", "giá trị không phải là số"};
        if (entry.value < 0) return EntryProblem{"value", "giá trị không được âm"};
        return std::nullopt;
    }
    switch (entry.kind) {
        case EntryKind::Value:
            return EntryProblem{"value", "chỉ tiêu này nhập tỷ lệ: tử số và mẫu số, hoặc phần trăm"};
        case EntryKind::Percent:
            if (!std::isfinite(entry.percent)) return EntryProblem{"percent", "tỷ lệ không phải là số"};
            if (entry.percent < 0) return EntryProblem{"percent", "tỷ lệ không được âm"};
            return std::nullopt;
        case EntryKind::Counts:
            if (auto p = check_count("numerator", "tử số", entry.numerator)) return p;
            if (auto p = check_count("denominator", "mẫu số", entry.denominator)) return p;
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace dvcscore
