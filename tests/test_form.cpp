// The calculator's form model (src/app): texts as a person types them become entries,
// messages and scores; the page and its hooks rely on exactly this.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "app/form.hpp"

using dvcscore::app::EntryStatus;
using dvcscore::app::Form;
using dvcscore::app::InputMode;

namespace {

std::size_t at(const Form& form, const char* code) { return *form.rubric().find_criterion(code); }

}  // namespace

TEST_CASE("an empty form scores nothing and lists every criterion as missing", "[form]") {
    Form form(dvcscore::default_rubric());
    CHECK(form.card().total == 0.0);
    for (const auto& status : form.statuses()) CHECK(status.status == EntryStatus::Empty);
    const auto result = nlohmann::json::parse(form.result_json_text());
    CHECK(result["missing"].size() == form.rubric().criteria.size());
}

TEST_CASE("typed counts with thousands separators and a decimal comma are read as people write them", "[form]") {
    Form form(dvcscore::default_rubric());
    const std::size_t pay = at(form, "PAY_DOSSIERS");
    form.inputs[pay].numerator = "1.437";   // Vietnamese thousands separator
    form.inputs[pay].denominator = "1 541";
    const std::size_t provision = at(form, "ONLINE_PROVISION");
    form.inputs[provision].mode = InputMode::Percent;
    form.inputs[provision].percent = "58,43 %";
    form.recompute();
    CHECK(form.statuses()[pay].status == EntryStatus::Entered);
    CHECK(form.card().criteria[pay].percent == 93.25);  // 1437/1541
    CHECK(form.card().criteria[pay].points == 5.59);
    CHECK(form.card().criteria[provision].points == 1.46);  // 2 × 58.43 / 80 = 1.46075
}

TEST_CASE("the form scores each criterion by its group's rate rule and shows the 2-decimal percent", "[form]") {
    Form form(dvcscore::default_rubric());
    // 4.5 (MDSH, unrounded) as counts: 295/1269 = 23.2466… % → × 2 / 100 = 0.4649… → 0.46.
    const std::size_t formality = at(form, "CITIZEN_DATA_CONNECTED_FORMALITY");
    form.inputs[formality].numerator = "295";
    form.inputs[formality].denominator = "1 269";
    // 4.6 (MDSH) typed as a percent: used as typed, 23.2466 × 2 / 100 → 0.46.
    const std::size_t dossier = at(form, "CITIZEN_DATA_CONNECTED_DOSSIER");
    form.inputs[dossier].mode = InputMode::Percent;
    form.inputs[dossier].percent = "23,2466";
    // 1.3 (CKMB, shown percent) typed the same: 23.25 × 2 / 100 = 0.465 → 0.47.
    const std::size_t content = at(form, "PUBLIC_CONTENT_FULL");
    form.inputs[content].mode = InputMode::Percent;
    form.inputs[content].percent = "23,2466";
    form.recompute();
    for (std::size_t c : {formality, dossier, content}) CHECK(form.card().criteria[c].percent == 23.25);
    CHECK(form.card().criteria[formality].points == 0.46);
    CHECK(form.card().criteria[dossier].points == 0.46);
    CHECK(form.card().criteria[content].points == 0.47);
    const auto result = nlohmann::json::parse(form.result_json_text());
    CHECK(result["total"] == 1.39);  // 0.47 + 0.46 + 0.46
    // Filled back from its own assessment, the typed percent keeps every decimal.
    Form again(dvcscore::default_rubric());
    again.fill(form.assessment());
    CHECK(again.inputs[dossier].percent == "23.2466");
    CHECK(again.card().total == 1.39);
}

TEST_CASE("invalid input is marked on its field with a Vietnamese message and not scored", "[form]") {
    Form form(dvcscore::default_rubric());
    const std::size_t on_time = at(form, "ON_TIME");
    const std::size_t sync = at(form, "DOSSIER_SYNC");
    form.inputs[sync].numerator = "50";
    form.inputs[sync].denominator = "100";

    struct Case {
        const char* numerator;
        const char* denominator;
        const char* field;
        const char* message_part;
    };
    const Case cases[] = {
        {"60", "50", "numerator", "lớn hơn mẫu số"},
        {"-1", "50", "numerator", "không được âm"},
        {"abc", "50", "numerator", "không phải là số"},
        {"5", "x9", "denominator", "không phải là số"},
        {"2,5", "10", "numerator", "số nguyên"},
    };
    for (const Case& c : cases) {
        INFO(c.numerator << " / " << c.denominator);
        form.inputs[on_time].numerator = c.numerator;
        form.inputs[on_time].denominator = c.denominator;
        form.recompute();
        const auto& status = form.statuses()[on_time];
        CHECK(status.status == EntryStatus::Invalid);
        CHECK(status.field == c.field);
        CHECK(status.message.find(c.message_part) != std::string::npos);
        CHECK_FALSE(form.assessment().entries[on_time].has_value());
        CHECK(form.card().criteria[sync].points == 3.0);  // the rest still scores
        CHECK(form.card().total == 3.0);
    }
}

