#include "portal_capture.hpp"

#include <cstdint>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/assessment.hpp"
#include "core/base64.hpp"
#include "core/rounding.hpp"
#include "core/rubric.hpp"
#include "core/score.hpp"

namespace dvcscore::bench {
namespace {

using J = nlohmann::ordered_json;

J load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return J::parse(text.str());
}

struct Unit {
    std::string id, code, name, level;
    Assessment figures;
    ScoreCard card;
};

class Maker {
public:
    explicit Maker(const Rubric& rubric) : rubric_(rubric), rng_(766) {}

    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng_);
    }
    // A count out of `d`, mostly high rates as the portal shows them.
    std::int64_t part(std::int64_t d) { return d == 0 ? 0 : between(d / 2, d); }

    void counts(Assessment& a, const char* code, std::int64_t n, std::int64_t d) {
        a.entries[index(code)] = Entry::counts(static_cast<double>(n), static_cast<double>(d));
    }
    std::size_t index(const char* code) const { return *rubric_.find_criterion(code); }
    const Entry& entry(const Unit& u, const char* code) const { return *u.figures.entries[index(code)]; }
    double points(const Unit& u, const char* code) const { return u.card.criteria[index(code)].points; }
    double shown(const Unit& u, const char* code) const { return u.card.criteria[index(code)].percent; }
    double group(const Unit& u, const char* code) const {
        for (std::size_t g = 0; g < rubric_.groups.size(); ++g)
            if (rubric_.groups[g].code == code) return u.card.groups[g];
        return 0;
    }

    const Rubric& rubric_;
    std::mt19937_64 rng_;
};

}  // namespace

