#include "assessment_csv.hpp"

#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

#include "number_text.hpp"
#include "result_csv.hpp"
#include "utf8_text.hpp"

namespace dvcscore {
namespace {

// A file of nothing but mistakes stops being read here; the first ones say what to fix.
constexpr std::size_t kMaxErrors = 1000;
// No real header comes near this; a line of 30 million separators must not become 30
// million strings.
constexpr std::size_t kMaxColumns = 4096;

std::string_view without_bom(std::string_view text) {
    return text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
}

bool is_line_end(char c) { return c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view s) {
    const std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// ---- header text, compared without case or diacritics ------------------------------------

char32_t code_point(std::string_view s, std::size_t i, std::size_t length) {
    const auto b = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
    switch (length) {
        case 1: return b(0);
        case 2: return (b(0) & 0x1F) << 6 | (b(1) & 0x3F);
        case 3: return (b(0) & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F);
        default: return (b(0) & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 | (b(3) & 0x3F);
    }
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == 0x2009 || c == 0x202F; }

// The base letter of a Vietnamese letter ("ữ" → 'u', "Đ" → 'd'), lower case; 0 for others.
char base_letter(char32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    // U+00C0–U+00FF; '?' where there is no plain letter.
    static const char latin1[] = "aaaaaa?ceeeeiiiidnooooo?ouuuuy??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y";
    if (c >= 0xC0 && c <= 0xFF) return latin1[c - 0xC0] == '?' ? 0 : latin1[c - 0xC0];
    switch (c) {
        case 0x102: case 0x103: return 'a';  // Ă ă
        case 0x110: case 0x111: return 'd';  // Đ đ
        case 0x128: case 0x129: return 'i';  // Ĩ ĩ
        case 0x168: case 0x169: return 'u';  // Ũ ũ
        case 0x1A0: case 0x1A1: return 'o';  // Ơ ơ
        case 0x1AF: case 0x1B0: return 'u';  // Ư ư
        default: break;
    }
    if (c >= 0x1EA0 && c <= 0x1EB7) return 'a';  // Ạ … ặ
    if (c >= 0x1EB8 && c <= 0x1EC7) return 'e';
    if (c >= 0x1EC8 && c <= 0x1ECB) return 'i';
    if (c >= 0x1ECC && c <= 0x1EE3) return 'o';
    if (c >= 0x1EE4 && c <= 0x1EF1) return 'u';
    if (c >= 0x1EF2 && c <= 0x1EF9) return 'y';
    return 0;
}

// Lower case without diacritics, whitespace runs as one space, trimmed: "  Tử  SỐ" → "tu so".
// Headers typed without diacritics, in capitals, or in decomposed Unicode all match.
std::string fold(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            out += '?';
            ++i;
            continue;
        }
        const char32_t c = code_point(text, i, length);
        const std::string_view bytes = text.substr(i, length);
        i += length;
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (c >= 0x300 && c <= 0x36F) continue;  // combining marks: diacritics typed apart
        if (pending_space) out += ' ';
        pending_space = false;
        if (const char base = base_letter(c)) out += base;
        else out += bytes;
    }
    return out;
}

enum class ColumnKind { Ignored, Unit, Period, Numerator, Denominator, Percent, Value };

struct Column {
    ColumnKind kind = ColumnKind::Ignored;
    std::size_t criterion = 0;
    std::string path;  // cột "1.2 Tử số", as written
};

std::optional<ColumnKind> figure_kind(std::string kind) {
    if (kind.size() >= 2 && kind.compare(kind.size() - 2, 2, " %") == 0) kind.erase(kind.size() - 2, 1);
    if (kind == "tu so") return ColumnKind::Numerator;
    if (kind == "mau so") return ColumnKind::Denominator;
    if (kind == "ty le" || kind == "ty le%" || kind == "ti le" || kind == "ti le%") return ColumnKind::Percent;
    if (kind == "gia tri") return ColumnKind::Value;
    return std::nullopt;
}

std::size_t slot_of(ColumnKind kind) {
    switch (kind) {
        case ColumnKind::Numerator: return 0;
        case ColumnKind::Denominator: return 1;
        case ColumnKind::Percent: return 2;
        default: return 3;
    }
}

// ---- RFC 4180 rows -----------------------------------------------------------------------

struct Cell {
    std::string text;
    int line = 0;  // where the cell starts
};

struct Row {
    std::vector<Cell> cells;  // the first ones, up to the limit given to Tokenizer::next()
    std::size_t count = 0;    // all of them
    bool blank = true;        // every cell empty or spaces
    int line = 0;
};

struct RowProblem {
    int line = 0;
    std::size_t column = 0;  // the cell it is in
    std::string message;
};

class Tokenizer {
public:
    Tokenizer(std::string_view text, char separator, int first_line)
        : text_(text), separator_(separator), line_(first_line) {}

