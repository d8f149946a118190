#pragma once
// Vietnamese text folded for comparing and for ASCII names: case, diacritics and spacing
// set aside, so "Tử  SỐ", "tu so" and "Tư\u0309 số" (the mark typed apart) are the same.
// The CSV reader matches headers with it; the page names downloaded files with it.
#include <string>
#include <string_view>

namespace dvcscore {

// Lower case without diacritics (a Vietnamese or Latin-1 letter becomes the ASCII letter
// it is written with: "ữ" → 'u', "Đ" → 'd'), whitespace runs (no-break and thin spaces
// too) as one space, trimmed: "  Tử  SỐ" → "tu so". Combining marks are dropped; other
// characters stay as they are; a byte that is not UTF-8 becomes '?'.
std::string fold_text(std::string_view text);

}  // namespace dvcscore
