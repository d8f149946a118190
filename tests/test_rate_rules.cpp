// The portal's two rate rules (docs/rubric.md, "Rounding"): CKMB, TDGQ, CLGQ and TTTT
// score the shown 2-decimal percentage, MDSH and MDHL the unrounded n / d × 100. The rule
// is rubric data, per group, overridable per criterion; a rubric that names none means
// "shown percent" everywhere, so older files keep their meaning.
#include <catch2/catch.hpp>

#include <string>

#include "core/score.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::group_index;
using test_support::index_of;
using test_support::qd766_edited;
using test_support::qd766_rate_everywhere;
using test_support::with_entries;

namespace {

const Rubric& qd766() { return default_rubric(); }

CriterionScore score_in(const Rubric& rubric, const std::string& code, const Entry& entry) {
    return score_criterion(rubric.criteria[index_of(rubric, code)], &entry);
}

// The published examples, one criterion each (docs/rubric.md, "Rounding").
const Entry kQuangTri45 = Entry::counts(295, 1269);    // 4.5, MDSH, max 2, linear
const Entry kThanhHoa53 = Entry::counts(278, 674);     // 5.3, MDHL, max 6, linear
const Entry kChanMong36 = Entry::counts(1437, 1541);   // 3.6, TTTT, max 6, linear
const Entry kThaiNguyen11 = Entry::counts(1, 57);      // 1.1, CKMB, max 6, linear

}  // namespace

TEST_CASE("rate rules: MDSH and MDHL unrounded, the other four groups the shown percent", "[rate-rules]") {
    const Rubric& rubric = qd766();
    for (const char* code : {"CKMB", "TDGQ", "CLGQ", "TTTT"})
        CHECK(rubric.groups[group_index(rubric, code)].rate == RateRule::ShownPercent);
    for (const char* code : {"MDSH", "MDHL"}) CHECK(rubric.groups[group_index(rubric, code)].rate == RateRule::Unrounded);
    // No criterion of qd766 overrides its group.
    for (const Criterion& c : rubric.criteria) {
        INFO(c.code);
        CHECK(c.rate == rubric.groups[c.group].rate);
    }
    CHECK(std::string(rate_rule_id(RateRule::ShownPercent)) == "shown_percent");
    CHECK(std::string(rate_rule_id(RateRule::Unrounded)) == "unrounded");
}

TEST_CASE("rate rules: Quảng Trị 4.5 295/1269 → 0.46, shown as 23.25 %", "[rate-rules]") {
    // 295 / 1269 × 100 = 23.24665…; × 2 / 100 = 0.46493… → 0.46. Rounding the percent first
    // would give 23.25 × 2 / 100 = 0.465 (the double 0.46500000000000002) → 0.47.
    const CriterionScore s = score_in(qd766(), "CITIZEN_DATA_CONNECTED_FORMALITY", kQuangTri45);
    CHECK(s.percent == 23.25);
    CHECK(s.scoring_percent == 295.0 / 1269 * 100);
    CHECK(s.points == 0.46);
    CHECK(score_in(qd766_rate_everywhere(""), "CITIZEN_DATA_CONNECTED_FORMALITY", kQuangTri45).points == 0.47);
}

TEST_CASE("rate rules: Thanh Hóa 5.3 278/674 → 2.47, shown as 41.25 %", "[rate-rules]") {
    // 278 / 674 × 100 = 41.24629…; × 6 / 100 = 2.47477… → 2.47. Percent first:
    // 41.25 × 6 / 100 = 2.475 (the double 2.4750000000000001) → 2.48, which the portal does not show.
    const CriterionScore s = score_in(qd766(), "PETITION_HANDLING_SATISFACTION", kThanhHoa53);
    CHECK(s.percent == 41.25);
    CHECK(s.points == 2.47);
    CHECK(score_in(qd766_rate_everywhere(""), "PETITION_HANDLING_SATISFACTION", kThanhHoa53).points == 2.48);
}

TEST_CASE("rate rules: Chân Mộng 3.6 1437/1541 still 5.59 — TTTT scores the shown percent", "[rate-rules]") {
    // 1437 / 1541 → 93.25 %; 93.25 × 6 / 100 = 5.594999… → 5.59. Unrounded it would be
    // 93.2511… × 6 / 100 = 5.5951 → 5.60.
    const CriterionScore s = score_in(qd766(), "PAY_DOSSIERS", kChanMong36);
    CHECK(s.percent == 93.25);
    CHECK(s.scoring_percent == 93.25);
    CHECK(s.points == 5.59);
    CHECK(score_in(qd766_rate_everywhere("unrounded"), "PAY_DOSSIERS", kChanMong36).points == 5.60);
}

