#include "rubric.hpp"

#include <algorithm>
#include <cmath>

#include "hex_color.hpp"
#include "json_checks.hpp"
#include "number_text.hpp"
#include "utf8_text.hpp"

namespace dvcscore {

std::optional<std::size_t> Rubric::find_criterion(const std::string& code) const {
    const auto it = criterion_index.find(code);
    if (it == criterion_index.end()) return std::nullopt;
    return it->second;
}

std::size_t Rubric::rating_index(double total) const {
    for (std::size_t i = 0; i < ratings.size(); ++i)
        if (total >= ratings[i].min) return i;
    return ratings.size() - 1;  // loading guarantees a band starting at or below 0
}

const char* rate_rule_id(RateRule rule) {
    return rule == RateRule::Unrounded ? "unrounded" : "shown_percent";
}

const char* rate_rule_text(RateRule rule) {
    return rule == RateRule::Unrounded ? "điểm tính từ tỷ lệ chưa làm tròn"
                                       : "điểm tính từ tỷ lệ đã làm tròn 2 chữ số thập phân";
}

std::string rate_rule_note(const Rubric& rubric) {
    std::string groups, criteria;
    const auto add = [](std::string& list, const std::string& item) { list += (list.empty() ? "" : ", ") + item; };
    for (const Group& group : rubric.groups) {
        std::vector<std::size_t> unrounded;
        std::size_t scored = 0;
        for (std::size_t c : group.criteria) {
            if (!rubric.criteria[c].scored()) continue;
            ++scored;
            if (rubric.criteria[c].rate == RateRule::Unrounded) unrounded.push_back(c);
        }
        if (unrounded.empty()) continue;
        if (unrounded.size() == scored) add(groups, group.code);
        else for (std::size_t c : unrounded) add(criteria, rubric.criteria[c].number);
    }
    if (groups.empty() && criteria.empty()) return "";
    std::string which = groups.empty() ? "" : "nhóm " + groups;
    if (!criteria.empty()) which += (which.empty() ? "" : " và ") + std::string("chỉ tiêu ") + criteria;
    return "Điểm của " + which + " tính từ tỷ lệ chưa làm tròn; tỷ lệ hiển thị đã làm tròn 2 chữ số thập phân.";
}

namespace {

constexpr const char* kRubricFormat = "dvcscore-rubric/1";

bool same_points(double a, double b) { return std::fabs(a - b) < 1e-9; }

bool is_code(const std::string& s) {
    if (s.empty() || s.size() > 64) return false;
    for (char c : s)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

class RubricReader {
public:
    RubricReader(std::string_view text, std::string_view source, Diagnostics& errors)
        : check_(text, source, 1, errors) {}

    std::optional<Rubric> read(const Json& doc) {
        const PathNode root;
        if (!check_.is_object(doc, root)) return std::nullopt;
        check_.only_known(doc, root, {"format", "id", "title", "source", "max", "decision_groups", "groups", "ratings"});
        if (auto format = check_.string(doc, root, "format", false); format && *format != kRubricFormat)
            check_.error(root.child("format"), "định dạng \"" + *format + "\" không được hỗ trợ (cần \"" + kRubricFormat + "\")");
        if (auto id = check_.string(doc, root, "id", true)) {
            if (id->empty()) check_.error(root.child("id"), "mã bộ tiêu chí không được để trống");
            rubric_.id = *id;
        }
        rubric_.title = check_.string(doc, root, "title", true).value_or("");
        rubric_.source = check_.string(doc, root, "source", false).value_or("");
        const auto max = check_.number(doc, root, "max", true);
        read_array(doc, root, "decision_groups", [&](const Json& v, const PathNode& at) { read_decision_group(v, at); });
        read_array(doc, root, "groups", [&](const Json& v, const PathNode& at) { read_group(v, at); });
        read_array(doc, root, "ratings", [&](const Json& v, const PathNode& at) { read_rating(v, at); });
        if (check_.failed()) return std::nullopt;
        check_totals(root, max.value_or(0));
        check_ratings(root);
        if (check_.failed()) return std::nullopt;
        return std::move(rubric_);
    }

private:
    template <typename ReadItem>
    void read_array(const Json& object, const PathNode& at, const char* key, ReadItem read_item) {
        const Json* array = check_.member(object, at, key, true);
        if (array == nullptr) return;
        const PathNode here = at.child(key);
        if (!array->is_array() || array->empty()) {
            check_.error(here, "phải là một mảng không rỗng");
            return;
        }
        for (std::size_t i = 0; i < array->size(); ++i) read_item((*array)[i], here.item(i));
    }

    void read_decision_group(const Json& v, const PathNode& at) {
        if (!check_.is_object(v, at)) return;
        check_.only_known(v, at, {"code", "name", "max"});
        DecisionGroup dg;
        dg.code = check_.string(v, at, "code", true).value_or("");
        dg.name = check_.string(v, at, "name", true).value_or("");
        dg.max = non_negative(v, at, "max").value_or(0);
        for (const DecisionGroup& other : rubric_.decision_groups)
            if (other.code == dg.code) check_.error(at.child("code"), "mã nhóm \"" + dg.code + "\" bị trùng");
        rubric_.decision_groups.push_back(std::move(dg));
    }

    void read_group(const Json& v, const PathNode& at) {
        if (!check_.is_object(v, at)) return;
        check_.only_known(v, at, {"code", "name", "max", "decision_group", "rate", "criteria"});
        Group g;
        g.code = check_.string(v, at, "code", true).value_or("");
        g.name = check_.string(v, at, "name", true).value_or("");
        g.max = non_negative(v, at, "max").value_or(0);
        if (!g.code.empty() && !is_code(g.code))
            check_.error(at.child("code"), "mã nhóm chỉ gồm chữ in hoa A–Z, chữ số và dấu _");
        for (const Group& other : rubric_.groups)
            if (other.code == g.code) check_.error(at.child("code"), "mã nhóm \"" + g.code + "\" bị trùng");
        if (auto dg = check_.string(v, at, "decision_group", true)) {
            const auto it = std::find_if(rubric_.decision_groups.begin(), rubric_.decision_groups.end(),
                                         [&](const DecisionGroup& d) { return d.code == *dg; });
            if (it == rubric_.decision_groups.end())
                check_.error(at.child("decision_group"), "không có nhóm \"" + *dg + "\" trong decision_groups");
            else
                g.decision_group = static_cast<std::size_t>(it - rubric_.decision_groups.begin());
        }
        g.rate = rate_rule(v, at).value_or(RateRule::ShownPercent);
        const std::size_t group_index = rubric_.groups.size();
        rubric_.groups.push_back(std::move(g));
        read_array(v, at, "criteria", [&](const Json& c, const PathNode& c_at) { read_criterion(c, c_at, group_index); });
    }

    void read_criterion(const Json& v, const PathNode& at, std::size_t group_index) {
        if (!check_.is_object(v, at)) return;
        check_.only_known(v, at, {"code", "number", "name", "numerator", "denominator", "measure", "unit", "max",
                                  "method", "threshold", "zero_denominator", "rate"});
        Criterion c;
        c.group = group_index;
        c.code = check_.string(v, at, "code", true).value_or("");
        if (!c.code.empty() && !is_code(c.code))
            check_.error(at.child("code"), "mã chỉ tiêu chỉ gồm chữ in hoa A–Z, chữ số và dấu _");
        if (rubric_.criterion_index.count(c.code) != 0)
            check_.error(at.child("code"), "mã chỉ tiêu \"" + c.code + "\" bị trùng");
        c.number = check_.string(v, at, "number", true).value_or("");
        c.name = check_.string(v, at, "name", true).value_or("");
        c.max = non_negative(v, at, "max").value_or(0);
        c.unit = check_.string(v, at, "unit", false).value_or("");

        const std::string measure = check_.string(v, at, "measure", false).value_or("rate");
        if (measure == "value") c.measure = Measure::Value;
        else if (measure != "rate") check_.error(at.child("measure"), "measure phải là \"rate\" hoặc \"value\"");
        if (c.measure == Measure::Rate) {
            c.numerator_label = check_.string(v, at, "numerator", true).value_or("");
            c.denominator_label = check_.string(v, at, "denominator", true).value_or("");
        }

        const std::string method = check_.string(v, at, "method", true).value_or("");
        const auto threshold = check_.number(v, at, "threshold", false);
        if (method == "info") {
            c.method = Method::Info;
            if (c.max != 0) check_.error(at.child("max"), "chỉ tiêu \"info\" không tính điểm: max phải là 0");
        } else if (method == "cap" || method == "linear") {
            c.method = Method::Cap;
            if (c.measure == Measure::Value)
                check_.error(at.child("measure"), "chỉ tiêu tính điểm phải đo bằng tỷ lệ (measure \"rate\")");
            if (method == "cap" && !threshold) check_.error(at, "phương pháp \"cap\" cần trường \"threshold\"");
            c.threshold = threshold.value_or(1);
            if (method == "linear" && threshold && *threshold != 1)
                check_.error(at.child("threshold"), "phương pháp \"linear\" có ngưỡng 1; dùng \"cap\" cho ngưỡng khác");
            if (!(c.threshold > 0 && c.threshold <= 1))
                check_.error(at.child("threshold"), "ngưỡng phải lớn hơn 0 và không quá 1 (0.8 là 80%)");
        } else if (!method.empty()) {
            check_.error(at.child("method"), "phương pháp \"" + method + "\" không được hỗ trợ (dùng \"cap\", \"linear\" hoặc \"info\")");
        }
        // The portal divides by the threshold as a whole percentage (80, not 80.00000000000001).
        c.threshold_percent = std::round(c.threshold * 1e6) / 1e4;

        const std::string zero = check_.string(v, at, "zero_denominator", false).value_or("zero");
        if (zero == "full") c.zero_denominator = ZeroDenominator::Full;
        else if (zero != "zero") check_.error(at.child("zero_denominator"), "zero_denominator phải là \"zero\" hoặc \"full\"");
        c.rate = rate_rule(v, at).value_or(rubric_.groups[group_index].rate);

        rubric_.criterion_index.emplace(c.code, rubric_.criteria.size());
        rubric_.groups[group_index].criteria.push_back(rubric_.criteria.size());
        rubric_.criteria.push_back(std::move(c));
    }

    void read_rating(const Json& v, const PathNode& at) {
        if (!check_.is_object(v, at)) return;
        check_.only_known(v, at, {"id", "label", "min", "color"});
        RatingBand band;
        band.id = check_.string(v, at, "id", true).value_or("");
        band.label = check_.string(v, at, "label", true).value_or("");
        band.min = check_.number(v, at, "min", true).value_or(0);
        band.color = check_.string(v, at, "color", false).value_or(std::string(kNeutralColor));
        if (!parse_hex_color(band.color)) check_.error(at.child("color"), "màu phải có dạng #rrggbb");
        for (const RatingBand& other : rubric_.ratings) {
            if (other.id == band.id) check_.error(at.child("id"), "mức xếp loại \"" + band.id + "\" bị trùng");
            if (other.min == band.min) check_.error(at.child("min"), "hai mức xếp loại có cùng ngưỡng " + format_number(band.min));
        }
        rubric_.ratings.push_back(std::move(band));
    }

    // "rate" of a group or criterion; absent means the enclosing rule (shown percent at the
    // top), so rubric files written before the portal's two rules keep their meaning.
    std::optional<RateRule> rate_rule(const Json& v, const PathNode& at) {
        const auto rate = check_.string(v, at, "rate", false);
        if (!rate) return std::nullopt;
        if (*rate == "shown_percent") return RateRule::ShownPercent;
        if (*rate == "unrounded") return RateRule::Unrounded;
        check_.error(at.child("rate"), "rate phải là \"shown_percent\" (tỷ lệ làm tròn 2 chữ số thập phân trước) hoặc "
                                       "\"unrounded\" (tỷ lệ không làm tròn), không phải \"" + *rate + "\"");
        return std::nullopt;
    }

    std::optional<double> non_negative(const Json& v, const PathNode& at, const char* key) {
        auto x = check_.number(v, at, key, true);
        if (x && *x < 0) {
            check_.error(at.child(key), "không được âm");
            return std::nullopt;
        }
        return x;
    }

    // Points must add up: criteria to their group, groups to their decision group and
    // to the rubric's total. A rubric whose parts disagree would mislead every score.
    void check_totals(const PathNode& root, double max) {
        const PathNode groups_at = root.child("groups");
        double sum_of_groups = 0;
        for (std::size_t g = 0; g < rubric_.groups.size(); ++g) {
            Group& group = rubric_.groups[g];
            double sum = 0;
            for (std::size_t c : group.criteria) sum += rubric_.criteria[c].max;
            if (!same_points(sum, group.max))
                check_.error(groups_at.item(g).child("max"), "nhóm " + group.code + " có max " + format_number(group.max) +
                                                                  " nhưng các chỉ tiêu cộng lại được " + format_number(sum));
            sum_of_groups += group.max;
            rubric_.decision_groups[group.decision_group].groups.push_back(g);
        }
        const PathNode dg_at = root.child("decision_groups");
        for (std::size_t d = 0; d < rubric_.decision_groups.size(); ++d) {
            const DecisionGroup& dg = rubric_.decision_groups[d];
            double sum = 0;
            for (std::size_t g : dg.groups) sum += rubric_.groups[g].max;
            if (!same_points(sum, dg.max))
                check_.error(dg_at.item(d).child("max"), "nhóm (" + dg.code + ") có max " + format_number(dg.max) +
                                                              " nhưng các nhóm thuộc nó cộng lại được " + format_number(sum));
        }
        if (!same_points(sum_of_groups, max))
            check_.error(root.child("max"), "tổng điểm " + format_number(max) + " khác tổng max của các nhóm (" +
                                                format_number(sum_of_groups) + ")");
        rubric_.max = max;
    }

    void check_ratings(const PathNode& root) {
        std::stable_sort(rubric_.ratings.begin(), rubric_.ratings.end(),
                         [](const RatingBand& a, const RatingBand& b) { return a.min > b.min; });
        if (rubric_.ratings.back().min > 0)
            check_.error(root.child("ratings"), "cần một mức xếp loại có min 0 để mọi tổng điểm đều được xếp loại");
    }

    JsonChecker check_;
    Rubric rubric_;
};

}  // namespace

RubricLoad load_rubric(std::string_view json_text, std::string_view source) {
    RubricLoad load;
    const std::optional<Json> doc = read_json(json_text, source, load.errors);
    if (!doc) return load;
    load.rubric = RubricReader(json_text, source, load.errors).read(*doc);
    return load;
}

bool looks_like_rubric(std::string_view text) {
    text = without_bom(text);
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || text[start] != '{') return false;
    const JsonRead read = read_json(text);
    if (read.error || !read.value.is_object()) return false;  // the assessment reader says what is wrong
    const Json& v = read.value;
    // An assessment has none of these: a rubric's format, its groups.
    const auto format = v.find("format");
    if (format != v.end() && format->is_string()) return format->get<std::string>().rfind("dvcscore-rubric/", 0) == 0;
    return v.contains("groups") || v.contains("decision_groups");
}

}  // namespace dvcscore
