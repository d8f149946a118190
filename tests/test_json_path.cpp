// JSON paths for messages and the line they point at (json_path.hpp): $.values.ON_TIME,
// $[3].unit, keys that need quoting, the nearest line when a member is missing, the second
// occurrence of a key given twice, and text that is not JSON at all.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/json_path.hpp"

using namespace dvcscore;

namespace {

PathStep key(std::string k) { return PathStep{std::move(k), 0, false}; }
PathStep item(std::size_t i) { return PathStep{{}, i, true}; }

// Keys of this document are on the lines named in their own comments.
const char* const kDocument = R"({
  "values": {
    "ON_TIME": {"numerator": 60,
                "denominator": 50}
  },
  "list": [1,
    {"a": "}{[\"", "b": 2}],
  "a": 1,
  "a": 2
})";

}  // namespace

TEST_CASE("path_string: members by name, items by index, from the root $", "[json-path]") {
    CHECK(path_string({}) == "$");
    CHECK(path_string({key("values"), key("ON_TIME"), key("numerator")}) == "$.values.ON_TIME.numerator");
    CHECK(path_string({item(3), key("unit")}) == "$[3].unit");
    CHECK(path_string({key("snake_case_2")}) == "$.snake_case_2");
}

TEST_CASE("path_string: keys that are not plain names are quoted", "[json-path]") {
    CHECK(path_string({key("1.1")}) == "$[\"1.1\"]");
    CHECK(path_string({key("3x")}) == "$[\"3x\"]");  // a name cannot start with a digit
    CHECK(path_string({key("")}) == "$[\"\"]");
    CHECK(path_string({key("a\"b\\c")}) == "$[\"a\\\"b\\\\c\"]");
    CHECK(path_string({key("Đơn vị")}) == "$[\"Đơn vị\"]");
}

TEST_CASE("path_string: stops before a step not reached", "[json-path]") {
    PathStep unread = key("first");
    unread.reached = false;  // an object whose first key was not read yet
    CHECK(path_string({key("values"), unread}) == "$.values");
}

TEST_CASE("steps_of: the chain of PathNodes a validator builds, as steps", "[json-path]") {
    const PathNode root;
    const PathNode values = root.child("values");
    const PathNode code = values.child("ON_TIME");
    const PathNode third = code.item(2);
    CHECK(path_string(steps_of(third)) == "$.values.ON_TIME[2]");
    CHECK(steps_of(root).empty());
}

TEST_CASE("line_of: the line where a member's key or an item's value begins", "[json-path]") {
    CHECK(line_of(kDocument, {}) == 1);
    CHECK(line_of(kDocument, {key("values")}) == 2);
    CHECK(line_of(kDocument, {key("values"), key("ON_TIME")}) == 3);
    CHECK(line_of(kDocument, {key("values"), key("ON_TIME"), key("numerator")}) == 3);
    CHECK(line_of(kDocument, {key("values"), key("ON_TIME"), key("denominator")}) == 4);
    CHECK(line_of(kDocument, {key("list")}) == 6);
    CHECK(line_of(kDocument, {key("list"), item(1)}) == 7);
    CHECK(line_of(kDocument, {key("list"), item(1), key("b")}) == 7);  // past a string full of brackets
}

TEST_CASE("line_of: a missing member gives the line of its nearest ancestor", "[json-path]") {
    CHECK(line_of(kDocument, {key("values"), key("PAY_DOSSIERS")}) == 2);
    CHECK(line_of(kDocument, {key("list"), item(7)}) == 6);
    CHECK(line_of(kDocument, {key("nothing")}) == 1);
}

TEST_CASE("line_of: the n-th occurrence of a key given twice", "[json-path]") {
    CHECK(line_of(kDocument, {key("a")}, 1) == 8);
    CHECK(line_of(kDocument, {key("a")}, 2) == 9);
    CHECK(line_of(kDocument, {key("a")}) == 8);
}

TEST_CASE("line_of: a byte order mark, and text cut short, never read past its end", "[json-path]") {
    CHECK(line_of("\xEF\xBB\xBF{\n\"a\": 1}", {key("a")}) == 2);
    CHECK(line_of("{\n\"a\": [1,\n2", {key("a"), item(5)}) == 2);
    CHECK(line_of("{\n\"a\": \"never closed", {key("a"), key("b")}) == 2);
    CHECK(line_of("", {key("a")}) == 1);
    CHECK(line_of("[[[[", {item(0), item(0), item(0), item(0), item(0)}) == 1);
}
