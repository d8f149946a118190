#include "csv.hpp"

#include "utf8_text.hpp"

namespace dvcscore {
namespace {

bool is_line_end(char c) { return c == '\r' || c == '\n'; }

}  // namespace

std::string csv_field(const std::string& text, char separator) {
    if (text.find_first_of(std::string(1, separator) + "\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

CsvFirstLine first_filled_line(std::string_view text) {
    CsvFirstLine first;
    for (;;) {
        std::size_t end = text.find_first_of("\r\n", first.start);
        if (end == std::string_view::npos) {
            first.text = text.substr(first.start);
            return first;
        }
        first.text = text.substr(first.start, end - first.start);
        if (!trimmed(first.text).empty()) return first;
        if (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
        first.start = end + 1;
        ++first.number;
    }
}

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

bool CsvTokenizer::next(CsvRow& row, std::optional<CsvProblem>& problem, std::size_t max_cells) {
    row.cells.clear();
    row.count = 0;
    row.blank = true;
    row.line = line_;
    problem.reset();
    if (pos_ >= text_.size()) return false;
    for (;;) {
        CsvCell cell;
        cell.line = line_;
        if (pos_ < text_.size() && text_[pos_] == '"') {
            if (!quoted(cell.text)) {
                problem = CsvProblem{cell.line, row.count,
                                     "dấu ngoặc kép (\") mở ô ở dòng này mà không đóng cho đến hết tệp"};
                return true;
            }
            while (pos_ < text_.size() && text_[pos_] == ' ' && separator_ != ' ') ++pos_;
            if (pos_ < text_.size() && text_[pos_] != separator_ && !is_line_end(text_[pos_])) {
                problem = CsvProblem{line_, row.count,
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

// A quoted cell from its opening quote; false when the quote never closes.
bool CsvTokenizer::quoted(std::string& out) {
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

void CsvTokenizer::skip_line_end() {
    if (pos_ >= text_.size()) return;
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
}

}  // namespace dvcscore