TEST_CASE("a percentage above 100 is refused in percent mode", "[form]") {
    Form form(dvcscore::default_rubric());
    const std::size_t c = at(form, "ON_TIME");
    form.inputs[c].mode = InputMode::Percent;
    form.inputs[c].percent = "100,5";
    form.recompute();
    CHECK(form.statuses()[c].status == EntryStatus::Invalid);
    CHECK(form.statuses()[c].field == "percent");
}

TEST_CASE("one of numerator and denominator alone is incomplete, not an error", "[form]") {
    Form form(dvcscore::default_rubric());
    const std::size_t c = at(form, "ON_TIME");
    form.inputs[c].numerator = "12";
    form.recompute();
    CHECK(form.statuses()[c].status == EntryStatus::Incomplete);
    CHECK(form.statuses()[c].field == "denominator");
    CHECK(form.card().criteria[c].entered == false);
}

TEST_CASE("each input mode keeps its own text and the active mode decides", "[form]") {
    Form form(dvcscore::default_rubric());
    const std::size_t c = at(form, "ON_TIME");
    form.inputs[c].numerator = "1";
    form.inputs[c].denominator = "2";
    form.inputs[c].percent = "90";
    form.recompute();
    CHECK(form.card().criteria[c].points == 10.0);
    form.inputs[c].mode = InputMode::Percent;
    form.recompute();
    CHECK(form.card().criteria[c].points == 18.0);
}

TEST_CASE("load_json fills the form as if typed, or leaves it untouched and says why", "[form]") {
    Form form(dvcscore::default_rubric());
    form.unit = "Trước";
    form.recompute();
    const auto errors = form.load_json(R"({"unit": "Xã Chân Mộng", "values": {"ON_TIME": {"numerator": 60, "denominator": 50}}})");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == "$.values.ON_TIME.numerator");
    CHECK(form.unit == "Trước");

    CHECK(form.load_json("[{}, {}]").size() == 1);  // exactly one assessment
    CHECK(form.load_json("{ broken").size() == 1);

    REQUIRE(form.load_json(R"({"format": "dvcscore-assessment/1", "unit": "Xã Chân Mộng", "period": "2026",
        "values": {"PAY_DOSSIERS": {"numerator": 1437, "denominator": 1541},
                   "PAY_FORMALITIES": {"percent": 45}, "AVG_DAYS": {"value": 4.5}}})").empty());
    CHECK(form.unit == "Xã Chân Mộng");
    const std::size_t pay = at(form, "PAY_DOSSIERS");
    CHECK(form.inputs[pay].mode == InputMode::Counts);
    CHECK(form.inputs[pay].numerator == "1437");
    const std::size_t formalities = at(form, "PAY_FORMALITIES");
    CHECK(form.inputs[formalities].mode == InputMode::Percent);
    CHECK(form.inputs[formalities].percent == "45");
    CHECK(form.inputs[at(form, "AVG_DAYS")].value == "4.5");
    CHECK(form.card().groups[*[&] {
              for (std::size_t g = 0; g < form.rubric().groups.size(); ++g)
                  if (form.rubric().groups[g].code == "TTTT") return std::optional<std::size_t>(g);
              return std::optional<std::size_t>();
          }()] == 6.72);  // 5.59 + 1.13
}

TEST_CASE("the form's result JSON carries the typed unit and period", "[form]") {
    Form form(dvcscore::default_rubric());
    form.unit = "UBND tỉnh Phú Thọ";
    form.period = "Quý III/2026";
    form.recompute();
    const auto result = nlohmann::json::parse(form.result_json_text());
    CHECK(result["unit"] == "UBND tỉnh Phú Thọ");
    CHECK(result["period"] == "Quý III/2026");
    CHECK(result["rating"]["id"] == "yeu");
}
