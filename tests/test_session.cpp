// What the page does with a unit's work (src/app/session): files opened and saved, batch
// tables, share links, autosave and storage faults, with a notice for each.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "app/session.hpp"
#include "support.hpp"

using dvcscore::app::Notice;
using dvcscore::app::Session;
using dvcscore::app::StorageState;

using test_support::kChanMong;

namespace {


std::size_t group(const Session& s, const char* code) {
    for (std::size_t g = 0; g < s.rubric().groups.size(); ++g)
        if (s.rubric().groups[g].code == code) return g;
    FAIL("no group " << code);
    return 0;
}

}  // namespace

TEST_CASE("session: one assessment file opens as the current draft, replacing an untouched blank", "[session]") {
    Session s(dvcscore::default_rubric());
    s.open_file("chan-mong.json", kChanMong);
    REQUIRE(s.workspace.drafts.size() == 1);
    CHECK(s.form.unit == "UBND xã Chân Mộng");
    CHECK(s.form.card().groups[group(s, "TTTT")] == 7.22);
    REQUIRE_FALSE(s.notices.empty());
    CHECK(s.notices.back().kind == Notice::Kind::Success);

    s.open_file("again.json", kChanMong);  // the same figures again: no duplicate draft
    CHECK(s.workspace.drafts.size() == 1);
}

TEST_CASE("session: a bad file changes nothing and the notice says what and where", "[session]") {
    Session s(dvcscore::default_rubric());
    s.form.unit = "Đang nhập dở";
    s.form.recompute();
    s.form_edited();
    s.open_file("hong.json", R"({"values": {"ON_TIME": {"numerator": 60, "denominator": 50}}})");
    s.open_file("la.json", R"({"values": {"KHONG_CO": {"percent": 50}}})");
    s.open_file("vo.json", "{ \"values\": ");
    CHECK(s.form.unit == "Đang nhập dở");
    CHECK(s.workspace.drafts.size() == 1);
    REQUIRE(s.notices.size() == 3);
    for (const Notice& n : s.notices) {
        CHECK(n.kind == Notice::Kind::Error);
        REQUIRE_FALSE(n.lines.empty());
    }
    CHECK(s.notices[0].title.find("hong.json") != std::string::npos);
    CHECK(s.notices[0].lines[0].find("$.values.ON_TIME.numerator") != std::string::npos);
    CHECK(s.notices[1].lines[0].find("KHONG_CO") != std::string::npos);
    CHECK(s.notices[2].lines[0].find("dòng 1") != std::string::npos);
}

TEST_CASE("session: a batch file opens as a table and a row opens in the form", "[session]") {
    Session s(dvcscore::default_rubric());
    const std::string batch = std::string("[") + kChanMong + R"(, {"unit": "Xã B", "values": {"ON_TIME": {"percent": 50}}}])";
    s.open_file("lo.json", batch);
    REQUIRE(s.batch.has_value());
    CHECK(s.batch_opened);
    REQUIRE(s.batch->rows.size() == 2);
    CHECK(s.batch->rows[1].card.total == 10.0);
    s.open_batch_row(1);
    CHECK(s.form.unit == "Xã B");
    s.open_batch_row(0);
    CHECK(s.form.unit == "UBND xã Chân Mộng");
    CHECK(s.workspace.drafts.size() == 2);
    s.open_batch_row(1);  // already kept: switched to, not added again
    CHECK(s.workspace.drafts.size() == 2);
    CHECK(s.form.unit == "Xã B");
}

TEST_CASE("session: files to save are named from the unit and period without diacritics", "[session]") {
    CHECK(dvcscore::app::ascii_slug("UBND tỉnh Phú Thọ") == "ubnd-tinh-phu-tho");
    CHECK(dvcscore::app::ascii_slug("Quý III/2026") == "quy-iii-2026");
    CHECK(dvcscore::app::ascii_slug("ĐẮK LẮK — Sở Y tế") == "dak-lak-so-y-te");
    Session s(dvcscore::default_rubric());
    s.open_file("x.json", kChanMong);
    const auto file = s.assessment_file();
    CHECK(file.name == "ubnd-xa-chan-mong_2026.json");
    // What is saved opens again to the same figures.
    Session other(dvcscore::default_rubric());
    other.open_file(file.name, file.content);
    CHECK(other.form.card().total == s.form.card().total);
    CHECK(nlohmann::json::parse(s.result_file().content)["total"] == 7.22);
    CHECK(s.report_file("28/11/2026", "dvcscore").content.find("7.22") != std::string::npos);
    CHECK(s.template_file().content.rfind("\xEF\xBB\xBF", 0) == 0);
}

