#pragma once
// What each fuzz target does with one input. Shared by the libFuzzer executables
// (tests/fuzz/fuzz_*.cpp) and by the regression test that replays the seed corpus and every
// input a fuzzer ever crashed on (tests/test_fuzz_regressions.cpp). Each function checks
// invariants and aborts on a violation, so a fuzzer reports it as a crash.
#include <cstddef>
#include <cstdint>

namespace dvcscore::fuzz {

// Bytes as an assessment file: single, array or JSON Lines; scored, planned, serialised.
void assessment_input(const std::uint8_t* data, std::size_t size);

// Bytes as a rubric file; a rubric that loads is used to score a blank assessment.
void rubric_input(const std::uint8_t* data, std::size_t size);

// Bytes as the texts a person types into the form's fields.
void form_text_input(const std::uint8_t* data, std::size_t size);

}  // namespace dvcscore::fuzz