    // The next row, false at the end of the text; cells past `max_cells` are counted, not
    // kept. A malformed row comes back with a problem and the rest of its line skipped.
    bool next(Row& row, std::optional<RowProblem>& problem, std::size_t max_cells) {
        row.cells.clear();
        row.count = 0;
        row.blank = true;
        row.line = line_;
        problem.reset();
        if (pos_ >= text_.size()) return false;
        for (;;) {
            Cell cell;
            cell.line = line_;
            if (pos_ < text_.size() && text_[pos_] == '"') {
                if (!quoted(cell.text)) {
                    problem = RowProblem{cell.line, row.count,
                                         "dấu ngoặc kép (\") mở ô ở dòng này mà không đóng cho đến hết tệp"};
                    return true;
                }
                while (pos_ < text_.size() && text_[pos_] == ' ' && separator_ != ' ') ++pos_;
                if (pos_ < text_.size() && text_[pos_] != separator_ && !is_line_end(text_[pos_])) {
                    problem = RowProblem{line_, row.count,
                                         "sau dấu ngoặc kép đóng ô phải là dấu phân cách hoặc hết dòng "
                                         "(dấu ngoặc kép trong ô viết thành \"\")"};
                    while (pos_ < text_.size() && !is_line_end(text_[pos_])) ++pos_;
                    skip_line_end();
                    return true;
                }
            } else {
                const std::size_t start = pos_;
                while (pos_ < text_.size() && text_[pos_] != separator_ && !is_line_end(text_[pos_])) ++pos_;
                cell.text.assign(text_.substr(start, pos_ - start));
            }
            row.blank = row.blank && trimmed(cell.text).empty();
            if (++row.count <= max_cells) row.cells.push_back(std::move(cell));
            if (pos_ >= text_.size()) return true;
            if (text_[pos_] == separator_) {
                ++pos_;
                continue;
            }
            skip_line_end();
            return true;
        }
    }

private:
    // A quoted cell from its opening quote; false when the quote never closes.
    bool quoted(std::string& out) {
        ++pos_;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    out += '"';
                    pos_ += 2;
                    continue;
                }
                ++pos_;
                return true;
            }
            if (is_line_end(c)) {
                // The break belongs to the cell; the line count stays physical.
                const std::size_t start = pos_;
                skip_line_end();
                out.append(text_.substr(start, pos_ - start));
                continue;
            }
            out += c;
            ++pos_;
        }
        return false;
    }

    void skip_line_end() {
        if (pos_ >= text_.size()) return;
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
        ++line_;
    }

    std::string_view text_;
    char separator_;
    int line_;
    std::size_t pos_ = 0;
};

// Where the first non-blank line starts, and its number.
std::size_t first_content(std::string_view text, int& line) {
    std::size_t pos = 0;
    line = 1;
    for (;;) {
        std::size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) return pos;
        if (!trimmed(text.substr(pos, end - pos)).empty()) return pos;
        if (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
        pos = end + 1;
        ++line;
    }
}

std::string_view line_at(std::string_view text, std::size_t pos) {
    const std::size_t end = text.find_first_of("\r\n", pos);
    return text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
}

// The header line's first cell (quotes removed) and the character after it.
std::string first_cell(std::string_view line, char& after) {
    std::string cell;
    std::size_t i = 0;
    const std::size_t lead = line.find_first_not_of(' ');
    if (lead != std::string_view::npos && line[lead] == '"') {
        for (i = lead + 1; i < line.size(); ++i) {
            if (line[i] == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    cell += '"';
                    ++i;
                    continue;
                }
                ++i;
                break;
            }
            cell += line[i];
        }
        while (i < line.size() && line[i] == ' ') ++i;
    } else {
        i = line.find_first_of(",;\t");
        if (i == std::string_view::npos) i = line.size();
        cell.assign(line.substr(0, i));
    }
    after = i < line.size() ? line[i] : '\0';
    return cell;
}

