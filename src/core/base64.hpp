#pragma once
// Base64 (RFC 4648) in its two alphabets: the standard one of HAR files (§4) and the URL
// one of share codes (§5, no padding).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dvcscore {

enum class Base64 {
    Standard,  // A–Z a–z 0–9 + /; whitespace ignored, "=" padding optional
    Url,       // A–Z a–z 0–9 - _; nothing else, no padding
};

// `bytes` in `alphabet`: padded with "=" in the standard one, not in the URL one.
std::string encode_base64(std::string_view bytes, Base64 alphabet);

// Decodes `text`, appending to `out`. False when it is not valid: then `bad` is the index
// of the first character outside the alphabet (or data after padding), or npos when the
// characters are right but their number or last bits are not (cut short, or altered).
bool decode_base64(std::string_view text, Base64 alphabet, std::string& out, std::size_t& bad);

// Standard base64 (RFC 4648 §4, padding optional, whitespace ignored); none when invalid.
std::optional<std::string> decode_base64(std::string_view text);

}  // namespace dvcscore
