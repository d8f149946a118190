// Replays the fuzzers' seed corpus and every input a fuzzer once crashed on
// (tests/fuzz/corpus/<target>, tests/fuzz/regressions/<target>) through the same code the
// fuzz targets run, so a fixed crash stays fixed. See scripts/fuzz.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/fuzz_entries.hpp"

namespace {

using Entry = void (*)(const std::uint8_t*, std::size_t);

std::size_t replay(const std::string& target, Entry entry) {
    std::size_t replayed = 0;
    for (const char* kind : {"corpus", "regressions"}) {
        const std::filesystem::path dir = std::filesystem::path(DVCSCORE_FUZZ_DIR) / kind / target;
        if (!std::filesystem::is_directory(dir)) continue;
        for (const auto& file : std::filesystem::directory_iterator(dir)) {
            if (!file.is_regular_file()) continue;
            std::ifstream in(file.path(), std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            INFO(file.path().string());
            entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            ++replayed;
        }
    }
    return replayed;
}

}  // namespace

TEST_CASE("fuzz inputs replay: assessment files", "[fuzz]") {
    CHECK(replay("assessment", dvcscore::fuzz::assessment_input) > 0);
}

TEST_CASE("fuzz inputs replay: rubric files", "[fuzz]") {
    CHECK(replay("rubric", dvcscore::fuzz::rubric_input) > 0);
}

TEST_CASE("fuzz inputs replay: texts typed into the form", "[fuzz]") {
    CHECK(replay("form_text", dvcscore::fuzz::form_text_input) > 0);
}

TEST_CASE("fuzz inputs replay: share codes", "[fuzz]") {
    CHECK(replay("share_code", dvcscore::fuzz::share_code_input) > 0);
}

TEST_CASE("fuzz inputs replay: the portal's dashboard data", "[fuzz]") {
    CHECK(replay("portal", dvcscore::fuzz::portal_input) > 0);
}
