#include "paste.hpp"

#include <algorithm>

#include "core/assessment_csv.hpp"
#include "core/csv.hpp"
#include "core/number_text.hpp"

namespace dvcscore::app {
namespace {

std::string_view trimmed(std::string_view s) {
    const std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

bool blank(const std::string& cell) { return trimmed(cell).empty(); }

bool blank_row(const std::vector<std::string>& row) { return std::all_of(row.begin(), row.end(), blank); }

// A count ("1.437", "589 496"), a decimal ("93,25") or a percentage ("93,25 %").
bool is_figure(const std::string& cell) {
    std::string_view t = trimmed(cell);
    if (!t.empty() && t.back() == '%') t = trimmed(t.substr(0, t.size() - 1));
    return !t.empty() && (parse_count(t) || parse_decimal(t));
}

// The criterion a row's first cell names: its number ("3.1", "3.1.", "3.1 Tỷ lệ …") or code.
std::optional<std::size_t> named_criterion(const std::string& cell, const Rubric& rubric) {
    const std::string_view t = trimmed(cell);
    if (t.empty()) return std::nullopt;
    std::string_view token = t.substr(0, t.find_first_of(" \t"));
    while (!token.empty() && (token.back() == '.' || token.back() == ')' || token.back() == ':')) token.remove_suffix(1);
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c)
        if (rubric.criteria[c].number == token) return c;
    return rubric.find_criterion(std::string(t));
}

// The input a row's figures make: cells from `from` on, names before the first figure skipped.
std::optional<CriterionInput> input_of(const std::vector<std::string>& row, std::size_t from, const Criterion& criterion) {
    while (from < row.size() && !is_figure(row[from])) ++from;
    std::vector<std::string> figures;
    for (std::size_t i = from; i < row.size() && figures.size() < 2; ++i) figures.push_back(std::string(trimmed(row[i])));
    while (!figures.empty() && figures.back().empty()) figures.pop_back();
    if (figures.empty()) return std::nullopt;
    CriterionInput in;
    if (criterion.measure == Measure::Value) {
        in.mode = InputMode::Value;
        in.value = figures[0];
    } else if (figures.size() == 2) {
        in.mode = InputMode::Counts;
        in.numerator = figures[0];
        in.denominator = figures[1];
    } else {
        in.mode = InputMode::Percent;
        in.percent = figures[0];
    }
    return in;
}

std::string row_name(std::size_t row) { return "dòng " + std::to_string(row + 1); }

// The rows as tab-separated text, quoted as the CSV reader reads them.
std::string as_tsv(const std::vector<std::vector<std::string>>& rows) {
    std::string text;
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) text += (i ? "\t" : "") + csv_field(row[i], '\t');
        text += "\n";
    }
    return text;
}

void whole_form(Paste& paste, const Form& filled) {
    for (std::size_t c = 0; c < filled.inputs.size(); ++c) paste.inputs.push_back(PastedInput{c, filled.inputs[c]});
}

}  // namespace

std::vector<std::vector<std::string>> clipboard_cells(std::string_view text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    std::size_t i = 0;
    bool row_open = false;  // something read since the last line break
    while (i < text.size()) {
        if (text[i] == '"' && cell.empty()) {  // a quoted cell, up to its closing quote
            ++i;
            while (i < text.size()) {
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text[i++];
            }
            row_open = true;
            continue;
        }
        const char c = text[i++];
        if (c == '\t') {
            row.push_back(std::move(cell));
            cell.clear();
            row_open = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i < text.size() && text[i] == '\n') ++i;
            row.push_back(std::move(cell));
            cell.clear();
            rows.push_back(std::move(row));
            row.clear();
            row_open = false;
        } else {
            cell += c;
            row_open = true;
        }
    }
    if (row_open) {
        row.push_back(std::move(cell));
        rows.push_back(std::move(row));
    }
    return rows;
}

