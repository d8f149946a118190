// The result JSON of docs/formats.md ("Result"): field names, all six groups in order with all
// their criteria, `missing`, rating id and label, maxima as whole numbers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result_json.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::with_entries;

namespace {

const Rubric& qd766() { return default_rubric(); }

// Phú Thọ's CLGQ and Chân Mộng's TTTT in one form, with AVG_DAYS.
Assessment example() {
    Assessment a = with_entries({{"ONLINE_PROVISION", Entry::counts(52, 89)},
                                 {"HAS_ONLINE", Entry::counts(516, 1884)},
                                 {"ONLINE_DOSSIERS", Entry::of_percent(98.6)},
                                 {"PAY_PROVISION", Entry::counts(8, 40)},
                                 {"PAY_FORMALITIES", Entry::counts(18, 40)},
                                 {"PAY_DOSSIERS", Entry::counts(1437, 1541)},
                                 {"AVG_DAYS", Entry::of_value(4.24)}});
    a.unit = "UBND tỉnh Phú Thọ";
    a.period = "2026";
    return a;
}

// The result as a reader of the text sees it.
nlohmann::json parsed_result(const Assessment& a) { return nlohmann::json::parse(score_to_json_text(qd766(), a, 2)); }

const nlohmann::json& criterion_in(const nlohmann::json& result, const std::string& code) {
    for (const auto& g : result.at("groups"))
        for (const auto& c : g.at("criteria"))
            if (c.at("code") == code) return c;
    FAIL("no criterion " << code << " in the result");
    return result;
}

std::vector<std::string> all_codes_except(const std::vector<std::string>& present) {
    std::vector<std::string> codes;
    for (const Criterion& c : qd766().criteria)
        if (std::find(present.begin(), present.end(), c.code) == present.end()) codes.push_back(c.code);
    return codes;
}

}  // namespace

TEST_CASE("result JSON: top-level fields and their types", "[result-json]") {
    const nlohmann::json r = parsed_result(example());
    REQUIRE(r.is_object());
    for (const char* key : {"rubric", "unit", "period", "total", "max", "rating", "groups", "missing"}) {
        INFO(key);
        CHECK(r.contains(key));
    }
    CHECK(r.at("rubric") == "qd766");
    CHECK(r.at("unit") == "UBND tỉnh Phú Thọ");
    CHECK(r.at("period") == "2026");
    REQUIRE(r.at("total").is_number());
    CHECK(r.at("total").get<double>() == 15.78);  // 8.56 + 7.22
    CHECK(r.at("max").is_number_integer());
    CHECK(r.at("max") == 100);
    REQUIRE(r.at("rating").is_object());
    CHECK(r.at("rating").at("id") == "yeu");
    CHECK(r.at("rating").at("label") == "Yếu");
    CHECK(r.at("groups").is_array());
    CHECK(r.at("missing").is_array());
}

TEST_CASE("result JSON: all six groups in rubric order, each with all its criteria", "[result-json]") {
    const nlohmann::json r = parsed_result(example());
    const auto& groups = r.at("groups");
    REQUIRE(groups.size() == 6);
    const std::vector<std::string> codes = {"CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL"};
    const std::vector<std::string> names = {"Công khai, minh bạch", "Tiến độ, kết quả giải quyết", "Dịch vụ công trực tuyến",
                                            "Thanh toán trực tuyến", "Số hóa hồ sơ", "Mức độ hài lòng"};
    const std::vector<int> maxima = {18, 20, 12, 10, 22, 18};
    const std::vector<double> scores = {0, 0, 8.56, 7.22, 0, 0};
    for (std::size_t g = 0; g < 6; ++g) {
        const auto& group = groups[g];
        INFO("group " << codes[g]);
        CHECK(group.at("code") == codes[g]);
        CHECK(group.at("name") == names[g]);
        CHECK(group.at("max").is_number_integer());
        CHECK(group.at("max") == maxima[g]);
        CHECK(group.at("score").get<double>() == scores[g]);
        // Every criterion of the group, in rubric order.
        const auto& criteria = group.at("criteria");
        const Group& rubric_group = qd766().groups[g];
        REQUIRE(criteria.size() == rubric_group.criteria.size());
        for (std::size_t i = 0; i < criteria.size(); ++i) {
            const Criterion& c = qd766().criteria[rubric_group.criteria[i]];
            const auto& item = criteria[i];
            INFO("criterion " << c.code);
            CHECK(item.at("code") == c.code);
            CHECK(item.at("percent").is_number());
            CHECK(item.at("points").is_number());
            CHECK(item.at("max").is_number_integer());
            CHECK(item.at("max").get<double>() == c.max);
            CHECK(item.at("entered").is_boolean());
        }
    }
}

