// Writes a batch for the CLI's benchmark (scripts/bench): N assessments as JSON Lines, every
// criterion of the built-in rubric entered, the same figures on every run.
//   make_batch N > batch.jsonl
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>

#include "core/result_json.hpp"
#include "plausible.hpp"

int main(int argc, char** argv) {
    const long units = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 0;
    if (units <= 0) {
        std::cerr << "usage: make_batch N > batch.jsonl\n";
        return 2;
    }
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    std::mt19937 rng(766);
    for (long u = 1; u <= units; ++u) {
        const dvcscore::Assessment a = bench::plausible_assessment(rubric, rng, 100000, "Xã số " + std::to_string(u));
        std::cout << dvcscore::json_text(dvcscore::assessment_json(rubric, a), -1) << '\n';
    }
    return std::cout ? 0 : 1;
}
