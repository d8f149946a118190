// HAR files of a dashboard session (har.hpp, portal_import.hpp): the responses of the
// dashboard's endpoints, plain or base64, import the same units as the responses saved one
// by one, and the requests' bodies give the period.
#include "portal_support.hpp"

#include "core/har.hpp"

using namespace portal_support;
using test_support::replaced;

TEST_CASE("portal HAR: a session imports the same units as the separate files, with the period", "[portal-har]") {
    // dashboard-2026.har (built by make-har.mjs) holds these responses, the transparency and
    // handling-satisfaction ones in base64, the last two wrapped as one-unit responses.
    const PortalImport from_har = import_samples({kHar});
    const PortalImport separate = import_samples({kServiceResults, kTransparency, kProvideOnline, kPayment, kEntries});
    const auto har_units = imported(from_har);
    const auto file_units = imported(separate);
    // The page, a script and a CORS preflight are not responses of the dashboard.
    CHECK(from_har.responses == 6);
    REQUIRE(har_units.size() == 11);
    REQUIRE(file_units.size() == har_units.size());
    for (const Assessment& a : file_units) {
        INFO(a.unit);
        const Assessment& b = unit(har_units, a.unit);
        CHECK(b.entries == a.entries);
        CHECK(b.portal == a.portal);
        CHECK(a.period.empty());  // a response alone does not say its period
        CHECK(b.period == "2026");  // every request asks for 2026
    }
    // The provide-online-tree request is filtered to one procedure: said, not refused.
    REQUIRE(from_har.warnings.size() == 1);
    const Diagnostic& w = diagnostic_at(from_har.warnings, kHar, "$.log.entries[5].request.postData.text", 312);
    CHECK_THAT(w.message, Catch::Contains("formalityId"));
}

TEST_CASE("portal HAR: the period comes from timeType, year, quarter and month, or from the dates", "[portal-har]") {
    // One dvc-progress-tree request, its body varied.
    const std::string response_text = sample(kDvcProgress);
    auto har_with = [&](const std::string& body) {
        nlohmann::json request = {{"method", "POST"},
                                  {"url", "https://dichvucong.gov.vn/api/v1/reporting/evaluation/dvc-progress-tree"}};
        request["postData"] = {{"mimeType", "application/json"}, {"text", body}};
        nlohmann::json response = {{"status", 201}};
        response["content"] = {{"mimeType", "application/json"}, {"text", response_text}};
        nlohmann::json entry = {{"request", request}, {"response", response}};
        nlohmann::json log = {{"version", "1.2"}, {"entries", nlohmann::json::array({entry})}};
        return nlohmann::json{{"log", log}}.dump(2);
    };
    auto period_of = [&](const std::string& body) {
        const PortalImport result = import_texts({{"p.har", har_with(body)}});
        INFO(body << "\n" << test_support::describe(result.errors));
        REQUIRE(result.errors.empty());
        REQUIRE_FALSE(result.assessments.empty());
        return result.assessments.front().period;
    };
    CHECK(period_of(R"({"timeType":"year","year":2026})") == "2026");
    CHECK(period_of(R"({"timeType":"quarter","year":2026,"quarter":3})") == "Quý III/2026");
    CHECK(period_of(R"({"timeType":"quarter","year":"2026","quarter":"1"})") == "Quý I/2026");
    CHECK(period_of(R"({"timeType":"month","year":2026,"month":9})") == "Tháng 9/2026");
    // Dates spanning exactly a year, a quarter or a month are that period.
    CHECK(period_of(R"({"fromDate":"2026-01-01","toDate":"2026-12-31"})") == "2026");
    CHECK(period_of(R"({"fromDate":"2026-07-01","toDate":"2026-09-30"})") == "Quý III/2026");
    CHECK(period_of(R"({"fromDate":"01/02/2024","toDate":"29/02/2024"})") == "Tháng 2/2024");
    // Instants are read in Vietnam's time (UTC+7): 2025-12-31T17:00Z is 1 January 2026, 00:00.
    CHECK(period_of(R"({"fromDate":"2025-12-31T17:00:00.000Z","toDate":"2026-12-31T16:59:59.999Z"})") == "2026");
    CHECK(period_of(R"({"fromDate":"2026-01-01T00:00:00+07:00","toDate":"2026-03-31T23:59:59+07:00"})") == "Quý I/2026");
    // Other dates are a range of their own.
    CHECK(period_of(R"({"fromDate":"2026-01-01","toDate":"2026-10-10"})") == "01/01/2026–10/10/2026");

    // A body that does not say the period leaves it empty, with a warning when it tried.
    const PortalImport unclear = import_texts({{"p.har", har_with(R"({"timeType":"week","year":2026})")}});
    REQUIRE(unclear.errors.empty());
    CHECK(unclear.assessments.front().period.empty());
    REQUIRE(unclear.warnings.size() == 1);
    CHECK_THAT(unclear.warnings[0].message, Catch::Contains("week"));
    CHECK(period_of(R"({"rootDepartmentId":"x"})").empty());
}