TEST_CASE("result JSON: criterion figures", "[result-json]") {
    const nlohmann::json r = parsed_result(example());
    const auto& pay = criterion_in(r, "PAY_DOSSIERS");
    // "percent is the rate × 100 (full precision is fine)": 93.25 or 93.2511…
    CHECK(pay.at("percent").get<double>() == Approx(100.0 * 1437 / 1541).margin(0.006));
    CHECK(pay.at("points").get<double>() == 5.59);
    CHECK(pay.at("max") == 6);
    CHECK(pay.at("entered") == true);
    CHECK(criterion_in(r, "PAY_FORMALITIES").at("points").get<double>() == 1.13);
    CHECK(criterion_in(r, "PAY_PROVISION").at("points").get<double>() == 0.5);
    CHECK(criterion_in(r, "ONLINE_PROVISION").at("points").get<double>() == 1.46);
    CHECK(criterion_in(r, "ONLINE_DOSSIERS").at("percent").get<double>() == Approx(98.6).margin(1e-9));
    const auto& on_time = criterion_in(r, "ON_TIME");
    CHECK(on_time.at("entered") == false);
    CHECK(on_time.at("points").get<double>() == 0);
    CHECK(on_time.at("max") == 20);
    const auto& days = criterion_in(r, "AVG_DAYS");
    CHECK(days.at("entered") == true);
    CHECK(days.at("points").get<double>() == 0);
    CHECK(days.at("max") == 0);
}

TEST_CASE("result JSON: missing lists the criteria not entered, in rubric order", "[result-json]") {
    const nlohmann::json r = parsed_result(example());
    const std::vector<std::string> expected = all_codes_except(
        {"ONLINE_PROVISION", "HAS_ONLINE", "ONLINE_DOSSIERS", "PAY_PROVISION", "PAY_FORMALITIES", "PAY_DOSSIERS", "AVG_DAYS"});
    REQUIRE(expected.size() == 16);
    CHECK(r.at("missing").get<std::vector<std::string>>() == expected);
}

TEST_CASE("result JSON: a blank form — everything missing, total 0, yeu", "[result-json]") {
    const nlohmann::json r = parsed_result(Assessment::blank(qd766()));
    CHECK(r.at("missing").get<std::vector<std::string>>() == all_codes_except({}));
    CHECK(r.at("missing").size() == 23);
    CHECK(r.at("total").get<double>() == 0);
    CHECK(r.at("rating").at("id") == "yeu");
    for (const auto& g : r.at("groups")) CHECK(g.at("score").get<double>() == 0);
}

TEST_CASE("result JSON: full marks — 100, xuat_sac, only the info criteria missing", "[result-json]") {
    const nlohmann::json r = parsed_result(test_support::all_full());
    CHECK(r.at("total").get<double>() == 100);
    CHECK(r.at("rating").at("id") == "xuat_sac");
    CHECK(r.at("rating").at("label") == "Xuất sắc");
    CHECK(r.at("missing").get<std::vector<std::string>>() == std::vector<std::string>{"AVG_DAYS", "PETITION_CLASSIFICATION"});
    const std::vector<double> maxima = {18, 20, 12, 10, 22, 18};
    for (std::size_t g = 0; g < 6; ++g) CHECK(r.at("groups")[g].at("score").get<double>() == maxima[g]);
}

TEST_CASE("result JSON: zero denominators are entered, scored by the rule", "[result-json]") {
    const nlohmann::json r = parsed_result(with_entries({{"PETITION_PROCESSING_ON_TIME", Entry::counts(0, 0)},
                                                         {"ON_TIME", Entry::counts(0, 0)}}));
    CHECK(criterion_in(r, "PETITION_PROCESSING_ON_TIME").at("entered") == true);
    CHECK(criterion_in(r, "PETITION_PROCESSING_ON_TIME").at("points").get<double>() == 6);
    CHECK(criterion_in(r, "ON_TIME").at("entered") == true);
    CHECK(criterion_in(r, "ON_TIME").at("points").get<double>() == 0);
    const auto missing = r.at("missing").get<std::vector<std::string>>();
    CHECK(std::find(missing.begin(), missing.end(), "ON_TIME") == missing.end());
    CHECK(r.at("total").get<double>() == 6);
}

TEST_CASE("result JSON: the text forms are valid JSON of the same result", "[result-json]") {
    const Assessment a = example();
    const OrderedJson direct = result_json(qd766(), a);
    const std::string pretty = score_to_json_text(qd766(), a, 2);
    const std::string compact = score_to_json_text(qd766(), a, -1);
    CHECK(compact.find('\n') == std::string::npos);  // one line, for JSON Lines
    CHECK(nlohmann::json::parse(pretty) == nlohmann::json::parse(direct.dump()));
    CHECK(nlohmann::json::parse(compact) == nlohmann::json::parse(pretty));
}
