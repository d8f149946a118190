#pragma once
// CSV as RFC 4180 writes it, with the separators spreadsheets use (',', ';' or a tab):
// a field quoted for writing, and text split into rows of cells for reading, each cell
// with the physical line it starts on (a quoted cell may span lines), for messages.
// Nothing here knows what the cells mean.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dvcscore {

// One field, quoted when it holds the separator, a quote or a line break.
std::string csv_field(const std::string& text, char separator = ',');

// The first line of a text that is not blank: its text (without the line break), where it
// starts and its 1-based number.
struct CsvFirstLine {
    std::string_view text;
    std::size_t start = 0;
    int number = 1;
};
CsvFirstLine first_filled_line(std::string_view text);

// The first cell of a line (quotes removed) and, in `after`, the character after it: the
// separator of a header row, or '\0' when the line is that one cell.
std::string first_cell(std::string_view line, char& after);

struct CsvCell {
    std::string text;
    int line = 0;  // where the cell starts
};

struct CsvRow {
    std::vector<CsvCell> cells;  // the first ones, up to the limit given to CsvTokenizer::next()
    std::size_t count = 0;       // all of them
    bool blank = true;           // every cell empty or spaces
    int line = 0;
};

// A row that is not RFC 4180: an unclosed quote, or text after a closing quote.
struct CsvProblem {
    int line = 0;
    std::size_t column = 0;  // the cell it is in, from 0
    std::string message;
};

class CsvTokenizer {
public:
    // `first_line`: the number of the line `text` starts on.
    CsvTokenizer(std::string_view text, char separator, int first_line)
        : text_(text), separator_(separator), line_(first_line) {}

    // The next row, false at the end of the text; cells past `max_cells` are counted, not
    // kept. A malformed row comes back with a problem and the rest of its line skipped.
    bool next(CsvRow& row, std::optional<CsvProblem>& problem, std::size_t max_cells);

private:
    bool quoted(std::string& out);
    void skip_line_end();

    std::string_view text_;
    char separator_;
    int line_;
    std::size_t pos_ = 0;
};

}  // namespace dvcscore
