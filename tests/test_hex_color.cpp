// Rating band colours (hex_color.hpp): "#rrggbb" and nothing else.
#include <catch2/catch.hpp>

#include "core/hex_color.hpp"

using dvcscore::parse_hex_color;

TEST_CASE("hex colour: #rrggbb in either case", "[hex-color]") {
    CHECK(parse_hex_color("#1a73e8") == 0x1A73E8u);
    CHECK(parse_hex_color("#1A73E8") == 0x1A73E8u);
    CHECK(parse_hex_color("#000000") == 0u);
    CHECK(parse_hex_color("#ffffff") == 0xFFFFFFu);
    CHECK(parse_hex_color(dvcscore::kNeutralColor) == 0x5F6368u);  // 95, 99, 104
}

TEST_CASE("hex colour: anything else is not a colour", "[hex-color]") {
    for (const char* text :
         {"", "#", "1a73e8", "#1a73e", "#1a73e80", "#1a73eg", "#12 456", " #1a73e8", "red", "#-12345"}) {
        INFO("«" << text << "»");
        CHECK_FALSE(parse_hex_color(text).has_value());
    }
}
