// Rating bands (docs/rubric.md, "Rating"): lower bounds inclusive, judged on the
// 2-decimal total.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "core/score.hpp"
#include "support.hpp"

using namespace dvcscore;

namespace {

std::string band_at(double total) {
    const Rubric& rubric = default_rubric();
    return rubric.ratings[rubric.rating_index(total)].id;
}

struct Case {
    const char* what;
    std::vector<std::pair<const char*, double>> percents;  // overrides of "everything at 100 %"
    double total;
    const char* rating;
};

// Everything full is 100 points; each override takes away what the spec's formula says.
const std::vector<Case> kCases = {
    {"everything full", {}, 100, "xuat_sac"},
    // ON_TIME (max 20, linear) at 50 %: 10 points → 90.00.
    {"ON_TIME 50 %", {{"ON_TIME", 50}}, 90, "xuat_sac"},
    // 20 × 49.95 / 100 = 9.99 → 89.99.
    {"ON_TIME 49.95 %", {{"ON_TIME", 49.95}}, 89.99, "tot"},
    {"ON_TIME 0 %", {{"ON_TIME", 0}}, 80, "tot"},
    // PUBLIC_CONTENT_FULL (max 2, linear) at 99.5 %: 1.99 → 80 − 0.01.
    {"ON_TIME 0 %, 1.3 at 99.5 %", {{"ON_TIME", 0}, {"PUBLIC_CONTENT_FULL", 99.5}}, 79.99, "kha"},
    // − 20 − 6 − 4.
    {"ON_TIME, 1.1, 1.2 at 0 %", {{"ON_TIME", 0}, {"PUBLISH_ON_TIME", 0}, {"PUBLIC_UPDATE_ON_TIME", 0}}, 70, "kha"},
    {"ON_TIME, 1.1, 1.2 at 0 %, 1.3 at 99.5 %",
     {{"ON_TIME", 0}, {"PUBLISH_ON_TIME", 0}, {"PUBLIC_UPDATE_ON_TIME", 0}, {"PUBLIC_CONTENT_FULL", 99.5}},
     69.99,
     "trung_binh"},
    // − 20 (TDGQ) − 18 (CKMB) − 12 (CLGQ).
    {"TDGQ, CKMB, CLGQ at 0 %",
     {{"ON_TIME", 0}, {"PUBLISH_ON_TIME", 0}, {"PUBLIC_UPDATE_ON_TIME", 0}, {"PUBLIC_CONTENT_FULL", 0},
      {"DOSSIER_SYNC", 0}, {"ONLINE_PROVISION", 0}, {"HAS_ONLINE", 0}, {"ONLINE_DOSSIERS", 0}},
     50,
     "trung_binh"},
    // and PAY_PROVISION (max 2, cap 0.8) at 79.6 %: 2 × 79.6 / 80 = 1.99 → 49.99.
    {"TDGQ, CKMB, CLGQ at 0 %, 3.4 at 79.6 %",
     {{"ON_TIME", 0}, {"PUBLISH_ON_TIME", 0}, {"PUBLIC_UPDATE_ON_TIME", 0}, {"PUBLIC_CONTENT_FULL", 0},
      {"DOSSIER_SYNC", 0}, {"ONLINE_PROVISION", 0}, {"HAS_ONLINE", 0}, {"ONLINE_DOSSIERS", 0}, {"PAY_PROVISION", 79.6}},
     49.99,
     "yeu"},
};

}  // namespace

TEST_CASE("rating_index: lower bounds are inclusive", "[rating]") {
    CHECK(band_at(0) == "yeu");
    CHECK(band_at(49.99) == "yeu");
    CHECK(band_at(50.00) == "trung_binh");
    CHECK(band_at(69.99) == "trung_binh");
    CHECK(band_at(70.00) == "kha");
    CHECK(band_at(79.99) == "kha");
    CHECK(band_at(80.00) == "tot");
    CHECK(band_at(89.99) == "tot");
    CHECK(band_at(90.00) == "xuat_sac");
    CHECK(band_at(100) == "xuat_sac");
}

TEST_CASE("rating_index: the labels are the Vietnamese ones", "[rating]") {
    const Rubric& rubric = default_rubric();
    CHECK(rubric.ratings[rubric.rating_index(95)].label == "Xuất sắc");
    CHECK(rubric.ratings[rubric.rating_index(85)].label == "Tốt");
    CHECK(rubric.ratings[rubric.rating_index(75)].label == "Khá");
    CHECK(rubric.ratings[rubric.rating_index(55)].label == "Trung bình");
    CHECK(rubric.ratings[rubric.rating_index(5)].label == "Yếu");
}

TEST_CASE("real assessments whose total lands exactly on each boundary", "[rating]") {
    const Rubric& rubric = default_rubric();
    for (const Case& c : kCases) {
        INFO(c.what);
        Assessment a = test_support::all_full();
        for (const auto& [code, percent] : c.percents)
            a.entries[test_support::index_of(rubric, code)] = Entry::of_percent(percent);
        const ScoreCard card = score(rubric, a);
        CHECK(card.total == c.total);
        CHECK(rubric.ratings[card.rating].id == c.rating);
    }
}
