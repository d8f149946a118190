// Reconciling (reconcile.hpp): every score the portal published in the samples is
// reproduced to the cent where the files hold the figures behind it; the rest is "not
// checkable", never a difference; a headline and a detail page that disagree are two rows.
#include "portal_support.hpp"

#include <nlohmann/json.hpp>

#include "core/reconcile.hpp"

using namespace portal_support;
using test_support::cents;
using test_support::replaced;

namespace {

struct Expected {
    const char* unit;
    const char* group;  // "total" for a total
    const char* source;
    double published;
};

std::string group_of(const ReconcileRow& r) { return r.group ? default_rubric().groups[*r.group].code : "total"; }

// The rows of `reconciliation` with status `status`, as (unit, group, source, published).
void check_rows(const std::vector<Assessment>& units, const Reconciliation& reconciliation, ReconcileStatus status,
                const std::vector<Expected>& expected) {
    std::vector<const ReconcileRow*> rows;
    for (const ReconcileRow& r : reconciliation.rows)
        if (r.status == status) rows.push_back(&r);
    REQUIRE(rows.size() == expected.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ReconcileRow& r = *rows[i];
        INFO("row " << i << ": " << units[r.assessment].unit << " " << group_of(r) << " " << r.source);
        CHECK(units[r.assessment].unit == expected[i].unit);
        CHECK(group_of(r) == expected[i].group);
        CHECK(r.source == expected[i].source);
        CHECK(cents(r.published) == cents(expected[i].published));
        if (status == ReconcileStatus::Match) {
            REQUIRE(r.computed);
            CHECK(cents(*r.computed) == cents(expected[i].published));
        }
        if (status == ReconcileStatus::NotCheckable) {
            CHECK_FALSE(r.computed);
            CHECK_FALSE(r.missing.empty());
        }
    }
}

// Thái Nguyên's CKMB as its detail page could have shown it on 10 October 2026: 1.1 is 1/57,
// and the page added the criteria from the unrounded rate (8.11) where the headline, which
// dvcscore follows, rounds the rate to the shown percent first (8.10). The other three
// criteria are made up so that they add up to 8.00.
const std::string kThaiNguyenDetail = R"({"code": "OK", "data": {"overview": {
    "departmentId": "019d2be3-6a88-732b-8b25-68dfdcdcff0e", "departmentName": "UBND tỉnh Thái Nguyên",
    "departmentLevel": "PROVINCE", "totalScore": 8.11, "totalMaxScore": 18,
    "metrics": [
      {"code": "PUBLISH_ON_TIME", "numerator": 1, "denominator": 57, "ratio": 1.75, "score": 0.11, "maxScore": 6},
      {"code": "PUBLIC_UPDATE_ON_TIME", "numerator": 0, "denominator": 40, "ratio": 0, "score": 0, "maxScore": 4},
      {"code": "PUBLIC_CONTENT_FULL", "numerator": 40, "denominator": 40, "ratio": 100, "score": 2, "maxScore": 2},
      {"code": "DOSSIER_SYNC", "numerator": 1000, "denominator": 1000, "ratio": 100, "score": 6, "maxScore": 6}]},
  "evaluation": []}})";

}  // namespace

