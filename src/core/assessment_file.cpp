#include "assessment_file.hpp"

#include <optional>
#include <vector>

#include "assessment_csv.hpp"
#include "json_checks.hpp"
#include "portal_fields.hpp"
#include "utf8_text.hpp"

namespace dvcscore {

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

bool blank(std::string_view line) { return trimmed(line).empty(); }

// The line of `text` that begins at `start`, without its '\n'; `start` moves past it.
std::string_view next_line(std::string_view text, std::size_t& start) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    return line;
}

// JSON Lines when the first non-blank line is a whole JSON value by itself and more
// non-blank lines follow; a pretty-printed object's first line ("{") never is.
bool looks_like_json_lines(std::string_view text) {
    std::size_t start = 0;
    bool first_seen = false;
    while (start < text.size()) {
        const std::string_view line = next_line(text, start);
        if (!blank(line)) {
            if (first_seen) return true;
            if (read_json(line).error) return false;
            first_seen = true;
        }
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

struct NumberedLine {
    std::string_view text;
    int number = 0;
};

// Each non-blank line is an assessment of its own: read independently (through `run_slices`),
// then gathered in input order, problems in the order of their lines.
void read_json_lines(std::string_view text, std::string_view source, const Rubric& rubric,
                     const SliceRunner& run_slices, AssessmentBatch& batch) {
    std::vector<NumberedLine> lines;
    std::optional<Diagnostic> too_many;
    int line_number = 0;
    for (std::size_t start = 0; start < text.size();) {
        const std::string_view line = next_line(text, start);
        ++line_number;
        if (blank(line)) continue;
        if (lines.size() == kMaxAssessments) {
            too_many = whole_input(source, too_many_assessments());
            too_many->line = line_number;  // where to split the file
            break;
        }
        lines.push_back({line, line_number});
    }
    std::vector<std::optional<Assessment>> read(lines.size());
    std::vector<Diagnostics> problems(lines.size());
    auto read_slice = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const NumberedLine& line = lines[i];
            const std::optional<Json> doc = read_json(line.text, source, problems[i], line.number);
            if (!doc) continue;
            AssessmentReader reader(rubric, line.text, source, line.number, problems[i]);
            read[i] = reader.read(*doc, PathNode{});
        }
    };
    if (run_slices) run_slices(lines.size(), read_slice);
    else read_slice(0, lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        for (Diagnostic& d : problems[i]) batch.errors.push_back(std::move(d));
        if (read[i]) batch.assessments.push_back(std::move(*read[i]));
    }
    if (too_many) batch.errors.push_back(std::move(*too_many));
}

}  // namespace

AssessmentBatch parse_assessments(std::string_view bytes, std::string_view source, const Rubric& rubric,
                                  const SliceRunner& run_slices) {
    AssessmentBatch batch;
    const std::optional<std::string_view> input = input_text(bytes, source, batch.errors);
    if (!input) return batch;
    const std::string_view text = *input;
    if (blank(text)) {
        batch.errors.push_back(whole_input(source, "tệp rỗng: không có đánh giá nào"));
        return batch;
    }
    if (looks_like_assessment_csv(text)) return parse_assessments_csv(text, source, rubric);

    if (looks_like_json_lines(text)) {
        batch.layout = BatchLayout::Lines;
        read_json_lines(text, source, rubric, run_slices, batch);
        finish(batch);
        return batch;
    }

    const std::optional<Json> read = read_json(text, source, batch.errors);
    if (!read) return batch;
    const Json& doc = *read;
    const PathNode root;
    if (doc.is_array()) {
        batch.layout = BatchLayout::Array;
        if (doc.size() > kMaxAssessments) {
            const std::vector<PathStep> first_too_many{PathStep{{}, kMaxAssessments, true}};
            Diagnostic d = whole_input(source, too_many_assessments());
            d.path = path_string(first_too_many);
            d.line = line_of(text, first_too_many);
            batch.errors.push_back(std::move(d));
            return batch;
        }
        AssessmentReader reader(rubric, text, source, 1, batch.errors);
        for (std::size_t i = 0; i < doc.size(); ++i)
            if (auto a = reader.read(doc[i], root.item(i))) batch.assessments.push_back(std::move(*a));
    } else if (doc.is_object()) {
        AssessmentReader reader(rubric, text, source, 1, batch.errors);
        if (auto a = reader.read(doc, root)) batch.assessments.push_back(std::move(*a));
    } else {
        batch.errors.push_back(whole_input(source, std::string("cần một đánh giá {…}, một mảng […] hoặc JSON Lines, "
                                                               "không phải ") + json_type_name(doc)));
    }
    finish(batch);
    return batch;
}

}  // namespace dvcscore
