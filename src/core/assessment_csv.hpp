#pragma once
// Assessments as a spreadsheet: a CSV template with one column per figure, and reading the
// filled-in file back. parse_assessments() (assessment_file.hpp) recognises such a file by
// its first cell, "Đơn vị", and hands it to parse_assessments_csv().
//
// Columns, matched by their leading words (case and diacritics ignored, text in
// parentheses after them ignored, any order):
//   "Đơn vị", "Kỳ đánh giá" (or "Kỳ"),
//   "<number> Tử số" and "<number> Mẫu số"  the counts of a rate criterion (both or neither),
//   "<number> Tỷ lệ %"                      a rate criterion's percentage instead of counts,
//   "<number> Giá trị"                      a value criterion's figure,
// where <number> is the criterion's number in the rubric ("3.1"). One row per assessment;
// an empty cell is not entered; blank rows are skipped. Counts may carry thousands
// separators ("1.437", "589 496"), percentages and values a decimal comma ("93,25").
#include <string>
#include <string_view>
#include <vector>

#include "assessment.hpp"
#include "rubric.hpp"

namespace dvcscore {

// The header row alone (no example row, so the file reads back as "no data yet"), with a
// UTF-8 byte order mark and CRLF so Excel opens it right: "Đơn vị", "Kỳ đánh giá", then
// per rate criterion "<number> Tử số (<numerator label>)" and "<number> Mẫu số
// (<denominator label>)", per value criterion "<number> Giá trị (<unit>)", in rubric
// order: assessments_csv() of no assessment. `separator` is ',', ';' or '\t'; anything
// else gives ','.
std::string csv_template(const Rubric& rubric, char separator = ',');

// Assessments in the template's layout, one row each, that parse_assessments_csv() reads
// back to the same figures: the template's columns, plus "<number> Tỷ lệ %" after the
// counts of a criterion some assessment gives as a percentage. Only unit, period and
// figures: the portal's data (unit code, published scores, inherited marks) stays in JSON.
std::string assessments_csv(const Rubric& rubric, const std::vector<Assessment>& assessments, char separator = ',');

// Whether `text` (a byte order mark allowed) is meant as an assessment CSV: its first
// non-blank line does not start a JSON value and its first cell is "Đơn vị" — or that line
// is not UTF-8 at all (a spreadsheet saved in a legacy code page, reported as such).
bool looks_like_assessment_csv(std::string_view text);

// Reads an assessment CSV (layout BatchLayout::Csv). The separator is the character after
// the header's first cell: ',', ';' or a tab. Quoting follows RFC 4180; line numbers are
// physical lines, also when a quoted cell spans several. Errors name the line and, as
// their path, the column as its header is written (cột "1.2 Tử số"); the path is empty
// for a problem of a whole row or file.
AssessmentBatch parse_assessments_csv(std::string_view text, std::string_view source, const Rubric& rubric);

}  // namespace dvcscore
