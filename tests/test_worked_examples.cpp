// The three worked cases of docs/rubric.md, checked against the portal's own figures.
#include <catch2/catch.hpp>

#include <string>

#include "core/assessment_file.hpp"
#include "core/score.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::group_index;
using test_support::index_of;
using test_support::with_entries;

namespace {

const Rubric& qd766() { return default_rubric(); }

double points(const ScoreCard& card, const char* code) { return card.criteria[index_of(qd766(), code)].points; }
double percent(const ScoreCard& card, const char* code) { return card.criteria[index_of(qd766(), code)].percent; }
double group(const ScoreCard& card, const char* code) { return card.groups[group_index(qd766(), code)]; }

// Phú Thọ province 2026: 31 + 21 = 52 of 89 TTHC online; 516 of 1884 DVC with online
// dossiers; 589 496 of 597 894 dossiers online.
Assessment phu_tho() {
    return with_entries({{"ONLINE_PROVISION", Entry::counts(52, 89)},
                         {"HAS_ONLINE", Entry::counts(516, 1884)},
                         {"ONLINE_DOSSIERS", Entry::counts(589496, 597894)}});
}

// Hà Nội city 2026, MDHL (the unrounded rate).
Assessment ha_noi() {
    return with_entries({{"DOSSIER_RECEIVING_SATISFACTION", Entry::counts(785199, 1065150)},
                         {"PETITION_PROCESSING_ON_TIME", Entry::counts(1000, 4506)},
                         {"PETITION_HANDLING_SATISFACTION", Entry::counts(791, 4506)}});
}

// Commune Chân Mộng (Phú Thọ) 2026, TTTT.
Assessment chan_mong() {
    return with_entries({{"PAY_DOSSIERS", Entry::counts(1437, 1541)},
                         {"PAY_FORMALITIES", Entry::counts(18, 40)},
                         {"PAY_PROVISION", Entry::counts(8, 40)}});
}

}  // namespace

TEST_CASE("worked example: Phú Thọ CLGQ = 8.56", "[worked-examples]") {
    const ScoreCard card = score(qd766(), phu_tho());
    // 3.1: 52/89 = 58.43 % < 80 % → 2 × 58.43 / 80 = 1.46075 → 1.46.
    CHECK(percent(card, "ONLINE_PROVISION") == 58.43);
    CHECK(points(card, "ONLINE_PROVISION") == 1.46);
    // 3.2: 516/1884 = 27.39 % → 4 × 27.39 / 100 = 1.0956 → 1.10.
    CHECK(percent(card, "HAS_ONLINE") == 27.39);
    CHECK(points(card, "HAS_ONLINE") == 1.10);
    // 3.3: 589496/597894 = 98.5954 % → 98.60 % ≥ 50 % → 6.
    CHECK(percent(card, "ONLINE_DOSSIERS") == 98.6);
    CHECK(points(card, "ONLINE_DOSSIERS") == 6);
    CHECK(group(card, "CLGQ") == 8.56);
    CHECK(card.total == 8.56);
}

TEST_CASE("worked example: Phú Thọ from tests/data/phu-tho-2026.json", "[worked-examples]") {
    const std::string path = std::string(DVCSCORE_TEST_DATA) + "/phu-tho-2026.json";
    const AssessmentBatch batch = parse_assessments(test_support::read_file(path), path, qd766());
    INFO(test_support::describe(batch.errors));
    REQUIRE(batch.errors.empty());
    REQUIRE(batch.assessments.size() == 1);
    CHECK(batch.assessments[0].unit == "UBND tỉnh Phú Thọ");
    CHECK(batch.assessments[0].period == "2026");
    const ScoreCard card = score(qd766(), batch.assessments[0]);
    CHECK(group(card, "CLGQ") == 8.56);
    CHECK(card.total == 8.56);  // AVG_DAYS 4.24 is information only
}

TEST_CASE("worked example: Hà Nội MDHL = 7.29", "[worked-examples]") {
    const ScoreCard card = score(qd766(), ha_noi());
    // MDHL scores the unrounded rate; the shown percent is still the 2-decimal one.
    // 5.4: 785199/1065150 = 73.7172… % (shown 73.72) → 73.7172… × 6 / 90 = 4.9145 → 4.91.
    CHECK(percent(card, "DOSSIER_RECEIVING_SATISFACTION") == 73.72);
    CHECK(points(card, "DOSSIER_RECEIVING_SATISFACTION") == 4.91);
    // 5.2: 1000/4506 = 22.1926… % → 6 × 22.1926… / 100 = 1.3316 → 1.33.
    CHECK(percent(card, "PETITION_PROCESSING_ON_TIME") == 22.19);
    CHECK(points(card, "PETITION_PROCESSING_ON_TIME") == 1.33);
    // 5.3: 791/4506 = 17.5544… % → 6 × 17.5544… / 100 = 1.0533 → 1.05.
    CHECK(percent(card, "PETITION_HANDLING_SATISFACTION") == 17.55);
    CHECK(points(card, "PETITION_HANDLING_SATISFACTION") == 1.05);
    // 4.91 + 1.33 + 1.05; the unrounded sum 7.2993 must not be what is shown.
    CHECK(group(card, "MDHL") == 7.29);
    CHECK(card.total == 7.29);
}

TEST_CASE("worked example: Chân Mộng TTTT = 7.22 (exact arithmetic would give 7.23)", "[worked-examples]") {
    const ScoreCard card = score(qd766(), chan_mong());
    // 3.6: 1437/1541 → 93.25 % → 93.25 × 6 / 100 = 5.594999… → 5.59.
    CHECK(percent(card, "PAY_DOSSIERS") == 93.25);
    CHECK(points(card, "PAY_DOSSIERS") == 5.59);
    // 3.5: 18/40 = 45 % → 2 × 45 / 80 = 1.125 → 1.13.
    CHECK(percent(card, "PAY_FORMALITIES") == 45);
    CHECK(points(card, "PAY_FORMALITIES") == 1.13);
    // 3.4: 8/40 = 20 % → 2 × 20 / 80 = 0.50.
    CHECK(percent(card, "PAY_PROVISION") == 20);
    CHECK(points(card, "PAY_PROVISION") == 0.5);
    CHECK(group(card, "TTTT") == 7.22);
    CHECK(card.total == 7.22);
}

TEST_CASE("worked examples together: decision group (d) = CLGQ + TTTT = 8.56 + 7.22", "[worked-examples]") {
    Assessment both = phu_tho();
    const Assessment tttt = chan_mong();
    for (std::size_t c = 0; c < both.entries.size(); ++c)
        if (tttt.entries[c]) both.entries[c] = tttt.entries[c];
    const Rubric& rubric = qd766();
    const ScoreCard card = score(rubric, both);
    const std::size_t d = rubric.groups[group_index(rubric, "CLGQ")].decision_group;
    CHECK(card.decision_groups[d] == 15.78);
    CHECK(card.total == 15.78);
    CHECK(rubric.ratings[card.rating].id == "yeu");
}