TEST_CASE("session: a share link reopens the assessment as a new draft", "[session]") {
    Session s(dvcscore::default_rubric());
    s.open_file("x.json", kChanMong);
    const std::string fragment = s.share_fragment();
    CHECK(fragment.rfind("a=", 0) == 0);
    CHECK(fragment.size() < 2000);

    Session other(dvcscore::default_rubric());
    other.form.unit = "Việc đang làm";
    other.form.recompute();
    other.form_edited();
    other.open_share_fragment("#" + fragment);
    CHECK(other.workspace.drafts.size() == 2);  // the work in progress is kept
    CHECK(other.form.unit == "UBND xã Chân Mộng");
    CHECK(other.form.card().total == 7.22);

    other.open_share_fragment("#a=khong-hop-le");
    CHECK(other.notices.back().kind == Notice::Kind::Error);
    CHECK(other.form.unit == "UBND xã Chân Mộng");
    other.open_share_fragment("#muc-khac");  // not ours: ignored silently
    CHECK(other.notices.back().kind == Notice::Kind::Error);
}

TEST_CASE("session: autosave restores exactly what was there", "[session]") {
    Session s(dvcscore::default_rubric());
    s.open_file("x.json", kChanMong);
    s.new_draft();
    s.form.unit = "Đang gõ";
    s.form.inputs[*s.rubric().find_criterion("ON_TIME")].numerator = "12a";
    s.form.recompute();
    const std::string saved = s.autosave_text();

    Session reopened(dvcscore::default_rubric());
    CHECK_FALSE(reopened.restore(saved, StorageState::Available).has_value());
    CHECK(reopened.workspace.drafts.size() == 2);
    CHECK(reopened.form.unit == "Đang gõ");
    CHECK(reopened.form.inputs[*s.rubric().find_criterion("ON_TIME")].numerator == "12a");
    CHECK(reopened.notices.empty());
}

TEST_CASE("session: damaged autosave starts blank, says so and hands the damaged copy back", "[session]") {
    Session s(dvcscore::default_rubric());
    const std::string damaged = "{\"format\": \"dvcscore-workspace/1\", \"drafts\": [";
    const auto aside = s.restore(damaged, StorageState::Available);
    REQUIRE(aside.has_value());
    CHECK(*aside == damaged);
    REQUIRE(s.notices.size() == 1);
    CHECK(s.notices[0].kind == Notice::Kind::Error);
    CHECK(s.workspace.drafts.size() == 1);
    CHECK(s.form.card().total == 0.0);
}

TEST_CASE("session: storage that is unavailable or full is reported once, the figures stay", "[session]") {
    Session s(dvcscore::default_rubric());
    s.restore(std::nullopt, StorageState::Unavailable);
    REQUIRE(s.notices.size() == 1);
    CHECK(s.notices[0].kind == Notice::Kind::Warning);

    Session t(dvcscore::default_rubric());
    t.open_file("x.json", kChanMong);
    t.notices.clear();
    t.autosaved(StorageState::Full);
    t.autosaved(StorageState::Full);
    REQUIRE(t.notices.size() == 1);
    CHECK(t.notices[0].kind == Notice::Kind::Error);
    CHECK(t.form.card().total == 7.22);
    t.autosaved(StorageState::Available);
    CHECK(t.notices.size() == 2);
}

TEST_CASE("session: a file too big to read is refused with its size", "[session]") {
    Session s(dvcscore::default_rubric());
    s.refuse_file("lon.csv", 100.0 * (1 << 20));
    REQUIRE(s.notices.size() == 1);
    CHECK(s.notices[0].lines[0].find("104.857.600 byte") != std::string::npos);
}
