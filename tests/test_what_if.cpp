// The page's what-if (src/app): a draft's target scenario re-planned with the form, the
// targets a person types, and the scenario kept by the autosave and carried by share links
// (old autosaves and links, without one, still open).
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "app/session.hpp"
#include "core/share_code.hpp"
#include "support.hpp"

using namespace dvcscore;
using dvcscore::app::Form;
using dvcscore::app::Notice;
using dvcscore::app::Session;
using dvcscore::app::Workspace;
using test_support::index_of;

namespace {

const Rubric& qd766() { return default_rubric(); }

std::string example_text() {
    return test_support::read_file(std::string(DVCSCORE_ASSETS) + "/examples/vi-du-tinh-2026.json");
}

ScenarioCriterion& scenario_of(Form& form, const std::string& code) {
    form.scenario.criteria.resize(qd766().criteria.size());
    return form.scenario.criteria[index_of(qd766(), code)];
}

const PlanStep* step_for(const TargetPlan& plan, const std::string& code) {
    for (const PlanStep& s : plan.steps)
        if (s.criterion == index_of(qd766(), code)) return &s;
    return nullptr;
}

}  // namespace

TEST_CASE("what-if: the form plans the next band as it is filled in", "[what-if]") {
    Form form(qd766());
    REQUIRE(form.load_json(example_text()).empty());
    CHECK(form.card().total == 76.09);
    const TargetPlan& plan = form.target_plan();
    CHECK(plan.target == 80);
    CHECK(plan.reachable);
    CHECK(form.target_card().total >= 80);
    CHECK(qd766().ratings[form.target_card().rating].id == "tot");
    // Each criterion's target: the plan's figure where it steps, the figure entered elsewhere.
    const PlanStep* on_time = step_for(plan, "ON_TIME");
    REQUIRE(on_time != nullptr);
    CHECK(form.target_entry(index_of(qd766(), "ON_TIME"))->numerator == on_time->to.numerator);
    CHECK(form.target_text(index_of(qd766(), "ONLINE_PROVISION")) == "52");  // 3.1 needs no step: 52 as entered

    // A blank form: nothing to raise, so the next band (Trung bình) is out of reach.
    Form blank(qd766());
    CHECK_FALSE(blank.target_plan().reachable);
    CHECK(blank.target_plan().steps.empty());
    CHECK_FALSE(blank.target_entry(index_of(qd766(), "ON_TIME")).has_value());
}

TEST_CASE("what-if: a target typed for 5.3 is taken as it is, and the plan does the rest", "[what-if]") {
    Form form(qd766());
    REQUIRE(form.load_json(example_text()).empty());
    // 3722 of 4506 alone reaches 80.00 (4.96 points; see test_target_plan.cpp): nothing else is needed.
    scenario_of(form, "PETITION_HANDLING_SATISFACTION").target = "3722";
    form.recompute();
    REQUIRE(form.target_plan().steps.size() == 1);
    CHECK(form.target_plan().steps[0].to.numerator == 3722);
    CHECK(form.target_card().total == 80);
    CHECK(form.target_plan().effort == Approx(2931.0 / 4506 * 100));

    // Half of that: the plan adds what is still missing with other criteria.
    scenario_of(form, "PETITION_HANDLING_SATISFACTION").target = "2000";
    form.recompute();
    const PlanStep* own = step_for(form.target_plan(), "PETITION_HANDLING_SATISFACTION");
    REQUIRE(own != nullptr);
    CHECK(own->to.numerator == 2000);
    CHECK(form.target_plan().steps.size() > 1);
    CHECK(form.target_card().total >= 80);

    // A fall: 2.1 down to 580000 of 597894 — the others make up for it.
    scenario_of(form, "PETITION_HANDLING_SATISFACTION").target.clear();
    scenario_of(form, "ON_TIME").target = "580.000";  // thousands as people type them
    form.recompute();
    const PlanStep* fall = step_for(form.target_plan(), "ON_TIME");
    REQUIRE(fall != nullptr);
    CHECK(fall->to.numerator == 580000);
    CHECK(fall->points_after < fall->points_before);
    CHECK(fall->effort == 0);
    CHECK(form.target_card().total >= 80);
}

