// How fast the core scores: one parsed assessment; parse + score + serialise one file;
// the form's recompute after a keystroke (what the page does on every edit).
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "app/form.hpp"
#include "core/assessment_file.hpp"
#include "core/plan.hpp"
#include "core/result_json.hpp"
#include "core/score.hpp"
#include "plausible.hpp"

namespace {

// Every criterion entered, counts of a province's size (denominators up to 600,000), as the
// JSON text of a file.
const std::string& full_assessment() {
    static const std::string text = [] {
        const dvcscore::Rubric& rubric = dvcscore::default_rubric();
        std::mt19937 rng(766);
        const dvcscore::Assessment a = bench::plausible_assessment(rubric, rng, 600000, "UBND tỉnh Phú Thọ");
        return dvcscore::json_text(dvcscore::assessment_json(rubric, a), 2);
    }();
    return text;
}

const dvcscore::Assessment& parsed() {
    static const dvcscore::Assessment a =
        dvcscore::parse_assessments(full_assessment(), "bench", dvcscore::default_rubric()).assessments.at(0);
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
        const dvcscore::AssessmentBatch batch = dvcscore::parse_assessments(full_assessment(), "bench", rubric);
        benchmark::DoNotOptimize(dvcscore::score_to_json_text(rubric, batch.assessments.front(), -1));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(full_assessment().size()));
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
    for (auto _ : state) benchmark::DoNotOptimize(dvcscore::parse_assessments(full_assessment(), "bench", rubric));
}
BENCHMARK(parse_only);

void score_and_serialise_only(benchmark::State& state) {
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    for (auto _ : state) benchmark::DoNotOptimize(dvcscore::score_to_json_text(rubric, parsed(), -1));
}
BENCHMARK(score_and_serialise_only);

}  // namespace

BENCHMARK_MAIN();
