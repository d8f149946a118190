// Text from outside (utf8_text.hpp): which bytes are UTF-8, repairs, quoting a piece of it in
// a message, the byte order mark, surrounding spaces.
#include <catch2/catch.hpp>

#include <string>

#include "core/utf8_text.hpp"

using namespace dvcscore;

namespace {
const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD
}

TEST_CASE("utf8_sequence_length: one to four bytes for well-formed sequences", "[utf8]") {
    CHECK(utf8_sequence_length("a", 0) == 1);
    CHECK(utf8_sequence_length("\xC3\xA9", 0) == 2);          // é
    CHECK(utf8_sequence_length("\xE1\xBB\xAF", 0) == 3);      // ữ
    CHECK(utf8_sequence_length("\xF0\x9F\x98\x80", 0) == 4);  // U+1F600
    CHECK(utf8_sequence_length("x\xE1\xBB\xAF", 1) == 3);     // from the middle of a text
}

TEST_CASE("utf8_sequence_length: 0 for what UTF-8 forbids", "[utf8]") {
    CHECK(utf8_sequence_length("\x80", 0) == 0);              // a continuation byte alone
    CHECK(utf8_sequence_length("\xC0\xAF", 0) == 0);          // overlong "/"
    CHECK(utf8_sequence_length("\xE0\x80\xAF", 0) == 0);      // overlong, three bytes
    CHECK(utf8_sequence_length("\xED\xA0\x80", 0) == 0);      // a UTF-16 surrogate half
    CHECK(utf8_sequence_length("\xF4\x90\x80\x80", 0) == 0);  // beyond U+10FFFF
    CHECK(utf8_sequence_length("\xF5\x80\x80\x80", 0) == 0);
    CHECK(utf8_sequence_length("\xE1\xBB", 0) == 0);          // cut short by the end
    CHECK(utf8_sequence_length("\xE1" "a" "\xAF", 0) == 0);   // cut short by another character
}

TEST_CASE("utf8_code_point: the character a sequence encodes", "[utf8]") {
    CHECK(utf8_code_point("a", 0, 1) == U'a');
    CHECK(utf8_code_point("\xC3\xA9", 0, 2) == 0xE9);
    CHECK(utf8_code_point("\xE1\xBB\xAF", 0, 3) == 0x1EEF);
    CHECK(utf8_code_point("\xF0\x9F\x98\x80", 0, 4) == 0x1F600);
}

TEST_CASE("is_valid_utf8 and valid_utf8: every bad byte becomes U+FFFD, the rest stays", "[utf8]") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("UBND tỉnh Phú Thọ"));
    CHECK_FALSE(is_valid_utf8("\xD0\xF5n v\xEF"));  // "Đơn vị" saved as Windows-1258
    CHECK(valid_utf8("Phú Thọ") == "Phú Thọ");
    CHECK(valid_utf8("a\xFF" "b") == "a" + kReplacement + "b");
    CHECK(valid_utf8("X\xE1\xBB") == "X" + kReplacement + kReplacement);  // each byte of a cut sequence
}

TEST_CASE("shortened: at most so many bytes, cut between characters, with an ellipsis", "[utf8]") {
    CHECK(shortened("abc") == "abc");
    CHECK(shortened(std::string(40, 'a')) == std::string(40, 'a'));
    CHECK(shortened(std::string(45, 'a')) == std::string(40, 'a') + "…");
    CHECK(shortened("\xE1\xBB\xAF\xE1\xBB\xAF", 4) == "\xE1\xBB\xAF…");  // "ữữ" cut after the first
    CHECK(shortened("a\xFF", 40) == "a" + kReplacement);                   // repaired before it is quoted
}

TEST_CASE("without_bom and trimmed", "[utf8]") {
    CHECK(without_bom("\xEF\xBB\xBF{}") == "{}");
    CHECK(without_bom("{}") == "{}");
    CHECK(without_bom("\xEF\xBB") == "\xEF\xBB");
    CHECK(without_bom("\xEF\xBB\xBF\xEF\xBB\xBFx") == "\xEF\xBB\xBFx");  // one mark, not every one
    CHECK(trimmed(" \t a b \r\n") == "a b");
    CHECK(trimmed(" \r\n ").empty());
    CHECK(trimmed("").empty());
}