Paste read_paste(std::string_view text, const Rubric& rubric, std::size_t focused) {
    Paste paste;
    const auto rows = clipboard_cells(text);
    if (rows.empty() || (rows.size() == 1 && rows[0].size() == 1)) return paste;  // a cell: pasted as text

    // The template's header and a row under it: read as the CSV template is.
    const std::string tsv = as_tsv(rows);
    if (looks_like_assessment_csv(tsv)) {
        const AssessmentBatch batch = parse_assessments_csv(tsv, "", rubric);
        for (const Diagnostic& d : batch.errors) paste.problems.push_back(d.to_string());
        if (batch.assessments.empty()) return paste;
        if (batch.assessments.size() > 1)
            paste.problems.push_back("có " + std::to_string(batch.assessments.size()) +
                                     " đơn vị: chỉ dán đơn vị ở dòng đầu (mỗi lần một đơn vị)");
        const Assessment& a = batch.assessments.front();
        paste.unit = a.unit;
        paste.period = a.period;
        Form filled(rubric);
        filled.fill(a);
        whole_form(paste, filled);
        return paste;
    }

    // One row as wide as the template, or as its figure columns: the whole form.
    std::size_t figure_columns = 0;
    for (const Criterion& c : rubric.criteria) figure_columns += c.measure == Measure::Value ? 1 : 2;
    if (rows.size() == 1 && (rows[0].size() == figure_columns || rows[0].size() == figure_columns + 2)) {
        const auto& row = rows[0];
        std::size_t at = 0;
        if (row.size() == figure_columns + 2) {
            paste.unit = std::string(trimmed(row[0]));
            paste.period = std::string(trimmed(row[1]));
            at = 2;
        }
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
            CriterionInput in;
            if (rubric.criteria[c].measure == Measure::Value) {
                in.mode = InputMode::Value;
                in.value = std::string(trimmed(row[at++]));
            } else {
                in.numerator = std::string(trimmed(row[at++]));
                in.denominator = std::string(trimmed(row[at++]));
            }
            paste.inputs.push_back(PastedInput{c, std::move(in)});
        }
        return paste;
    }

    // Rows named by criterion, or rows from the focused criterion on.
    std::size_t first = 0;
    while (first < rows.size() && blank_row(rows[first])) ++first;
    if (first == rows.size()) return paste;
    const bool named = named_criterion(rows[first][0], rubric) && rows[first].size() > 1 &&
                       std::any_of(rows[first].begin() + 1, rows[first].end(), is_figure);
    std::vector<std::optional<CriterionInput>> inputs(rubric.criteria.size());
    for (std::size_t r = first; r < rows.size(); ++r) {
        const auto& row = rows[r];
        std::size_t c = 0;
        if (named) {
            if (blank_row(row)) continue;
            const auto which = named_criterion(row[0], rubric);
            if (!which) {
                paste.problems.push_back(row_name(r) + ": ô đầu không phải số hay mã chỉ tiêu (ví dụ \"3.1\"): bỏ qua");
                continue;
            }
            c = *which;
            if (inputs[c])
                paste.problems.push_back(row_name(r) + ": chỉ tiêu " + rubric.criteria[c].number +
                                         " đã có ở dòng trên: lấy dòng này");
        } else {
            c = focused + (r - first);
            if (c >= rubric.criteria.size()) {
                paste.problems.push_back(row_name(r) + " trở đi: hết chỉ tiêu (sau " + rubric.criteria.back().number +
                                         "): bỏ qua");
                break;
            }
            if (blank_row(row)) continue;
        }
        auto in = input_of(row, named ? 1 : 0, rubric.criteria[c]);
        if (!in) {
            paste.problems.push_back(row_name(r) + ": không có số liệu cho chỉ tiêu " + rubric.criteria[c].number);
            continue;
        }
        inputs[c] = std::move(in);
    }
    for (std::size_t c = 0; c < inputs.size(); ++c)
        if (inputs[c]) paste.inputs.push_back(PastedInput{c, std::move(*inputs[c])});
    return paste;
}

std::size_t apply_paste(const Paste& paste, Form& form) {
    if (paste.unit) form.unit = *paste.unit;
    if (paste.period) form.period = *paste.period;
    std::size_t changed = 0;
    for (const PastedInput& p : paste.inputs) {
        if (p.criterion >= form.inputs.size()) continue;
        CriterionInput& in = form.inputs[p.criterion];
        const bool inherited = in.inherited;
        const bool same = in.mode == p.input.mode && in.numerator == p.input.numerator &&
                          in.denominator == p.input.denominator && in.percent == p.input.percent &&
                          in.value == p.input.value;
        in = p.input;
        in.inherited = inherited;
        changed += !same;
    }
    form.recompute();
    return changed;
}

}  // namespace dvcscore::app