TEST_CASE("portal reconcile: every checkable published figure of the samples is reproduced to the cent",
          "[portal-reconcile]") {
    // The HAR holds every year-2026 sample; dvc-progress-tree (the third quarter) apart.
    const auto units = imported(import_samples({kHar}));
    const Reconciliation r = reconcile(default_rubric(), units);
    CHECK(r.differences == 0);
    check_rows(units, r, ReconcileStatus::Match,
               {
                   // 1/47 → 2.13% → 0.13; 43/47 → 91.49% → 3.66; 47/47 → 2; 1.4 → 6: 11.79, for both.
                   {"UBND tỉnh Gia Lai", "CKMB", "transparency", 11.79},
                   {"UBND phường An Bình", "CKMB", "transparency", 11.79},
                   // 52/89 → 58.43% → 1.46; 1/1 → 4; 165096/165139 → 99.97% ≥ 50% → 6: 11.46.
                   {"UBND tỉnh Phú Thọ", "CLGQ", "provide-online-tree", 11.46},
                   // 30/52 → 57.69% → 1.44; 25/52 → 48.08% → 1.20; 80% → 4.8: 7.44.
                   {"UBND tỉnh Phú Thọ", "TTTT", "formality-online-payment-tree", 7.44},
                   // 8/40 → 0.50; 18/40 → 45% → 1.125 → 1.13; 1437/1541 → 93.25% → 5.595… → 5.59: 7.22.
                   {"UBND xã Chân Mộng", "TTTT", "formality-online-payment-tree", 7.22},
                   // 0/0 three times → 0.
                   {"UBND xã Không Phí", "TTTT", "formality-online-payment-tree", 0},
                   // six 0/0 → 0; 4.7 at 100% → 2.
                   {"Thanh tra tỉnh - tỉnh Gia Lai", "MDSH", "dossier-digitized", 2},
                   // 1902/2054 → 92.60% ≥ 90% → 6; 1/4 → 25% → 1.5 twice: 9.
                   {"UBND phường Bình Định", "MDHL", "handling-satisfaction", 9},
               });
    // The provinces of the ranking have no figures here; the two children of
    // provide-online-tree only a score.
    check_rows(units, r, ReconcileStatus::NotCheckable,
               {
                   {"UBND tỉnh Đồng Tháp", "CKMB", "service-results", 11.46},
                   {"UBND tỉnh Đồng Tháp", "TDGQ", "service-results", 17.69},
                   {"UBND tỉnh Đồng Tháp", "CLGQ", "service-results", 8.84},
                   {"UBND tỉnh Đồng Tháp", "TTTT", "service-results", 6.42},
                   {"UBND tỉnh Đồng Tháp", "MDSH", "service-results", 9.72},
                   {"UBND tỉnh Đồng Tháp", "MDHL", "service-results", 14.67},
                   {"UBND tỉnh Đồng Tháp", "total", "service-results", 68.8},
                   {"UBND tỉnh Thái Nguyên", "CKMB", "service-results", 8.1},
                   {"UBND tỉnh Thái Nguyên", "TDGQ", "service-results", 19.12},
                   {"UBND tỉnh Thái Nguyên", "CLGQ", "service-results", 8.82},
                   {"UBND tỉnh Thái Nguyên", "TTTT", "service-results", 6.35},
                   {"UBND tỉnh Thái Nguyên", "MDSH", "service-results", 9.74},
                   {"UBND tỉnh Thái Nguyên", "MDHL", "service-results", 11.84},
                   {"UBND tỉnh Thái Nguyên", "total", "service-results", 63.97},
                   {"Văn phòng UBND Tỉnh - Tỉnh Phú Thọ", "CLGQ", "provide-online-tree", 0},
                   {"UBND Phường Việt Trì", "CLGQ", "provide-online-tree", 10},
               });
    CHECK(r.matches == 8);
    CHECK(r.not_checkable == 16);
}

TEST_CASE("portal reconcile: dvc-progress-tree's TDGQ of every unit is reproduced", "[portal-reconcile]") {
    const auto units = imported(import_samples({kDvcProgress}));
    const Reconciliation r = reconcile(default_rubric(), units);
    check_rows(units, r, ReconcileStatus::Match,
               {
                   // 403016/464494 → 86.76% → 20 × 86.76 / 100 = 17.352 → 17.35.
                   {"UBND tỉnh Phú Thọ", "TDGQ", "dvc-progress-tree", 17.35},
                   // 156/161 → 96.89% → 19.378 → 19.38.
                   {"Văn phòng UBND Tỉnh - Tỉnh Phú Thọ", "TDGQ", "dvc-progress-tree", 19.38},
                   // 0/0 → 0.
                   {"Thanh tra tỉnh - Tỉnh Phú Thọ", "TDGQ", "dvc-progress-tree", 0},
                   // 5830/6684 → 87.22% → 17.444 → 17.44.
                   {"UBND Phường Việt Trì", "TDGQ", "dvc-progress-tree", 17.44},
               });
    CHECK(r.rows.size() == 4);
}

