#pragma once
// UTF-8 checks and repairs for text that came from outside (files, share codes). Internal
// to src/core.
#include <cstddef>
#include <string>
#include <string_view>

namespace dvcscore {

// Length of the well-formed UTF-8 sequence starting at text[i] (1 for ASCII), or 0.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

bool is_valid_utf8(std::string_view text);

// `text` with every byte that is not part of well-formed UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// At most `max_bytes` of `text`, cut at a character boundary, with "…" when shortened:
// for quoting what was written inside a message.
std::string shortened(std::string_view text, std::size_t max_bytes = 40);

}  // namespace dvcscore
