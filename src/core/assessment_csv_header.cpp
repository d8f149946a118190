#include "assessment_csv_header.hpp"

#include <unordered_map>

#include "text_fold.hpp"
#include "utf8_text.hpp"

namespace dvcscore {
namespace {

// The kind of figure a header names after the criterion's number ("tu so", "ty le %").
std::optional<CsvColumnKind> figure_kind(std::string kind) {
    if (kind.size() >= 2 && kind.compare(kind.size() - 2, 2, " %") == 0) kind.erase(kind.size() - 2, 1);
    if (kind == "tu so") return CsvColumnKind::Numerator;
    if (kind == "mau so") return CsvColumnKind::Denominator;
    if (kind == "ty le" || kind == "ty le%" || kind == "ti le" || kind == "ti le%") return CsvColumnKind::Percent;
    if (kind == "gia tri") return CsvColumnKind::Value;
    return std::nullopt;
}

std::optional<std::size_t>& column_of(FigureColumns& figures, CsvColumnKind kind) {
    switch (kind) {
        case CsvColumnKind::Numerator: return figures.numerator;
        case CsvColumnKind::Denominator: return figures.denominator;
        case CsvColumnKind::Percent: return figures.percent;
        default: return figures.value;
    }
}

class HeaderReader {
public:
    HeaderReader(const Rubric& rubric, CsvHeader& header) : rubric_(rubric), header_(header) {
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c)
            by_number_.emplace(fold_text(rubric.criteria[c].number), c);  // the first of equal numbers wins
    }

    void read(const CsvRow& row) {
        header_.columns.resize(row.cells.size());
        header_.figures.assign(rubric_.criteria.size(), FigureColumns{});
        for (std::size_t i = 0; i < row.cells.size(); ++i) read_cell(row.cells[i], i);
        for (std::size_t c = 0; c < header_.figures.size(); ++c) {
            const FigureColumns& figures = header_.figures[c];
            const Criterion& criterion = rubric_.criteria[c];
            if (figures.numerator.has_value() != figures.denominator.has_value()) {
                const bool has_numerator = figures.numerator.has_value();
                const std::size_t present = has_numerator ? *figures.numerator : *figures.denominator;
                error(row.cells[present].line, present,
                      has_numerator ? "có cột tử số nhưng thiếu cột \"" + criterion.number + " Mẫu số\""
                                    : "có cột mẫu số nhưng thiếu cột \"" + criterion.number + " Tử số\"");
            }
            if (figures.any()) header_.with_columns.push_back(c);
        }
    }

private:
    void read_cell(const CsvCell& cell, std::size_t i) {
        const std::string_view raw = trimmed(cell.text);
        CsvColumn& column = header_.columns[i];
        column.name = raw.empty() ? "cột số " + std::to_string(i + 1) : "cột \"" + shortened(raw, 160) + "\"";
        if (raw.empty()) return;
        const std::string folded = fold_text(raw);
        if (folded == "don vi") return once(CsvColumnKind::Unit, unit_column_, cell.line, i);
        if (folded == "ky danh gia" || folded == "ky") return once(CsvColumnKind::Period, period_column_, cell.line, i);

        const std::size_t space = folded.find(' ');
        std::string kind_text = space == std::string::npos ? "" : folded.substr(space + 1);
        kind_text = kind_text.substr(0, kind_text.find('('));
        while (!kind_text.empty() && kind_text.back() == ' ') kind_text.pop_back();
        const auto kind = figure_kind(kind_text);
        if (!kind)
            return error(cell.line, i,
                         "không nhận ra cột này: tiêu đề cần là \"Đơn vị\", \"Kỳ đánh giá\" hoặc số chỉ tiêu và "
                         "\"Tử số\", \"Mẫu số\", \"Tỷ lệ %\", \"Giá trị\" (ví dụ \"3.1 Tử số\")");
        const std::string number = folded.substr(0, space);
        const auto found = by_number_.find(number);
        if (found == by_number_.end())
            return error(cell.line, i,
                         "không có chỉ tiêu số " + shortened(number) + " trong bộ tiêu chí " + rubric_.id);
        const Criterion& criterion = rubric_.criteria[found->second];
        if (criterion.measure == Measure::Value && *kind != CsvColumnKind::Value)
            return error(cell.line, i, "chỉ tiêu " + criterion.number + " nhập một giá trị: cột của nó là \"" +
                                           criterion.number + " Giá trị\"");
        if (criterion.measure == Measure::Rate && *kind == CsvColumnKind::Value)
            return error(cell.line, i, "chỉ tiêu " + criterion.number + " là một tỷ lệ: cột của nó là \"" +
                                           criterion.number + " Tử số\", \"" + criterion.number + " Mẫu số\" hoặc \"" +
                                           criterion.number + " Tỷ lệ %\"");
        std::optional<std::size_t>& slot = column_of(header_.figures[found->second], *kind);
        if (slot) return duplicate(cell.line, i, *slot);
        slot = i;
        column.kind = *kind;
        column.criterion = found->second;
    }

    // The unit and the period have one column each.
    void once(CsvColumnKind kind, std::optional<std::size_t>& seen, int line, std::size_t i) {
        header_.columns[i].kind = kind;
        if (seen) duplicate(line, i, *seen);
        else seen = i;
    }

    void duplicate(int line, std::size_t i, std::size_t first) {
        error(line, i,
              "cột trùng: đã có " + header_.columns[first].name + " (cột số " + std::to_string(first + 1) + ")");
    }

    void error(int line, std::size_t column, std::string message) {
        Diagnostic d;
        d.line = line;
        d.path = header_.columns[column].name;
        d.message = std::move(message);
        header_.errors.push_back(std::move(d));
    }

    const Rubric& rubric_;
    CsvHeader& header_;
    std::unordered_map<std::string, std::size_t> by_number_;
    std::optional<std::size_t> unit_column_, period_column_;
};

}  // namespace

std::size_t FigureColumns::of_field(const std::string& field) const {
    const std::optional<std::size_t>& named = field == "numerator"     ? numerator
                                              : field == "denominator" ? denominator
                                              : field == "percent"     ? percent
                                                                       : value;
    if (named) return *named;
    for (const auto* column : {&numerator, &denominator, &percent, &value})
        if (*column) return **column;
    return 0;  // not reached: a criterion without columns has no entry to fault
}

std::string CsvHeader::column_name(std::size_t index) const {
    if (index < columns.size()) return columns[index].name;
    return "cột số " + std::to_string(index + 1);
}

CsvHeader read_csv_header(const CsvRow& header, const Rubric& rubric) {
    CsvHeader result;
    HeaderReader(rubric, result).read(header);
    return result;
}

}  // namespace dvcscore
