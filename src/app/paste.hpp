#pragma once
// A block of cells pasted from a spreadsheet (Excel, LibreOffice, Google Sheets) into the
// form: which criteria's fields the cells fill. The texts go in as if typed, so the form
// checks them as it checks typing; nothing here decides whether a figure is valid.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/rubric.hpp"
#include "form.hpp"

namespace dvcscore::app {

// The cells of clipboard text as spreadsheets write it: a row per line (CRLF, LF or CR), cells
// split by tabs, a cell in double quotes when it holds a tab, a line break or a quote (""
// inside for one quote). The line break after the last row makes no row.
std::vector<std::vector<std::string>> clipboard_cells(std::string_view text);

struct PastedInput {
    std::size_t criterion = 0;  // index into Rubric::criteria
    CriterionInput input;       // mode and texts; `inherited` is left to the form
};

struct Paste {
    std::optional<std::string> unit;    // when the block carries them (the template's layout)
    std::optional<std::string> period;
    std::vector<PastedInput> inputs;    // rubric order, a criterion at most once
    std::vector<std::string> problems;  // Vietnamese, naming the row ("dòng 3: …"); what they name is left out
};

// What `text` fills, `focused` being the criterion whose field has the focus. Layouts:
//  - the template's header row ("Đơn vị", "Kỳ đánh giá", "1.1 Tử số", …) and one row of
//    figures under it, read as `score` reads the CSV template;
//  - one row as wide as the template (unit, period and the figure columns) or as its figure
//    columns alone: the whole form, in the template's column order;
//  - rows whose first cell names a criterion ("3.1", "3.1 Tỷ lệ TTHC…", "ONLINE_PROVISION");
//  - rows without a name: the focused criterion and those after it, a row each (an empty
//    row passes over a criterion).
// In the last two, the cells before a row's first figure are names and are skipped; of the
// figures, two are numerator and denominator, one alone is the rate in percent (the value
// of a value criterion such as 2.2); figures after the second are ignored.
Paste read_paste(std::string_view text, const Rubric& rubric, std::size_t focused);

// Puts the texts into the form (and the unit and period when given) and recomputes it.
// Returns how many criteria it changed.
std::size_t apply_paste(const Paste& paste, Form& form);

}  // namespace dvcscore::app
