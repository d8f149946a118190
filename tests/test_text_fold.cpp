// Vietnamese text folded for comparing (text_fold.hpp): what the CSV header matching and the
// downloaded files' names rely on.
#include <catch2/catch.hpp>

#include "app/session.hpp"
#include "core/text_fold.hpp"

using dvcscore::fold_text;

TEST_CASE("fold_text: lower case without diacritics, spaces as one", "[text-fold]") {
    CHECK(fold_text("  Tử  SỐ ") == "tu so");
    CHECK(fold_text("Đơn vị") == "don vi");
    CHECK(fold_text("ĐẮK LẮK") == "dak lak");
    CHECK(fold_text("Kỳ đánh giá") == "ky danh gia");
    CHECK(fold_text("Ổ Ở Ỡ Ợ ơ ư Ữ ỹ Ỵ") == "o o o o o u u y y");
    CHECK(fold_text("") == "");
}

TEST_CASE("fold_text: a mark typed apart folds like the letter that carries it", "[text-fold]") {
    CHECK(fold_text("Tư\xCC\x89 so\xCC\x82\xCC\x81") == "tu so");  // ư + hook above, o + circumflex + acute
    CHECK(fold_text("Tư\xCC\x89 so\xCC\x82\xCC\x81") == fold_text("Tử số"));
}

TEST_CASE("fold_text: no-break and thin spaces, tabs and line breaks are spaces", "[text-fold]") {
    CHECK(fold_text("Kỳ\xC2\xA0" "đánh\xE2\x80\x89giá\t\r\n") == "ky danh gia");
    CHECK(fold_text("1\xE2\x80\xAF" "437") == "1 437");
}

TEST_CASE("fold_text: other characters stay, bytes that are not UTF-8 become '?'", "[text-fold]") {
    CHECK(fold_text("3.1 Tỷ lệ % (hồ sơ)") == "3.1 ty le % (ho so)");
    CHECK(fold_text("Façade naïve") == "facade naive");  // Latin-1 letters too
    CHECK(fold_text("a — b") == "a — b");
    CHECK(fold_text("\xD0\xF5n") == "??n");
}

TEST_CASE("ascii_slug: file names from the folded text, words joined by dashes", "[text-fold]") {
    using dvcscore::app::ascii_slug;
    CHECK(ascii_slug("UBND tỉnh Phú Thọ") == "ubnd-tinh-phu-tho");
    CHECK(ascii_slug("Tư\xCC\x89 So\xCC\x82\xCC\x81 — Quý III/2026") == "tu-so-quy-iii-2026");
    CHECK(ascii_slug("  ** ") == "");
    CHECK(ascii_slug(std::string(100, 'a')).size() == 60);
}