class CsvReader {
public:
    CsvReader(std::string_view source, const Rubric& rubric, AssessmentBatch& batch)
        : source_(source), rubric_(rubric), batch_(batch) {
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c)
            by_number_.emplace(fold(rubric.criteria[c].number), c);  // the first of equal numbers wins
    }

    void read(std::string_view text) {
        int line = 1;
        const std::size_t start = first_content(text, line);
        const std::string_view header_line = line_at(text, start);
        if (!is_valid_utf8(header_line)) {
            error(line, "",
                  "tệp không phải văn bản UTF-8 (có lẽ Excel đã lưu theo bảng mã Windows-1258): hãy lưu lại "
                  "bằng \"CSV UTF-8 (phân cách bằng dấu phẩy)\"");
            return;
        }
        char separator = '\0';
        first_cell(header_line, separator);
        if (separator == '\0') separator = ',';  // a single column
        if (separator != ',' && separator != ';' && separator != '\t') {
            error(line, "", "không nhận ra dấu phân cách sau ô đầu tiên: dùng dấu phẩy (,), chấm phẩy (;) hoặc tab");
            return;
        }

        Tokenizer rows(text.substr(start), separator, line);
        Row header;
        std::optional<RowProblem> problem;
        rows.next(header, problem, kMaxColumns);
        if (problem) {
            error(problem->line, "", problem->message);
            return;
        }
        if (header.count > kMaxColumns) {
            error(header.line, "", "dòng tiêu đề có " + std::to_string(header.count) + " cột, quá nhiều (tối đa " +
                                       std::to_string(kMaxColumns) + ")");
            return;
        }
        if (!read_header(header)) return;

        std::size_t count = 0;
        Row row;
        while (batch_.errors.size() < kMaxErrors && rows.next(row, problem, columns_.size())) {
            if (problem) {
                error(problem->line, column_path(problem->column), problem->message);
                continue;
            }
            if (row.blank) continue;
            if (++count > kMaxAssessments) {
                error(row.line, "", too_many_assessments());  // the row where to split the file
                break;
            }
            if (row.count != columns_.size()) {
                error(row.line, "", "dòng có " + std::to_string(row.count) + " ô nhưng dòng tiêu đề có " +
                                        std::to_string(columns_.size()) + " cột");
                continue;
            }
            if (auto a = read_row(row)) batch_.assessments.push_back(std::move(*a));
        }
        if (count == 0 && batch_.errors.empty())
            error(header.line, "", "chưa có dòng số liệu nào dưới dòng tiêu đề (mỗi đơn vị một dòng)");
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

    std::string column_path(std::size_t column) const {
        if (column < columns_.size()) return columns_[column].path;
        return "cột số " + std::to_string(column + 1);
    }

    bool read_header(const Row& header) {
        const std::size_t errors_before = batch_.errors.size();
        columns_.resize(header.cells.size());
        // Per criterion, the column of each figure (tử số, mẫu số, tỷ lệ, giá trị), or none.
        slots_.assign(rubric_.criteria.size(), {kNone, kNone, kNone, kNone});
        std::optional<std::size_t> unit_column, period_column;
        for (std::size_t i = 0; i < header.cells.size(); ++i) {
            const std::string_view raw = trimmed(header.cells[i].text);
            const int line = header.cells[i].line;
            Column& column = columns_[i];
            column.path = raw.empty() ? "cột số " + std::to_string(i + 1) : "cột \"" + shortened(raw, 160) + "\"";
            if (raw.empty()) continue;
            const std::string folded = fold(raw);
            auto once = [&](std::optional<std::size_t>& seen) {
                if (seen) error(line, column.path, "cột trùng: đã có " + columns_[*seen].path + " (cột số " +
                                                       std::to_string(*seen + 1) + ")");
                else seen = i;
            };
            if (folded == "don vi") {
                column.kind = ColumnKind::Unit;
                once(unit_column);
                continue;
            }
            if (folded == "ky danh gia" || folded == "ky") {
                column.kind = ColumnKind::Period;
                once(period_column);
                continue;
            }
            const std::size_t space = folded.find(' ');
            std::string kind_text = space == std::string::npos ? "" : folded.substr(space + 1);
            kind_text = kind_text.substr(0, kind_text.find('('));
            while (!kind_text.empty() && kind_text.back() == ' ') kind_text.pop_back();
            const auto kind = figure_kind(kind_text);
            if (!kind) {
                error(line, column.path,
                      "không nhận ra cột này: tiêu đề cần là \"Đơn vị\", \"Kỳ đánh giá\" hoặc số chỉ tiêu và "
                      "\"Tử số\", \"Mẫu số\", \"Tỷ lệ %\", \"Giá trị\" (ví dụ \"3.1 Tử số\")");
                continue;
            }
            const std::string number = folded.substr(0, space);
            const auto found = by_number_.find(number);
            if (found == by_number_.end()) {
                error(line, column.path,
                      "không có chỉ tiêu số " + shortened(number) + " trong bộ tiêu chí " + rubric_.id);
                continue;
            }
            const Criterion& criterion = rubric_.criteria[found->second];
            if (criterion.measure == Measure::Value && *kind != ColumnKind::Value) {
                error(line, column.path, "chỉ tiêu " + criterion.number + " nhập một giá trị: cột của nó là \"" +
                                             criterion.number + " Giá trị\"");
                continue;
            }
            if (criterion.measure == Measure::Rate && *kind == ColumnKind::Value) {
                error(line, column.path, "chỉ tiêu " + criterion.number + " là một tỷ lệ: cột của nó là \"" +
                                             criterion.number + " Tử số\", \"" + criterion.number +
                                             " Mẫu số\" hoặc \"" + criterion.number + " Tỷ lệ %\"");
                continue;
            }
            std::size_t& slot = slots_[found->second][slot_of(*kind)];
            if (slot != kNone) {
                error(line, column.path,
                      "cột trùng: đã có " + columns_[slot].path + " (cột số " + std::to_string(slot + 1) + ")");
                continue;
            }
            slot = i;
            column.kind = *kind;
            column.criterion = found->second;
        }
        for (std::size_t c = 0; c < slots_.size(); ++c) {
            const auto& slot = slots_[c];
            const Criterion& criterion = rubric_.criteria[c];
            if ((slot[0] == kNone) != (slot[1] == kNone)) {
                const bool has_numerator = slot[0] != kNone;
                const std::size_t present = has_numerator ? slot[0] : slot[1];
                error(header.cells[present].line, columns_[present].path,
                      std::string(has_numerator ? "có cột tử số nhưng thiếu cột \"" : "có cột mẫu số nhưng thiếu cột \"") +
                          criterion.number + (has_numerator ? " Mẫu số\"" : " Tử số\""));
            }
            if (slot[0] != kNone || slot[1] != kNone || slot[2] != kNone || slot[3] != kNone) with_columns_.push_back(c);
        }
        return batch_.errors.size() == errors_before;
    }

    std::optional<Assessment> read_row(const Row& row) {
        const std::size_t errors_before = batch_.errors.size();
        Assessment a = Assessment::blank(rubric_);
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            const Column& column = columns_[i];
            const Cell& cell = row.cells[i];
            const std::string_view text = trimmed(cell.text);
            if (column.kind == ColumnKind::Unit || column.kind == ColumnKind::Period) {
                if (!is_valid_utf8(text)) error(cell.line, column.path, "ô không phải văn bản UTF-8 hợp lệ");
                (column.kind == ColumnKind::Unit ? a.unit : a.period) = std::string(text);
            } else if (column.kind == ColumnKind::Ignored && !text.empty()) {
                error(cell.line, column.path, "ô có nội dung nhưng cột không có tiêu đề");
            }
        }
        for (std::size_t c : with_columns_)
            if (auto entry = read_entry(row, c)) a.entries[c] = *entry;
        if (batch_.errors.size() != errors_before) return std::nullopt;
        return a;
    }

    std::optional<Entry> read_entry(const Row& row, std::size_t c) {
        const Criterion& criterion = rubric_.criteria[c];
        const auto& slot = slots_[c];
        std::string text[4];
        for (std::size_t k = 0; k < 4; ++k)
            if (slot[k] != kNone) text[k] = std::string(trimmed(plain_spaces(row.cells[slot[k]].text)));
        const bool has[4] = {!text[0].empty(), !text[1].empty(), !text[2].empty(), !text[3].empty()};
        auto fail = [&](std::size_t k, std::string message) {
            error(row.cells[slot[k]].line, columns_[slot[k]].path, std::move(message));
            return std::nullopt;
        };

        Entry entry;
        if ((has[0] || has[1]) && has[2]) {
            return fail(2, "chỉ tiêu " + criterion.number +
                               " đã có tử số/mẫu số trên dòng này: chỉ dùng một dạng, tử số và mẫu số hoặc tỷ lệ %");
        } else if (has[0] != has[1]) {
            return has[0] ? fail(1, "thiếu mẫu số (đã có tử số " + shortened(text[0]) + ")")
                          : fail(0, "thiếu tử số (đã có mẫu số " + shortened(text[1]) + ")");
        } else if (has[0]) {
            const auto n = parse_count(text[0]);
            const auto d = parse_count(text[1]);
            if (!n) fail(0, "\"" + shortened(text[0]) + "\" không phải là số");
            if (!d) fail(1, "\"" + shortened(text[1]) + "\" không phải là số");
            if (!n || !d) return std::nullopt;
            entry = Entry::counts(*n, *d);
        } else if (has[2]) {
            std::string_view p = text[2];
            if (!p.empty() && p.back() == '%') p = trimmed(p.substr(0, p.size() - 1));  // "93,25 %" as Excel shows it
            const auto percent = parse_decimal(p);
            if (!percent) return fail(2, "\"" + shortened(text[2]) + "\" không phải là số");
            entry = Entry::of_percent(*percent);
        } else if (has[3]) {
            const auto value = parse_decimal(text[3]);
            if (!value) return fail(3, "\"" + shortened(text[3]) + "\" không phải là số");
            entry = Entry::of_value(*value);
        } else {
            return std::nullopt;  // not entered
        }
        if (auto problem = check_entry(criterion, entry)) {
            const std::string field = problem->field;
            std::size_t k = field == "numerator" ? 0 : field == "denominator" ? 1 : field == "percent" ? 2 : 3;
            if (slot[k] == kNone)
                for (k = 0; k < 4 && slot[k] == kNone; ++k) {
                }
            return fail(k, problem->message);
        }
        return entry;
    }

    // Spreadsheets group thousands with no-break spaces as readily as with plain ones.
    static std::string plain_spaces(std::string_view text) {
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

    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

    std::string_view source_;
    const Rubric& rubric_;
    AssessmentBatch& batch_;
    std::unordered_map<std::string, std::size_t> by_number_;
    std::vector<Column> columns_;
    std::vector<std::array<std::size_t, 4>> slots_;
    std::vector<std::size_t> with_columns_;  // criteria with at least one column, in rubric order
};

}  // namespace

