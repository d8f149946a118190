#include "assessment.hpp"

#include <cmath>

#include "assessment_csv.hpp"
#include "json_checks.hpp"
#include "number_text.hpp"
#include "portal_fields.hpp"

namespace dvcscore {

constexpr const char* kAssessmentFormat = "dvcscore-assessment/1";

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

std::string too_many_assessments() {
    return "có hơn " + std::to_string(kMaxAssessments) + " đánh giá trong một tệp; hãy chia thành nhiều tệp";
}

namespace {

std::optional<EntryProblem> check_count(const char* field, const char* what, double x) {
    const std::string name = what;
    if (!std::isfinite(x)) return EntryProblem{field, name + " không phải là số"};
    if (x < 0) return EntryProblem{field, name + " không được âm"};
    if (x != std::floor(x)) return EntryProblem{field, name + " phải là số nguyên (một số đếm)"};
    if (x > kMaxCount) return EntryProblem{field, name + " quá lớn (tối đa 9 007 199 254 740 992)"};
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

namespace {

class AssessmentReader {
public:
    AssessmentReader(const Rubric& rubric, std::string_view text, std::string_view source, int first_line,
                     Diagnostics& errors)
        : rubric_(rubric), check_(text, source, first_line, errors) {}

    std::optional<Assessment> read(const Json& doc, const PathNode& at) {
        if (!check_.is_object(doc, at)) return std::nullopt;
        const std::size_t errors_before = check_.error_count();
        check_.only_known(doc, at, {"format", "rubric", "unit", "period", "values", "unit_code", "level", "published",
                                    "not_scored"});
        if (auto format = check_.string(doc, at, "format", false); format && *format != kAssessmentFormat)
            check_.error(at.child("format"),
                         "định dạng \"" + *format + "\" không được hỗ trợ (cần \"" + kAssessmentFormat + "\")");
        Assessment a = Assessment::blank(rubric_);
        if (auto id = check_.string(doc, at, "rubric", false); id && *id != rubric_.id)
            check_.error(at.child("rubric"), "bộ tiêu chí \"" + *id + "\" khác bộ đang dùng \"" + rubric_.id +
                                                 "\" (nạp bộ đó bằng --rubric)");
        a.unit = check_.string(doc, at, "unit", false).value_or("");
        a.period = check_.string(doc, at, "period", false).value_or("");
        if (const Json* values = check_.member(doc, at, "values", false)) read_values(*values, at.child("values"), a);
        read_portal_fields(doc, at, rubric_, check_, a.portal);
        for (const NotScored& n : a.portal.not_scored)
            if (a.entries[n.criterion])
                check_.error(at.child("not_scored").child(rubric_.criteria[n.criterion].code),
                             "chỉ tiêu này đã có trong \"values\": một chỉ tiêu chỉ ở một trong hai nơi");
        if (check_.error_count() != errors_before) return std::nullopt;
        return a;
    }

private:
    void read_values(const Json& values, const PathNode& at, Assessment& a) {
        if (!check_.is_object(values, at)) return;
        for (auto it = values.begin(); it != values.end(); ++it) {
            const PathNode here = at.child(it.key());
            const auto index = rubric_.find_criterion(it.key());
            if (!index) {
                check_.error(here, "không có chỉ tiêu mã \"" + it.key() + "\" trong bộ " + rubric_.id);
                continue;
            }
            if (auto entry = read_entry_json(*it, here, rubric_.criteria[*index], check_, true)) a.entries[*index] = *entry;
        }
    }

    const Rubric& rubric_;
    JsonChecker check_;
};

std::string_view without_bom(std::string_view text) {
    return text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
}

bool blank(std::string_view line) {
    return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// JSON Lines when the first non-blank line is a whole JSON value by itself and more
// non-blank lines follow; a pretty-printed object's first line ("{") never is.
bool looks_like_json_lines(std::string_view text) {
    std::size_t start = 0;
    bool first_seen = false;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        if (!blank(line)) {
            if (first_seen) return true;
            if (read_json(line).error) return false;
            first_seen = true;
        }
        start = end + 1;
    }
    return false;
}

Diagnostic whole_input(std::string_view source, std::string message) {
    Diagnostic d;
    d.source = std::string(source);
    d.message = std::move(message);
    return d;
}

void finish(AssessmentBatch& batch) {
    if (!batch.errors.empty()) batch.assessments.clear();
}

}  // namespace

AssessmentBatch parse_assessments(std::string_view text, std::string_view source, const Rubric& rubric) {
    AssessmentBatch batch;
    if (text.size() > kMaxInputBytes) {
        batch.errors.push_back(whole_input(source, input_too_large(static_cast<double>(text.size()))));
        return batch;
    }
    text = without_bom(text);
    if (blank(text)) {
        batch.errors.push_back(whole_input(source, "tệp rỗng: không có đánh giá nào"));
        return batch;
    }
    if (looks_like_assessment_csv(text)) return parse_assessments_csv(text, source, rubric);

    if (looks_like_json_lines(text)) {
        batch.layout = BatchLayout::Lines;
        int line_number = 0;
        std::size_t start = 0;
        std::size_t units = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            const std::string_view line = text.substr(start, end - start);
            ++line_number;
            start = end + 1;
            if (blank(line)) continue;
            if (++units > kMaxAssessments) {
                Diagnostic d = whole_input(source, too_many_assessments());
                d.line = line_number;  // where to split the file
                batch.errors.push_back(std::move(d));
                break;
            }
            JsonRead read = read_json(line, line_number);
            if (read.error) {
                read.error->source = std::string(source);
                batch.errors.push_back(std::move(*read.error));
                continue;
            }
            AssessmentReader reader(rubric, line, source, line_number, batch.errors);
            if (auto a = reader.read(read.value, PathNode{})) batch.assessments.push_back(std::move(*a));
        }
        finish(batch);
        return batch;
    }

    JsonRead read = read_json(text);
    if (read.error) {
        read.error->source = std::string(source);
        batch.errors.push_back(std::move(*read.error));
        return batch;
    }
    const PathNode root;
    if (read.value.is_array()) {
        batch.layout = BatchLayout::Array;
        if (read.value.size() > kMaxAssessments) {
            const std::vector<PathStep> first_too_many{PathStep{{}, kMaxAssessments, true}};
            Diagnostic d = whole_input(source, too_many_assessments());
            d.path = path_string(first_too_many);
            d.line = line_of(text, first_too_many);
            batch.errors.push_back(std::move(d));
            return batch;
        }
        AssessmentReader reader(rubric, text, source, 1, batch.errors);
        for (std::size_t i = 0; i < read.value.size(); ++i)
            if (auto a = reader.read(read.value[i], root.item(i))) batch.assessments.push_back(std::move(*a));
    } else if (read.value.is_object()) {
        AssessmentReader reader(rubric, text, source, 1, batch.errors);
        if (auto a = reader.read(read.value, root)) batch.assessments.push_back(std::move(*a));
    } else {
        batch.errors.push_back(whole_input(source, std::string("cần một đánh giá {…}, một mảng […] hoặc JSON Lines, "
                                                               "không phải ") + json_type_name(read.value)));
    }
    finish(batch);
    return batch;
}

}  // namespace dvcscore
