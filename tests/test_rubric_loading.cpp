// The built-in QĐ 766 rubric matches docs/rubric.md, table by table.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/rubric.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::read_file;

namespace {

struct ExpectedGroup {
    const char* code;
    const char* name;
    double max;
    const char* decision_group;
};

// docs/rubric.md, "Groups".
const std::vector<ExpectedGroup> kGroups = {
    {"CKMB", "Công khai, minh bạch", 18, "a"},
    {"TDGQ", "Tiến độ, kết quả giải quyết", 20, "b"},
    {"CLGQ", "Dịch vụ công trực tuyến", 12, "d"},
    {"TTTT", "Thanh toán trực tuyến", 10, "d"},
    {"MDSH", "Số hóa hồ sơ", 22, "c"},
    {"MDHL", "Mức độ hài lòng", 18, "đ"},
};

struct ExpectedCriterion {
    const char* group;
    const char* code;
    const char* number;
    const char* name;
    double max;
    bool info;
    double threshold;  // "linear" is cap 1; ignored for info
    bool zero_gives_full;
};

// docs/rubric.md, "Criteria", row by row.
const std::vector<ExpectedCriterion> kCriteria = {
    {"CKMB", "PUBLISH_ON_TIME", "1.1", "Tỷ lệ TTHC công bố đúng hạn", 6, false, 1, false},
    {"CKMB", "PUBLIC_UPDATE_ON_TIME", "1.2", "Tỷ lệ TTHC được cập nhật, công khai đúng hạn", 4, false, 1, false},
    {"CKMB", "PUBLIC_CONTENT_FULL", "1.3", "Tỷ lệ TTHC công khai đầy đủ nội dung", 2, false, 1, false},
    {"CKMB", "DOSSIER_SYNC", "1.4", "Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG", 6, false, 1, false},
    {"TDGQ", "ON_TIME", "2.1", "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", 20, false, 1, false},
    {"TDGQ", "AVG_DAYS", "2.2", "Thời gian giải quyết TTHC trung bình (ngày)", 0, true, 1, false},
    {"CLGQ", "ONLINE_PROVISION", "3.1", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến", 2, false, 0.8, false},
    {"CLGQ", "HAS_ONLINE", "3.2", "Tỷ lệ DVCTT có phát sinh hồ sơ", 4, false, 1, false},
    {"CLGQ", "ONLINE_DOSSIERS", "3.3", "Tỷ lệ hồ sơ nộp trực tuyến", 6, false, 0.5, false},
    {"TTTT", "PAY_PROVISION", "3.4", "Tỷ lệ TTHC có nghĩa vụ tài chính được cung cấp trên Cổng DVCQG", 2, false, 0.8, false},
    {"TTTT", "PAY_FORMALITIES", "3.5", "Tỷ lệ TTHC có giao dịch thanh toán trực tuyến", 2, false, 0.8, false},
    {"TTTT", "PAY_DOSSIERS", "3.6", "Tỷ lệ hồ sơ thanh toán trực tuyến", 6, false, 1, false},
    {"MDSH", "ORIGINAL_RESULT_AVAILABLE", "4.1", "Tỷ lệ hồ sơ có cấp kết quả giải quyết TTHC điện tử", 6, false, 1, false},
    // 4.2 linear: the portal's scoring wins over the operator's description (cap 0.8).
    {"MDSH", "SO_HOA_GIAY_TO_GIAI_QUYET", "4.2", "Tỷ lệ hồ sơ TTHC thực hiện số hóa hồ sơ", 4, false, 1, false},
    {"MDSH", "REUSED_DIGITIZED_DATA", "4.3", "Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa", 2, false, 0.8, false},
    {"MDSH", "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "4.4", "Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng", 4, false, 1, false},
    {"MDSH", "CITIZEN_DATA_CONNECTED_FORMALITY", "4.5", "Tỷ lệ TTHC triển khai kết nối, chia sẻ dữ liệu dân cư", 2, false, 1, false},
    {"MDSH", "CITIZEN_DATA_CONNECTED_DOSSIER", "4.6", "Tỷ lệ hồ sơ TTHC sử dụng thông tin, dữ liệu dân cư", 2, false, 1, false},
    {"MDSH", "ELECTRONIC_CERTIFIED_COPY", "4.7", "Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính", 2, false, 1, false},
    {"MDHL", "PETITION_CLASSIFICATION", "5.1", "Tỷ lệ phản ánh, kiến nghị theo phân loại", 0, true, 1, false},
    {"MDHL", "PETITION_PROCESSING_ON_TIME", "5.2", "Tỷ lệ PAKN xử lý đúng hạn", 6, false, 1, true},
    {"MDHL", "PETITION_HANDLING_SATISFACTION", "5.3", "Tỷ lệ hài lòng trong xử lý PAKN", 6, false, 1, true},
    {"MDHL", "DOSSIER_RECEIVING_SATISFACTION", "5.4", "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", 6, false, 0.9, false},
};

struct ExpectedBand {
    const char* id;
    const char* label;
    double min;
};

// docs/rubric.md, "Rating", highest band first as Rubric::ratings keeps them.
const std::vector<ExpectedBand> kBands = {
    {"xuat_sac", "Xuất sắc", 90}, {"tot", "Tốt", 80}, {"kha", "Khá", 70}, {"trung_binh", "Trung bình", 50}, {"yeu", "Yếu", 0},
};

void check_groups(const Rubric& rubric) {
    REQUIRE(rubric.groups.size() == kGroups.size());
    for (std::size_t g = 0; g < kGroups.size(); ++g) {
        const Group& group = rubric.groups[g];
        INFO("group #" << g << " " << kGroups[g].code);
        CHECK(group.code == kGroups[g].code);
        CHECK(group.name == kGroups[g].name);
        CHECK(group.max == kGroups[g].max);
        REQUIRE(group.decision_group < rubric.decision_groups.size());
        CHECK(rubric.decision_groups[group.decision_group].code == kGroups[g].decision_group);
    }
}

void check_criteria(const Rubric& rubric) {
    REQUIRE(rubric.criteria.size() == kCriteria.size());
    for (std::size_t c = 0; c < kCriteria.size(); ++c) {
        const ExpectedCriterion& want = kCriteria[c];
        const Criterion& got = rubric.criteria[c];
        INFO("criterion #" << c << " " << want.code);
        CHECK(got.code == want.code);
        CHECK(got.number == want.number);
        CHECK(got.name == want.name);
        CHECK(got.max == want.max);
        REQUIRE(got.group < rubric.groups.size());
        CHECK(rubric.groups[got.group].code == want.group);
        CHECK(rubric.find_criterion(want.code) == std::optional<std::size_t>(c));
        if (want.info) {
            CHECK(got.method == Method::Info);
            CHECK_FALSE(got.scored());
        } else {
            CHECK(got.method == Method::Cap);
            CHECK(got.scored());
            CHECK(got.measure == Measure::Rate);
            CHECK(got.threshold == want.threshold);
            // The divisor the portal uses: the threshold as a whole percentage.
            CHECK(got.threshold_percent == want.threshold * 100);
            CHECK(got.zero_denominator == (want.zero_gives_full ? ZeroDenominator::Full : ZeroDenominator::Zero));
        }
    }
    // AVG_DAYS is "a value, not a rate"; 5.1 is a rate that is only shown.
    CHECK(rubric.criteria[*rubric.find_criterion("AVG_DAYS")].measure == Measure::Value);
    CHECK(rubric.criteria[*rubric.find_criterion("PETITION_CLASSIFICATION")].measure == Measure::Rate);
}

void check_membership_and_sums(const Rubric& rubric) {
    double total = 0;
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        INFO("group " << group.code);
        // Each group lists exactly its own criteria, in rubric order.
        std::vector<std::size_t> own;
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c)
            if (rubric.criteria[c].group == g) own.push_back(c);
        CHECK(group.criteria == own);
        double sum = 0;
        for (std::size_t c : group.criteria) sum += rubric.criteria[c].max;
        CHECK(sum == group.max);
        total += group.max;
    }
    CHECK(total == 100);
    CHECK(rubric.max == 100);
}

void check_decision_groups(const Rubric& rubric) {
    // (a) 18, (b) 20, (d) 22 = CLGQ + TTTT, (c) 22, (đ) 18.
    REQUIRE(rubric.decision_groups.size() == 5);
    double total = 0;
    for (const DecisionGroup& dg : rubric.decision_groups) {
        double sum = 0;
        for (std::size_t g : dg.groups) sum += rubric.groups[g].max;
        INFO("decision group " << dg.code);
        CHECK(sum == dg.max);
        total += dg.max;
    }
    CHECK(total == 100);

    const DecisionGroup& online = rubric.decision_groups[rubric.groups[2].decision_group];
    CHECK(online.code == "d");
    CHECK(online.name == "Cung cấp dịch vụ trực tuyến");
    CHECK(online.max == 22);
    CHECK(online.groups == std::vector<std::size_t>{2, 3});  // CLGQ, TTTT
    CHECK(rubric.groups[3].decision_group == rubric.groups[2].decision_group);
    // Every other group is a decision group of its own.
    for (std::size_t g : {0u, 1u, 4u, 5u}) {
        const DecisionGroup& dg = rubric.decision_groups[rubric.groups[g].decision_group];
        CHECK(dg.groups == std::vector<std::size_t>{g});
        CHECK(dg.max == rubric.groups[g].max);
        CHECK(dg.name == rubric.groups[g].name);
    }
}

void check_ratings(const Rubric& rubric) {
    REQUIRE(rubric.ratings.size() == kBands.size());
    for (std::size_t i = 0; i < kBands.size(); ++i) {
        INFO("band " << kBands[i].id);
        CHECK(rubric.ratings[i].id == kBands[i].id);
        CHECK(rubric.ratings[i].label == kBands[i].label);
        CHECK(rubric.ratings[i].min == kBands[i].min);
    }
}

void check_whole_rubric(const Rubric& rubric) {
    CHECK(rubric.id == "qd766");
    check_groups(rubric);
    check_criteria(rubric);
    check_membership_and_sums(rubric);
    check_decision_groups(rubric);
    check_ratings(rubric);
}

}  // namespace