std::string csv_template(const Rubric& rubric, char separator) {
    if (separator != ',' && separator != ';' && separator != '\t') separator = ',';
    std::string line = csv_field("Đơn vị", separator) + separator + csv_field("Kỳ đánh giá", separator);
    auto add = [&](const std::string& number, const char* kind, const std::string& label) {
        line += separator;
        line += csv_field(number + " " + kind + (label.empty() ? "" : " (" + label + ")"), separator);
    };
    for (const Criterion& c : rubric.criteria) {
        if (c.measure == Measure::Rate) {
            add(c.number, "Tử số", c.numerator_label);
            add(c.number, "Mẫu số", c.denominator_label);
        } else {
            add(c.number, "Giá trị", c.unit);
        }
    }
    return "\xEF\xBB\xBF" + line + "\r\n";
}

std::string assessments_csv(const Rubric& rubric, const std::vector<Assessment>& assessments, char separator) {
    if (separator != ',' && separator != ';' && separator != '\t') separator = ',';
    std::vector<bool> with_percent(rubric.criteria.size(), false);
    for (const Assessment& a : assessments)
        for (std::size_t c = 0; c < rubric.criteria.size() && c < a.entries.size(); ++c)
            if (a.entries[c] && a.entries[c]->kind == EntryKind::Percent) with_percent[c] = true;

    std::string out = "\xEF\xBB\xBF" + csv_field("Đơn vị", separator) + separator + csv_field("Kỳ đánh giá", separator);
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
    text = without_bom(text);
    int line = 1;
    const std::string_view first = line_at(text, first_content(text, line));
    const std::size_t lead = first.find_first_not_of(" \t");
    if (lead == std::string_view::npos || first[lead] == '{' || first[lead] == '[') return false;
    if (!is_valid_utf8(first)) return true;
    char after = '\0';
    return fold(first_cell(first, after)) == "don vi";
}

AssessmentBatch parse_assessments_csv(std::string_view text, std::string_view source, const Rubric& rubric) {
    AssessmentBatch batch;
    batch.layout = BatchLayout::Csv;
    if (text.size() > kMaxInputBytes) {
        Diagnostic d;
        d.source = std::string(source);
        d.message = input_too_large(static_cast<double>(text.size()));
        batch.errors.push_back(std::move(d));
        return batch;
    }
    CsvReader(source, rubric, batch).read(without_bom(text));
    if (!batch.errors.empty()) batch.assessments.clear();
    return batch;
}

}  // namespace dvcscore
