// Importing the portal's dashboard responses (portal_import.hpp): every sample in
// tests/data/portal becomes one assessment per unit, its fields mapped to the criteria as
// the samples' README says, with what the portal published; units merge across endpoints
// by code or id; a department's or commune's 1.1–1.3 and 3.1 are marked inherited.
#include "portal_support.hpp"

#include "core/score.hpp"

using namespace portal_support;
using test_support::cents;
using test_support::replaced;

namespace {

void check_counts(const Assessment& a, const std::string& code, double numerator, double denominator,
                  bool inherited = false) {
    INFO(a.unit << " " << code);
    const auto& e = entry(a, code);
    REQUIRE(e);
    CHECK(e->kind == EntryKind::Counts);
    CHECK(e->numerator == numerator);
    CHECK(e->denominator == denominator);
    CHECK(e->inherited == inherited);
}

std::optional<double> detail(const Assessment& a, const std::string& group_code, const std::string& source) {
    INFO(a.unit << " " << group_code);
    REQUIRE(a.portal.published);
    const auto& d = a.portal.published->details[group(group_code)];
    if (!d) return std::nullopt;
    CHECK(d->source == source);
    return d->score;
}

std::size_t entered(const Assessment& a) {
    std::size_t n = 0;
    for (const auto& e : a.entries) n += e.has_value();
    return n;
}

}  // namespace

TEST_CASE("portal import: dvc-progress-tree gives each unit's ON_TIME counts, AVG_DAYS and the published TDGQ",
          "[portal-import]") {
    const PortalImport result = import_samples({kDvcProgress});
    const auto units = imported(result);
    CHECK(result.warnings.empty());
    CHECK(result.responses == 1);
    REQUIRE(units.size() == 4);  // the parent and its three children, in the order given
    CHECK(units[0].unit == "UBND tỉnh Phú Thọ");
    CHECK(units[1].unit == "Văn phòng UBND Tỉnh - Tỉnh Phú Thọ");
    CHECK(units[2].unit == "Thanh tra tỉnh - Tỉnh Phú Thọ");
    CHECK(units[3].unit == "UBND Phường Việt Trì");
    CHECK(units[0].portal.unit_code == "H44");
    CHECK(units[0].portal.level.empty());  // the parent carries no level
    CHECK(units[1].portal.level == "PROVINCE");
    CHECK(units[3].portal.unit_code == "H44.100");
    CHECK(units[3].portal.level == "COMMUNE");
    for (const Assessment& a : units) CHECK(a.period.empty());  // a response alone does not say its period

    check_counts(units[0], "ON_TIME", 403016, 464494);
    CHECK(entry(units[0], "AVG_DAYS")->value == 4.69);
    CHECK(detail(units[0], "TDGQ", "dvc-progress-tree") == 17.35);
    // 0/0 stays 0/0, scored by the rule: 0 points.
    check_counts(units[2], "ON_TIME", 0, 0);
    CHECK(detail(units[2], "TDGQ", "dvc-progress-tree") == 0);
    check_counts(units[3], "ON_TIME", 5830, 6684);
    CHECK(detail(units[3], "TDGQ", "dvc-progress-tree") == 17.44);
    // Nothing else is entered: a unit lacks what its endpoints do not give.
    for (const Assessment& a : units) CHECK(entered(a) == 2);

    // 403016/464494 → 86.76% → 20 × 86.76 / 100 = 17.352 → 17.35;
    // 156/161 → 96.89% → 19.378 → 19.38; 5830/6684 → 87.22% → 17.444 → 17.44.
    const Rubric& rubric = default_rubric();
    CHECK(cents(score(rubric, units[0]).groups[group("TDGQ")]) == 1735);
    CHECK(cents(score(rubric, units[1]).groups[group("TDGQ")]) == 1938);
    CHECK(cents(score(rubric, units[2]).groups[group("TDGQ")]) == 0);
    CHECK(cents(score(rubric, units[3]).groups[group("TDGQ")]) == 1744);
}

TEST_CASE("portal import: provide-online-tree gives the parent's 3.1–3.3 counts, children with a score alone have none",
          "[portal-import]") {
    const auto units = imported(import_samples({kProvideOnline}));
    REQUIRE(units.size() == 3);
    const Assessment& province = units[0];
    CHECK(province.unit == "UBND tỉnh Phú Thọ");
    // 3.1 = (partialCount 31 + fullCount 21) / authorityCount 89.
    check_counts(province, "ONLINE_PROVISION", 52, 89);
    check_counts(province, "HAS_ONLINE", 1, 1);
    check_counts(province, "ONLINE_DOSSIERS", 165096, 165139);
    CHECK(detail(province, "CLGQ", "provide-online-tree") == 11.46);
    // 52/89 → 58.43% → 2 × 58.43 / 80 = 1.46075 → 1.46; 1/1 → 4; 165096/165139 → 99.97% ≥ 50% → 6.
    CHECK(cents(score(default_rubric(), province).groups[group("CLGQ")]) == 1146);

    CHECK(units[1].portal.unit_code == "H44.01");
    CHECK(units[2].portal.unit_code == "H44.100");
    for (std::size_t i = 1; i < 3; ++i) CHECK(entered(units[i]) == 0);
    CHECK(detail(units[1], "CLGQ", "provide-online-tree") == 0);
    CHECK(detail(units[2], "CLGQ", "provide-online-tree") == 10);
}

