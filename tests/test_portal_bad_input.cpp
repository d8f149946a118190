// What the portal import refuses or warns about, and where it says so: truncated
// responses, the API's error envelope, mixed periods, counts the portal got wrong, null
// fields, shapes it does not know, conflicting figures. With any error nothing is imported.
#include "portal_support.hpp"

using namespace portal_support;
using test_support::replaced;

namespace {

// An import that must fail: no assessment at all, and the error at `path` on `line`.
Diagnostic refused_at(const std::vector<Named>& files, const std::string& source, const std::string& path, int line) {
    const PortalImport result = import_texts(files);
    CHECK(result.assessments.empty());
    return diagnostic_at(result.errors, source, path, line);
}

Diagnostic refused_at(const std::string& name, const std::string& text, const std::string& path, int line) {
    return refused_at({{name, text}}, name, path, line);
}

// The overview's 1.1 in the transparency sample (An Bình's has two more spaces).
const std::string kOverviewPublish =
    "      \"metrics\": [\n        {\"code\": \"PUBLISH_ON_TIME\", \"name\": \"Tỷ lệ TTHC công bố đúng hạn\", "
    "\"numerator\": 1, \"denominator\": 47";

}  // namespace

TEST_CASE("portal bad input: a truncated response is a syntax error at its end", "[portal-bad-input]") {
    const std::string whole = sample(kTransparency);
    const std::string cut = whole.substr(0, whole.find("\"evaluation\""));  // ends on line 24
    const Diagnostic d = refused_at(kTransparency, cut, "$.data.monthlyChart", 24);
    CHECK_THAT(d.message, Catch::Contains("kết thúc giữa chừng"));

    const std::string one_line = sample(kDvcProgress);
    // Cut inside a unit's name.
    const Diagnostic e =
        refused_at(kDvcProgress, one_line.substr(0, one_line.size() / 2), "$.data.children[1].departmentName", 1);
    CHECK_THAT(e.message, Catch::Contains("giữa chừng"));
}

TEST_CASE("portal bad input: the API's error envelope is refused with its code and message", "[portal-bad-input]") {
    const std::string envelope = R"({"code":"INTERNAL_SERVER_ERROR","message":"Hệ thống đang bận","data":null})";
    const Diagnostic d = refused_at("loi.json", envelope, "$.code", 1);
    CHECK_THAT(d.message, Catch::Contains("INTERNAL_SERVER_ERROR"));
    CHECK_THAT(d.message, Catch::Contains("Hệ thống đang bận"));

    // One bad response among good ones spoils the file: nothing is imported.
    const std::string array = "[" + sample(kDvcProgress) + ",\n" + envelope + "]";
    refused_at("nhieu.json", array, "$[1].code", 3);  // the sample ends with a line break

    // A response that is OK but carries no data.
    const Diagnostic no_data = refused_at("rong.json", R"({"code":"OK","data":null})", "$.data", 1);
    CHECK_THAT(no_data.message, Catch::Contains("null"));
}

TEST_CASE("portal bad input: responses of different periods are refused, naming both", "[portal-bad-input]") {
    // dashboard-mixed-periods.har: the year 2026 (entry 3, service-results, and others),
    // then dvc-progress-tree of the third quarter (entry 9).
    const Diagnostic d = refused_at(kMixedHar, sample(kMixedHar), "$.log.entries[9].request.postData.text", 541);
    CHECK_THAT(d.message, Catch::Contains("Quý III/2026"));
    CHECK_THAT(d.message, Catch::Contains("kỳ 2026 ở dashboard-mixed-periods.har:197: $.log.entries[3].request.postData.text"));

    // Two HAR files of different months: the same check across files.
    const std::string har = sample(kHar);
    const std::string september = replaced(
        replaced(har, R"({\"timeType\":\"year\",\"year\":2026,\"departmentType\":\"ADMINISTRATIVE_UNIT\"})",
                 R"({\"timeType\":\"month\",\"year\":2026,\"month\":9,\"departmentType\":\"ADMINISTRATIVE_UNIT\"})"),
        "\"url\": \"https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency\"",
        "\"url\": \"https://dichvucong.gov.vn/api/v1/reporting/evaluation/khong-lien-quan\"");
    const PortalImport result = import_texts({{"thang-9.har", september}});
    INFO(test_support::describe(result.errors));
    REQUIRE_FALSE(result.errors.empty());
    CHECK(result.assessments.empty());
    bool named_both = false;
    for (const Diagnostic& e : result.errors)
        named_both = named_both || (e.message.find("Tháng 9/2026") != std::string::npos &&
                                    e.message.find("kỳ 2026") != std::string::npos) ||
                     (e.message.find("kỳ Tháng 9/2026") != std::string::npos);
    CHECK(named_both);
}

