// The assessments kept side by side (src/app/workspace): add, duplicate, delete with undo,
// and the autosave text that brings back exactly what was typed.
#include <catch2/catch.hpp>

#include "app/workspace.hpp"

using dvcscore::app::Draft;
using dvcscore::app::InputMode;
using dvcscore::app::Workspace;

namespace {

std::size_t at(const char* code) { return *dvcscore::default_rubric().find_criterion(code); }

Draft typed(const char* unit, const char* period) {
    Draft d = Draft::blank(dvcscore::default_rubric());
    d.unit = unit;
    d.period = period;
    d.inputs[at("ON_TIME")].numerator = "950";
    d.inputs[at("ON_TIME")].denominator = "1.000";
    d.inputs[at("ONLINE_DOSSIERS")].mode = InputMode::Percent;
    d.inputs[at("ONLINE_DOSSIERS")].percent = "98,6";
    d.inputs[at("DOSSIER_SYNC")].numerator = "abc";  // invalid text is kept as typed
    return d;
}

bool same(const Draft& a, const Draft& b) {
    if (a.unit != b.unit || a.period != b.period) return false;
    for (std::size_t c = 0; c < a.inputs.size(); ++c) {
        const auto &x = a.inputs[c], &y = b.inputs[c];
        if (x.mode != y.mode || x.numerator != y.numerator || x.denominator != y.denominator || x.percent != y.percent ||
            x.value != y.value)
            return false;
    }
    return true;
}

}  // namespace

TEST_CASE("workspace: a new workspace holds one blank draft", "[workspace]") {
    Workspace w(dvcscore::default_rubric());
    REQUIRE(w.drafts.size() == 1);
    CHECK(w.current == 0);
    CHECK(w.drafts[0].title() == "(chưa đặt tên)");
}

TEST_CASE("workspace: the autosave text brings back every draft exactly as typed", "[workspace]") {
    Workspace w(dvcscore::default_rubric());
    w.drafts[0] = typed("UBND tỉnh Phú Thọ", "Quý II/2026");
    w.add(typed("UBND xã Chân Mộng", "2026"));
    w.current = 1;
    const std::string saved = w.to_json();

    Workspace back(dvcscore::default_rubric());
    REQUIRE(back.load_json(saved).empty());
    REQUIRE(back.drafts.size() == 2);
    CHECK(back.current == 1);
    CHECK(same(back.drafts[0], w.drafts[0]));
    CHECK(same(back.drafts[1], w.drafts[1]));
    CHECK(back.drafts[1].inputs[at("DOSSIER_SYNC")].numerator == "abc");
}

TEST_CASE("workspace: duplicate places a marked copy after the original", "[workspace]") {
    Workspace w(dvcscore::default_rubric());
    w.drafts[0] = typed("UBND tỉnh A", "Quý II/2026");
    const std::size_t copy = w.duplicate(0);
    REQUIRE(copy == 1);
    REQUIRE(w.drafts.size() == 2);
    CHECK(w.drafts[1].unit == "UBND tỉnh A");
    CHECK(w.drafts[1].period == "Quý II/2026 (bản sao)");
    CHECK(w.drafts[1].inputs[at("ON_TIME")].numerator == "950");
}

TEST_CASE("workspace: delete can be undone, once, to the same place", "[workspace]") {
    Workspace w(dvcscore::default_rubric());
    w.drafts[0] = typed("A", "1");
    w.add(typed("B", "2"));
    w.add(typed("C", "3"));
    w.current = 2;
    w.remove(1);
    REQUIRE(w.drafts.size() == 2);
    CHECK(w.drafts[1].unit == "C");
    CHECK(w.current == 1);  // still on C
    CHECK(w.can_undo_remove());
    CHECK(w.removed_title() == "B — 2");
    REQUIRE(w.undo_remove());
    REQUIRE(w.drafts.size() == 3);
    CHECK(w.drafts[1].unit == "B");
    CHECK_FALSE(w.undo_remove());
}

TEST_CASE("workspace: deleting the last draft leaves a blank one", "[workspace]") {
    Workspace w(dvcscore::default_rubric());
    w.drafts[0] = typed("A", "1");
    w.remove(0);
    REQUIRE(w.drafts.size() == 1);
    CHECK(w.drafts[0].unit.empty());
    REQUIRE(w.undo_remove());
    CHECK(w.drafts[0].unit == "A");
}

