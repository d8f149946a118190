#pragma once
// Text that came from outside (files, share codes, typed text): UTF-8 checks and repairs,
// the byte order mark, surrounding spaces. Internal to src/core and its callers.
#include <cstddef>
#include <string>
#include <string_view>

namespace dvcscore {

// The UTF-8 byte order mark spreadsheets write first and readers must skip.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// `text` without a leading byte order mark.
std::string_view without_bom(std::string_view text);

// `text` without spaces, tabs and line breaks at either end.
std::string_view trimmed(std::string_view text);

// Length of the well-formed UTF-8 sequence starting at text[i] (1 for ASCII), or 0.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

// The code point of the well-formed sequence of `length` bytes at text[i]
// (utf8_sequence_length's answer).
char32_t utf8_code_point(std::string_view text, std::size_t i, std::size_t length);

bool is_valid_utf8(std::string_view text);

// `text` with every byte that is not part of well-formed UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// At most `max_bytes` of `text`, cut at a character boundary, with "…" when shortened:
// for quoting what was written inside a message.
std::string shortened(std::string_view text, std::size_t max_bytes = 40);

}  // namespace dvcscore