TEST_CASE("portal import: service-results gives each province's headline groups and total, the nation is no unit",
          "[portal-import]") {
    const auto units = imported(import_samples({kServiceResults}));
    REQUIRE(units.size() == 2);  // "Cả nước" (no id, no code) is the national aggregate
    const Assessment& dong_thap = units[0];
    CHECK(dong_thap.unit == "UBND tỉnh Đồng Tháp");
    CHECK(dong_thap.portal.unit_code == "H20");
    CHECK(entered(dong_thap) == 0);
    REQUIRE(dong_thap.portal.published);
    const Published& p = *dong_thap.portal.published;
    CHECK(p.groups[group("CKMB")] == 11.46);
    CHECK(p.groups[group("TDGQ")] == 17.69);
    CHECK(p.groups[group("CLGQ")] == 8.84);
    CHECK(p.groups[group("TTTT")] == 6.42);
    CHECK(p.groups[group("MDSH")] == 9.72);
    CHECK(p.groups[group("MDHL")] == 14.67);
    CHECK(p.total == 68.8);
    for (const auto& d : p.details) CHECK_FALSE(d);
    const Published& thai_nguyen = *units[1].portal.published;
    CHECK(units[1].unit == "UBND tỉnh Thái Nguyên");
    CHECK(thai_nguyen.groups[group("CKMB")] == 8.1);
    CHECK(thai_nguyen.total == 63.97);
}

TEST_CASE("portal import: transparency gives the province and its commune, whose 1.1–1.3 are inherited",
          "[portal-import]") {
    const auto units = imported(import_samples({kTransparency}));
    REQUIRE(units.size() == 2);
    const Assessment& province = units[0];
    const Assessment& commune = units[1];
    CHECK(province.unit == "UBND tỉnh Gia Lai");
    CHECK(province.portal.unit_code.empty());  // transparency names units by id only
    CHECK(province.portal.level == "PROVINCE");
    CHECK(commune.unit == "UBND phường An Bình");
    CHECK(commune.portal.level == "COMMUNE");

    check_counts(province, "PUBLISH_ON_TIME", 1, 47);
    check_counts(province, "PUBLIC_UPDATE_ON_TIME", 43, 47);
    check_counts(province, "PUBLIC_CONTENT_FULL", 47, 47);
    check_counts(province, "DOSSIER_SYNC", 358005, 358005);
    check_counts(commune, "PUBLISH_ON_TIME", 1, 47, true);
    check_counts(commune, "PUBLIC_UPDATE_ON_TIME", 43, 47, true);
    check_counts(commune, "PUBLIC_CONTENT_FULL", 47, 47, true);
    check_counts(commune, "DOSSIER_SYNC", 1404, 1404);  // its own
    CHECK(detail(province, "CKMB", "transparency") == 11.79);
    CHECK(detail(commune, "CKMB", "transparency") == 11.79);
    // 1/47 → 2.13% → 0.1278 → 0.13; 43/47 → 91.49% → 3.6596 → 3.66; 47/47 → 2; 1.4 → 6: 11.79.
    CHECK(cents(score(default_rubric(), commune).groups[group("CKMB")]) == 1179);
}

