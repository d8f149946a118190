// Reading JSON text for a file's readers (json_text.hpp): a failure carries the file's name,
// the line and the path, and the value is there only when nothing failed.
#include <catch2/catch.hpp>

#include "core/json_text.hpp"

using namespace dvcscore;

TEST_CASE("read_json with a source: the value, or the error named after its file", "[json-text]") {
    Diagnostics errors;
    const auto value = read_json("{\"a\": 1}", "tinh.json", errors);
    REQUIRE(value.has_value());
    CHECK((*value)["a"] == 1);
    CHECK(errors.empty());

    // JSON Lines: the second line of the file starts at line 2; its duplicate key is an error there.
    const auto broken = read_json("{\"a\": 1, \"a\": 2}", "tinh.jsonl", errors, 2);
    CHECK_FALSE(broken.has_value());
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].source == "tinh.jsonl");
    CHECK(errors[0].line == 2);
    CHECK_FALSE(errors[0].message.empty());
}