std::string synthesize_portal_capture(const std::string& samples, int unit_count) {
    const Rubric& rubric = default_rubric();
    Maker m(rubric);
    const J dvc = load(samples + "/dvc-progress-tree_quarter_all_PhuTho.json");
    const J provide = load(samples + "/provide-online-tree_year_formality_PhuTho.json");
    const J payment = load(samples + "/formality-online-payment-tree_year_SYNTHETIC.json");
    const J transparency = load(samples + "/transparency_year_GiaLai.json");
    const J ranking = load(samples + "/service-results_year_national.json");
    const J elements = load(samples + "/handling-satisfaction_and_dossier-digitized_entries_GiaLai.json");
    const J& satisfaction_unit = elements.at("handling-satisfaction: data.evaluation[] entry");
    const J& digitized_unit = elements.at("dossier-digitized: data.evaluation[] entry");

    // ---- the units and their figures --------------------------------------------------
    std::vector<Unit> units(static_cast<std::size_t>(unit_count));
    for (int i = 0; i < unit_count; ++i) {
        Unit& u = units[static_cast<std::size_t>(i)];
        char id[64];
        std::snprintf(id, sizeof id, "019d2be3-0000-7000-8000-%012d", i);
        u.id = id;
        u.code = i == 0 ? "H44" : "H44." + std::to_string(100 + i);
        u.name = i == 0 ? "UBND tỉnh Phú Thọ" : "UBND xã Số " + std::to_string(i);
        u.level = i == 0 ? "PROVINCE" : "COMMUNE";
        Assessment& a = u.figures = Assessment::blank(rubric);
        if (i == 0) {
            const std::int64_t published = m.between(40, 120);
            m.counts(a, "PUBLISH_ON_TIME", m.part(published), published);
            m.counts(a, "PUBLIC_UPDATE_ON_TIME", m.part(published), published);
            m.counts(a, "PUBLIC_CONTENT_FULL", m.part(published), published);
        } else {  // a commune shows its province's 1.1–1.3
            for (const char* code : {"PUBLISH_ON_TIME", "PUBLIC_UPDATE_ON_TIME", "PUBLIC_CONTENT_FULL"}) {
                a.entries[m.index(code)] = units[0].figures.entries[m.index(code)];
                a.entries[m.index(code)]->inherited = true;
            }
        }
        const std::int64_t received = m.between(0, i == 0 ? 600000 : 9000);
        m.counts(a, "DOSSIER_SYNC", received, received);
        m.counts(a, "ON_TIME", m.part(received), received);
        a.entries[m.index("AVG_DAYS")] = Entry::of_value(static_cast<double>(m.between(50, 900)) / 100);
        const std::int64_t authority = m.between(20, 120);
        m.counts(a, "ONLINE_PROVISION", m.part(authority), authority);
        const std::int64_t services = m.between(1, 300);
        m.counts(a, "HAS_ONLINE", m.part(services), services);
        m.counts(a, "ONLINE_DOSSIERS", m.part(received), received);
        const std::int64_t fees = m.between(0, 60), obligations = m.between(0, 3000);
        m.counts(a, "PAY_PROVISION", m.part(fees), fees);
        m.counts(a, "PAY_FORMALITIES", m.part(fees), fees);
        m.counts(a, "PAY_DOSSIERS", m.part(obligations), obligations);
        for (const char* code : {"ORIGINAL_RESULT_AVAILABLE", "SO_HOA_GIAY_TO_GIAI_QUYET", "REUSED_DIGITIZED_DATA",
                                 "SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "CITIZEN_DATA_CONNECTED_DOSSIER"})
            m.counts(a, code, m.part(received), received);
        const std::int64_t formalities = m.between(10, 200);
        m.counts(a, "CITIZEN_DATA_CONNECTED_FORMALITY", m.part(formalities), formalities);
        a.entries[m.index("ELECTRONIC_CERTIFIED_COPY")] = Entry::of_percent(100);
        const std::int64_t petitions = m.between(0, 40);
        m.counts(a, "PETITION_CLASSIFICATION", m.part(petitions), petitions);
        m.counts(a, "PETITION_PROCESSING_ON_TIME", m.part(petitions), petitions);
        m.counts(a, "PETITION_HANDLING_SATISFACTION", m.part(petitions), petitions);
        m.counts(a, "DOSSIER_RECEIVING_SATISFACTION", m.part(received), received);
        u.card = score(rubric, a);
    }

    // ---- the responses, built from the samples' objects ---------------------------------
    auto name_it = [](J& node, const Unit& u, bool with_level) {
        node["departmentId"] = u.id;
        node["departmentName"] = u.name;
        node["departmentCode"] = u.code;
        if (with_level) node["level"] = u.level;
    };
    auto count_of = [&](const Unit& u, const char* code, bool numerator) {
        const Entry& e = m.entry(u, code);
        return static_cast<std::int64_t>(numerator ? e.numerator : e.denominator);
    };
    auto tree = [&](const J& sample, const J& child_sample, const std::function<void(J&, const Unit&)>& fill,
                    const char* group, const char* child_score) {
        J response = sample;
        J& data = response["data"];
        J& parent = data["parent"];
        name_it(parent, units[0], false);
        fill(parent, units[0]);
        parent["totalScore"] = m.group(units[0], group);
        J children = J::array();
        for (std::size_t i = 1; i < units.size(); ++i) {
            J child = child_sample;
            name_it(child, units[i], true);
            fill(child, units[i]);
            child[child_score] = m.group(units[i], group);
            children.push_back(std::move(child));
        }
        data["children"] = std::move(children);
        return response;
    };
    const J dvc_response = tree(dvc, dvc["data"]["children"][2], [&](J& node, const Unit& u) {
        node["totalReceived"] = count_of(u, "ON_TIME", false);
        node["totalOnTime"] = count_of(u, "ON_TIME", true);
        node["totalOverdue"] = count_of(u, "ON_TIME", false) - count_of(u, "ON_TIME", true);
        node["avgProcessingDays"] = m.entry(u, "AVG_DAYS").value;
        node["ratio"] = m.shown(u, "ON_TIME");
    }, "TDGQ", "score");
    J provide_child = provide["data"]["parent"];  // children in the sample carry only a score
    provide_child["level"] = "COMMUNE";
    const J provide_response = tree(provide, provide_child, [&](J& node, const Unit& u) {
        const std::int64_t offered = count_of(u, "ONLINE_PROVISION", true);
        node["authorityCount"] = count_of(u, "ONLINE_PROVISION", false);
        node["partialCount"] = offered / 2;
        node["fullCount"] = offered - offered / 2;
        node["onlineDossierCount"] = count_of(u, "HAS_ONLINE", true);
        node["onlineServiceTotal"] = count_of(u, "HAS_ONLINE", false);
        node["channelOnlineSum"] = count_of(u, "ONLINE_DOSSIERS", true);
        node["channelTotalSum"] = count_of(u, "ONLINE_DOSSIERS", false);
        node["channelDirectSum"] = count_of(u, "ONLINE_DOSSIERS", false) - count_of(u, "ONLINE_DOSSIERS", true);
    }, "CLGQ", "totalScore");
    const J payment_response = tree(payment, payment["data"]["children"][0], [&](J& node, const Unit& u) {
        node["totalFeeFormality"] = count_of(u, "PAY_PROVISION", false);
        node["totalFeeDossierFormality"] = count_of(u, "PAY_PROVISION", true);
        node["totalFeeDossierFormalityDistinct"] = count_of(u, "PAY_PROVISION", true);
        node["totalDossierOnlineFormalityPaymentSuccess"] = count_of(u, "PAY_FORMALITIES", true);
        node["totalDossierFinancialObligation"] = count_of(u, "PAY_DOSSIERS", false);
        node["totalDossierOnlinePaymentSuccess"] = count_of(u, "PAY_DOSSIERS", true);
    }, "TTTT", "totalScore");

    // Metric endpoints: the overview is the province, evaluation[] every unit.
    auto metrics = [&](const J& sample_unit, const char* group, const std::vector<std::pair<const char*, const char*>>& codes) {
        auto unit_json = [&](const Unit& u) {
            J node = sample_unit;
            node["departmentId"] = u.id;
            node["departmentName"] = u.name;
            node["departmentCode"] = u.code;
            node["departmentLevel"] = u.level;
            node["totalScore"] = m.group(u, group);
            J list = J::array();
            const J& sample_metrics = sample_unit["metrics"];
            for (std::size_t k = 0; k < codes.size(); ++k) {
                J metric = sample_metrics[k < sample_metrics.size() ? k : 0];
                metric["code"] = codes[k].first;
                if (codes[k].second == nullptr) {  // shown by the portal, no criterion
                    metric["numerator"] = 0;
                    metric["denominator"] = 0;
                    metric["ratio"] = nullptr;
                } else if (m.entry(u, codes[k].second).kind == EntryKind::Percent) {
                    metric["numerator"] = nullptr;
                    metric["denominator"] = nullptr;
                    metric["ratio"] = m.entry(u, codes[k].second).percent;
                    metric["score"] = m.points(u, codes[k].second);
                } else {
                    metric["numerator"] = count_of(u, codes[k].second, true);
                    metric["denominator"] = count_of(u, codes[k].second, false);
                    metric["ratio"] = m.shown(u, codes[k].second);
                    metric["score"] = m.points(u, codes[k].second);
                }
                list.push_back(std::move(metric));
            }
            node["metrics"] = std::move(list);
            return node;
        };
        J evaluation = J::array();
        for (const Unit& u : units) evaluation.push_back(unit_json(u));
        return J{{"code", "OK"},
                 {"data", {{"overview", unit_json(units[0])}, {"monthlyChart", J::array()}, {"evaluation", evaluation}}},
                 {"message", "OK"}};
    };
    const J transparency_response = metrics(transparency["data"]["overview"], "CKMB",
                                            {{"PUBLISH_ON_TIME", "PUBLISH_ON_TIME"},
                                             {"PUBLIC_UPDATE_ON_TIME", "PUBLIC_UPDATE_ON_TIME"},
                                             {"PUBLIC_CONTENT_FULL", "PUBLIC_CONTENT_FULL"},
                                             {"DOSSIER_SYNC", "DOSSIER_SYNC"}});
    const J digitized_response = metrics(digitized_unit, "MDSH",
                                         {{"ORIGINAL_RESULT_AVAILABLE", "ORIGINAL_RESULT_AVAILABLE"},
                                          {"SO_HOA_GIAY_TO_GIAI_QUYET", "SO_HOA_GIAY_TO_GIAI_QUYET"},
                                          {"REUSED_DIGITIZED_DATA", "REUSED_DIGITIZED_DATA"},
                                          {"SYNCED_WITH_DVCQG_PERSONAL_STORAGE", "SYNCED_WITH_DVCQG_PERSONAL_STORAGE"},
                                          {"CITIZEN_DATA_CONNECTED_DOSSIER", "CITIZEN_DATA_CONNECTED_DOSSIER"},
                                          {"CITIZEN_DATA_CONNECTED_FORMALITY", "CITIZEN_DATA_CONNECTED_FORMALITY"},
                                          {"ELECTRONIC_CERTIFIED_COPY", "ELECTRONIC_CERTIFIED_COPY"}});
    const J satisfaction_response = metrics(satisfaction_unit, "MDHL",
                                            {{"PETITION_CLASSIFICATION_TTHC", "PETITION_CLASSIFICATION"},
                                             {"DOSSIER_RECEIVING_SATISFACTION", "DOSSIER_RECEIVING_SATISFACTION"},
                                             {"PETITION_PROCESSING_ON_TIME", "PETITION_PROCESSING_ON_TIME"},
                                             {"PETITION_HANDLING_SATISFACTION", "PETITION_HANDLING_SATISFACTION"},
                                             {"PETITION_CLASSIFICATION_STAFF", nullptr}});

    // service-results: the headline of every unit.
    J ranking_response = ranking;
    J evaluation = J::array();
    for (const Unit& u : units) {
        J node = ranking["data"]["evaluation"][0];
        node["departmentId"] = u.id;
        node["departmentName"] = u.name;
        node["departmentCode"] = u.code;
        node["totalScore"] = u.card.total;
        node["ratio"] = u.card.total;
        J groups = J::object();
        for (const char* g : {"CKMB", "TDGQ", "CLGQ", "TTTT", "MDHL", "MDSH"}) groups[g] = m.group(u, g);
        node["groupScores"] = std::move(groups);
        evaluation.push_back(std::move(node));
    }
    ranking_response["data"]["evaluation"] = std::move(evaluation);

    // ---- the HAR ---------------------------------------------------------------------------
    J entries = J::array();
    auto add = [&](const char* endpoint, const J& body, const J& response, bool in_base64) {
        const std::string text = response.dump();
        J content = {{"size", text.size()}, {"mimeType", "application/json"}, {"text", in_base64 ? encode_base64(text, Base64::Standard) : text}};
        if (in_base64) content["encoding"] = "base64";
        entries.push_back({{"request",
                            {{"method", "POST"},
                             {"url", std::string("https://dichvucong.gov.vn/api/v1/reporting/evaluation/") + endpoint},
                             {"postData", {{"mimeType", "application/json"}, {"text", body.dump()}}}}},
                           {"response", {{"status", 201}, {"content", content}}}});
    };
    const J year = {{"timeType", "year"}, {"year", 2026}, {"rootDepartmentId", units[0].id}, {"pageSize", unit_count}};
    add("service-results", {{"timeType", "year"}, {"year", 2026}, {"departmentType", "ADMINISTRATIVE_UNIT"}},
        ranking_response, false);
    add("transparency", year, transparency_response, true);
    add("dvc-progress-tree", year, dvc_response, false);
    add("provide-online-tree", year, provide_response, false);
    add("formality-online-payment-tree", year, payment_response, false);
    add("dossier-digitized", year, digitized_response, false);
    add("handling-satisfaction",
        {{"fromDate", "2026-01-01"}, {"toDate", "2026-12-31"}, {"rootDepartmentId", units[0].id}},
        satisfaction_response, true);
    const J har = {{"log", {{"version", "1.2"}, {"creator", {{"name", "dvcscore bench"}, {"version", "1"}}}, {"entries", entries}}}};
    return har.dump(2) + "\n";
}

}  // namespace dvcscore::bench