TEST_CASE("portal import: single data.evaluation[] elements in an object keyed by endpoint import too",
          "[portal-import]") {
    const PortalImport result = import_samples({kEntries});
    const auto units = imported(result);
    CHECK(result.responses == 2);
    REQUIRE(units.size() == 2);
    const Assessment& inspectorate = unit(units, "Thanh tra tỉnh - tỉnh Gia Lai");
    const Assessment& ward = unit(units, "UBND phường Bình Định");

    // dossier-digitized: the seven MDSH codes verbatim; 0/0 stays 0/0; 4.7 has no counts,
    // only its shown rate 100, so it is a percent.
    CHECK(inspectorate.portal.unit_code == "H21.20");
    for (const char* code : {"ORIGINAL_RESULT_AVAILABLE", "SO_HOA_GIAY_TO_GIAI_QUYET", "REUSED_DIGITIZED_DATA",
                             "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "CITIZEN_DATA_CONNECTED_DOSSIER",
                             "CITIZEN_DATA_CONNECTED_FORMALITY"})
        check_counts(inspectorate, code, 0, 0);
    const auto& copy = entry(inspectorate, "ELECTRONIC_CERTIFIED_COPY");
    REQUIRE(copy);
    CHECK(copy->kind == EntryKind::Percent);
    CHECK(copy->percent == 100);
    CHECK(detail(inspectorate, "MDSH", "dossier-digitized") == 2);
    // Six 0/0 → 0 each; 4.7 100% → 2. MDSH = 2.
    CHECK(cents(score(default_rubric(), inspectorate).groups[group("MDSH")]) == 200);

    // handling-satisfaction: PETITION_CLASSIFICATION_TTHC is 5.1; the staff classification
    // has no criterion.
    check_counts(ward, "PETITION_CLASSIFICATION", 1, 4);
    check_counts(ward, "DOSSIER_RECEIVING_SATISFACTION", 1902, 2054);
    check_counts(ward, "PETITION_PROCESSING_ON_TIME", 1, 4);
    check_counts(ward, "PETITION_HANDLING_SATISFACTION", 1, 4);
    CHECK(entered(ward) == 4);
    CHECK(detail(ward, "MDHL", "handling-satisfaction") == 9);
    // 1902/2054 → 92.60% ≥ 90% → 6; 1/4 → 25% → 6 × 25 / 100 = 1.5, twice: MDHL = 9.
    CHECK(cents(score(default_rubric(), ward).groups[group("MDHL")]) == 900);
}

TEST_CASE("portal import: formality-online-payment-tree gives 3.4–3.6 from the README's fields", "[portal-import]") {
    // Synthetic (no real response was saved): the commune is the worked example Chân Mộng.
    const auto units = imported(import_samples({kPayment}));
    REQUIRE(units.size() == 3);
    const Assessment& province = units[0];
    const Assessment& chan_mong = unit(units, "UBND xã Chân Mộng");
    // 3.4 = totalFeeDossierFormality / totalFeeFormality; 3.5 =
    // totalDossierOnlineFormalityPaymentSuccess / totalFeeFormality; 3.6 =
    // totalDossierOnlinePaymentSuccess / totalDossierFinancialObligation.
    check_counts(province, "PAY_PROVISION", 30, 52);
    check_counts(province, "PAY_FORMALITIES", 25, 52);
    check_counts(province, "PAY_DOSSIERS", 120000, 150000);
    check_counts(chan_mong, "PAY_PROVISION", 8, 40);
    check_counts(chan_mong, "PAY_FORMALITIES", 18, 40);
    check_counts(chan_mong, "PAY_DOSSIERS", 1437, 1541);
    // 30/52 → 57.69% → 2 × 57.69 / 80 = 1.44225 → 1.44; 25/52 → 48.08% → 1.202 → 1.20;
    // 80% → 6 × 80 / 100 = 4.8: TTTT 7.44. Chân Mộng: 0.50 + 1.13 + 5.59 = 7.22.
    CHECK(cents(score(default_rubric(), province).groups[group("TTTT")]) == 744);
    CHECK(cents(score(default_rubric(), chan_mong).groups[group("TTTT")]) == 722);
    CHECK(detail(chan_mong, "TTTT", "formality-online-payment-tree") == 7.22);
}

TEST_CASE("portal import: units merge across endpoints by departmentCode or departmentId", "[portal-import]") {
    // provide-online-tree and the payment tree both name UBND tỉnh Phú Thọ (H44); a
    // handling-satisfaction element naming UBND Phường Việt Trì by id alone joins the
    // provide-online-tree child H44.100 and gets its code.
    const std::string ward_by_id = R"({"code": "OK", "data": {"evaluation": [
        {"departmentId": "019d2be3-6ab4-74ce-8a81-1708de733a98", "departmentName": "UBND phường Việt Trì",
         "departmentLevel": "COMMUNE", "totalScore": 12,
         "metrics": [{"code": "DOSSIER_RECEIVING_SATISFACTION", "numerator": 90, "denominator": 100, "ratio": 90,
                      "score": 6, "maxScore": 6}]}]}})";
    const auto units = imported(import_texts({{kProvideOnline, sample(kProvideOnline)},
                                              {kPayment, sample(kPayment)},
                                              {"hai-long.json", ward_by_id}}));
    REQUIRE(units.size() == 5);  // Phú Thọ, H44.01, H44.100, and the payment tree's two communes
    const Assessment& province = units[0];
    CHECK(province.unit == "UBND tỉnh Phú Thọ");
    check_counts(province, "ONLINE_PROVISION", 52, 89);
    check_counts(province, "PAY_DOSSIERS", 120000, 150000);
    CHECK(detail(province, "CLGQ", "provide-online-tree") == 11.46);
    CHECK(detail(province, "TTTT", "formality-online-payment-tree") == 7.44);

    const Assessment& ward = units[2];
    CHECK(ward.unit == "UBND Phường Việt Trì");  // named as first seen
    CHECK(ward.portal.unit_code == "H44.100");
    check_counts(ward, "DOSSIER_RECEIVING_SATISFACTION", 90, 100);
    CHECK(detail(ward, "CLGQ", "provide-online-tree") == 10);
    CHECK(detail(ward, "MDHL", "handling-satisfaction") == 12);
    CHECK(units[3].unit == "UBND xã Chân Mộng");
    CHECK(units[4].unit == "UBND xã Không Phí");
}

