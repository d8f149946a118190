#pragma once
// A synthetic dashboard capture for the benchmarks: a HAR file with one response of each of
// the seven endpoints for a province and its units, built from the shapes of the samples in
// tests/data/portal (the samples' own objects, copied and refilled). Every unit has every
// figure; the published scores are what the figures score, so reconciling finds no
// difference.
#include <string>

namespace dvcscore::bench {

// `units` units (the province and units − 1 communes), figures from a fixed seed.
// `samples` is the folder of the portal samples. Two responses are saved in base64.
std::string synthesize_portal_capture(const std::string& samples, int units);

}  // namespace dvcscore::bench
