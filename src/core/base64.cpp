#include "base64.hpp"

#include <cstdint>

namespace dvcscore {
namespace {

const char kStandardDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kUrlDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int digit_of(char c, Base64 alphabet) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == (alphabet == Base64::Url ? '-' : '+')) return 62;
    if (c == (alphabet == Base64::Url ? '_' : '/')) return 63;
    return -1;
}

}  // namespace

std::string encode_base64(std::string_view bytes, Base64 alphabet) {
    const char* const digits = alphabet == Base64::Url ? kUrlDigits : kStandardDigits;
    const bool padded = alphabet == Base64::Standard;
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::size_t i = 0;
    auto at = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k])); };
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = at(i) << 16 | at(i + 1) << 8 | at(i + 2);
        for (int shift = 18; shift >= 0; shift -= 6) out += digits[(v >> shift) & 63];
    }
    const std::size_t left = bytes.size() - i;  // 0, 1 or 2 bytes: 0, 2 or 3 digits
    if (left == 0) return out;
    const std::uint32_t v = at(i) << 16 | (left == 2 ? at(i + 1) << 8 : 0);
    for (std::size_t k = 0; k <= left; ++k) out += digits[(v >> (18 - 6 * k)) & 63];
    if (padded) out.append(3 - left, '=');
    return out;
}

bool decode_base64(std::string_view text, Base64 alphabet, std::string& out, std::size_t& bad) {
    bad = std::string_view::npos;
    const bool lenient = alphabet == Base64::Standard;
    out.reserve(out.size() + text.size() / 4 * 3);
    std::uint32_t bits = 0;
    int held = 0;
    std::size_t digits = 0, padding = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (lenient && (c == ' ' || c == '\n' || c == '\r' || c == '\t')) continue;
        if (lenient && c == '=') {
            ++padding;
            continue;
        }
        const int digit = digit_of(c, alphabet);
        if (digit < 0 || padding > 0) {  // a stray character, or data after padding
            bad = i;
            return false;
        }
        ++digits;
        bits = bits << 6 | static_cast<std::uint32_t>(digit);
        held += 6;
        if (held >= 8) {
            held -= 8;
            out += static_cast<char>((bits >> held) & 0xFF);
        }
    }
    if (digits % 4 == 1 || padding > 2 || (padding > 0 && (digits + padding) % 4 != 0)) return false;
    return (bits & ((1u << held) - 1)) == 0;  // leftover bits must be zero
}

std::optional<std::string> decode_base64(std::string_view text) {
    std::string out;
    std::size_t bad = 0;
    if (!decode_base64(text, Base64::Standard, out, bad)) return std::nullopt;
    return out;
}

}  // namespace dvcscore