TEST_CASE("rate rules: Thái Nguyên 1.1 1/57 → 0.10 — why CKMB stays shown percent", "[rate-rules]") {
    // The portal's headline gave CKMB 8.10: 1/57 → 1.75 %; 1.75 × 6 / 100 = 0.105 (the double
    // 0.10499999999999999) → 0.10. Unrounded, 1.75438… × 6 / 100 = 0.10526… → 0.11, which
    // only its detail page showed (8.11); the calculator follows the headline.
    const CriterionScore s = score_in(qd766(), "PUBLISH_ON_TIME", kThaiNguyen11);
    CHECK(s.percent == 1.75);
    CHECK(s.points == 0.10);
    CHECK(score_in(qd766_rate_everywhere("unrounded"), "PUBLISH_ON_TIME", kThaiNguyen11).points == 0.11);
}

TEST_CASE("rate rules: Hà Nội MDHL = 7.29 from the unrounded rates", "[rate-rules]") {
    const Assessment a = with_entries({{"DOSSIER_RECEIVING_SATISFACTION", Entry::counts(785199, 1065150)},
                                       {"PETITION_PROCESSING_ON_TIME", Entry::counts(1000, 4506)},
                                       {"PETITION_HANDLING_SATISFACTION", Entry::counts(791, 4506)}});
    const ScoreCard card = score(qd766(), a);
    const auto at = [&](const char* code) { return card.criteria[index_of(qd766(), code)]; };
    // 5.4: 785199 / 1065150 × 100 = 73.71722…, shown 73.72; × 6 / 90 = 4.91448… → 4.91.
    CHECK(at("DOSSIER_RECEIVING_SATISFACTION").percent == 73.72);
    CHECK(at("DOSSIER_RECEIVING_SATISFACTION").scoring_percent == 785199.0 / 1065150 * 100);
    CHECK(at("DOSSIER_RECEIVING_SATISFACTION").points == 4.91);
    // 5.2: 1000 / 4506 × 100 = 22.19263…; × 6 / 100 = 1.33155… → 1.33.
    CHECK(at("PETITION_PROCESSING_ON_TIME").percent == 22.19);
    CHECK(at("PETITION_PROCESSING_ON_TIME").points == 1.33);
    // 5.3: 791 / 4506 × 100 = 17.55437…; × 6 / 100 = 1.05326… → 1.05.
    CHECK(at("PETITION_HANDLING_SATISFACTION").percent == 17.55);
    CHECK(at("PETITION_HANDLING_SATISFACTION").points == 1.05);
    // 4.91 + 1.33 + 1.05 = 7.29 (the unrounded sum 7.2993 is not what is shown).
    CHECK(card.groups[group_index(qd766(), "MDHL")] == 7.29);
    CHECK(card.total == 7.29);
}

TEST_CASE("rate rules: a typed percent in an unrounded group is used as typed", "[rate-rules]") {
    // 4.5 and 4.6 (MDSH) against 1.3 (CKMB), all max 2, linear: 23.2466 × 2 / 100 = 0.464932
    // → 0.46 unrounded; shown first 23.25 → 0.465 → 0.47. Every face shows 23.25 %.
    for (const char* code : {"CITIZEN_DATA_CONNECTED_FORMALITY", "CITIZEN_DATA_CONNECTED_DOSSIER"}) {
        const CriterionScore s = score_in(qd766(), code, Entry::of_percent(23.2466));
        INFO(code);
        CHECK(s.percent == 23.25);
        CHECK(s.scoring_percent == 23.2466);
        CHECK(s.points == 0.46);
    }
    const CriterionScore shown = score_in(qd766(), "PUBLIC_CONTENT_FULL", Entry::of_percent(23.2466));
    CHECK(shown.percent == 23.25);
    CHECK(shown.scoring_percent == 23.25);
    CHECK(shown.points == 0.47);
    // 93.2466 stays 93.2466: 4.1 (max 6) 93.2466 × 6 / 100 = 5.594796 → 5.59.
    const CriterionScore s = score_in(qd766(), "ORIGINAL_RESULT_AVAILABLE", Entry::of_percent(93.2466));
    CHECK(s.percent == 93.25);
    CHECK(s.scoring_percent == 93.2466);
    CHECK(s.points == 5.59);
}

TEST_CASE("rate rules: a zero denominator scores the same under both rules", "[rate-rules]") {
    // 5.2 and 5.3: no petitions → full 6; 4.5: nothing to measure → 0.
    for (const Rubric& rubric : {qd766(), qd766_rate_everywhere(""), qd766_rate_everywhere("unrounded")}) {
        CHECK(score_in(rubric, "PETITION_PROCESSING_ON_TIME", Entry::counts(0, 0)).points == 6);
        CHECK(score_in(rubric, "PETITION_HANDLING_SATISFACTION", Entry::counts(0, 0)).percent == 100);
        CHECK(score_in(rubric, "CITIZEN_DATA_CONNECTED_FORMALITY", Entry::counts(0, 0)).points == 0);
    }
}

