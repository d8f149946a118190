// The page's model with a rubric file (src/app/session, workspace): opened like any file,
// it scores every draft; figures are kept (those of criteria it lacks set aside and
// listed); a bad file changes nothing; the autosave remembers it; links name their rubric.
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "app/session.hpp"
#include "core/share_code.hpp"
#include "support.hpp"

using dvcscore::default_rubric;
using dvcscore::default_rubric_json;
using dvcscore::app::Notice;
using dvcscore::app::Session;
using dvcscore::app::StorageState;

using test_support::kChanMong;

namespace {

nlohmann::json& criterion_json(nlohmann::json& rubric, const std::string& code) {
    for (auto& g : rubric["groups"])
        for (auto& c : g["criteria"])
            if (c["code"] == code) return c;
    FAIL("no criterion " << code);
    return rubric;
}

// qd766.json edited and given its own id, as a ministry would write its variant.
std::string variant(const std::function<void(nlohmann::json&)>& edit, const std::string& id = "qd766-bien-the") {
    nlohmann::json doc = nlohmann::json::parse(default_rubric_json());
    doc["id"] = id;
    doc["title"] = "QĐ 766, biến thể thử";
    edit(doc);
    return doc.dump(2);
}

// Two points move from 3.6 to 3.4: TTTT stays 10, the total 100.
std::string moved_points() {
    return variant([](nlohmann::json& r) {
        criterion_json(r, "PAY_DOSSIERS")["max"] = 4;
        criterion_json(r, "PAY_PROVISION")["max"] = 4;
    });
}

// 3.4 dropped, its 2 points given to 3.6 (max 8).
std::string without_pay_provision() {
    return variant([](nlohmann::json& r) {
        for (auto& g : r["groups"]) {
            if (g["code"] != "TTTT") continue;
            auto& list = g["criteria"];
            for (auto it = list.begin(); it != list.end(); ++it)
                if ((*it)["code"] == "PAY_PROVISION") {
                    list.erase(it);
                    break;
                }
        }
        criterion_json(r, "PAY_DOSSIERS")["max"] = 8;
    }, "qd766-bo-3-4");
}

std::size_t group(const Session& s, const char* code) {
    for (std::size_t g = 0; g < s.rubric().groups.size(); ++g)
        if (s.rubric().groups[g].code == code) return g;
    FAIL("no group " << code);
    return 0;
}

double tttt(const Session& s) { return s.form.card().groups[group(s, "TTTT")]; }

bool any_line_contains(const Notice& n, const std::string& text) {
    for (const std::string& line : n.lines)
        if (line.find(text) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("page rubric: a rubric file opened like any file scores every draft with it; back to qd766", "[page-rubric]") {
    Session s(default_rubric());
    s.open_file("chan-mong.json", kChanMong);
    s.new_draft();  // a second, blank draft, current
    s.open_draft(0);
    REQUIRE(tttt(s) == 7.22);

    s.open_file("bien-the.json", moved_points());
    CHECK(s.rubric().id == "qd766-bien-the");
    CHECK_FALSE(s.rubric_is_builtin());
    REQUIRE(s.rubric_file().has_value());
    CHECK(s.rubric_file()->name == "bien-the.json");
    REQUIRE(s.notices.back().kind == Notice::Kind::Success);
    CHECK(s.notices.back().title.find("qd766-bien-the") != std::string::npos);
    // Nothing lost: both drafts, current one the same, the figures as typed.
    CHECK(s.workspace.drafts.size() == 2);
    CHECK(s.workspace.current == 0);
    CHECK(s.form.unit == "UBND xã Chân Mộng");
    // 3.6: 1437/1541 → 93.25 % (shown) × 4 / 100 = 3.73; 3.4: 8/40 = 20 % × 4 / 80 = 1.00;
    // 3.5: 18/40 = 45 % × 2 / 80 = 1.125 → 1.13. TTTT 3.73 + 1.00 + 1.13 = 5.86 (qd766: 7.22).
    CHECK(tttt(s) == 5.86);
    CHECK(s.form.card().total == 5.86);
    CHECK(nlohmann::json::parse(s.form.result_json_text())["rubric"] == "qd766-bien-the");
    CHECK(s.workspace.drafts[0].set_aside.empty());

    s.use_builtin_rubric();
    CHECK(s.rubric_is_builtin());
    CHECK(s.rubric().id == "qd766");
    CHECK_FALSE(s.rubric_file().has_value());
    CHECK(tttt(s) == 7.22);
    CHECK(s.workspace.drafts.size() == 2);
    CHECK(s.notices.back().title.find("qd766") != std::string::npos);
}

TEST_CASE("page rubric: figures of criteria the rubric lacks are set aside, listed, and come back", "[page-rubric]") {
    Session s(default_rubric());
    s.open_file("chan-mong.json", kChanMong);
    s.form.scenario.criteria.resize(s.rubric().criteria.size());
    s.form.scenario.criteria[*s.rubric().find_criterion("PAY_DOSSIERS")].weight = 4;
    s.form.recompute();
    s.form_edited();

    s.open_file("bo-3-4.json", without_pay_provision());
    REQUIRE(s.rubric().id == "qd766-bo-3-4");
    // 3.6: 93.25 × 8 / 100 = 7.46; 3.5: 1.13. TTTT 8.59.
    CHECK(tttt(s) == 8.59);
    const auto& aside = s.workspace.drafts[0].set_aside;
    REQUIRE(aside.count("PAY_PROVISION") == 1);
    CHECK(aside.at("PAY_PROVISION").numerator == "8");
    CHECK(aside.at("PAY_PROVISION").denominator == "40");
    CHECK(any_line_contains(s.notices.back(), "UBND xã Chân Mộng — 2026: giữ riêng số liệu của 3.4 PAY_PROVISION"));
    // The what-if follows its criterion.
    CHECK(s.form.scenario.criteria[*s.rubric().find_criterion("PAY_DOSSIERS")].weight == 4);

    // Kept across an autosave and a reload, too.
    Session reloaded(default_rubric());
    reloaded.restore(s.autosave_text(), StorageState::Available);
    REQUIRE(reloaded.rubric().id == "qd766-bo-3-4");
    CHECK(reloaded.workspace.drafts[0].set_aside.count("PAY_PROVISION") == 1);

    reloaded.use_builtin_rubric();
    CHECK(tttt(reloaded) == 7.22);
    CHECK(reloaded.workspace.drafts[0].set_aside.empty());
    CHECK(reloaded.form.inputs[*reloaded.rubric().find_criterion("PAY_PROVISION")].numerator == "8");
}

TEST_CASE("page rubric: a bad rubric file is refused with the file and JSON path; the rubric in use stays", "[page-rubric]") {
    Session s(default_rubric());
    s.open_file("bien-the.json", moved_points());
    s.open_file("chan-mong.json", kChanMong);
    REQUIRE(tttt(s) == 5.86);

    SECTION("points that do not add up") {
        // 3.6 at 5: TTTT's criteria add up to 2 + 2 + 5 = 9, not 10.
        s.open_file("hong.json", variant([](nlohmann::json& r) { criterion_json(r, "PAY_DOSSIERS")["max"] = 5; }, "hong"));
        REQUIRE(s.notices.back().kind == Notice::Kind::Error);
        CHECK(s.notices.back().title.find("hong.json") != std::string::npos);
        CHECK(any_line_contains(s.notices.back(), "hong.json:"));
        CHECK(any_line_contains(s.notices.back(), "$.groups[3]"));
    }
    SECTION("an unknown rate rule") {
        s.open_file("hong.json", variant([](nlohmann::json& r) { criterion_json(r, "PAY_DOSSIERS")["rate"] = "rounded"; }, "hong"));
        REQUIRE(s.notices.back().kind == Notice::Kind::Error);
        CHECK(any_line_contains(s.notices.back(), "$.groups[3].criteria[2].rate"));
    }
    SECTION("another file under the built-in id") {
        s.open_file("gia-mao.json", variant([](nlohmann::json& r) { criterion_json(r, "PAY_DOSSIERS")["max"] = 6; }, "qd766"));
        REQUIRE(s.notices.back().kind == Notice::Kind::Error);
        CHECK(any_line_contains(s.notices.back(), "gia-mao.json: $.id: mã \"qd766\" là của bộ tiêu chí có sẵn"));
    }
    CHECK(s.rubric().id == "qd766-bien-the");
    CHECK(s.rubric_file()->name == "bien-the.json");
    CHECK(tttt(s) == 5.86);
    CHECK(s.form.unit == "UBND xã Chân Mộng");
}

TEST_CASE("page rubric: the built-in file itself opened goes back to the built-in rubric", "[page-rubric]") {
    Session s(default_rubric());
    s.open_file("bien-the.json", moved_points());
    s.open_file("qd766.json", std::string(default_rubric_json()));
    CHECK(s.rubric_is_builtin());
    CHECK(s.notices.back().kind == Notice::Kind::Success);
    s.open_file("qd766.json", std::string(default_rubric_json()));  // again: says it is in use
    CHECK(s.rubric_is_builtin());
    CHECK(s.notices.back().kind == Notice::Kind::Info);
}

TEST_CASE("page rubric: the built-in file laid out anew is still the built-in rubric", "[page-rubric]") {
    Session s(default_rubric());
    s.open_file("bien-the.json", moved_points());
    // Other indentation and key order (nlohmann's object keys come out sorted), and a default
    // left unsaid (a group's rate is "shown_percent" when it names none): the same rubric.
    nlohmann::json doc = nlohmann::json::parse(default_rubric_json());
    REQUIRE(doc["groups"][0]["rate"] == "shown_percent");
    doc["groups"][0].erase("rate");
    s.open_file("qd766-dinh-dang-lai.json", doc.dump(1));
    CHECK(s.rubric_is_builtin());
    CHECK(s.notices.back().kind == Notice::Kind::Success);
}

TEST_CASE("page rubric: an assessment naming another rubric gets the CLI's error", "[page-rubric]") {
    Session s(default_rubric());
    s.open_file("bien-the.json", moved_points());
    std::string named = kChanMong;
    named.replace(named.find("\"unit\""), 0, "\"rubric\": \"qd766\", ");
    s.open_file("qd766-file.json", named);
    REQUIRE(s.notices.back().kind == Notice::Kind::Error);
    CHECK(any_line_contains(s.notices.back(), "$.rubric: bộ tiêu chí \"qd766\" khác bộ đang dùng \"qd766-bien-the\""));
    CHECK(s.form.unit.empty());  // nothing opened
}

TEST_CASE("page rubric: the autosave remembers the rubric file; a damaged one is set aside", "[page-rubric]") {
    Session s(default_rubric());
    s.open_file("bien-the.json", moved_points());
    s.open_file("chan-mong.json", kChanMong);
    const std::string saved = s.autosave_text();
    const auto doc = nlohmann::json::parse(saved);
    CHECK(doc["rubric"] == "qd766-bien-the");
    CHECK(doc["rubric_file"]["name"] == "bien-the.json");
    CHECK(doc["rubric_file"]["text"] == moved_points());

    Session reloaded(default_rubric());
    CHECK_FALSE(reloaded.restore(saved, StorageState::Available).has_value());
    CHECK(reloaded.rubric().id == "qd766-bien-the");
    CHECK(tttt(reloaded) == 5.86);
    CHECK(reloaded.rubric_file()->name == "bien-the.json");

    // The built-in rubric's autosave has no rubric_file, as before.
    reloaded.use_builtin_rubric();
    CHECK_FALSE(nlohmann::json::parse(reloaded.autosave_text()).contains("rubric_file"));

    auto broken = doc;
    broken["rubric_file"]["text"] = variant([](nlohmann::json& r) { criterion_json(r, "PAY_DOSSIERS")["max"] = 5; });
    Session damaged(default_rubric());
    CHECK(damaged.restore(broken.dump(), StorageState::Available).has_value());
    CHECK(damaged.rubric_is_builtin());
    REQUIRE(damaged.notices.back().kind == Notice::Kind::Error);
    CHECK(any_line_contains(damaged.notices.back(), "bien-the.json:"));

    // When storing fails, the notice says the rubric is not remembered either.
    s.autosaved(StorageState::Full);
    CHECK(any_line_contains(s.notices.back(), "Bộ tiêu chí «qd766-bien-the» cũng chưa được nhớ"));
}

TEST_CASE("page rubric: a share link names its rubric; a page without it says so instead of scoring", "[page-rubric]") {
    Session sender(default_rubric());
    sender.open_file("bien-the.json", moved_points());
    sender.open_file("chan-mong.json", kChanMong);
    const std::string fragment = sender.share_fragment();
    const auto code = fragment.substr(2);
    CHECK(dvcscore::decode_share_code(code, default_rubric()).rubric_id == "qd766-bien-the");

    Session receiver(default_rubric());
    receiver.open_share_fragment(fragment);
    REQUIRE(receiver.notices.back().kind == Notice::Kind::Error);
    CHECK(receiver.notices.back().title.find("«qd766-bien-the»") != std::string::npos);
    CHECK(any_line_contains(receiver.notices.back(), "Mở tệp bộ tiêu chí «qd766-bien-the»"));
    CHECK(receiver.workspace.drafts.size() == 1);
    CHECK(receiver.form.unit.empty());

    receiver.open_file("bien-the.json", moved_points());
    receiver.open_share_fragment(fragment);
    CHECK(receiver.form.unit == "UBND xã Chân Mộng");
    CHECK(tttt(receiver) == 5.86);

    // A qd766 link on a page using the variant: go back to the built-in one first.
    Session plain(default_rubric());
    plain.open_file("chan-mong.json", kChanMong);
    receiver.open_share_fragment(plain.share_fragment());
    CHECK(any_line_contains(receiver.notices.back(), "Bấm «Dùng bộ có sẵn» rồi mở lại liên kết."));
}

TEST_CASE("page rubric: the batch table made for the previous rubric closes, and says so", "[page-rubric]") {
    Session s(default_rubric());
    s.open_file("hai.json", std::string("[") + kChanMong + "," + kChanMong + "]");
    REQUIRE(s.batch.has_value());
    s.open_file("bien-the.json", moved_points());
    CHECK_FALSE(s.batch.has_value());
    CHECK(any_line_contains(s.notices.back(), "Bảng tổng hợp (lập theo bộ trước) đã đóng"));
}