TEST_CASE("portal bad input: dates that are not the year the others ask for are refused", "[portal-bad-input]") {
    // handling-satisfaction asks from 1 February: not the year 2026 "so far".
    std::string har = sample(kHar);
    har = replaced(har, R"(\"fromDate\":\"2025-12-31T17:00:00.000Z\")", R"(\"fromDate\":\"2026-02-01\")");
    const PortalImport result = import_texts({{"ngay.har", har}});
    CHECK(result.assessments.empty());
    REQUIRE(result.errors.size() == 1);
    CHECK_THAT(result.errors[0].message, Catch::Contains("01/02/2026–31/12/2026"));
    CHECK(result.errors[0].path == "$.log.entries[8].request.postData.text");
}

TEST_CASE("portal bad input: counts the portal got wrong are kept, marked and not scored", "[portal-bad-input]") {
    // An Bình's 1.4 published as 1500 synchronised of 1404 received.
    const std::string text = replaced(sample(kTransparency), "\"numerator\": 1404, \"denominator\": 1404",
                                      "\"numerator\": 1500, \"denominator\": 1404");
    const PortalImport result = import_texts({{kTransparency, text}});
    const auto units = imported(result);
    REQUIRE(result.warnings.size() == 1);
    const Diagnostic& w = diagnostic_at(result.warnings, kTransparency, "$.data.evaluation[0].metrics[3]", 40);
    CHECK_THAT(w.message, Catch::Contains("1500"));
    CHECK_THAT(w.message, Catch::Contains("không tính điểm"));
    const Assessment& commune = unit(units, "UBND phường An Bình");
    CHECK_FALSE(entry(commune, "DOSSIER_SYNC"));
    REQUIRE(commune.portal.not_scored.size() == 1);
    CHECK(commune.portal.not_scored[0].criterion == test_support::index_of(default_rubric(), "DOSSIER_SYNC"));
    CHECK(commune.portal.not_scored[0].entry.numerator == 1500);
    CHECK(commune.portal.not_scored[0].entry.denominator == 1404);
    // The province's figures are untouched.
    CHECK(entry(units[0], "DOSSIER_SYNC")->numerator == 358005);
}

TEST_CASE("portal bad input: null where a figure is needed is named by its JSON path", "[portal-bad-input]") {
    refused_at(kDvcProgress, replaced(sample(kDvcProgress), "\"totalReceived\":0,", "\"totalReceived\":null,"),
               "$.data.children[1].totalReceived", 1);
    refused_at(kTransparency, replaced(sample(kTransparency), kOverviewPublish,
                                       replaced(kOverviewPublish, "\"numerator\": 1", "\"numerator\": null")),
               "$.data.overview.metrics[0].numerator", 16);
    // A metric with no counts and no rate says nothing at all.
    const Diagnostic d = refused_at(kTransparency,
                                    replaced(sample(kTransparency), kOverviewPublish + ", \"ratio\": 2.13",
                                             replaced(kOverviewPublish, "\"numerator\": 1, \"denominator\": 47",
                                                      "\"numerator\": null, \"denominator\": null") +
                                                 ", \"ratio\": null"),
                                    "$.data.overview.metrics[0]", 16);
    CHECK_THAT(d.message, Catch::Contains("null"));
    refused_at(kProvideOnline, replaced(sample(kProvideOnline), "\"departmentName\":\"UBND tỉnh Phú Thọ\"",
                                        "\"departmentName\":null"),
               "$.data.parent.departmentName", 1);
    refused_at(kDvcProgress, replaced(sample(kDvcProgress), "\"departmentId\":\"019d2be3-6a88-732b-8b17-bb1e9a3f14ab\","
                                                           "\"departmentName\":\"Văn phòng UBND Tỉnh - Tỉnh Phú Thọ\","
                                                           "\"departmentCode\":\"H44.01\"",
                                        "\"departmentId\":null,\"departmentName\":\"Văn phòng UBND Tỉnh - Tỉnh Phú Thọ\","
                                        "\"departmentCode\":null"),
               "$.data.children[0]", 1);
}