TEST_CASE("built-in rubric: six groups in portal order with maxima 18/20/12/10/22/18", "[rubric]") {
    check_groups(default_rubric());
}

TEST_CASE("built-in rubric: every criterion's code, number, name, max, method and zero rule match the spec table",
          "[rubric]") {
    check_criteria(default_rubric());
}

TEST_CASE("built-in rubric: criteria belong to their groups and the points add up to 100", "[rubric]") {
    check_membership_and_sums(default_rubric());
}

TEST_CASE("built-in rubric: CLGQ and TTTT form the 22-point decision group (d)", "[rubric]") {
    check_decision_groups(default_rubric());
}

TEST_CASE("built-in rubric: rating bands xuat_sac 90, tot 80, kha 70, trung_binh 50, yeu 0", "[rubric]") {
    check_ratings(default_rubric());
}

TEST_CASE("built-in rubric: unknown criterion codes are not found", "[rubric]") {
    const Rubric& rubric = default_rubric();
    CHECK_FALSE(rubric.find_criterion("PAY_DOSIERS").has_value());
    CHECK_FALSE(rubric.find_criterion("").has_value());
    CHECK_FALSE(rubric.find_criterion("pay_dossiers").has_value());  // codes are exact
}

TEST_CASE("assets/rubrics/qd766.json read from disk loads without errors and is the built-in rubric",
          "[rubric]") {
    const std::string path = std::string(DVCSCORE_ASSETS) + "/rubrics/qd766.json";
    const std::string text = read_file(path);
    const RubricLoad load = load_rubric(text, path);
    INFO(test_support::describe(load.errors));
    REQUIRE(load.errors.empty());
    REQUIRE(load.rubric.has_value());
    check_whole_rubric(*load.rubric);
    // The program embeds exactly this file.
    CHECK(default_rubric_json() == text);
}