TEST_CASE("portal HAR: dates so far this year fit the year the other requests ask for", "[portal-har]") {
    // handling-satisfaction asked up to 10 October; the rest asked for the year 2026.
    const std::string har = replaced(sample(kHar), R"(\"toDate\":\"2026-12-31T16:59:59.999Z\")",
                                     R"(\"toDate\":\"2026-10-10T16:59:59.999Z\")");
    const auto units = imported(import_texts({{"den-nay.har", har}}));
    for (const Assessment& a : units) CHECK(a.period == "2026");
}

TEST_CASE("portal HAR: entries are found by the end of their URL", "[portal-har]") {
    CHECK(endpoint_of_url("https://dichvucong.gov.vn/api/v1/reporting/evaluation/transparency") == Endpoint::Transparency);
    CHECK(endpoint_of_url("https://x/api/evaluation/dvc-progress-tree?lang=vi#top") == Endpoint::DvcProgressTree);
    CHECK(endpoint_of_url("https://x/api/evaluation/provide-online-tree/") == Endpoint::ProvideOnlineTree);
    CHECK(endpoint_of_url("/formality-online-payment-tree") == Endpoint::FormalityOnlinePaymentTree);
    CHECK_FALSE(endpoint_of_url("https://x/api/evaluation/not-transparency"));
    CHECK_FALSE(endpoint_of_url("https://x/api/evaluation/transparency/export"));
    CHECK_FALSE(endpoint_of_url("https://x/danh-gia-chat-luong-phuc-vu"));
    for (Endpoint e : {Endpoint::ServiceResults, Endpoint::Transparency, Endpoint::DvcProgressTree,
                       Endpoint::ProvideOnlineTree, Endpoint::FormalityOnlinePaymentTree, Endpoint::DossierDigitized,
                       Endpoint::HandlingSatisfaction})
        CHECK(endpoint_of_url(std::string("https://dichvucong.gov.vn/api/") + endpoint_name(e)) == e);
}

TEST_CASE("portal HAR: base64 as HAR files write it", "[portal-har]") {
    CHECK(decode_base64("") == std::string());
    CHECK(decode_base64("TQ==") == std::string("M"));
    CHECK(decode_base64("TWE=") == std::string("Ma"));
    CHECK(decode_base64("TWFu") == std::string("Man"));
    CHECK(decode_base64("TWE") == std::string("Ma"));  // padding left out
    CHECK(decode_base64("eyJh\nIjox\r\nfQ==") == std::string("{\"a\":1}"));  // lines wrapped
    CHECK(decode_base64("4bqh") == std::string("ạ"));
    CHECK(decode_base64("+/8=") == std::string("\xFB\xFF"));
    CHECK_FALSE(decode_base64("T"));        // a lone digit
    CHECK_FALSE(decode_base64("TQ=A"));     // data after padding
    CHECK_FALSE(decode_base64("TR=="));     // leftover bits that are not zero
    CHECK_FALSE(decode_base64("TW-u"));     // base64url is not what HAR files use
    CHECK_FALSE(decode_base64("TWE==="));   // too much padding
}
