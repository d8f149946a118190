// End to end, `dvcscore --help` and `--version`: every command and option is named.
#include <catch2/catch.hpp>

#include <string>

#include "cli_support.hpp"

using namespace cli_support;

TEST_CASE("cli --help and --version", "[cli]") {
    const Run help = run_cli("--help");
    check_ok(help);
    CHECK_THAT(help.out, Catch::Contains("score"));
    CHECK_THAT(help.out, Catch::Contains("rubric"));
    CHECK_THAT(help.out, Catch::Contains("--format"));
    const Run version = run_cli("--version");
    check_ok(version);
    CHECK_THAT(version.out, Catch::Contains("dvcscore"));
    CHECK(version.out.find_first_of("0123456789") != std::string::npos);
}

TEST_CASE("cli --help names template, report and CSV", "[cli]") {
    const Run help = run_cli("--help");
    check_ok(help);
    for (const char* words : {"dvcscore template", "--separator", "dvcscore report", "CSV", "HTML"}) {
        INFO(words);
        CHECK(help.out.find(words) != std::string::npos);
    }
}
