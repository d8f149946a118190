// CSV text as RFC 4180 writes it (csv.hpp): fields quoted for writing; rows of cells for
// reading, with physical line numbers, quotes, separators and malformed rows.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/csv.hpp"

using namespace dvcscore;

namespace {

struct Read {
    std::vector<std::vector<std::string>> rows;  // cells as text
    std::vector<std::vector<int>> lines;         // the line each cell starts on
    std::vector<std::optional<CsvProblem>> problems;
};

Read read_all(std::string_view text, char separator = ',', std::size_t max_cells = 100) {
    Read read;
    CsvTokenizer tokenizer(text, separator, 1);
    CsvRow row;
    std::optional<CsvProblem> problem;
    while (tokenizer.next(row, problem, max_cells)) {
        std::vector<std::string> cells;
        std::vector<int> lines;
        for (const CsvCell& cell : row.cells) {
            cells.push_back(cell.text);
            lines.push_back(cell.line);
        }
        read.rows.push_back(cells);
        read.lines.push_back(lines);
        read.problems.push_back(problem);
    }
    return read;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("csv_field: quoted only when it must be, quotes doubled", "[csv]") {
    CHECK(csv_field("Xã Chân Mộng") == "Xã Chân Mộng");
    CHECK(csv_field("Xã Chân Mộng, Phú Thọ") == "\"Xã Chân Mộng, Phú Thọ\"");
    CHECK(csv_field("a \"b\"") == "\"a \"\"b\"\"\"");
    CHECK(csv_field("a\nb") == "\"a\nb\"");
    CHECK(csv_field("a\rb") == "\"a\rb\"");
    CHECK(csv_field("a,b", ';') == "a,b");
    CHECK(csv_field("a;b", ';') == "\"a;b\"");
    CHECK(csv_field("") == "");
}

TEST_CASE("csv tokenizer: rows of cells, any line ending, the last line without one", "[csv]") {
    const Read read = read_all("a,b\r\nc,d\ne,f\rg,h");
    CHECK(read.rows == Rows{{"a", "b"}, {"c", "d"}, {"e", "f"}, {"g", "h"}});
    CHECK(read.lines == std::vector<std::vector<int>>{{1, 1}, {2, 2}, {3, 3}, {4, 4}});
    CHECK(read_all("").rows.empty());
    CHECK(read_all("a,\n").rows == Rows{{"a", ""}});
}

TEST_CASE("csv tokenizer: a quoted cell holds separators, quotes and line breaks; lines stay physical", "[csv]") {
    const Read read = read_all("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nnext,\"\"\n");
    CHECK(read.rows == Rows{{"a,b", "say \"hi\"", "two\nlines"}, {"next", ""}});
    CHECK(read.lines[0] == std::vector<int>{1, 1, 1});
    CHECK(read.lines[1] == std::vector<int>{3, 3});  // the quoted break moved the next row to line 3
}

TEST_CASE("csv tokenizer: spaces after a closing quote are allowed", "[csv]") {
    CHECK(read_all("\"a\"  ,b").rows == Rows{{"a", "b"}});
}

TEST_CASE("csv tokenizer: semicolons and tabs separate as commas do", "[csv]") {
    CHECK(read_all("a;\"b;c\";d,e", ';').rows == Rows{{"a", "b;c", "d,e"}});
    CHECK(read_all("a\tb c\t", '\t').rows == Rows{{"a", "b c", ""}});
}

TEST_CASE("csv tokenizer: cells past the limit are counted, not kept; blank rows are marked", "[csv]") {
    CsvTokenizer tokenizer("a,b,c\n ,\t, \nx", ',', 7);
    CsvRow row;
    std::optional<CsvProblem> problem;
    REQUIRE(tokenizer.next(row, problem, 2));
    CHECK(row.cells.size() == 2);
    CHECK(row.count == 3);
    CHECK_FALSE(row.blank);
    CHECK(row.line == 7);  // numbered from the line given
    REQUIRE(tokenizer.next(row, problem, 2));
    CHECK(row.blank);
    CHECK(row.line == 8);
    REQUIRE(tokenizer.next(row, problem, 2));
    CHECK_FALSE(tokenizer.next(row, problem, 2));
}

TEST_CASE("csv tokenizer: a quote never closed, or text after a closing quote, is a problem at its cell", "[csv]") {
    const Read unclosed = read_all("a,b\nc,\"open\nstill open");
    REQUIRE(unclosed.problems.size() == 2);
    CHECK_FALSE(unclosed.problems[0].has_value());
    REQUIRE(unclosed.problems[1].has_value());
    CHECK(unclosed.problems[1]->line == 2);
    CHECK(unclosed.problems[1]->column == 1);

    const Read after = read_all("\"a\"x,b\nc,d\n");
    REQUIRE(after.problems.size() == 2);
    REQUIRE(after.problems[0].has_value());
    CHECK(after.problems[0]->line == 1);
    CHECK(after.problems[0]->column == 0);
    CHECK_FALSE(after.problems[1].has_value());  // the rest of the line is skipped, the next row read
    CHECK(after.rows[1] == std::vector<std::string>{"c", "d"});
}

TEST_CASE("first_filled_line: blank lines before the header are skipped and counted", "[csv]") {
    const CsvFirstLine first = first_filled_line("\n  \r\nĐơn vị;Kỳ\r\nA;1\r\n");
    CHECK(first.text == "Đơn vị;Kỳ");
    CHECK(first.number == 3);
    CHECK(first.start == 5);
    CHECK(first_filled_line("x").text == "x");
    CHECK(first_filled_line("").text.empty());
}

TEST_CASE("first_cell: the header's first cell and the separator after it", "[csv]") {
    char after = 'x';
    CHECK(first_cell("Đơn vị;Kỳ", after) == "Đơn vị");
    CHECK(after == ';');
    CHECK(first_cell("\"Đơn vị\" ,Kỳ", after) == "Đơn vị");
    CHECK(after == ',');
    CHECK(first_cell("\"a\"\"b\"\tc", after) == "a\"b");
    CHECK(after == '\t');
    CHECK(first_cell("Đơn vị", after) == "Đơn vị");
    CHECK(after == '\0');
}
