#pragma once
// What each fuzz target does with one input. Shared by the libFuzzer executables
// (tests/fuzz/fuzz_*.cpp) and by the regression test that replays the seed corpus and every
// input a fuzzer ever crashed on (tests/test_fuzz_regressions.cpp). Each function checks
// invariants and aborts on a violation, so a fuzzer reports it as a crash.
#include <cstddef>
#include <cstdint>

namespace dvcscore::fuzz {

// Bytes as an assessment file: single, array, JSON Lines or CSV; scored, planned, serialised.
void assessment_input(const std::uint8_t* data, std::size_t size);

// Bytes as a rubric file; a rubric that loads is used to score a blank assessment.
void rubric_input(const std::uint8_t* data, std::size_t size);

// Bytes as the texts a person types into the form's fields.
void form_text_input(const std::uint8_t* data, std::size_t size);

// Bytes as a share code, and as the payload inside one (sealed with its checksum, so the
// fuzzer reaches the parser): what decodes re-encodes to a code decoding to the same.
void share_code_input(const std::uint8_t* data, std::size_t size);

// Bytes as a file of the portal's dashboard data (a response, several, or a HAR): what
// imports is valid, written as assessments reads back the same, and reconciles.
void portal_input(const std::uint8_t* data, std::size_t size);

}  // namespace dvcscore::fuzz
