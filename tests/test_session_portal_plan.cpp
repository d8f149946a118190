// The what-if of a unit opened from the portal's data (Session::open_files, then a row in
// the form, as the page does): a commune's 1.1–1.3 and 3.1 are its province's figures, so the
// target plan never raises them, however far the target — it raises the unit's own figures
// or says the target is out of reach. Each case also plans the same draft with the marks
// taken off, to show the target would otherwise be met by raising the province's figures.
#include "portal_support.hpp"

#include "app/session.hpp"

using namespace portal_support;
using dvcscore::app::OpenedFile;
using dvcscore::app::Session;
using test_support::index_of;
using test_support::replaced;

namespace {

std::size_t row_of(const Session& s, const std::string& unit_name) {
    REQUIRE(s.batch);
    for (std::size_t i = 0; i < s.batch->rows.size(); ++i)
        if (s.batch->rows[i].assessment.unit == unit_name) return i;
    FAIL("no row for " << unit_name);
    return 0;
}

const PlanStep* step_for(const TargetPlan& plan, const std::string& code) {
    for (const PlanStep& step : plan.steps)
        if (default_rubric().criteria[step.criterion].code == code) return &step;
    return nullptr;
}

void aim_at_total(Session& s, const std::string& total) {
    s.form.scenario.kind = PlanTarget::Kind::Total;
    s.form.scenario.total = total;
    s.form.recompute();  // as the page does after an edit
    s.form_edited();
}

// The same draft planned without the province's marks: what the checks above rule out.
TargetPlan plan_unmarked(const Session& s) {
    dvcscore::app::Form unmarked = s.form;
    for (dvcscore::app::CriterionInput& input : unmarked.inputs) input.inherited = false;
    unmarked.recompute();
    return unmarked.target_plan();
}

}  // namespace

TEST_CASE("session portal plan: a commune's 1.1–1.3 from the portal are never advised", "[session-portal][target-plan]") {
    Session s(default_rubric());
    s.open_files({OpenedFile{kHar, sample(kHar), 0}});
    s.open_batch_row(row_of(s, "UBND phường An Bình"));
    REQUIRE(s.form.unit == "UBND phường An Bình");
    const char* const province[] = {"PUBLISH_ON_TIME", "PUBLIC_UPDATE_ON_TIME", "PUBLIC_CONTENT_FULL"};
    for (const char* code : province) CHECK(s.form.inputs[index_of(default_rubric(), code)].inherited);
    CHECK_FALSE(s.form.inputs[index_of(default_rubric(), "DOSSIER_SYNC")].inherited);

    // Trying a change: 1.4 at 1000/1404 → 71.23 % of 6 → 4.27; CKMB 1/47 → 0.13, 43/47 →
    // 3.66, 47/47 → 2, + 4.27 = 10.06, the only group entered.
    s.form.inputs[index_of(default_rubric(), "DOSSIER_SYNC")].numerator = "1000";
    aim_at_total(s, "14");
    CHECK(s.form.card().total == 10.06);

    // 14 needs 3.94 more; the unit's own 1.4 gives back 1.73 at most (to 1404/1404): out
    // of reach, and the plan raises only 1.4.
    const TargetPlan& plan = s.form.target_plan();
    CHECK_FALSE(plan.reachable);
    for (const char* code : province) {
        CHECK(step_for(plan, code) == nullptr);
        CHECK(plan.locks[index_of(default_rubric(), code)] == LockReason::Inherited);
    }
    REQUIRE(plan.steps.size() == 1);
    CHECK(step_for(plan, "DOSSIER_SYNC") != nullptr);
    CHECK(plan.total_after == 11.79);

    // Unmarked, 1.1's room (1/47 → 6 points at 47/47) would make it reachable.
    const TargetPlan unmarked = plan_unmarked(s);
    CHECK(unmarked.reachable);
    CHECK(step_for(unmarked, "PUBLISH_ON_TIME") != nullptr);

    // The default target (the next band, Trung bình from 50) raises none of them either.
    s.form.scenario = {};
    s.form.recompute();
    for (const char* code : province) CHECK(step_for(s.form.target_plan(), code) == nullptr);
}

TEST_CASE("session portal plan: a commune's 3.1 from the portal is never advised", "[session-portal][target-plan]") {
    // tests/data/portal's provide-online-tree lists Việt Trì with a score alone; here it is
    // given counts (3.1 15/60, 3.2 3/12, 3.3 100/100), which the import marks 3.1 as the
    // province's for a commune.
    const std::string text =
        replaced(sample(kProvideOnline), R"("departmentCode":"H44.100","level":"COMMUNE","totalScore":10,)",
                 R"("departmentCode":"H44.100","level":"COMMUNE","totalScore":10,"authorityCount":60,"partialCount":10,)"
                 R"("fullCount":5,"onlineDossierCount":3,"onlineServiceTotal":12,"channelOnlineSum":100,)"
                 R"("channelDirectSum":0,"channelPostalSum":0,"channelTotalSum":100,)");
    Session s(default_rubric());
    s.open_files({OpenedFile{kProvideOnline, text, 0}});
    s.open_batch_row(row_of(s, "UBND Phường Việt Trì"));
    REQUIRE(s.form.unit == "UBND Phường Việt Trì");
    CHECK(s.form.inputs[index_of(default_rubric(), "ONLINE_PROVISION")].inherited);
    CHECK_FALSE(s.form.inputs[index_of(default_rubric(), "HAS_ONLINE")].inherited);

    // 3.1 15/60 = 25 % of 2 up to 80 % → 0.625 → 0.63; 3.2 3/12 = 25 % of 4 → 1; 3.3
    // 100 % ≥ 50 % → 6: CLGQ 7.63. 12 needs 3.1 at full; 3.2 alone reaches 10.63.
    aim_at_total(s, "12");
    CHECK(s.form.card().total == 7.63);
    const TargetPlan& plan = s.form.target_plan();
    CHECK_FALSE(plan.reachable);
    CHECK(step_for(plan, "ONLINE_PROVISION") == nullptr);
    CHECK(plan.locks[index_of(default_rubric(), "ONLINE_PROVISION")] == LockReason::Inherited);
    REQUIRE(plan.steps.size() == 1);
    REQUIRE(step_for(plan, "HAS_ONLINE") != nullptr);
    CHECK(step_for(plan, "HAS_ONLINE")->to.numerator == 12);
    CHECK(plan.total_after == 10.63);

    // Unmarked, 3.1 to 48/60 (80 %) and 3.2 to 12/12 reach 12.
    const TargetPlan unmarked = plan_unmarked(s);
    CHECK(unmarked.reachable);
    REQUIRE(step_for(unmarked, "ONLINE_PROVISION") != nullptr);
    CHECK(step_for(unmarked, "ONLINE_PROVISION")->to.numerator == 48);
}
