#include "result_csv.hpp"

#include "csv.hpp"
#include "number_text.hpp"
#include "score.hpp"
#include "utf8_text.hpp"

namespace dvcscore {
namespace {

std::string results_csv_header(const Rubric& rubric) {
    std::string line = "Đơn vị,Kỳ";
    for (const Group& g : rubric.groups) line += "," + csv_field(g.code);
    return line + ",Tổng điểm,Xếp loại\r\n";
}

std::string results_csv_row(const Rubric& rubric, const Assessment& assessment, const ScoreCard& card) {
    std::string line = csv_field(assessment.unit) + "," + csv_field(assessment.period);
    for (double g : card.groups) line += "," + format_2dp(g);
    return line + "," + format_2dp(card.total) + "," + csv_field(rubric.ratings[card.rating].label) + "\r\n";
}

}  // namespace

std::string results_csv(const Rubric& rubric, const std::vector<Assessment>& assessments) {
    std::string out = std::string(kUtf8Bom) + results_csv_header(rubric);
    for (const Assessment& a : assessments) out += results_csv_row(rubric, a, score(rubric, a));
    return out;
}

}  // namespace dvcscore
