// JsonWriter (json_writer.hpp): commas and nesting, the layout of nlohmann's dump(indent),
// strings escaped with their UTF-8 repaired, numbers as dump() writes them.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "core/json_writer.hpp"

using dvcscore::JsonWriter;

namespace {

// What string(text) writes, alone.
std::string quoted(const std::string& text) {
    std::string out;
    JsonWriter(out).string(text);
    return out;
}

// What number(x) writes, alone.
std::string number(double x) {
    std::string out;
    JsonWriter(out).number(x);
    return out;
}

// An object with every kind of value, nested, written with `indent`.
std::string sample(int indent) {
    std::string out;
    JsonWriter w(out, indent);
    w.begin_object();
    w.key("a").integer(1);
    w.key("b").begin_array().number(0.5).boolean(true).null();
    w.begin_object().key("c").string("x").end_object().end_array();
    w.key("empty object").begin_object().end_object();
    w.key("empty array").begin_array().end_array();
    w.key("d").whole_or_decimal(6);
    w.end_object();
    return out;
}

}  // namespace

TEST_CASE("json writer: on one line, commas between items only", "[json-writer]") {
    CHECK(sample(-1) ==
          R"({"a":1,"b":[0.5,true,null,{"c":"x"}],"empty object":{},"empty array":[],"d":6})");
}

TEST_CASE("json writer: pretty-printed as nlohmann's dump(indent)", "[json-writer]") {
    CHECK(sample(2) == R"({
  "a": 1,
  "b": [
    0.5,
    true,
    null,
    {
      "c": "x"
    }
  ],
  "empty object": {},
  "empty array": [],
  "d": 6
})");
    const auto same = nlohmann::ordered_json::parse(sample(-1));
    CHECK(sample(2) == same.dump(2));
    CHECK(sample(4) == same.dump(4));
}

TEST_CASE("json writer: a batch is an array of objects", "[json-writer]") {
    std::string out;
    JsonWriter w(out);
    w.begin_array();
    for (int i = 0; i < 3; ++i) w.begin_object().key("i").integer(i).end_object();
    w.end_array();
    CHECK(out == R"([{"i":0},{"i":1},{"i":2}])");
}

TEST_CASE("json writer: strings escaped as JSON requires, UTF-8 as it is", "[json-writer]") {
    CHECK(quoted("UBND tỉnh Phú Thọ") == "\"UBND tỉnh Phú Thọ\"");
    CHECK(quoted("\"\\/") == R"("\"\\/")");
    CHECK(quoted("\n\r\t\b\f") == R"("\n\r\t\b\f")");
    CHECK(quoted(std::string("\x01\x1f\x7f", 3)) == "\"\\u0001\\u001f\x7f\"");
    CHECK(quoted(std::string("a\0b", 3)) == R"("a\u0000b")");
}

TEST_CASE("json writer: bytes that are not UTF-8 become U+FFFD, never invalid JSON", "[json-writer]") {
    CHECK(quoted("a\xFF" "b") == "\"a\xEF\xBF\xBD" "b\"");
    CHECK(quoted("X\xE1\xBB") == "\"X\xEF\xBF\xBD\xEF\xBF\xBD\"");
    CHECK_NOTHROW(nlohmann::json::parse(quoted("\xC0\xAF\xED\xA0\x80")));
}

TEST_CASE("json writer: numbers as dump() writes them; whole_or_decimal drops the .0", "[json-writer]") {
    CHECK(number(7.22) == "7.22");
    CHECK(number(6) == "6.0");  // a double stays a double
    CHECK(number(6.0 / 90) == nlohmann::json(6.0 / 90).dump());
    CHECK(number(1e20) == "1e+20");
    CHECK(number(std::nan("")) == "null");  // JSON has no NaN or infinity
    CHECK(number(std::numeric_limits<double>::infinity()) == "null");
    std::string out;
    JsonWriter w(out);
    w.begin_array().whole_or_decimal(6).whole_or_decimal(6.5).whole_or_decimal(1e15).integer(-3).end_array();
    CHECK(out == "[6,6.5,1e+15,-3]");
}
