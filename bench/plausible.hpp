#pragma once
// Assessments with every criterion of a rubric entered, figures of plausible sizes drawn
// from a seeded generator: the benchmarks' inputs, built from the rubric (the built-in one
// is assets/rubrics/qd766.json) rather than from a list of its codes typed again.
#include <cmath>
#include <cstdint>
#include <random>
#include <string>

#include "core/assessment.hpp"
#include "core/rubric.hpp"

namespace bench {

// Counts for each rate (a denominator below `max_denominator`, a numerator up to it), a
// figure below 10 with two decimals for each value criterion.
inline dvcscore::Assessment plausible_assessment(const dvcscore::Rubric& rubric, std::mt19937& rng,
                                                 std::uint32_t max_denominator, std::string unit,
                                                 std::string period = "2026") {
    dvcscore::Assessment a = dvcscore::Assessment::blank(rubric);
    a.unit = std::move(unit);
    a.period = std::move(period);
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        if (rubric.criteria[c].measure == dvcscore::Measure::Value) {
            a.entries[c] = dvcscore::Entry::of_value(static_cast<double>(rng() % 1000) / 100);
        } else {
            const std::uint32_t denominator = rng() % max_denominator;
            a.entries[c] = dvcscore::Entry::counts(rng() % (denominator + 1), denominator);
        }
    }
    return a;
}

}  // namespace bench
