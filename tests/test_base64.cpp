// Base64 in its two alphabets (base64.hpp): the standard one of HAR bodies, the URL one of
// share codes. Expected texts by hand from RFC 4648's alphabet tables.
#include <catch2/catch.hpp>

#include <string>

#include "core/base64.hpp"

using namespace dvcscore;

TEST_CASE("URL alphabet: '-' and '_' for 62 and 63, no padding", "[base64]") {
    // "Man" = 0x4D 0x61 0x6E = 010011 010110 000101 101110 → T W F u.
    CHECK(encode_base64("Man", Base64::Url) == "TWFu");
    CHECK(encode_base64("M", Base64::Url) == "TQ");  // 010011 01(0000) → T Q
    // 0xFB 0xFF = 111110 111111 1111(00) → 62 63 60 → "-_8".
    CHECK(encode_base64("\xFB\xFF", Base64::Url) == "-_8");
    // The standard alphabet pads to whole groups of four: "+/8=", "TQ==".
    CHECK(encode_base64("\xFB\xFF", Base64::Standard) == "+/8=");
    CHECK(encode_base64("M", Base64::Standard) == "TQ==");
    CHECK(encode_base64("", Base64::Standard).empty());
    std::string out;
    std::size_t bad = 0;
    REQUIRE(decode_base64("-_8", Base64::Url, out, bad));
    CHECK(out == "\xFB\xFF");
}

TEST_CASE("decoding says where a stray character stands, or that the end is wrong", "[base64]") {
    std::string out;
    std::size_t bad = 0;
    // '+' is the standard alphabet's 62, not the URL one's.
    CHECK_FALSE(decode_base64("TW+u", Base64::Url, out, bad));
    CHECK(bad == 2);
    // Padding and whitespace belong to the standard alphabet only.
    CHECK_FALSE(decode_base64("TQ==", Base64::Url, out, bad));
    CHECK(bad == 2);
    // Five digits: one too many for whole bytes (5 × 6 = 30 bits = 3 bytes and 6 left over).
    out.clear();
    CHECK_FALSE(decode_base64("TWFuT", Base64::Url, out, bad));
    CHECK(bad == std::string::npos);
    // "TR": 010011 010001 leaves 0001 after the byte 'M': bits that must be zero.
    CHECK_FALSE(decode_base64("TR", Base64::Url, out, bad));
    CHECK(bad == std::string::npos);
    // The standard alphabet: "TW/u" has '/' (63) where the URL one has '_'.
    CHECK(decode_base64("TW/u") == std::string("M\x6F\xEE", 3));  // 010011 010110 111111 101110
    CHECK_FALSE(decode_base64("TW_u").has_value());
}
