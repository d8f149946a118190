// Replays the fuzzers' seeds (tests/fuzz/corpus/<target> and the folders of the repository
// tests/fuzz/seed-folders names for it) and every input a fuzzer once crashed on
// (tests/fuzz/regressions/<target>) through the same code the fuzz targets run, so a fixed
// crash stays fixed. See scripts/fuzz.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/fuzz_entries.hpp"

namespace {

namespace fs = std::filesystem;
using Entry = void (*)(const std::uint8_t*, std::size_t);

// The folders whose files seed `target`, and the folder of the inputs it once crashed on.
std::vector<fs::path> input_folders(const std::string& target) {
    const fs::path fuzz_dir(DVCSCORE_FUZZ_DIR);
    std::vector<fs::path> folders = {fuzz_dir / "corpus" / target, fuzz_dir / "regressions" / target};
    std::ifstream list(fuzz_dir / "seed-folders");
    REQUIRE(list.good());
    for (std::string line; std::getline(list, line);) {
        std::istringstream words(line);
        std::string name, folder;
        if (!(words >> name) || name != target) continue;
        while (words >> folder) {
            folders.push_back(fs::path(DVCSCORE_SOURCE_DIR) / folder);
            INFO("seed folder " << folder << " of " << target);
            REQUIRE(fs::is_directory(folders.back()));  // a misspelt folder must not seed nothing
        }
    }
    return folders;
}

std::size_t replay(const std::string& target, Entry entry) {
    std::size_t replayed = 0;
    for (const fs::path& dir : input_folders(target)) {
        if (!fs::is_directory(dir)) continue;
        for (const auto& file : fs::directory_iterator(dir)) {
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
