// How fast a province's dashboard capture is imported and reconciled in the core (the CLI's
// whole run is timed by scripts/bench): 200 units, seven endpoints, one HAR.
#include <benchmark/benchmark.h>

#include <string>

#include "core/portal_import.hpp"
#include "core/reconcile.hpp"
#include "portal_capture.hpp"

namespace {

const std::string& capture() {
    static const std::string text = dvcscore::bench::synthesize_portal_capture(DVCSCORE_PORTAL_SAMPLES, 200);
    return text;
}

void import_200_unit_capture(benchmark::State& state) {
    const std::vector<dvcscore::PortalFile> files{{"capture.har", capture()}};
    for (auto _ : state) benchmark::DoNotOptimize(dvcscore::import_portal(files, dvcscore::default_rubric()));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(capture().size()));
}
BENCHMARK(import_200_unit_capture)->Unit(benchmark::kMillisecond);

void reconcile_200_units(benchmark::State& state) {
    const std::vector<dvcscore::PortalFile> files{{"capture.har", capture()}};
    const dvcscore::PortalImport imported = dvcscore::import_portal(files, dvcscore::default_rubric());
    for (auto _ : state) benchmark::DoNotOptimize(dvcscore::reconcile(dvcscore::default_rubric(), imported.assessments));
}
BENCHMARK(reconcile_200_units)->Unit(benchmark::kMillisecond);

}  // namespace