TEST_CASE("rate rules: a criterion's own \"rate\" overrides its group's", "[rate-rules]") {
    const Rubric rubric = qd766_edited([](nlohmann::json& doc) {
        for (auto& g : doc["groups"])
            for (auto& c : g["criteria"]) {
                if (c["code"] == "CITIZEN_DATA_CONNECTED_FORMALITY") c["rate"] = "shown_percent";  // in MDSH
                if (c["code"] == "PUBLISH_ON_TIME") c["rate"] = "unrounded";                       // in CKMB
            }
    });
    CHECK(rubric.criteria[index_of(rubric, "CITIZEN_DATA_CONNECTED_FORMALITY")].rate == RateRule::ShownPercent);
    CHECK(rubric.criteria[index_of(rubric, "CITIZEN_DATA_CONNECTED_DOSSIER")].rate == RateRule::Unrounded);
    CHECK(rubric.criteria[index_of(rubric, "PUBLISH_ON_TIME")].rate == RateRule::Unrounded);
    CHECK(rubric.criteria[index_of(rubric, "PUBLIC_UPDATE_ON_TIME")].rate == RateRule::ShownPercent);
    CHECK(rubric.groups[group_index(rubric, "MDSH")].rate == RateRule::Unrounded);
    // The figures worked out above, each under the rule its criterion now names.
    CHECK(score_in(rubric, "CITIZEN_DATA_CONNECTED_FORMALITY", kQuangTri45).points == 0.47);
    CHECK(score_in(rubric, "CITIZEN_DATA_CONNECTED_DOSSIER", kQuangTri45).points == 0.46);
    CHECK(score_in(rubric, "PUBLISH_ON_TIME", kThaiNguyen11).points == 0.11);
    // Printed results name what is unrounded: whole groups, else single criteria.
    CHECK(rate_rule_note(rubric) == "Điểm của nhóm MDHL và chỉ tiêu 1.1, 4.1, 4.2, 4.3, 4.4, 4.6, 4.7 tính từ tỷ lệ "
                                    "chưa làm tròn; tỷ lệ hiển thị đã làm tròn 2 chữ số thập phân.");
}

TEST_CASE("rate rules: printed results say which points come from unrounded rates", "[rate-rules]") {
    CHECK(rate_rule_note(qd766()) ==
          "Điểm của nhóm MDSH, MDHL tính từ tỷ lệ chưa làm tròn; tỷ lệ hiển thị đã làm tròn 2 chữ số thập phân.");
    CHECK(rate_rule_note(qd766_rate_everywhere("")).empty());
    CHECK(rate_rule_note(qd766_rate_everywhere("shown_percent")).empty());
}

TEST_CASE("rate rules: a rubric that names no rule scores every criterion from the shown percent", "[rate-rules]") {
    const Rubric old = qd766_rate_everywhere("");
    for (const Group& g : old.groups) CHECK(g.rate == RateRule::ShownPercent);
    for (const Criterion& c : old.criteria) CHECK(c.rate == RateRule::ShownPercent);
    // The rubric copies kept from before the two rules mean the same.
    for (const std::string& path : {std::string(DVCSCORE_TEST_DATA) + "/rubric-qd766-mo-ta.json",
                                   std::string(DVCSCORE_TEST_DATA) + "/rubric-qd766-before-rate-rules.json"}) {
        const RubricLoad load = load_rubric(test_support::read_file(path), path);
        INFO(path << "\n" << test_support::describe(load.errors));
        REQUIRE(load.rubric.has_value());
        for (const Criterion& c : load.rubric->criteria) CHECK(c.rate == RateRule::ShownPercent);
    }
    // The worked examples score as they always did: Phú Thọ CLGQ 8.56, Chân Mộng TTTT 7.22,
    // Hà Nội MDHL 7.29 (5.4: 73.72 × 6 / 90 = 4.9147 → 4.91; 5.2: 22.19 × 6 / 100 = 1.3314
    // → 1.33; 5.3: 17.55 × 6 / 100 = 1.053 → 1.05).
    const Assessment a = with_entries({{"ONLINE_PROVISION", Entry::counts(52, 89)},
                                       {"HAS_ONLINE", Entry::counts(516, 1884)},
                                       {"ONLINE_DOSSIERS", Entry::counts(589496, 597894)},
                                       {"PAY_DOSSIERS", Entry::counts(1437, 1541)},
                                       {"PAY_FORMALITIES", Entry::counts(18, 40)},
                                       {"PAY_PROVISION", Entry::counts(8, 40)},
                                       {"DOSSIER_RECEIVING_SATISFACTION", Entry::counts(785199, 1065150)},
                                       {"PETITION_PROCESSING_ON_TIME", Entry::counts(1000, 4506)},
                                       {"PETITION_HANDLING_SATISFACTION", Entry::counts(791, 4506)}},
                                      old);
    const ScoreCard card = score(old, a);
    CHECK(card.groups[group_index(old, "CLGQ")] == 8.56);
    CHECK(card.groups[group_index(old, "TTTT")] == 7.22);
    CHECK(card.groups[group_index(old, "MDHL")] == 7.29);
    CHECK(card.total == 23.07);  // 8.56 + 7.22 + 7.29
}
