#include "assessment_csv.hpp"

#include <optional>

#include "assessment_csv_header.hpp"
#include "csv.hpp"
#include "number_text.hpp"
#include "text_fold.hpp"
#include "utf8_text.hpp"

namespace dvcscore {
namespace {

// A file of nothing but mistakes stops being read here; the first ones say what to fix.
constexpr std::size_t kMaxErrors = 1000;
// No real header comes near this; a line of 30 million separators must not become 30
// million strings.
constexpr std::size_t kMaxColumns = 4096;

// Spreadsheets group thousands with no-break spaces as readily as with plain ones.
std::string plain_spaces(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\xC2\xA0") == 0) {
            out += ' ';
            i += 1;
        } else if (text.compare(i, 3, "\xE2\x80\xAF") == 0) {
            out += ' ';
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

// The rows of a CSV file, read against its header into assessments.
class CsvReader {
public:
    CsvReader(std::string_view source, const Rubric& rubric, AssessmentBatch& batch)
        : source_(source), rubric_(rubric), batch_(batch) {}

    void read(std::string_view text) {
        const CsvFirstLine first = first_filled_line(text);
        if (!is_valid_utf8(first.text)) {
            error(first.number, "",
                  "tệp không phải văn bản UTF-8 (có lẽ Excel đã lưu theo bảng mã Windows-1258): hãy lưu lại "
                  "bằng \"CSV UTF-8 (phân cách bằng dấu phẩy)\"");
            return;
        }
        char separator = '\0';
        first_cell(first.text, separator);
        if (separator == '\0') separator = ',';  // a single column
        if (separator != ',' && separator != ';' && separator != '\t') {
            error(first.number, "",
                  "không nhận ra dấu phân cách sau ô đầu tiên: dùng dấu phẩy (,), chấm phẩy (;) hoặc tab");
            return;
        }

        CsvTokenizer rows(text.substr(first.start), separator, first.number);
        CsvRow header_row;
        std::optional<CsvProblem> problem;
        rows.next(header_row, problem, kMaxColumns);
        if (problem) {
            error(problem->line, "", problem->message);
            return;
        }
        if (header_row.count > kMaxColumns) {
            error(header_row.line, "", "dòng tiêu đề có " + std::to_string(header_row.count) +
                                           " cột, quá nhiều (tối đa " + std::to_string(kMaxColumns) + ")");
            return;
        }
        header_ = read_csv_header(header_row, rubric_);
        for (Diagnostic& d : header_.errors) error(d.line, std::move(d.path), std::move(d.message));
        if (!header_.errors.empty()) return;

        const std::size_t columns = header_.columns.size();
        std::size_t count = 0;
        CsvRow row;
        while (batch_.errors.size() < kMaxErrors && rows.next(row, problem, columns)) {
            if (problem) {
                error(problem->line, header_.column_name(problem->column), problem->message);
                continue;
            }
            if (row.blank) continue;
            if (++count > kMaxAssessments) {
                error(row.line, "", too_many_assessments());  // the row where to split the file
                break;
            }
            if (row.count != columns) {
                error(row.line, "", "dòng có " + std::to_string(row.count) + " ô nhưng dòng tiêu đề có " +
                                        std::to_string(columns) + " cột");
                continue;
            }
            if (auto a = read_row(row)) batch_.assessments.push_back(std::move(*a));
        }
        if (count == 0 && batch_.errors.empty())
            error(header_row.line, "", "chưa có dòng số liệu nào dưới dòng tiêu đề (mỗi đơn vị một dòng)");
    }

private:
    void error(int line, std::string path, std::string message) {
        if (batch_.errors.size() >= kMaxErrors) return;
        Diagnostic d;
        d.source = std::string(source_);
        d.line = line;
        d.path = std::move(path);
        d.message = std::move(message);
        batch_.errors.push_back(std::move(d));
        if (batch_.errors.size() == kMaxErrors) {
            Diagnostic stop;
            stop.source = std::string(source_);
            stop.line = line;
            stop.message = "quá nhiều lỗi (" + std::to_string(kMaxErrors) + "): dừng đọc tệp ở đây";
            batch_.errors.push_back(std::move(stop));
        }
    }

    void error(const CsvCell& cell, std::size_t column, std::string message) {
        error(cell.line, header_.column_name(column), std::move(message));
    }

    std::optional<Assessment> read_row(const CsvRow& row) {
        const std::size_t errors_before = batch_.errors.size();
        Assessment a = Assessment::blank(rubric_);
        for (std::size_t i = 0; i < header_.columns.size(); ++i) {
            const CsvColumnKind kind = header_.columns[i].kind;
            const CsvCell& cell = row.cells[i];
            const std::string_view text = trimmed(cell.text);
            if (kind == CsvColumnKind::Unit || kind == CsvColumnKind::Period) {
                if (!is_valid_utf8(text)) error(cell, i, "ô không phải văn bản UTF-8 hợp lệ");
                (kind == CsvColumnKind::Unit ? a.unit : a.period) = std::string(text);
            } else if (kind == CsvColumnKind::Ignored && !text.empty()) {
                error(cell, i, "ô có nội dung nhưng cột không có tiêu đề");
            }
        }
        for (std::size_t c : header_.with_columns)
            if (auto entry = read_entry(row, c)) a.entries[c] = *entry;
        if (batch_.errors.size() != errors_before) return std::nullopt;
        return a;
    }

    std::optional<Entry> read_entry(const CsvRow& row, std::size_t c) {
        const Criterion& criterion = rubric_.criteria[c];
        const FigureColumns& columns = header_.figures[c];
        const auto text_in = [&](const std::optional<std::size_t>& column) {
            return column ? std::string(trimmed(plain_spaces(row.cells[*column].text))) : std::string();
        };
        const std::string numerator = text_in(columns.numerator), denominator = text_in(columns.denominator),
                          percent = text_in(columns.percent), value = text_in(columns.value);
        const auto fail = [&](std::size_t column, std::string message) {
            error(row.cells[column], column, std::move(message));
            return std::nullopt;
        };

        Entry entry;
        if ((!numerator.empty() || !denominator.empty()) && !percent.empty()) {
            return fail(*columns.percent, "chỉ tiêu " + criterion.number +
                                              " đã có tử số/mẫu số trên dòng này: chỉ dùng một dạng, tử số và mẫu "
                                              "số hoặc tỷ lệ %");
        } else if (numerator.empty() != denominator.empty()) {
            if (numerator.empty())
                return fail(*columns.numerator, "thiếu tử số (đã có mẫu số " + shortened(denominator) + ")");
            return fail(*columns.denominator, "thiếu mẫu số (đã có tử số " + shortened(numerator) + ")");
        } else if (!numerator.empty()) {
            const auto n = parse_count(numerator);
            const auto d = parse_count(denominator);
            if (!n) fail(*columns.numerator, "\"" + shortened(numerator) + "\" không phải là số");
            if (!d) fail(*columns.denominator, "\"" + shortened(denominator) + "\" không phải là số");
            if (!n || !d) return std::nullopt;
            entry = Entry::counts(*n, *d);
        } else if (!percent.empty()) {
            std::string_view p = percent;
            if (p.back() == '%') p = trimmed(p.substr(0, p.size() - 1));  // "93,25 %" as Excel shows it
            const auto x = parse_decimal(p);
            if (!x) return fail(*columns.percent, "\"" + shortened(percent) + "\" không phải là số");
            entry = Entry::of_percent(*x);
        } else if (!value.empty()) {
            const auto x = parse_decimal(value);
            if (!x) return fail(*columns.value, "\"" + shortened(value) + "\" không phải là số");
            entry = Entry::of_value(*x);
        } else {
            return std::nullopt;  // not entered
        }
        if (auto problem = check_entry(criterion, entry))
            return fail(columns.of_field(problem->field), problem->message);
        return entry;
    }

    std::string_view source_;
    const Rubric& rubric_;
    AssessmentBatch& batch_;
    CsvHeader header_;
};

}  // namespace

std::string csv_template(const Rubric& rubric, char separator) { return assessments_csv(rubric, {}, separator); }

std::string assessments_csv(const Rubric& rubric, const std::vector<Assessment>& assessments, char separator) {
    if (separator != ',' && separator != ';' && separator != '\t') separator = ',';
    std::vector<bool> with_percent(rubric.criteria.size(), false);
    for (const Assessment& a : assessments)
        for (std::size_t c = 0; c < rubric.criteria.size() && c < a.entries.size(); ++c)
            if (a.entries[c] && a.entries[c]->kind == EntryKind::Percent) with_percent[c] = true;

    std::string out = std::string(kUtf8Bom) + csv_field("Đơn vị", separator) + separator +
                      csv_field("Kỳ đánh giá", separator);
    auto add = [&](const std::string& header) { out += separator + csv_field(header, separator); };
    auto label = [](const std::string& text) { return text.empty() ? std::string() : " (" + text + ")"; };
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        const Criterion& criterion = rubric.criteria[c];
        if (criterion.measure == Measure::Rate) {
            add(criterion.number + " Tử số" + label(criterion.numerator_label));
            add(criterion.number + " Mẫu số" + label(criterion.denominator_label));
            if (with_percent[c]) add(criterion.number + " Tỷ lệ %");
        } else {
            add(criterion.number + " Giá trị" + label(criterion.unit));
        }
    }
    out += "\r\n";
    for (const Assessment& a : assessments) {
        out += csv_field(a.unit, separator) + separator + csv_field(a.period, separator);
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
            const std::optional<Entry> none;
            const std::optional<Entry>& e = c < a.entries.size() ? a.entries[c] : none;
            const bool counts = e && e->kind == EntryKind::Counts;
            if (rubric.criteria[c].measure == Measure::Rate) {
                out += separator + (counts ? format_number(e->numerator) : std::string());
                out += separator + (counts ? format_number(e->denominator) : std::string());
                if (with_percent[c])
                    out += separator + (e && e->kind == EntryKind::Percent ? format_number(e->percent) : std::string());
            } else {
                out += separator + (e && e->kind == EntryKind::Value ? format_number(e->value) : std::string());
            }
        }
        out += "\r\n";
    }
    return out;
}

bool looks_like_assessment_csv(std::string_view text) {
    const std::string_view first = first_filled_line(without_bom(text)).text;
    const std::size_t lead = first.find_first_not_of(" \t");
    if (lead == std::string_view::npos || first[lead] == '{' || first[lead] == '[') return false;
    if (!is_valid_utf8(first)) return true;
    char after = '\0';
    return fold_text(first_cell(first, after)) == "don vi";
}

AssessmentBatch parse_assessments_csv(std::string_view bytes, std::string_view source, const Rubric& rubric) {
    AssessmentBatch batch;
    batch.layout = BatchLayout::Csv;
    const std::optional<std::string_view> text = input_text(bytes, source, batch.errors);
    if (!text) return batch;
    CsvReader(source, rubric, batch).read(*text);
    if (!batch.errors.empty()) batch.assessments.clear();
    return batch;
}

}  // namespace dvcscore