TEST_CASE("what-if: a typed target or ceiling that is wrong is marked and left out", "[what-if]") {
    Form form(qd766());
    REQUIRE(form.load_json(example_text()).empty());
    const double planned = form.target_plan().effort;
    const std::size_t c53 = index_of(qd766(), "PETITION_HANDLING_SATISFACTION");
    scenario_of(form, "PETITION_HANDLING_SATISFACTION").target = "5000";  // of 4506
    scenario_of(form, "ON_TIME").ceiling = "120";
    scenario_of(form, "DOSSIER_SYNC").target = "abc";
    form.recompute();
    CHECK_THAT(form.scenario_statuses()[c53].target, Catch::Contains("lớn hơn mẫu số"));
    CHECK_FALSE(form.scenario_statuses()[index_of(qd766(), "ON_TIME")].ceiling.empty());
    CHECK_FALSE(form.scenario_statuses()[index_of(qd766(), "DOSSIER_SYNC")].target.empty());
    CHECK(form.target_plan().effort == Approx(planned));  // as if none of them were there

    form.scenario.kind = PlanTarget::Kind::Total;
    form.scenario.total = "x";
    form.recompute();
    CHECK_FALSE(form.target_total_problem().empty());
}

TEST_CASE("what-if: locks, weights, ceilings and the target band from the scenario", "[what-if]") {
    Form form(qd766());
    REQUIRE(form.load_json(example_text()).empty());
    for (const char* code : {"PETITION_PROCESSING_ON_TIME", "ORIGINAL_RESULT_AVAILABLE", "DOSSIER_RECEIVING_SATISFACTION"})
        scenario_of(form, code).locked = true;
    scenario_of(form, "PAY_DOSSIERS").weight = 4;
    scenario_of(form, "ON_TIME").ceiling = "99";
    form.scenario.kind = PlanTarget::Kind::Band;
    form.scenario.band = "xuat_sac";
    form.recompute();
    const TargetPlan& plan = form.target_plan();
    CHECK(plan.target == 90);
    for (const char* code : {"PETITION_PROCESSING_ON_TIME", "ORIGINAL_RESULT_AVAILABLE", "DOSSIER_RECEIVING_SATISFACTION"}) {
        CHECK(step_for(plan, code) == nullptr);
        CHECK(plan.locks[index_of(qd766(), code)] == LockReason::User);
    }
    if (const PlanStep* on_time = step_for(plan, "ON_TIME"))
        CHECK(on_time->to.numerator * 100 <= 99 * on_time->to.denominator);
    if (const PlanStep* pay = step_for(plan, "PAY_DOSSIERS"))
        CHECK(pay->effort == Approx(4 * (pay->to.numerator - pay->from.numerator) * 100 / pay->to.denominator));
}

TEST_CASE("what-if: the autosave keeps the scenario; one saved before the what-if opens with the defaults",
          "[what-if][workspace]") {
    Session s(qd766());
    s.open_file("vi-du.json", example_text());
    scenario_of(s.form, "PETITION_HANDLING_SATISFACTION").target = "2000";
    scenario_of(s.form, "ON_TIME").locked = true;
    scenario_of(s.form, "PAY_DOSSIERS").weight = 2;
    scenario_of(s.form, "DOSSIER_SYNC").ceiling = "99,8";
    s.form.scenario.kind = PlanTarget::Kind::Total;
    s.form.scenario.total = "82,5";
    s.form.recompute();
    s.form_edited();
    const std::string saved = s.autosave_text();

    const nlohmann::json doc = nlohmann::json::parse(saved);
    const nlohmann::json& scenario = doc.at("drafts").at(0).at("scenario");
    CHECK(scenario.at("target") == nlohmann::json{{"total", "82,5"}});
    CHECK(scenario.at("criteria").at("PETITION_HANDLING_SATISFACTION") == nlohmann::json{{"target", "2000"}});
    CHECK(scenario.at("criteria").at("ON_TIME") == nlohmann::json{{"locked", true}});
    CHECK(scenario.at("criteria").at("PAY_DOSSIERS") == nlohmann::json{{"weight", 2}});
    CHECK(scenario.at("criteria").at("DOSSIER_SYNC") == nlohmann::json{{"ceiling", "99,8"}});

    Workspace back(qd766());
    REQUIRE(back.load_json(saved).empty());
    Form form(qd766());
    back.drafts[back.current].into_form(form);
    CHECK(form.scenario == s.form.scenario);
    CHECK(form.target_plan().target == 82.5);
    CHECK(form.target_card().total == s.form.target_card().total);

    // Written before the what-if: no "scenario" member at all.
    nlohmann::json old = doc;
    old["drafts"][0].erase("scenario");
    Workspace older(qd766());
    REQUIRE(older.load_json(old.dump()).empty());
    CHECK(older.drafts[0].scenario.is_default());

    // A damaged scenario is refused with its path, like the rest of the autosave.
    nlohmann::json bad = doc;
    bad["drafts"][0]["scenario"]["criteria"]["PAY_DOSSIERS"]["weight"] = -1;
    Workspace refused(qd766());
    const Diagnostics errors = refused.load_json(bad.dump());
    REQUIRE_FALSE(errors.empty());
    CHECK(errors[0].path == "$.drafts[0].scenario.criteria.PAY_DOSSIERS.weight");
}