TEST_CASE("portal reconcile: a headline and a detail page that disagree are each a row, differences first",
          "[portal-reconcile]") {
    const auto units = imported(import_texts({{kServiceResults, sample(kServiceResults)}, {"thai-nguyen.json", kThaiNguyenDetail}}));
    const Assessment& thai_nguyen = unit(units, "UBND tỉnh Thái Nguyên");
    REQUIRE(thai_nguyen.portal.published);
    CHECK(thai_nguyen.portal.published->groups[group("CKMB")] == 8.1);
    CHECK(thai_nguyen.portal.published->details[group("CKMB")]->score == 8.11);

    const Reconciliation r = reconcile(default_rubric(), units);
    REQUIRE_FALSE(r.rows.empty());
    CHECK(r.differences == 1);
    CHECK(r.matches == 1);
    // 1/57 → 1.75% → 6 × 1.75 / 100 = 0.105 (a double just below) → 0.10; 0/40 → 0;
    // 40/40 → 2; 1000/1000 → 6: CKMB 8.10, the headline's figure, 0.01 under the detail's.
    const ReconcileRow& first = r.rows.front();
    CHECK(first.status == ReconcileStatus::Differs);
    CHECK(units[first.assessment].unit == "UBND tỉnh Thái Nguyên");
    CHECK(group_of(first) == "CKMB");
    CHECK(first.source == "transparency");
    CHECK(cents(first.published) == 811);
    CHECK(cents(*first.computed) == 810);
    const ReconcileRow& second = r.rows[1];
    CHECK(second.status == ReconcileStatus::Match);
    CHECK(second.source == "service-results");
    CHECK(cents(*second.computed) == 810);
    // The rest of Thái Nguyên's headline has no figures behind it.
    for (std::size_t i = 2; i < r.rows.size(); ++i) CHECK(r.rows[i].status == ReconcileStatus::NotCheckable);
}

TEST_CASE("portal reconcile: a group with counts the portal got wrong is not checkable, and says why",
          "[portal-reconcile]") {
    const std::string text = replaced(sample(kTransparency), "\"numerator\": 1404, \"denominator\": 1404",
                                      "\"numerator\": 1500, \"denominator\": 1404");
    const auto units = imported(import_texts({{kTransparency, text}}));
    const Reconciliation r = reconcile(default_rubric(), units);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.matches == 1);
    const ReconcileRow& commune = r.rows[1];
    CHECK(commune.status == ReconcileStatus::NotCheckable);
    const std::size_t sync = test_support::index_of(default_rubric(), "DOSSIER_SYNC");
    CHECK(commune.missing == std::vector<std::size_t>{sync});
    CHECK(commune.not_scored == std::vector<std::size_t>{sync});
}

TEST_CASE("portal reconcile: the JSON rows", "[portal-reconcile]") {
    const auto units = imported(import_texts({{kServiceResults, sample(kServiceResults)}, {"thai-nguyen.json", kThaiNguyenDetail}}));
    const Reconciliation r = reconcile(default_rubric(), units);
    const nlohmann::json rows = nlohmann::json::parse(reconciliation_json(default_rubric(), units, r, 2));
    REQUIRE(rows.is_array());
    REQUIRE(rows.size() == r.rows.size());
    const nlohmann::json& differs = rows.at(0);
    CHECK(differs.at("unit") == "UBND tỉnh Thái Nguyên");
    CHECK(differs.at("unit_code") == "H55");
    CHECK(differs.at("period") == "");
    CHECK(differs.at("group") == "CKMB");
    CHECK(differs.at("source") == "transparency");
    CHECK(differs.at("published") == 8.11);
    CHECK(differs.at("computed") == 8.1);
    CHECK(differs.at("difference") == -0.01);
    CHECK(differs.at("status") == "differs");
    CHECK_FALSE(differs.contains("missing"));
    const nlohmann::json& total = rows.back();
    CHECK(total.at("unit") == "UBND tỉnh Thái Nguyên");
    CHECK(total.at("group") == "total");
    CHECK(total.at("published") == 63.97);
    CHECK(total.at("computed").is_null());
    CHECK(total.at("difference").is_null());
    CHECK(total.at("status") == "not_checkable");
    CHECK(total.at("missing").size() == 17);  // 21 scored criteria, CKMB's four entered
    CHECK(total.at("missing").at(0) == "ON_TIME");
    CHECK(total.at("not_scored").empty());
}