TEST_CASE("workspace: damaged or foreign autosave text is refused and changes nothing", "[workspace]") {
    Workspace w(dvcscore::default_rubric());
    w.drafts[0] = typed("Giữ nguyên", "2026");
    const std::string good = w.to_json();
    const std::string cases[] = {
        good.substr(0, good.size() / 2),                                     // truncated
        "{\"format\": \"dvcscore-workspace/9\", \"rubric\": \"qd766\", \"drafts\": [{}]}",  // wrong version
        "{\"format\": \"dvcscore-workspace/1\", \"rubric\": \"khac\", \"drafts\": [{}]}",  // another rubric
        "{\"format\": \"dvcscore-workspace/1\", \"rubric\": \"qd766\", \"drafts\": []}",
        "{\"format\": \"dvcscore-workspace/1\", \"rubric\": \"qd766\", \"drafts\": [{\"inputs\": {\"NOPE\": {}}}]}",
        "[]",
        "",
    };
    for (const std::string& text : cases) {
        INFO(text);
        Workspace target(dvcscore::default_rubric());
        REQUIRE(target.load_json(good).empty());
        const auto errors = target.load_json(text);
        CHECK_FALSE(errors.empty());
        CHECK(target.drafts.size() == 1);
        CHECK(target.drafts[0].unit == "Giữ nguyên");
    }
}

TEST_CASE("workspace: the autosave keeps the portal's data and inherited marks", "[workspace]") {
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    Workspace w(rubric);
    Draft d = typed("UBND phường An Bình", "2026");
    d.inputs[at("PUBLISH_ON_TIME")].numerator = "1";
    d.inputs[at("PUBLISH_ON_TIME")].denominator = "47";
    d.inputs[at("PUBLISH_ON_TIME")].inherited = true;
    d.inputs[at("PUBLIC_CONTENT_FULL")].inherited = true;  // marked with nothing typed: still kept
    d.portal.unit_code = "H21.100";
    d.portal.level = "COMMUNE";
    dvcscore::Published p = dvcscore::Published::none(rubric);
    p.groups[0] = 11.79;
    p.details[0] = dvcscore::PublishedScore{11.79, "transparency"};
    d.portal.published = p;
    d.portal.not_scored.push_back({at("ON_TIME"), dvcscore::Entry::counts(60, 50)});
    w.drafts[0] = d;

    Workspace back(rubric);
    REQUIRE(back.load_json(w.to_json()).empty());
    CHECK(same(back.drafts[0], d));
    CHECK(back.drafts[0].portal == d.portal);
    CHECK(back.drafts[0].inputs[at("PUBLISH_ON_TIME")].inherited);
    CHECK(back.drafts[0].inputs[at("PUBLIC_CONTENT_FULL")].inherited);
    CHECK_FALSE(back.drafts[0].inputs[at("DOSSIER_SYNC")].inherited);
}

TEST_CASE("workspace: a damaged published score in the autosave is refused with its path", "[workspace]") {
    const std::string text =
        "{\"format\": \"dvcscore-workspace/1\", \"rubric\": \"qd766\", \"drafts\": [{\"unit\": \"A\", \"inputs\": {}}, "
        "{\"unit\": \"B\", \"inputs\": {}, \"published\": {\"groups\": {\"NOPE\": 1}}}]}";
    Workspace w(dvcscore::default_rubric());
    const auto errors = w.load_json(text);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == "$.drafts[1].published.groups.NOPE");
    CHECK(w.drafts.size() == 1);
}

TEST_CASE("workspace: a draft carries the portal's data through the form", "[workspace]") {
    const dvcscore::Rubric& rubric = dvcscore::default_rubric();
    dvcscore::Assessment a = dvcscore::Assessment::blank(rubric);
    a.unit = "UBND phường An Bình";
    a.entries[at("PUBLISH_ON_TIME")] = dvcscore::Entry::counts(1, 47);
    a.entries[at("PUBLISH_ON_TIME")]->inherited = true;
    a.portal.unit_code = "H21.100";
    a.portal.published = dvcscore::Published::none(rubric);
    a.portal.published->total = 63.97;
    dvcscore::app::Form form(rubric);
    form.fill(a);
    const Draft d = Draft::of_form(form);
    dvcscore::app::Form again(rubric);
    d.into_form(again);
    CHECK(again.assessment().portal == a.portal);
    CHECK(again.assessment().entries == a.entries);
}
