#include "plan_options.hpp"

#include <cmath>
#include <cstdlib>

#include "core/number_text.hpp"
#include "core/text_fold.hpp"

namespace dvcscore::cli {
namespace {

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// A band's id or label as people type them, folded: "tot", "TOT", "Tốt", "xuat-sac",
// "Xuất sắc" and "xuat_sac" all come to "tot" or "xuat_sac".
std::string band_form(const std::string& s) {
    std::string out = fold_text(s);
    for (char& c : out)
        if (c == ' ' || c == '-') c = '_';
    return out;
}

std::optional<std::size_t> criterion_named(const Rubric& rubric, const std::string& name) {
    if (const auto c = rubric.find_criterion(name)) return c;
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c)
        if (rubric.criteria[c].number == name) return c;
    return std::nullopt;
}

// "CODE=NUMBER" → the criterion and the number; false with `problem` set otherwise.
bool code_and_number(const Rubric& rubric, const std::string& option, const std::string& text, std::size_t& criterion,
                     double& number, std::string& problem) {
    const auto eq = text.find('=');
    if (eq == std::string::npos) {
        problem = option + " cần dạng MÃ=SỐ (ví dụ " + option + " 5.3=2), không phải \"" + text + "\"";
        return false;
    }
    const std::string code = trimmed(text.substr(0, eq));
    const auto c = criterion_named(rubric, code);
    if (!c) {
        problem = option + ": không có chỉ tiêu \"" + code + "\" trong bộ " + rubric.id + " (dùng mã hoặc số, ví dụ 5.3)";
        return false;
    }
    const auto value = parse_decimal(trimmed(text.substr(eq + 1)));
    if (!value) {
        problem = option + " " + code + ": \"" + trimmed(text.substr(eq + 1)) + "\" không phải là số";
        return false;
    }
    criterion = *c;
    number = *value;
    return true;
}

}  // namespace

std::optional<PlanRequest> plan_request(const Rubric& rubric, const PlanOptions& options, std::string& problem) {
    PlanRequest request;
    request.criteria.resize(rubric.criteria.size());
    if (options.target) {
        const std::string text = trimmed(*options.target);
        std::optional<std::size_t> band;
        for (std::size_t b = 0; b < rubric.ratings.size() && !band; ++b)
            if (band_form(text) == band_form(rubric.ratings[b].id) || band_form(text) == band_form(rubric.ratings[b].label))
                band = b;
        if (band) {
            request.target = PlanTarget::of_band(*band);
        } else if (const auto total = parse_decimal(text)) {
            if (!(*total >= 0) || *total > rubric.max) {
                problem = "--target: tổng điểm phải từ 0 đến " + format_number(rubric.max) + " (không phải " + text + ")";
                return std::nullopt;
            }
            request.target = PlanTarget::of_total(*total);
        } else {
            std::string bands;
            for (const RatingBand& b : rubric.ratings) bands += (bands.empty() ? "" : ", ") + b.id;
            problem = "--target là một mức xếp loại (" + bands + ") hoặc một tổng điểm, không phải \"" + text + "\"";
            return std::nullopt;
        }
    }
    for (const std::string& list : options.locks) {
        std::size_t start = 0;
        while (start <= list.size()) {
            const auto comma = list.find(',', start);
            const std::string code = trimmed(list.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            start = comma == std::string::npos ? list.size() + 1 : comma + 1;
            if (code.empty()) continue;
            const auto c = criterion_named(rubric, code);
            if (!c) {
                problem = "--lock: không có chỉ tiêu \"" + code + "\" trong bộ " + rubric.id + " (dùng mã hoặc số, ví dụ 5.3)";
                return std::nullopt;
            }
            request.criteria[*c].locked = true;
        }
    }
    for (const std::string& text : options.weights) {
        std::size_t c = 0;
        double weight = 0;
        if (!code_and_number(rubric, "--weight", text, c, weight, problem)) return std::nullopt;
        if (!(weight > 0) || !std::isfinite(weight) || weight > 1e6) {
            problem = "--weight " + rubric.criteria[c].number + ": trọng số phải lớn hơn 0 (để không nâng chỉ tiêu, dùng --lock)";
            return std::nullopt;
        }
        request.criteria[c].weight = weight;
    }
    for (const std::string& text : options.ceilings) {
        std::size_t c = 0;
        double ceiling = 0;
        if (!code_and_number(rubric, "--ceiling", text, c, ceiling, problem)) return std::nullopt;
        if (!(ceiling >= 0) || ceiling > 100) {
            problem = "--ceiling " + rubric.criteria[c].number + ": tỷ lệ trần phải từ 0 đến 100 (phần trăm)";
            return std::nullopt;
        }
        request.criteria[c].ceiling = ceiling;
    }
    return request;
}

}  // namespace dvcscore::cli
