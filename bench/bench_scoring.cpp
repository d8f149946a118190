// How fast the core scores: one parsed assessment; parse + score + serialise one file;
// the form's recompute after a keystroke (what the page does on every edit).
#include <benchmark/benchmark.h>

#include <string>

#include "app/form.hpp"
#include "core/assessment_file.hpp"
#include "core/plan.hpp"
#include "core/result_json.hpp"
#include "core/score.hpp"

namespace {

// Every criterion entered, counts of a realistic province size.
const char* const kFullAssessment = R"({
  "format": "dvcscore-assessment/1", "rubric": "qd766", "unit": "UBND tỉnh Phú Thọ", "period": "2026",
  "values": {
    "PUBLISH_ON_TIME": {"numerator": 118, "denominator": 120},
    "PUBLIC_UPDATE_ON_TIME": {"numerator": 1750, "denominator": 1800},
    "PUBLIC_CONTENT_FULL": {"numerator": 1790, "denominator": 1800},
    "DOSSIER_SYNC": {"numerator": 596000, "denominator": 597894},
    "ON_TIME": {"numerator": 590000, "denominator": 597894},
    "AVG_DAYS": {"value": 4.24},
    "ONLINE_PROVISION": {"numerator": 52, "denominator": 89},
    "HAS_ONLINE": {"numerator": 516, "denominator": 1884},
    "ONLINE_DOSSIERS": {"numerator": 589496, "denominator": 597894},
    "PAY_PROVISION": {"numerator": 8, "denominator": 40},
    "PAY_FORMALITIES": {"numerator": 18, "denominator": 40},
    "PAY_DOSSIERS": {"numerator": 1437, "denominator": 1541},
    "ORIGINAL_RESULT_AVAILABLE": {"numerator": 500000, "denominator": 597894},
    "SO_HOA_GIAY_TO_GIAI_QUYET": {"numerator": 450000, "denominator": 597894},
    "REUSED_DIGITIZED_DATA": {"numerator": 300000, "denominator": 597894},
    "SYNCED_WITH_DVCQG_PERSONAL_STORAGE": {"numerator": 200000, "denominator": 597894},
    "CITIZEN_DATA_CONNECTED_FORMALITY": {"numerator": 700, "denominator": 900},
    "CITIZEN_DATA_CONNECTED_DOSSIER": {"numerator": 400000, "denominator": 597894},
    "ELECTRONIC_CERTIFIED_COPY": {"percent": 100},
    "PETITION_CLASSIFICATION": {"numerator": 120, "denominator": 4506},
    "PETITION_PROCESSING_ON_TIME": {"numerator": 1000, "denominator": 4506},
    "PETITION_HANDLING_SATISFACTION": {"numerator": 791, "denominator": 4506},
    "DOSSIER_RECEIVING_SATISFACTION": {"numerator": 785199, "denominator": 1065150}
  }
})";

const dvcscore::Assessment& parsed() {
    static const dvcscore::Assessment a =
        dvcscore::parse_assessments(kFullAssessment, "bench", dvcscore::default_rubric()).assessments.at(0);
    return a;
}

void score_one_parsed_assessment(benchmark::State& state) {
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    const dvcscore::Assessment& a = parsed();
    for (auto _ : state) benchmark::DoNotOptimize(dvcscore::score(rubric, a));
}
BENCHMARK(score_one_parsed_assessment);

void score_and_plan(benchmark::State& state) {
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    const dvcscore::Assessment& a = parsed();
    for (auto _ : state) {
        const dvcscore::ScoreCard card = dvcscore::score(rubric, a);
        benchmark::DoNotOptimize(dvcscore::plan_improvements(rubric, a, card));
    }
}
BENCHMARK(score_and_plan);

void parse_score_serialise(benchmark::State& state) {
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    for (auto _ : state) {
        const dvcscore::AssessmentBatch batch = dvcscore::parse_assessments(kFullAssessment, "bench", rubric);
        benchmark::DoNotOptimize(dvcscore::score_to_json_text(rubric, batch.assessments.front(), -1));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(std::string(kFullAssessment).size()));
}
BENCHMARK(parse_score_serialise);

void form_recompute_after_a_keystroke(benchmark::State& state) {
    dvcscore::app::Form form(dvcscore::default_rubric());
    form.fill(parsed());
    for (auto _ : state) {
        form.recompute();
        benchmark::DoNotOptimize(form.card().total);
    }
}
BENCHMARK(form_recompute_after_a_keystroke);

}  // namespace

namespace {

// The two halves of parse_score_serialise, to see where time goes.
void parse_only(benchmark::State& state) {
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    for (auto _ : state) benchmark::DoNotOptimize(dvcscore::parse_assessments(kFullAssessment, "bench", rubric));
}
BENCHMARK(parse_only);

void score_and_serialise_only(benchmark::State& state) {
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    for (auto _ : state) benchmark::DoNotOptimize(dvcscore::score_to_json_text(rubric, parsed(), -1));
}
BENCHMARK(score_and_serialise_only);

}  // namespace

BENCHMARK_MAIN();