TEST_CASE("portal import: an array of responses, or an object of them, imports as the separate files do",
          "[portal-import]") {
    const std::string array = "[" + sample(kTransparency) + ",\n" + sample(kDvcProgress) + "]";
    const std::string object = "{\"TRANSPARENCY\": " + sample(kTransparency) + ",\n\"dvc_progress_tree\": " +
                               sample(kDvcProgress) + "}";
    const auto separate = imported(import_samples({kTransparency, kDvcProgress}));
    REQUIRE(separate.size() == 6);
    for (const std::string& text : {array, object}) {
        const PortalImport result = import_texts({{"gop.json", text}});
        const auto units = imported(result);
        CHECK(result.responses == 2);
        REQUIRE(units.size() == separate.size());
        for (std::size_t i = 0; i < units.size(); ++i) {
            CHECK(units[i].unit == separate[i].unit);
            CHECK(units[i].entries == separate[i].entries);
            CHECK(units[i].portal == separate[i].portal);
        }
    }
}

TEST_CASE("portal import: who is a department or commune, and which criteria are then inherited", "[portal-import]") {
    // Under the transparency overview (Gia Lai) a department without code or commune level
    // is still listed under another unit; the province repeated in evaluation[] is itself.
    std::string text = sample(kTransparency);
    text = replaced(text, "\"departmentLevel\": \"COMMUNE\"", "\"departmentLevel\": \"PROVINCE\"");
    const std::string province_again =
        R"({"departmentId": "019d2be3-6a85-74ec-a346-6489e82ae4c7", "departmentName": "UBND tỉnh Gia Lai", "totalScore": 11.79,
            "metrics": [{"code": "PUBLISH_ON_TIME", "numerator": 1, "denominator": 47, "ratio": 2.13, "score": 0.13, "maxScore": 6}]},)";
    text = replaced(text, "\"evaluation\": [\n", "\"evaluation\": [\n" + province_again + "\n");
    const auto units = imported(import_texts({{"minh-bach.json", text}}));
    REQUIRE(units.size() == 2);
    check_counts(units[0], "PUBLISH_ON_TIME", 1, 47, false);
    check_counts(units[1], "PUBLISH_ON_TIME", 1, 47, true);
    CHECK(units[1].portal.level == "PROVINCE");

    // 3.1 of a child that carries counts is its province's: inherited; 3.2 and 3.3 are its own.
    std::string tree = sample(kProvideOnline);
    tree = replaced(tree, "\"level\":\"COMMUNE\",\"totalScore\":10,",
                    "\"level\":\"COMMUNE\",\"totalScore\":10,\"authorityCount\":0,\"partialCount\":0,\"fullCount\":0,"
                    "\"onlineDossierCount\":5,\"onlineServiceTotal\":6,\"channelOnlineSum\":300,\"channelTotalSum\":400,");
    const auto tree_units = imported(import_texts({{"cung-cap.json", tree}}));
    const Assessment& ward = unit(tree_units, "UBND Phường Việt Trì");
    check_counts(ward, "ONLINE_PROVISION", 0, 0, true);
    check_counts(ward, "HAS_ONLINE", 5, 6, false);
    check_counts(ward, "ONLINE_DOSSIERS", 300, 400, false);
    check_counts(tree_units[0], "ONLINE_PROVISION", 52, 89, false);  // the province's own
}

TEST_CASE("portal import: another rubric without some criterion skips its figures with a warning", "[portal-import]") {
    std::string rubric_text = test_support::read_file(std::string(DVCSCORE_ASSETS) + "/rubrics/qd766.json");
    rubric_text = replaced(rubric_text, "\"code\": \"AVG_DAYS\"", "\"code\": \"AVERAGE_DAYS\"");
    const RubricLoad load = load_rubric(rubric_text, "rubric.json");
    INFO(test_support::describe(load.errors));
    REQUIRE(load.rubric);
    const PortalImport result = import_texts({{kDvcProgress, sample(kDvcProgress)}}, *load.rubric);
    REQUIRE(result.errors.empty());
    REQUIRE(result.assessments.size() == 4);
    CHECK(result.warnings.size() == 4);  // avgProcessingDays of each unit
    diagnostic_at(result.warnings, kDvcProgress, "$.data.parent.avgProcessingDays", 1);
}