TEST_CASE("portal bad input: a score published as null is a warning, not an error", "[portal-bad-input]") {
    const PortalImport result =
        import_texts({{kDvcProgress, replaced(sample(kDvcProgress), "\"score\":17.44", "\"score\":null")}});
    const auto units = imported(result);
    diagnostic_at(result.warnings, kDvcProgress, "$.data.children[2].score", 1);
    CHECK_FALSE(units[3].portal.published);  // nothing else was published for it
    CHECK(entry(units[3], "ON_TIME")->numerator == 5830);
}

TEST_CASE("portal bad input: counts that are not whole numbers from 0 are refused", "[portal-bad-input]") {
    const Diagnostic negative = refused_at(
        kDvcProgress, replaced(sample(kDvcProgress), "\"totalOnTime\":5830", "\"totalOnTime\":-5830"),
        "$.data.children[2].totalOnTime", 1);
    CHECK_THAT(negative.message, Catch::Contains("-5830"));
    refused_at(kProvideOnline, replaced(sample(kProvideOnline), "\"fullCount\":21", "\"fullCount\":2.5"),
               "$.data.parent.fullCount", 1);
    refused_at(kProvideOnline, replaced(sample(kProvideOnline), "\"fullCount\":21", "\"fullCount\":\"21\""),
               "$.data.parent.fullCount", 1);
}

TEST_CASE("portal bad input: what is not a dashboard response says what was expected", "[portal-bad-input]") {
    const Diagnostic unknown = refused_at("la.json", R"({"code":"OK","data":{"items":[]}})", "$.data", 1);
    CHECK_THAT(unknown.message, Catch::Contains("dvc-progress-tree"));
    const Diagnostic assessment =
        refused_at("danh-gia.json", test_support::read_file(std::string(DVCSCORE_TEST_DATA) + "/phu-tho-2026.json"), "$", 1);
    CHECK_THAT(assessment.message, Catch::Contains("dùng lệnh score"));
    refused_at("so.json", "42", "$", 1);
    refused_at("mang.json", "[" + sample(kDvcProgress) + ",\n42]", "$[1]", 3);
    refused_at("rong.json", "[]", "$", 1);
    const Diagnostic key = refused_at("ten.json", R"({"ghi chú": {"departmentId": "x", "departmentName": "A"}})",
                                      "$[\"ghi chú\"]", 1);
    CHECK_THAT(key.message, Catch::Contains("tên trường không chỉ ra API nào"));
    // A key naming one endpoint over a response of another.
    const Diagnostic wrong = refused_at("sai-ten.json", "{\"transparency\": " + sample(kDvcProgress) + "}",
                                        "$.transparency", 1);
    CHECK_THAT(wrong.message, Catch::Contains("dvc-progress-tree"));

    const PortalImport empty = import_texts({{"trong.json", " \n"}});
    REQUIRE(empty.errors.size() == 1);
    CHECK(empty.errors[0].source == "trong.json");
    CHECK_THAT(empty.errors[0].message, Catch::Contains("tệp rỗng"));

    const PortalImport huge = import_texts({{"lon.json", std::string(kMaxInputBytes + 1, ' ')}});
    REQUIRE(huge.errors.size() == 1);
    CHECK_THAT(huge.errors[0].message, Catch::Contains("tệp quá lớn"));
}