TEST_CASE("what-if: a share link carries the scenario after the figures; links without one still open",
          "[what-if][share]") {
    Session s(qd766());
    s.open_file("vi-du.json", example_text());
    const std::string plain = s.share_fragment();
    CHECK(plain.find("&t=") == std::string::npos);  // no scenario of its own: the link of before

    scenario_of(s.form, "PETITION_HANDLING_SATISFACTION").target = "2000";
    s.form.scenario.kind = PlanTarget::Kind::Band;
    s.form.scenario.band = "xuat_sac";
    s.form.recompute();
    s.form_edited();
    const std::string fragment = s.share_fragment();
    REQUIRE(fragment.find("&t=") != std::string::npos);
    CHECK(fragment.substr(0, plain.size()) == plain);

    Session other(qd766());
    other.open_share_fragment("#" + fragment);
    CHECK(other.form.card().total == 76.09);
    CHECK(other.form.scenario == s.form.scenario);
    CHECK(other.form.target_plan().target == 90);

    Session old(qd766());
    old.open_share_fragment("#" + plain);
    CHECK(old.form.card().total == 76.09);
    CHECK(old.form.scenario.is_default());

    // A damaged scenario: the figures open, a warning says the target could not be read.
    Session damaged(qd766());
    damaged.open_share_fragment("#" + plain + "&t=AAAA");
    CHECK(damaged.form.card().total == 76.09);
    CHECK(damaged.form.scenario.is_default());
    REQUIRE_FALSE(damaged.notices.empty());
    CHECK(damaged.notices.back().kind == Notice::Kind::Warning);
}

TEST_CASE("what-if: the printable report shows the scenario on screen", "[what-if]") {
    Session s(qd766());
    s.open_file("vi-du.json", example_text());
    scenario_of(s.form, "PETITION_HANDLING_SATISFACTION").target = "3722";
    s.form.recompute();
    const std::string html = s.report_file("01/12/2026", "dvcscore test").content;
    CHECK_THAT(html, Catch::Contains("Để đạt mức Tốt (từ 80 điểm): 1 bước"));
    CHECK_THAT(html, Catch::Contains("data-code=\"PETITION_HANDLING_SATISFACTION\""));
    CHECK_THAT(html, Catch::Contains("3\xE2\x80\xAF" "722 / 4\xE2\x80\xAF" "506 (82.60%)"));
}

TEST_CASE("what-if: a batch row opened again after the page drew its targets is the same draft", "[what-if]") {
    // The page widens the form's scenario to the rubric as soon as it draws the "Mục tiêu"
    // column (every criterion at its defaults): that is the scenario the row had, so opening
    // the row again switches to its draft rather than adding a second one.
    Session s(qd766());
    s.open_file("bang.json", "[" + example_text() + ", {\"unit\": \"Xã B\", \"values\": {}}]");
    REQUIRE(s.batch);
    s.open_batch_row(0);
    REQUIRE(s.workspace.drafts.size() == 1);
    s.form.scenario.criteria.resize(qd766().criteria.size());
    s.open_batch_row(1);
    s.open_batch_row(0);
    CHECK(s.workspace.drafts.size() == 2);
    CHECK(s.form.unit == "UBND tỉnh A (ví dụ minh họa)");

    // A criterion set differently is another scenario, however long either list.
    PlanScenario shorter, wider;
    wider.criteria.resize(qd766().criteria.size());
    CHECK(shorter == wider);
    wider.criteria[3].weight = 2;
    CHECK(shorter != wider);
    CHECK(wider != shorter);
}
