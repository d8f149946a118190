// How fast the target planner is: the bundled example to the next band (Khá → Tốt, 3.91
// points) and to Xuất sắc (13.91), and units generated like scripts/bench's CLI batch
// (every rate uniform in 0–100 %, denominators up to 100 000: 10–20 points to the next
// band, the hard end of what units ask). The page's recompute after a keystroke, which
// includes a re-plan, is form_recompute_after_a_keystroke in bench_scoring.cpp.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "core/assessment.hpp"
#include "core/assessment_file.hpp"
#include "core/score.hpp"
#include "core/target_plan.hpp"

namespace {

const char* const kExample = R"({"values": {
  "PUBLISH_ON_TIME": {"numerator": 118, "denominator": 120}, "PUBLIC_UPDATE_ON_TIME": {"numerator": 1750, "denominator": 1800},
  "PUBLIC_CONTENT_FULL": {"numerator": 1790, "denominator": 1800}, "DOSSIER_SYNC": {"numerator": 596000, "denominator": 597894},
  "ON_TIME": {"numerator": 590000, "denominator": 597894}, "AVG_DAYS": {"value": 4.24},
  "ONLINE_PROVISION": {"numerator": 52, "denominator": 89}, "HAS_ONLINE": {"numerator": 516, "denominator": 1884},
  "ONLINE_DOSSIERS": {"numerator": 589496, "denominator": 597894}, "PAY_PROVISION": {"numerator": 8, "denominator": 40},
  "PAY_FORMALITIES": {"numerator": 18, "denominator": 40}, "PAY_DOSSIERS": {"numerator": 1437, "denominator": 1541},
  "ORIGINAL_RESULT_AVAILABLE": {"numerator": 500000, "denominator": 597894},
  "SO_HOA_GIAY_TO_GIAI_QUYET": {"numerator": 450000, "denominator": 597894},
  "REUSED_DIGITIZED_DATA": {"numerator": 300000, "denominator": 597894},
  "SYNCED_WITH_DVCQG_PERSONAL_STORAGE": {"numerator": 200000, "denominator": 597894},
  "CITIZEN_DATA_CONNECTED_FORMALITY": {"numerator": 700, "denominator": 900},
  "CITIZEN_DATA_CONNECTED_DOSSIER": {"numerator": 400000, "denominator": 597894},
  "ELECTRONIC_CERTIFIED_COPY": {"percent": 100}, "PETITION_CLASSIFICATION": {"numerator": 120, "denominator": 4506},
  "PETITION_PROCESSING_ON_TIME": {"numerator": 1000, "denominator": 4506},
  "PETITION_HANDLING_SATISFACTION": {"numerator": 791, "denominator": 4506},
  "DOSSIER_RECEIVING_SATISFACTION": {"numerator": 785199, "denominator": 1065150}}})";

const dvcscore::Assessment& example() {
    static const dvcscore::Assessment a =
        dvcscore::parse_assessments(kExample, "bench", dvcscore::default_rubric()).assessments.at(0);
    return a;
}

void plan_example(benchmark::State& state, dvcscore::PlanTarget target) {
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    const dvcscore::ScoreCard card = dvcscore::score(rubric, example());
    dvcscore::PlanRequest request;
    request.target = target;
    for (auto _ : state) benchmark::DoNotOptimize(dvcscore::plan_target(rubric, example(), card, request));
}

void plan_example_next_band(benchmark::State& state) { plan_example(state, dvcscore::PlanTarget::next_band()); }
BENCHMARK(plan_example_next_band);

void plan_example_to_xuat_sac(benchmark::State& state) { plan_example(state, dvcscore::PlanTarget::of_band(0)); }
BENCHMARK(plan_example_to_xuat_sac);

// 1,000 units as scripts/bench generates them for the CLI, planned one after another.
void plan_generated_units(benchmark::State& state) {
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    std::mt19937 rng(766);
    std::vector<dvcscore::Assessment> units;
    std::vector<dvcscore::ScoreCard> cards;
    for (int u = 0; u < 1000; ++u) {
        dvcscore::Assessment a = dvcscore::Assessment::blank(rubric);
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
            if (rubric.criteria[c].measure == dvcscore::Measure::Value) {
                a.entries[c] = dvcscore::Entry::of_value(4.2);
                continue;
            }
            const double d = std::uniform_int_distribution<int>(0, 99999)(rng);
            const double n = std::uniform_int_distribution<int>(0, static_cast<int>(d))(rng);
            a.entries[c] = dvcscore::Entry::counts(n, d);
        }
        cards.push_back(dvcscore::score(rubric, a));
        units.push_back(std::move(a));
    }
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(dvcscore::plan_target(rubric, units[i], cards[i], {}));
        i = (i + 1) % units.size();
    }
}
BENCHMARK(plan_generated_units);

}  // namespace
