#pragma once
// The header row of an assessment CSV read into columns: which cell holds the unit, the
// period, and which holds each figure of each criterion (assessment_csv.hpp lists the
// headers). Internal to the CSV reader.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "csv.hpp"
#include "diagnostic.hpp"
#include "rubric.hpp"

namespace dvcscore {

enum class CsvColumnKind { Ignored, Unit, Period, Numerator, Denominator, Percent, Value };

struct CsvColumn {
    CsvColumnKind kind = CsvColumnKind::Ignored;
    std::size_t criterion = 0;  // for the figure kinds
    std::string name;           // for messages: cột "1.2 Tử số" as written, or cột số 5
};

// The columns of one criterion's figures, each by its index in the row; none when absent.
struct FigureColumns {
    std::optional<std::size_t> numerator, denominator, percent, value;

    bool any() const { return numerator || denominator || percent || value; }
    // The column of an entry's field ("numerator", "denominator", "percent", "value":
    // EntryProblem::field), or the criterion's first column when it has none for it.
    std::size_t of_field(const std::string& field) const;
};

struct CsvHeader {
    std::vector<CsvColumn> columns;           // one per header cell
    std::vector<FigureColumns> figures;       // per criterion of the rubric
    std::vector<std::size_t> with_columns;    // criteria with at least one column, in rubric order
    Diagnostics errors;                       // in the order of the cells; no source

    // The name of column `index` for messages, also past the header's last cell.
    std::string column_name(std::size_t index) const;
};

// Reads a header row against `rubric`: unknown, duplicate or mismatched columns and a
// numerator without its denominator (or the reverse) are errors naming the column.
CsvHeader read_csv_header(const CsvRow& header, const Rubric& rubric);

}  // namespace dvcscore
