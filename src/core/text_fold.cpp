#include "text_fold.hpp"

#include "utf8_text.hpp"

namespace dvcscore {
namespace {

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == 0x2009 || c == 0x202F;
}

bool is_combining_mark(char32_t c) { return c >= 0x300 && c <= 0x36F; }

// The lower-case ASCII letter a Vietnamese or Latin-1 letter is written with; other ASCII
// as it is; 0 for everything else.
char base_letter(char32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    // U+00C0–U+00FF; '?' where there is no plain letter.
    static const char latin1[] = "aaaaaa?ceeeeiiiidnooooo?ouuuuy??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y";
    if (c >= 0xC0 && c <= 0xFF) return latin1[c - 0xC0] == '?' ? 0 : latin1[c - 0xC0];
    switch (c) {
        case 0x102: case 0x103: return 'a';  // Ă ă
        case 0x110: case 0x111: return 'd';  // Đ đ
        case 0x128: case 0x129: return 'i';  // Ĩ ĩ
        case 0x168: case 0x169: return 'u';  // Ũ ũ
        case 0x1A0: case 0x1A1: return 'o';  // Ơ ơ
        case 0x1AF: case 0x1B0: return 'u';  // Ư ư
        default: break;
    }
    if (c >= 0x1EA0 && c <= 0x1EB7) return 'a';  // Ạ … ặ
    if (c >= 0x1EB8 && c <= 0x1EC7) return 'e';
    if (c >= 0x1EC8 && c <= 0x1ECB) return 'i';
    if (c >= 0x1ECC && c <= 0x1EE3) return 'o';
    if (c >= 0x1EE4 && c <= 0x1EF1) return 'u';
    if (c >= 0x1EF2 && c <= 0x1EF9) return 'y';
    return 0;
}

}  // namespace

std::string fold_text(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            out += '?';
            ++i;
            continue;
        }
        const char32_t c = utf8_code_point(text, i, length);
        const std::string_view bytes = text.substr(i, length);
        i += length;
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (is_combining_mark(c)) continue;
        if (pending_space) out += ' ';
        pending_space = false;
        if (const char base = base_letter(c)) out += base;
        else out += bytes;
    }
    return out;
}

}  // namespace dvcscore