TEST_CASE("portal reconcile: an assessment without published figures has no rows", "[portal-reconcile]") {
    std::vector<Assessment> plain{test_support::all_full()};
    CHECK(reconcile(default_rubric(), plain).rows.empty());
    plain[0].portal.unit_code = "H44";
    plain[0].portal.published = Published::none(default_rubric());  // published, but nothing in it
    CHECK(reconcile(default_rubric(), plain).rows.empty());
    plain[0].portal.published->total = 100;
    const Reconciliation r = reconcile(default_rubric(), plain);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].status == ReconcileStatus::Match);  // every criterion at 100%: 100
}

TEST_CASE("portal reconcile: MDSH and MDHL are reproduced from the unrounded rate", "[portal-reconcile]") {
    // Quảng Trị's 4.5 (year 2026): 295/1269 = 23.2466…% → 2 × 23.2466… / 100 = 0.4649… → 0.46,
    // where rounding the rate first would give 23.25% → 0.465 → 0.47. With 4.7 at 100% (2)
    // and the rest 0/0: MDSH 2.46. Thanh Hóa's 5.3: 278/674 = 41.246…% → 2.4748… → 2.47
    // (41.25% → 2.475 → 2.48 would be wrong); 5.2 and 5.4 0/0 → 6 and 0: MDHL 8.47.
    const std::string digitized = R"({"code": "OK", "data": {"evaluation": [
        {"departmentId": "qt", "departmentName": "UBND tỉnh Quảng Trị", "departmentCode": "H45", "totalScore": 2.46,
         "metrics": [
           {"code": "ORIGINAL_RESULT_AVAILABLE", "numerator": 0, "denominator": 0},
           {"code": "SO_HOA_GIAY_TO_GIAI_QUYET", "numerator": 0, "denominator": 0},
           {"code": "REUSED_DIGITIZED_DATA", "numerator": 0, "denominator": 0},
           {"code": "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "numerator": 0, "denominator": 0},
           {"code": "CITIZEN_DATA_CONNECTED_DOSSIER", "numerator": 0, "denominator": 0},
           {"code": "CITIZEN_DATA_CONNECTED_FORMALITY", "numerator": 295, "denominator": 1269},
           {"code": "ELECTRONIC_CERTIFIED_COPY", "numerator": null, "denominator": null, "ratio": 100}]}]}})";
    const std::string satisfaction = R"({"code": "OK", "data": {"evaluation": [
        {"departmentId": "th", "departmentName": "UBND tỉnh Thanh Hóa", "departmentCode": "H38", "totalScore": 8.47,
         "metrics": [
           {"code": "DOSSIER_RECEIVING_SATISFACTION", "numerator": 0, "denominator": 0},
           {"code": "PETITION_PROCESSING_ON_TIME", "numerator": 0, "denominator": 0},
           {"code": "PETITION_HANDLING_SATISFACTION", "numerator": 278, "denominator": 674}]}]}})";
    const auto units = imported(import_texts({{"so-hoa.json", digitized}, {"hai-long.json", satisfaction}}));
    const Reconciliation r = reconcile(default_rubric(), units);
    CHECK(r.differences == 0);
    check_rows(units, r, ReconcileStatus::Match,
               {{"UBND tỉnh Quảng Trị", "MDSH", "dossier-digitized", 2.46},
                {"UBND tỉnh Thanh Hóa", "MDHL", "handling-satisfaction", 8.47}});
}