TEST_CASE("portal bad input: a HAR without the responses' content, or with broken base64, is refused",
          "[portal-bad-input]") {
    const std::string har = sample(kHar);
    // Entry 4 (transparency) is saved in base64; entry 5 (provide-online-tree) as text.
    const std::size_t at = har.find("\"encoding\": \"base64\"");
    REQUIRE(at != std::string::npos);
    const std::size_t text_at = har.rfind("\"text\": \"", at);
    std::string broken = har;
    broken.replace(text_at + 9, 4, "!!!!");
    const Diagnostic d = refused_at("hong.har", broken, "$.log.entries[4].response.content.text", 271);
    CHECK_THAT(d.message, Catch::Contains("base64"));

    const std::size_t provide = har.find("evaluation/provide-online-tree\"");
    const std::size_t content = har.find("\"content\": {", provide);
    const std::size_t text = har.find("\"text\": ", content);
    const std::size_t end = har.find("\n", text);
    std::string without = har;
    without.replace(text, end - text, "\"comment\": \"not saved\"");
    const Diagnostic missing = refused_at("thieu.har", without, "$.log.entries[5].response.content", 326);
    CHECK_THAT(missing.message, Catch::Contains("HAR"));

    const std::string no_dashboard = R"({"log": {"version": "1.2", "entries": [
        {"request": {"method": "GET", "url": "https://dichvucong.gov.vn/"}, "response": {"status": 200, "content": {"text": "<html>"}}}]}})";
    const PortalImport none = import_texts({{"khac.har", no_dashboard}});
    REQUIRE(none.errors.size() == 1);
    CHECK(none.errors[0].path.empty());
    CHECK_THAT(none.errors[0].message, Catch::Contains("không có phản hồi nào"));
}

TEST_CASE("portal bad input: an error inside a HAR's response names the entry and the path within",
          "[portal-bad-input]") {
    std::string har = sample(kHar);
    har = replaced(har, R"(\"totalFeeFormality\":40,)", R"(\"totalFeeFormality\":null,)");
    const PortalImport result = import_texts({{"null.har", har}});
    CHECK(result.assessments.empty());
    // One message, though 3.4 and 3.5 both divide by this field.
    REQUIRE(result.errors.size() == 1);
    const Diagnostic& d = diagnostic_at(result.errors, "null.har",
                                        "$.log.entries[6].response.content.text → $.data.children[0].totalFeeFormality", 386);
    CHECK_THAT(d.message, Catch::Contains("null"));
}

TEST_CASE("portal bad input: one unit with two different figures, or two codes, is refused naming both places",
          "[portal-bad-input]") {
    const std::string changed = replaced(sample(kDvcProgress), "\"totalOnTime\":156", "\"totalOnTime\":150");
    const Diagnostic d = refused_at({{"a.json", sample(kDvcProgress)}, {"b.json", changed}}, "b.json",
                                    "$.data.children[0].totalOnTime", 1);
    CHECK_THAT(d.message, Catch::Contains("150/161 ở đây, 156/161 ở a.json:1: $.data.children[0].totalOnTime"));

    const std::string recoded = replaced(sample(kDvcProgress), "\"departmentCode\":\"H44.01\"", "\"departmentCode\":\"H44.02\"");
    const Diagnostic code = refused_at({{"a.json", sample(kDvcProgress)}, {"b.json", recoded}}, "b.json",
                                       "$.data.children[0]", 1);
    CHECK_THAT(code.message, Catch::Contains("hai mã"));

    // The same response twice is no conflict.
    const auto units = imported(import_samples({kDvcProgress, kDvcProgress}));
    CHECK(units.size() == 4);
}
