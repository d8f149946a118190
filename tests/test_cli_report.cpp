// End to end, `dvcscore report`: one HTML document dated today, a page per unit whatever
// the inputs' layouts.
#include <catch2/catch.hpp>

#include <ctime>
#include <string>

#include "cli_support.hpp"

using namespace cli_support;

namespace {

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%d/%m/%Y", &local);
    return buf;
}

}  // namespace

TEST_CASE("cli report: one HTML document, dated today", "[cli]") {
    const Run run = run_cli("report " + quoted(data("phu-tho-2026.json")));
    check_ok(run);
    CHECK(run.out.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(run.out.find("</html>") != std::string::npos);
    CHECK(count(run.out, "<section class=\"unit\">") == 1);
    CHECK(run.out.find("<dd>" + today() + "</dd>") != std::string::npos);
    CHECK(run.out.find("<div class=\"total\">8.56 ") != std::string::npos);
    const Run version = run_cli("--version");
    REQUIRE(version.out.size() > 1);
    CHECK(run.out.find(version.out.substr(0, version.out.size() - 1)) != std::string::npos);  // "dvcscore X.Y.Z"
}

TEST_CASE("cli report: a page per unit across files and layouts", "[cli][csv]") {
    const Run run = run_cli("report " + quoted(data("excel-vi.csv")) + " " + quoted(data("batch-2026.jsonl")) + " " +
                            quoted(data("chan-mong-2026.json")));
    check_ok(run);
    CHECK(count(run.out, "<section class=\"unit\">") == 7);
    CHECK(count(run.out, "<!DOCTYPE html>") == 1);
    const Run piped = run_cli("report", data("batch-2026.json"));
    check_ok(piped);
    CHECK(count(piped.out, "<section class=\"unit\">") == 3);
}
