// A block of spreadsheet cells pasted into the page's form (Session::paste_block): the
// criteria it fills, the notice saying what was filled and what was not understood, and a
// single cell left to the field as typed text.
#include "support.hpp"

#include "app/session.hpp"

using namespace dvcscore;
using dvcscore::app::Notice;
using dvcscore::app::Session;
using test_support::index_of;

namespace {

std::size_t at(const char* code) { return index_of(default_rubric(), code); }

std::string text_of(const Notice& n) {
    std::string text = n.title;
    for (const std::string& line : n.lines) text += "\n" + line;
    return text;
}

}  // namespace

TEST_CASE("session paste: rows named by criterion fill them, and the notice lists them", "[session-paste]") {
    Session s(default_rubric());
    // As Excel copies three rows of number, numerator, denominator (or a percentage).
    REQUIRE(s.paste_block("1.1\t1\t47\r\n2.1\t45\t50\r\n3.3\t98,6 %\r\n", at("ON_TIME")));
    // 1.1: 1/47 → 2.13 % of 6 → 0.13; 2.1: 45/50 → 90 % of 20 → 18; 3.3: 98.6 % ≥ 50 % → 6.
    CHECK(s.form.card().criteria[at("PUBLISH_ON_TIME")].points == 0.13);
    CHECK(s.form.card().criteria[at("ON_TIME")].points == 18);
    CHECK(s.form.card().criteria[at("ONLINE_DOSSIERS")].points == 6);
    CHECK(test_support::cents(s.form.card().total) == 2413);
    // The workspace's draft follows at once (autosave writes it).
    CHECK(s.workspace.drafts[s.workspace.current].inputs[at("ON_TIME")].numerator == "45");
    REQUIRE(s.notices.size() == 1);
    const Notice& n = s.notices.back();
    CHECK(n.kind == Notice::Kind::Success);
    CHECK_THAT(n.title, Catch::Contains("3 chỉ tiêu"));
    CHECK_THAT(text_of(n), Catch::Contains("Đã điền chỉ tiêu 1.1, 2.1, 3.3."));
}

TEST_CASE("session paste: rows without names fill the focused criterion on; what is not understood is said",
          "[session-paste]") {
    Session s(default_rubric());
    // Focus on 3.4: 8/40, then a row of words, then 1437/1541.
    REQUIRE(s.paste_block("8\t40\nchưa có\t\n1.437\t1.541\n", at("PAY_PROVISION")));
    // 3.4: 20 % → 0.50; 3.6: 93.25 % → 5.59.
    CHECK(s.form.card().criteria[at("PAY_PROVISION")].points == 0.5);
    CHECK(s.form.card().criteria[at("PAY_DOSSIERS")].points == 5.59);
    CHECK_FALSE(s.form.assessment().entries[at("PAY_FORMALITIES")]);
    const Notice& n = s.notices.back();
    CHECK(n.kind == Notice::Kind::Success);
    CHECK_THAT(text_of(n), Catch::Contains("Đã điền chỉ tiêu 3.4, 3.6."));
    CHECK_THAT(text_of(n), Catch::Contains("Không hiểu hoặc đã bỏ qua:\n• dòng 2: không có số liệu cho chỉ tiêu 3.5."));
}

TEST_CASE("session paste: figures that cannot be scored are pasted, marked and named in the notice",
          "[session-paste]") {
    Session s(default_rubric());
    REQUIRE(s.paste_block("2.1\t60\t50\n", 0));
    CHECK(s.form.statuses()[at("ON_TIME")].status == dvcscore::app::EntryStatus::Invalid);
    CHECK(s.form.inputs[at("ON_TIME")].numerator == "60");
    CHECK_THAT(text_of(s.notices.back()), Catch::Contains("Cần sửa 2.1: tử số (60) lớn hơn mẫu số (50)"));
}

TEST_CASE("session paste: a single cell is the field's to paste; a block with no figures changes nothing",
          "[session-paste]") {
    Session s(default_rubric());
    s.form.inputs[at("ON_TIME")].numerator = "45";
    s.form.recompute();
    CHECK_FALSE(s.paste_block("93,25", at("ON_TIME")));
    CHECK_FALSE(s.paste_block("93,25\r\n", at("ON_TIME")));  // one cell, as Excel copies it
    CHECK(s.notices.empty());

    REQUIRE(s.paste_block("không\tcó\nsố\tliệu\n", at("ON_TIME")));
    CHECK(s.form.inputs[at("ON_TIME")].numerator == "45");
    REQUIRE(s.notices.size() == 1);
    CHECK(s.notices.back().kind == Notice::Kind::Warning);
    CHECK_THAT(s.notices.back().title, Catch::Contains("Không dán được"));
    CHECK_THAT(text_of(s.notices.back()), Catch::Contains("dòng 1"));
}

TEST_CASE("session paste: the template's header and a row fill unit, period and figures", "[session-paste]") {
    Session s(default_rubric());
    REQUIRE(s.paste_block("Đơn vị\tKỳ đánh giá\t2.1 Tử số\t2.1 Mẫu số\nXã Yên Lập\tQuý III/2026\t45\t50\n", 0));
    CHECK(s.form.unit == "Xã Yên Lập");
    CHECK(s.form.period == "Quý III/2026");
    CHECK(s.form.card().total == 18);
    const std::string said = text_of(s.notices.back());
    CHECK_THAT(said, Catch::Contains("Đơn vị: Xã Yên Lập"));
    CHECK_THAT(said, Catch::Contains("Kỳ đánh giá: Quý III/2026"));
    CHECK_THAT(said, Catch::Contains("Đã điền chỉ tiêu 2.1."));
}
