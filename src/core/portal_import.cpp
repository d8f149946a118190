#include "portal_import.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <unordered_map>

#include "har.hpp"
#include "json_checks.hpp"
#include "json_path.hpp"
#include "json_text.hpp"
#include "number_text.hpp"
#include "portal_period.hpp"
#include "utf8_text.hpp"

namespace dvcscore {
namespace {

constexpr Endpoint kEndpoints[] = {
    Endpoint::ServiceResults,   Endpoint::Transparency,     Endpoint::DvcProgressTree,
    Endpoint::ProvideOnlineTree, Endpoint::FormalityOnlinePaymentTree, Endpoint::DossierDigitized,
    Endpoint::HandlingSatisfaction,
};

const char* const kEndpointList =
    "service-results, transparency, dvc-progress-tree, provide-online-tree, formality-online-payment-tree, "
    "dossier-digitized, handling-satisfaction";

// The group each detail endpoint publishes a total for.
const char* detail_group(Endpoint endpoint) {
    switch (endpoint) {
        case Endpoint::Transparency: return "CKMB";
        case Endpoint::DvcProgressTree: return "TDGQ";
        case Endpoint::ProvideOnlineTree: return "CLGQ";
        case Endpoint::FormalityOnlinePaymentTree: return "TTTT";
        case Endpoint::DossierDigitized: return "MDSH";
        case Endpoint::HandlingSatisfaction: return "MDHL";
        case Endpoint::ServiceResults: return nullptr;
    }
    return nullptr;
}

// The metric codes that tell the three metric endpoints apart.
bool is_transparency_metric(const std::string& c) {
    return c == "PUBLISH_ON_TIME" || c == "PUBLIC_UPDATE_ON_TIME" || c == "PUBLIC_CONTENT_FULL" || c == "DOSSIER_SYNC";
}
bool is_digitized_metric(const std::string& c) {
    return c == "ORIGINAL_RESULT_AVAILABLE" || c == "SO_HOA_GIAY_TO_GIAI_QUYET" || c == "REUSED_DIGITIZED_DATA" ||
           c == "SYNCED_WITH_DVCQG_PERSONAL_STORAGE" || c == "CITIZEN_DATA_CONNECTED_DOSSIER" ||
           c == "CITIZEN_DATA_CONNECTED_FORMALITY" || c == "ELECTRONIC_CERTIFIED_COPY";
}
bool is_satisfaction_metric(const std::string& c) {
    return c == "PETITION_CLASSIFICATION_TTHC" || c == "DOSSIER_RECEIVING_SATISFACTION" ||
           c == "PETITION_PROCESSING_ON_TIME" || c == "PETITION_HANDLING_SATISFACTION" ||
           c == "PETITION_CLASSIFICATION_STAFF";
}

// A department's or commune's figures that are its province's (rubric-qd766: "What a unit controls").
bool set_by_province(const std::string& code) {
    return code == "PUBLISH_ON_TIME" || code == "PUBLIC_UPDATE_ON_TIME" || code == "PUBLIC_CONTENT_FULL" ||
           code == "ONLINE_PROVISION";
}

bool has_any(const Json& object, std::initializer_list<const char*> keys) {
    if (!object.is_object()) return false;
    for (const char* k : keys)
        if (object.contains(k)) return true;
    return false;
}

std::optional<Endpoint> tree_shape(const Json& node) {
    if (has_any(node, {"totalReceived", "totalOnTime", "avgProcessingDays"})) return Endpoint::DvcProgressTree;
    if (has_any(node, {"authorityCount", "partialCount", "fullCount", "onlineServiceTotal", "channelTotalSum"}))
        return Endpoint::ProvideOnlineTree;
    if (has_any(node, {"totalFeeFormality", "totalFeeDossierFormality", "totalDossierFinancialObligation",
                       "totalDossierOnlinePaymentSuccess", "totalDossierOnlineFormalityPaymentSuccess"}))
        return Endpoint::FormalityOnlinePaymentTree;
    return std::nullopt;
}

// What one unit object (an evaluation[] element, an overview, a tree node) looks like it came from.
std::optional<Endpoint> unit_shape(const Json& unit) {
    if (!unit.is_object()) return std::nullopt;
    if (unit.contains("groupScores")) return Endpoint::ServiceResults;
    if (auto tree = tree_shape(unit)) return tree;
    const auto metrics = unit.find("metrics");
    if (metrics != unit.end() && metrics->is_array()) {
        for (const Json& m : *metrics) {
            const auto code = m.is_object() ? m.find("code") : m.end();
            if (!m.is_object() || code == m.end() || !code->is_string()) continue;
            const std::string& c = code->get_ref<const std::string&>();
            if (is_transparency_metric(c)) return Endpoint::Transparency;
            if (is_digitized_metric(c)) return Endpoint::DossierDigitized;
            if (is_satisfaction_metric(c)) return Endpoint::HandlingSatisfaction;
        }
    }
    if (has_any(unit, {"totalPetitions", "classifiedPetitions", "totalDossiers"})) return Endpoint::HandlingSatisfaction;
    return std::nullopt;
}

// What a response's data looks like it came from.
std::optional<Endpoint> data_shape(const Json& data) {
    if (!data.is_object()) return std::nullopt;
    const auto parent = data.find("parent");
    if (parent != data.end()) {
        if (auto shape = tree_shape(*parent)) return shape;
        const auto children = data.find("children");
        if (children != data.end() && children->is_array())
            for (const Json& child : *children)
                if (auto shape = tree_shape(child)) return shape;
        return std::nullopt;
    }
    if (has_any(data, {"radar", "donuts", "growthPercent"})) return Endpoint::ServiceResults;
    const auto overview = data.find("overview");
    if (overview != data.end())
        if (auto shape = unit_shape(*overview)) return shape;
    const auto evaluation = data.find("evaluation");
    if (evaluation != data.end() && evaluation->is_array())
        for (const Json& unit : *evaluation)
            if (auto shape = unit_shape(unit)) return shape;
    return std::nullopt;
}

// An object key naming an endpoint: "TRANSPARENCY", "dvc_progress_tree",
// "handling-satisfaction: data.evaluation[] entry".
std::optional<Endpoint> endpoint_of_key(std::string_view key) {
    std::string k;
    for (char c : key) k += c == '_' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (Endpoint e : kEndpoints) {
        const std::string name = endpoint_name(e);
        if (k.compare(0, name.size(), name) != 0) continue;
        if (k.size() == name.size()) return e;
        const char next = k[name.size()];
        const bool word = (next >= 'a' && next <= 'z') || (next >= '0' && next <= '9') || next == '-';
        if (!word) return e;
    }
    return std::nullopt;
}

// Members every assessment may have and no portal response has.
bool assessment_like(const Json& v) {
    return v.is_object() && (v.contains("values") || v.contains("unit") || v.contains("period") || v.contains("format"));
}

// ---- places -----------------------------------------------------------------------------

struct Where {
    std::size_t doc = 0;
    std::vector<PathStep> steps;  // from the root of the document's JSON text
};

struct Document {
    std::string source;
    std::string_view text;  // plain documents: the file's text, for line numbers
    bool embedded = false;  // a response inside a HAR file: one line, a path prefix
    int line = 0;
    std::string prefix;  // $.log.entries[3].response.content.text
};

template <typename T>
struct Fact {
    T value;
    Where where;
};

// One unit as one response shows it.
struct Record {
    std::string id, code, name, level;
    std::optional<std::size_t> under;  // the record of the unit it is listed under
    Where where;
    std::vector<std::pair<std::size_t, Fact<Entry>>> entries;  // by criterion index
    std::vector<std::pair<std::size_t, Fact<Entry>>> not_scored;
    std::vector<std::pair<std::size_t, Fact<double>>> headline;  // by group index
    std::optional<Fact<std::optional<double>>> total;
    std::vector<std::pair<std::size_t, Fact<PublishedScore>>> details;
};

struct PeriodSeen {
    Period period;
    Where where;
};

std::string figures_text(const Entry& e) {
    switch (e.kind) {
        case EntryKind::Counts: return format_number(e.numerator) + "/" + format_number(e.denominator);
        case EntryKind::Percent: return format_number(e.percent) + "%";
        case EntryKind::Value: return format_number(e.value);
    }
    return "";
}

class Importer {
public:
    Importer(const Rubric& rubric, PortalImport& out) : rubric_(rubric), out_(out) {
        for (std::size_t g = 0; g < rubric.groups.size(); ++g) group_index_.emplace(rubric.groups[g].code, g);
    }

    void add(const PortalFile& file) {
        const std::optional<std::string_view> input = input_text(file.text, file.source, out_.errors);
        if (!input) return;
        const std::string_view text = *input;
        if (trimmed(text).empty()) {
            whole_file_error(file.source, "tệp rỗng: không có phản hồi nào của Cổng");
            return;
        }
        const std::optional<Json> read = read_json(text, file.source, out_.errors);
        if (!read) return;
        Document doc;
        doc.source = std::string(file.source);
        doc.text = text;
        docs_.push_back(std::move(doc));
        const std::size_t index = docs_.size() - 1;
        const Json& v = *read;
        const PathNode root;
        if (looks_like_har(v)) return add_har(v, text, file.source);
        with_document(index, text, [&](JsonChecker& check) {
            if (v.is_array()) {
                if (v.empty()) return check.error(root, "mảng rỗng: không có phản hồi nào của Cổng");
                for (std::size_t i = 0; i < v.size(); ++i) {
                    const PathNode at = root.item(i);
                    if (!is_response(v[i])) {
                        check.error(at, std::string("cần một phản hồi của Cổng {\"code\": …, \"data\": …}, không phải ") +
                                            describe_value(v[i]));
                        continue;
                    }
                    read_response(v[i], at, std::nullopt, nullptr);
                }
            } else if (is_response(v)) {
                read_response(v, root, std::nullopt, nullptr);
            } else if (v.is_object() && !assessment_like(v) && !v.empty()) {
                read_named(v, root);
            } else {
                check.error(root, not_portal_data(v));
            }
        });
    }

    void finish() {
        if (out_.errors.empty()) merge();
        if (!out_.errors.empty()) out_.assessments.clear();
    }

private:
    // ---- documents and messages --------------------------------------------------------

    // Reads one document's JSON (`text`, for line numbers) with `read(checker)`.
    template <typename F>
    void with_document(std::size_t doc, std::string_view text, F&& read) {
        Diagnostics found;
        JsonChecker check(text, docs_[doc].source, 1, found);
        doc_ = doc;
        check_ = &check;
        checked_ = &found;
        read(check);
        // The checker's messages inside a HAR's response name the entry's line and path.
        for (Diagnostic& d : found) {
            if (docs_[doc].embedded) reposition(d, docs_[doc]);
            out_.errors.push_back(std::move(d));
        }
        check_ = nullptr;
        checked_ = nullptr;
    }

    // Errors so far, the current document's checker's included.
    std::size_t error_count() const { return out_.errors.size() + (checked_ ? checked_->size() : 0); }

    static void reposition(Diagnostic& d, const Document& doc) {
        d.source = doc.source;
        d.line = doc.line;
        d.path = d.path.empty() || d.path == "$" ? doc.prefix : doc.prefix + " → " + d.path;
    }

    void whole_file_error(std::string_view source, std::string message) {
        Diagnostic d;
        d.source = std::string(source);
        d.message = std::move(message);
        out_.errors.push_back(std::move(d));
    }

    Where here(const PathNode& at) const { return Where{doc_, steps_of(at)}; }

    Diagnostic place(const Where& where) const {
        const Document& doc = docs_[where.doc];
        Diagnostic d;
        d.source = doc.source;
        if (doc.embedded) {
            d.line = doc.line;
            d.path = where.steps.empty() ? doc.prefix : doc.prefix + " → " + path_string(where.steps);
        } else {
            d.line = line_of(doc.text, where.steps);
            d.path = path_string(where.steps);
        }
        return d;
    }

    void error_at(const Where& where, std::string message) {
        Diagnostic d = place(where);
        d.message = std::move(message);
        out_.errors.push_back(std::move(d));
    }

    void warn(const Where& where, std::string message) {
        Diagnostic d = place(where);
        d.message = std::move(message);
        out_.warnings.push_back(std::move(d));
    }

    std::string place_text(const Where& where) const {
        Diagnostic d = place(where);
        d.message.clear();
        std::string s = d.to_string();
        while (!s.empty() && (s.back() == ' ' || s.back() == ':')) s.pop_back();
        return s;
    }

    static bool is_response(const Json& v) { return v.is_object() && (v.contains("code") || v.contains("data")); }


    static std::string describe_value(const Json& v) {
        if (v.is_object()) return "một đối tượng không có \"code\" và \"data\"";
        return json_type_name(v);
    }

    static std::string not_portal_data(const Json& v) {
        std::string what = "không phải dữ liệu của Cổng Dịch vụ công: cần một phản hồi {\"code\": \"OK\", \"data\": …} "
                           "của một trong các API (" +
                           std::string(kEndpointList) +
                           "), một mảng hoặc đối tượng gồm các phản hồi đó, hoặc một tệp HAR";
        if (assessment_like(v)) what += " (đây là một đánh giá dvcscore: dùng lệnh score)";
        else if (v.is_object() && v.empty()) what += " (đối tượng rỗng)";
        else if (!v.is_object()) what += std::string(" (nhận được ") + json_type_name(v) + ")";
        return what;
    }

    // ---- containers of responses -------------------------------------------------------

    // An object whose keys name endpoints; a value is a response, or one unit of one.
    void read_named(const Json& v, const PathNode& root) {
        for (auto it = v.begin(); it != v.end(); ++it) {
            const PathNode at = root.child(it.key());
            const auto named = endpoint_of_key(it.key());
            if (is_response(*it)) {
                read_response(*it, at, named, nullptr);
            } else if (named && it->is_object() && (it->contains("departmentId") || it->contains("departmentCode"))) {
                ++out_.responses;
                read_unit_of(*named, *it, at, std::nullopt, "");
            } else {
                check_->error(at, "cần một phản hồi của Cổng {\"code\": …, \"data\": …}" +
                                      std::string(named ? " hoặc một đơn vị của " + std::string(endpoint_name(*named))
                                                        : "; tên trường không chỉ ra API nào (" +
                                                              std::string(kEndpointList) + ")") +
                                      ", không phải " + describe_value(*it));
            }
        }
    }

    void add_har(const Json& har, std::string_view text, std::string_view source) {
        HarRead read = read_har(har, text, source, [](std::string_view url) { return endpoint_of_url(url).has_value(); });
        for (Diagnostic& d : read.errors) out_.errors.push_back(std::move(d));
        if (read.entries.empty() && read.errors.empty()) {
            whole_file_error(source, "tệp HAR không có phản hồi nào của bảng điều khiển đánh giá (các địa chỉ kết thúc bằng " +
                                         std::string(kEndpointList) + ")");
            return;
        }
        for (const HarEntry& entry : read.entries) {
            const Endpoint endpoint = *endpoint_of_url(entry.url);
            const std::string entry_path = "$.log.entries[" + std::to_string(entry.index) + "]";
            Document request_doc;
            request_doc.source = std::string(source);
            request_doc.embedded = true;
            request_doc.line = entry.request_line;
            request_doc.prefix = entry_path + ".request.postData.text";
            docs_.push_back(std::move(request_doc));
            const std::size_t request_index = docs_.size() - 1;
            Document doc;
            doc.source = std::string(source);
            doc.embedded = true;
            doc.line = entry.line;
            doc.prefix = entry_path + ".response.content.text";
            docs_.push_back(std::move(doc));
            const std::size_t index = docs_.size() - 1;
            JsonRead body = read_json(entry.response_text);
            if (body.error) {
                std::string message = body.error->message;
                if (entry.status >= 400) message = "Cổng trả về lỗi HTTP " + std::to_string(entry.status) + ": " + message;
                body.error->message = std::move(message);
                body.error->source = std::string(source);
                reposition(*body.error, docs_[index]);
                out_.errors.push_back(std::move(*body.error));
                continue;
            }
            with_document(index, entry.response_text, [&](JsonChecker& check) {
                const PathNode root;
                if (!is_response(body.value))
                    return check.error(root, std::string("phản hồi của ") + endpoint_name(endpoint) +
                                                 " phải là {\"code\": …, \"data\": …}, không phải " +
                                                 describe_value(body.value));
                Request request;
                request.body = entry.request_body ? &*entry.request_body : nullptr;
                request.where = Where{request_index, {}};
                read_response(body.value, root, endpoint, &request);
            });
        }
    }

    // ---- one response --------------------------------------------------------------------

    struct Request {
        const std::string* body = nullptr;  // the JSON the dashboard posted
        Where where;
    };

    void read_response(const Json& r, const PathNode& at, std::optional<Endpoint> named, const Request* request) {
        ++out_.responses;
        if (const Json* code = check_->member(r, at, "code", false)) {
            if (!code->is_string()) {
                check_->error(at.child("code"), std::string("phải là chuỗi, không phải ") + json_type_name(*code));
                return;
            }
            if (*code != "OK") {
                std::string message = "Cổng trả về lỗi (code \"" + shortened(code->get<std::string>(), 80) + "\"";
                if (const auto m = r.find("message"); m != r.end() && m->is_string())
                    message += ": " + shortened(m->get<std::string>(), 200);
                check_->error(at.child("code"), message + "), không có số liệu");
                return;
            }
        }
        const PathNode data_at = at.child("data");
        const Json* data = check_->member(r, at, "data", true);
        if (data == nullptr) return;
        if (!data->is_object()) {
            check_->error(data_at, std::string("phải là một đối tượng {…}, không phải ") + json_type_name(*data) +
                                       " (phản hồi bị cắt hoặc lỗi)");
            return;
        }
        const auto shape = data_shape(*data);
        if (named && shape && *named != *shape) {
            check_->error(at, std::string("được ghi là phản hồi của ") + endpoint_name(*named) +
                                  " nhưng có dạng của " + endpoint_name(*shape));
            return;
        }
        const auto endpoint = named ? named : shape;
        if (!endpoint) {
            check_->error(data_at, std::string("không nhận ra phản hồi của API nào (cần ") + kEndpointList +
                                       "): không có data.parent/children với số liệu, cũng không có "
                                       "data.overview/evaluation với metrics hoặc groupScores");
            return;
        }
        if (request && request->body) read_request(*request, *endpoint);

        switch (*endpoint) {
            case Endpoint::DvcProgressTree:
            case Endpoint::ProvideOnlineTree:
            case Endpoint::FormalityOnlinePaymentTree: return read_tree(*endpoint, *data, data_at);
            default: return read_ranking(*endpoint, *data, data_at);
        }
    }

    // data.parent and data.children[].
    void read_tree(Endpoint endpoint, const Json& data, const PathNode& at) {
        const PathNode parent_at = at.child("parent");
        const Json* parent = check_->member(data, at, "parent", true);
        std::optional<std::size_t> root;
        if (parent && !parent->is_null()) {
            if (!check_->is_object(*parent, parent_at)) return;
            // A parent naming no unit is an aggregate (the whole country): only its children count.
            if (names_a_unit(*parent)) root = read_unit_of(endpoint, *parent, parent_at, std::nullopt, "totalScore");
        }
        const PathNode children_at = at.child("children");
        const Json* children = check_->member(data, at, "children", false);
        if (children == nullptr || children->is_null()) return;
        if (!children->is_array()) {
            check_->error(children_at, std::string("phải là một mảng […], không phải ") + json_type_name(*children));
            return;
        }
        for (std::size_t i = 0; i < children->size(); ++i) {
            const PathNode child_at = children_at.item(i);
            if (!check_->is_object((*children)[i], child_at)) continue;
            read_unit_of(endpoint, (*children)[i], child_at, root, "");
        }
    }

    // data.overview and data.evaluation[].
    void read_ranking(Endpoint endpoint, const Json& data, const PathNode& at) {
        const PathNode overview_at = at.child("overview");
        const Json* overview = check_->member(data, at, "overview", false);
        std::optional<std::size_t> root;
        if (overview && !overview->is_null()) {
            if (!check_->is_object(*overview, overview_at)) return;
            // The national ranking's overview is "Cả nước", no unit: nothing of it is scored.
            if (names_a_unit(*overview)) root = read_unit_of(endpoint, *overview, overview_at, std::nullopt, "");
        }
        const PathNode evaluation_at = at.child("evaluation");
        const Json* evaluation = check_->member(data, at, "evaluation", false);
        if (evaluation == nullptr || evaluation->is_null()) return;
        if (!evaluation->is_array()) {
            check_->error(evaluation_at, std::string("phải là một mảng […], không phải ") + json_type_name(*evaluation));
            return;
        }
        for (std::size_t i = 0; i < evaluation->size(); ++i) {
            const PathNode unit_at = evaluation_at.item(i);
            if (!check_->is_object((*evaluation)[i], unit_at)) continue;
            read_unit_of(endpoint, (*evaluation)[i], unit_at, root, "");
        }
    }

    static bool names_a_unit(const Json& v) {
        for (const char* key : {"departmentId", "departmentCode"}) {
            const auto it = v.find(key);
            if (it != v.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) return true;
        }
        return false;
    }

    // A department field that may be absent or null.
    std::string optional_text(const Json& v, const PathNode& at, const char* key) {
        const auto it = v.find(key);
        if (it == v.end() || it->is_null()) return "";
        if (!it->is_string()) {
            check_->error(at.child(key), std::string("phải là chuỗi, không phải ") + json_type_name(*it));
            return "";
        }
        return it->get<std::string>();
    }

    // One unit object of `endpoint`: who it is and its figures. `score_key` names its
    // published group total ("" for the endpoint's usual one).
    std::optional<std::size_t> read_unit_of(Endpoint endpoint, const Json& v, const PathNode& at,
                                            std::optional<std::size_t> under, const char* score_key) {
        const std::size_t errors_before = error_count();
        Record r;
        r.id = optional_text(v, at, "departmentId");
        r.code = optional_text(v, at, "departmentCode");
        r.level = optional_text(v, at, "level");
        if (r.level.empty()) r.level = optional_text(v, at, "departmentLevel");
        r.where = here(at);
        r.under = under;
        if (error_count() != errors_before) return std::nullopt;
        if (r.id.empty() && r.code.empty()) {
            check_->error(at, "đơn vị không có departmentId hay departmentCode: không biết là đơn vị nào");
            return std::nullopt;
        }
        const auto name = check_->string(v, at, "departmentName", true);
        if (!name) return std::nullopt;
        r.name = *name;

        switch (endpoint) {
            case Endpoint::ServiceResults: read_headline(r, v, at); break;
            case Endpoint::DvcProgressTree:
                read_counts(r, v, at, "ON_TIME", {"totalOnTime"}, "totalReceived");
                read_value(r, v, at, "AVG_DAYS", "avgProcessingDays");
                break;
            case Endpoint::ProvideOnlineTree:
                read_counts(r, v, at, "ONLINE_PROVISION", {"partialCount", "fullCount"}, "authorityCount");
                read_counts(r, v, at, "HAS_ONLINE", {"onlineDossierCount"}, "onlineServiceTotal");
                read_counts(r, v, at, "ONLINE_DOSSIERS", {"channelOnlineSum"}, "channelTotalSum");
                break;
            case Endpoint::FormalityOnlinePaymentTree:
                read_counts(r, v, at, "PAY_PROVISION", {"totalFeeDossierFormality"}, "totalFeeFormality");
                read_counts(r, v, at, "PAY_FORMALITIES", {"totalDossierOnlineFormalityPaymentSuccess"}, "totalFeeFormality");
                read_counts(r, v, at, "PAY_DOSSIERS", {"totalDossierOnlinePaymentSuccess"}, "totalDossierFinancialObligation");
                break;
            case Endpoint::Transparency:
            case Endpoint::DossierDigitized:
            case Endpoint::HandlingSatisfaction: read_metrics(r, v, at); break;
        }
        if (endpoint != Endpoint::ServiceResults) {
            // Tree children publish "score" (dvc-progress-tree) or "totalScore"; the rest "totalScore".
            const char* key = *score_key ? score_key : v.contains("totalScore") ? "totalScore" : "score";
            if (auto score = published_score(v, at, key)) {
                if (auto g = group(detail_group(endpoint)))
                    r.details.push_back({*g, {PublishedScore{*score, endpoint_name(endpoint)}, here(at.child(key))}});
            }
        }
        if (error_count() != errors_before) return std::nullopt;
        records_.push_back(std::move(r));
        return records_.size() - 1;
    }

    std::optional<std::size_t> group(const char* code) const {
        if (code == nullptr) return std::nullopt;
        const auto it = group_index_.find(code);
        if (it == group_index_.end()) return std::nullopt;
        return it->second;
    }

    // A score the portal published: null is no score (a warning), a number must not be negative.
    std::optional<double> published_score(const Json& v, const PathNode& at, const char* key) {
        const auto it = v.find(key);
        if (it == v.end()) return std::nullopt;
        if (it->is_null()) {
            warn(here(at.child(key)), "điểm là null: không có điểm Cổng công bố để đối chiếu");
            return std::nullopt;
        }
        const auto x = check_->number(v, at, key, true);
        if (x && *x < 0) {
            check_->error(at.child(key), "điểm không được âm");
            return std::nullopt;
        }
        return x;
    }

    // service-results: groupScores and totalScore.
    void read_headline(Record& r, const Json& v, const PathNode& at) {
        if (const Json* groups = check_->member(v, at, "groupScores", false); groups && !groups->is_null()) {
            const PathNode groups_at = at.child("groupScores");
            if (!check_->is_object(*groups, groups_at)) return;
            for (auto it = groups->begin(); it != groups->end(); ++it) {
                const auto g = group(it.key().c_str());
                if (!g) {
                    warn(here(groups_at.child(it.key())), "nhóm \"" + it.key() + "\" không có trong bộ tiêu chí " +
                                                              rubric_.id + ": bỏ qua");
                    continue;
                }
                if (auto score = published_score(*groups, groups_at, it.key().c_str()))
                    r.headline.push_back({*g, {*score, here(groups_at.child(it.key()))}});
            }
        }
        if (v.contains("totalScore")) {
            const Where where = here(at.child("totalScore"));
            if (v["totalScore"].is_null()) r.total = Fact<std::optional<double>>{std::nullopt, where};
            else if (auto total = published_score(v, at, "totalScore")) r.total = Fact<std::optional<double>>{*total, where};
        }
    }

    // A count: a whole number from 0 to 2^53. A field two criteria share (3.4 and 3.5 both
    // divide by totalFeeFormality) is reported once.
    std::optional<double> count(const Json& v, const PathNode& at, const char* key) {
        const std::size_t errors_before = checked_->size();
        std::optional<double> x;
        const auto it = v.find(key);
        if (it == v.end()) {
            check_->error(at, std::string("thiếu trường \"") + key + "\"");
        } else if (it->is_null()) {
            check_->error(at.child(key), "là null: Cổng không trả số liệu này");
        } else if ((x = check_->number(v, at, key, true)) && (*x < 0 || *x != std::floor(*x) || *x > kMaxCount)) {
            check_->error(at.child(key), "phải là số đếm (số nguyên từ 0), không phải " + format_number(*x));
            x.reset();
        }
        if (checked_->size() == errors_before + 1) {
            const Diagnostic& added = checked_->back();
            for (std::size_t i = 0; i < errors_before; ++i)
                if ((*checked_)[i].path == added.path && (*checked_)[i].message == added.message) {
                    checked_->pop_back();
                    break;
                }
        }
        return x;
    }

    // A tree's counts: numerator = the sum of `numerators`, over `denominator`. A node without
    // any of these fields has no such figures (the children of provide-online-tree).
    void read_counts(Record& r, const Json& v, const PathNode& at, const char* code,
                     std::initializer_list<const char*> numerators, const char* denominator) {
        bool any = v.contains(denominator);
        for (const char* n : numerators) any = any || v.contains(n);
        if (!any) return;
        double n = 0;
        bool ok = true;
        for (const char* key : numerators) {
            const auto x = count(v, at, key);
            ok = ok && x;
            if (x) n += *x;
        }
        const auto d = count(v, at, denominator);
        if (!ok || !d) return;
        add_entry(r, code, Entry::counts(n, *d), here(at.child(*numerators.begin())));
    }

    void read_value(Record& r, const Json& v, const PathNode& at, const char* code, const char* key) {
        const auto it = v.find(key);
        if (it == v.end()) return;
        if (it->is_null()) {
            warn(here(at.child(key)), "là null: chỉ tiêu coi như chưa nhập");
            return;
        }
        if (const auto x = check_->number(v, at, key, true)) add_entry(r, code, Entry::of_value(*x), here(at.child(key)));
    }

    // metrics[]: codes as the rubric's, counts or (with none) the shown rate as a percent.
    void read_metrics(Record& r, const Json& v, const PathNode& at) {
        const PathNode metrics_at = at.child("metrics");
        const Json* metrics = check_->member(v, at, "metrics", true);
        if (metrics == nullptr) return;
        if (!metrics->is_array()) {
            check_->error(metrics_at, std::string("phải là một mảng […], không phải ") + json_type_name(*metrics));
            return;
        }
        for (std::size_t i = 0; i < metrics->size(); ++i) {
            const Json& m = (*metrics)[i];
            const PathNode m_at = metrics_at.item(i);
            if (!check_->is_object(m, m_at)) continue;
            const auto metric = check_->string(m, m_at, "code", true);
            if (!metric) continue;
            std::string code = *metric;
            if (code == "PETITION_CLASSIFICATION_STAFF") continue;  // shown by the portal, no criterion (maxScore 0)
            if (code == "PETITION_CLASSIFICATION_TTHC") code = "PETITION_CLASSIFICATION";
            const auto numerator = m.find("numerator");
            const auto denominator = m.find("denominator");
            const bool has_n = numerator != m.end() && !numerator->is_null();
            const bool has_d = denominator != m.end() && !denominator->is_null();
            if (has_n || has_d) {
                const auto n = count(m, m_at, "numerator");
                const auto d = count(m, m_at, "denominator");
                if (n && d) add_entry(r, code, Entry::counts(*n, *d), here(m_at));
                continue;
            }
            // No counts (4.7 at every level): the rate the portal shows.
            const auto ratio = m.find("ratio");
            if (ratio == m.end() || ratio->is_null()) {
                check_->error(m_at, "tử số, mẫu số và tỷ lệ (ratio) đều null hoặc thiếu: không có số liệu");
                continue;
            }
            const auto p = check_->number(m, m_at, "ratio", true);
            if (!p) continue;
            if (*p < 0) {
                check_->error(m_at.child("ratio"), "tỷ lệ không được âm");
                continue;
            }
            add_entry(r, code, Entry::of_percent(*p), here(m_at));
        }
    }

    void add_entry(Record& r, const std::string& code, const Entry& entry, const Where& where) {
        const auto c = rubric_.find_criterion(code);
        if (!c) {
            warn(where, "chỉ tiêu \"" + code + "\" không có trong bộ tiêu chí " + rubric_.id + ": bỏ qua");
            return;
        }
        const Criterion& criterion = rubric_.criteria[*c];
        if (auto problem = check_entry_figures(criterion, entry)) {
            error_at(where, "chỉ tiêu " + criterion.number + ": " + problem->message);
            return;
        }
        if (auto problem = check_entry(criterion, entry)) {
            warn(where, "chỉ tiêu " + criterion.number + ": " + problem->message +
                            " — số liệu Cổng sai: giữ lại (not_scored) nhưng không tính điểm");
            r.not_scored.push_back({*c, {entry, where}});
            return;
        }
        r.entries.push_back({*c, {entry, where}});
    }

    // ---- the request: period, filters --------------------------------------------------

    void read_request(const Request& request, Endpoint endpoint) {
        const Where& where = request.where;
        JsonRead body = read_json(*request.body);
        if (body.error || !body.value.is_object()) {
            warn(where, std::string("không đọc được nội dung yêu cầu gửi tới ") + endpoint_name(endpoint) +
                            ": không biết kỳ đánh giá");
            return;
        }
        const Json& b = body.value;
        if (const auto f = b.find("formalityId"); f != b.end() && !f->is_null())
            warn(where, std::string("yêu cầu ") + endpoint_name(endpoint) +
                            " lọc theo một thủ tục (formalityId): số liệu chỉ của thủ tục đó, không phải của cả đơn vị");
        auto number_of = [&](const char* key) -> std::optional<int> {
            const auto it = b.find(key);
            if (it == b.end()) return std::nullopt;
            if (it->is_number_integer() || it->is_number_unsigned()) return it->get<int>();
            if (it->is_string()) {
                const auto x = parse_decimal(it->get<std::string>());
                if (x && *x == std::floor(*x) && *x > 0 && *x < 10000) return static_cast<int>(*x);
            }
            return std::nullopt;
        };
        std::optional<Period> period;
        const auto time_type = b.find("timeType");
        if (time_type != b.end() && time_type->is_string()) {
            const std::string type = time_type->get<std::string>();
            const auto year = number_of("year");
            if (year && *year >= 1000) {
                if (type == "year") period = year_period(*year);
                else if (auto q = number_of("quarter"); type == "quarter" && q && *q >= 1 && *q <= 4)
                    period = quarter_period(*year, *q);
                else if (auto m = number_of("month"); type == "month" && m && *m >= 1 && *m <= 12)
                    period = month_period(*year, *m);
            }
            if (!period)
                warn(where, "yêu cầu có timeType \"" + shortened(type) +
                                "\" nhưng không đủ year/quarter/month để biết kỳ đánh giá");
        } else {
            const auto from = b.find("fromDate");
            const auto to = b.find("toDate");
            if (from != b.end() && to != b.end() && from->is_string() && to->is_string()) {
                const auto f = parse_date(from->get<std::string>());
                const auto t = parse_date(to->get<std::string>());
                if (f && t && *f <= *t) period = range_period(*f, *t);
                else warn(where, "không đọc được fromDate/toDate của yêu cầu: không biết kỳ đánh giá");
            }
        }
        if (period) periods_.push_back(PeriodSeen{std::move(*period), where});
    }

    // The period every assessment gets: the whole periods must agree, and date ranges fit them.
    std::optional<std::string> agreed_period() {
        const PeriodSeen* whole = nullptr;
        for (const PeriodSeen& p : periods_) {
            if (p.period.range) continue;
            if (whole && whole->period.text != p.period.text) {
                error_at(p.where, "số liệu của hai kỳ khác nhau trộn lẫn: kỳ " + p.period.text + " ở đây, kỳ " +
                                      whole->period.text + " ở " + place_text(whole->where) +
                                      " — mỗi lần nhập chỉ một kỳ");
                return std::nullopt;
            }
            if (!whole) whole = &p;
        }
        const PeriodSeen* range = nullptr;
        for (const PeriodSeen& p : periods_) {
            if (!p.period.range) continue;
            const bool ok = whole ? fits(p.period, whole->period) : (!range || range->period.text == p.period.text);
            if (!ok) {
                const PeriodSeen& other = whole ? *whole : *range;
                error_at(p.where, "số liệu của hai kỳ khác nhau trộn lẫn: " + p.period.text + " ở đây, kỳ " +
                                      other.period.text + " ở " + place_text(other.where) +
                                      " — mỗi lần nhập chỉ một kỳ");
                return std::nullopt;
            }
            if (!range) range = &p;
        }
        if (whole) return whole->period.text;
        if (range) return range->period.text;
        return std::string();
    }

    // ---- merging units across responses ------------------------------------------------

    std::size_t find(std::vector<std::size_t>& parent, std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    template <typename T, typename Same, typename Show>
    void merge_facts(std::vector<std::optional<Fact<T>>>& into,
                     const std::vector<std::pair<std::size_t, Fact<T>>>& facts, const std::string& unit,
                     const std::function<std::string(std::size_t)>& what, Same same, Show show) {
        for (const auto& [index, fact] : facts) {
            auto& slot = into[index];
            if (!slot) {
                slot = fact;
            } else if (!same(slot->value, fact.value)) {
                error_at(fact.where, "đơn vị «" + unit + "» có hai số liệu khác nhau cho " + what(index) + ": " +
                                         show(fact.value) + " ở đây, " + show(slot->value) + " ở " +
                                         place_text(slot->where));
            }
        }
    }

    void merge() {
        const auto period = agreed_period();
        if (!period) return;

        // Units are the same when they share a departmentId or a departmentCode.
        std::vector<std::size_t> parent(records_.size());
        for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
        std::unordered_map<std::string, std::size_t> by_key;
        for (std::size_t i = 0; i < records_.size(); ++i) {
            for (const std::string& key : {records_[i].id.empty() ? std::string() : "id:" + records_[i].id,
                                           records_[i].code.empty() ? std::string() : "code:" + records_[i].code}) {
                if (key.empty()) continue;
                const auto [it, fresh] = by_key.emplace(key, i);
                if (fresh) continue;
                const std::size_t a = find(parent, it->second), b = find(parent, i);
                if (a != b) parent[std::max(a, b)] = std::min(a, b);
            }
        }
        std::vector<std::size_t> unit_of(records_.size());
        std::unordered_map<std::size_t, std::size_t> unit_of_root;
        std::vector<std::vector<std::size_t>> units;
        for (std::size_t i = 0; i < records_.size(); ++i) {
            const std::size_t root = find(parent, i);
            const auto [it, fresh] = unit_of_root.emplace(root, units.size());
            if (fresh) units.emplace_back();
            units[it->second].push_back(i);
            unit_of[i] = it->second;
        }
        if (units.size() > kMaxAssessments) {
            error_at(records_[units[kMaxAssessments].front()].where, too_many_assessments());
            return;
        }

        const std::size_t criteria = rubric_.criteria.size(), groups = rubric_.groups.size();
        const auto criterion_name = [&](std::size_t c) { return "chỉ tiêu " + rubric_.criteria[c].number; };
        const auto group_name = [&](std::size_t g) { return "điểm nhóm " + rubric_.groups[g].code; };
        const auto same_entry = [](const Entry& a, const Entry& b) { return a == b; };
        const auto same_score = [](double a, double b) { return a == b; };
        const auto show_score = [](double x) { return format_number(x); };

        for (std::size_t u = 0; u < units.size(); ++u) {
            const Record& first = records_[units[u].front()];
            Assessment a = Assessment::blank(rubric_);
            a.unit = first.name;
            a.period = *period;
            std::string code_seen_at;
            bool sub_unit = false;
            std::vector<std::optional<Fact<Entry>>> entries(criteria), not_scored(criteria);
            std::vector<std::optional<Fact<double>>> headline(groups);
            std::vector<std::optional<Fact<PublishedScore>>> details(groups);
            std::optional<Fact<std::optional<double>>> total;
            for (std::size_t i : units[u]) {
                const Record& r = records_[i];
                if (!r.code.empty()) {
                    if (a.portal.unit_code.empty()) {
                        a.portal.unit_code = r.code;
                        code_seen_at = place_text(r.where);
                    } else if (a.portal.unit_code != r.code) {
                        error_at(r.where, "đơn vị «" + a.unit + "» có hai mã: " + r.code + " ở đây, " +
                                              a.portal.unit_code + " ở " + code_seen_at);
                    }
                }
                if (a.portal.level.empty()) a.portal.level = r.level;
                sub_unit = sub_unit || (r.under && unit_of[*r.under] != u);
                merge_facts(entries, r.entries, a.unit, criterion_name, same_entry, figures_text);
                merge_facts(not_scored, r.not_scored, a.unit, criterion_name, same_entry, figures_text);
                merge_facts(headline, r.headline, a.unit, group_name, same_score, show_score);
                merge_facts(details, r.details, a.unit, group_name,
                            [](const PublishedScore& x, const PublishedScore& y) {
                                return x.score == y.score && x.source == y.source;
                            },
                            [](const PublishedScore& x) { return format_number(x.score) + " (" + x.source + ")"; });
                if (r.total) {
                    if (!total) total = r.total;
                    else if (total->value != r.total->value)
                        error_at(r.total->where,
                                 "đơn vị «" + a.unit + "» có hai tổng điểm khác nhau: " +
                                     (r.total->value ? format_number(*r.total->value) : "null") + " ở đây, " +
                                     (total->value ? format_number(*total->value) : "null") + " ở " +
                                     place_text(total->where));
                }
            }
            // Departments and communes: their code has a dot (H44.01), the portal calls them
            // communes, or a response lists them under another unit.
            std::string level = a.portal.level;
            for (char& ch : level) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch);
            sub_unit = sub_unit || a.portal.unit_code.find('.') != std::string::npos || level == "COMMUNE";

            for (std::size_t c = 0; c < criteria; ++c) {
                const bool inherited = sub_unit && set_by_province(rubric_.criteria[c].code);
                if (entries[c] && not_scored[c]) {
                    error_at(not_scored[c]->where, "đơn vị «" + a.unit + "» có hai số liệu khác nhau cho " +
                                                       criterion_name(c) + ": " + figures_text(not_scored[c]->value) +
                                                       " ở đây, " + figures_text(entries[c]->value) + " ở " +
                                                       place_text(entries[c]->where));
                    continue;
                }
                if (entries[c]) {
                    a.entries[c] = entries[c]->value;
                    a.entries[c]->inherited = inherited;
                } else if (not_scored[c]) {
                    NotScored n{c, not_scored[c]->value};
                    n.entry.inherited = inherited;
                    a.portal.not_scored.push_back(n);
                }
            }
            Published published = Published::none(rubric_);
            for (std::size_t g = 0; g < groups; ++g) {
                if (headline[g]) published.groups[g] = headline[g]->value;
                if (details[g]) published.details[g] = details[g]->value;
            }
            if (total) published.total = total->value;
            if (!published.empty() || total) a.portal.published = std::move(published);
            out_.assessments.push_back(std::move(a));
        }
    }

    const Rubric& rubric_;
    PortalImport& out_;
    std::unordered_map<std::string, std::size_t> group_index_;
    std::vector<Document> docs_;
    std::vector<Record> records_;
    std::vector<PeriodSeen> periods_;
    std::size_t doc_ = 0;
    JsonChecker* check_ = nullptr;
    Diagnostics* checked_ = nullptr;
};

}  // namespace

const char* endpoint_name(Endpoint endpoint) {
    switch (endpoint) {
        case Endpoint::ServiceResults: return "service-results";
        case Endpoint::Transparency: return "transparency";
        case Endpoint::DvcProgressTree: return "dvc-progress-tree";
        case Endpoint::ProvideOnlineTree: return "provide-online-tree";
        case Endpoint::FormalityOnlinePaymentTree: return "formality-online-payment-tree";
        case Endpoint::DossierDigitized: return "dossier-digitized";
        case Endpoint::HandlingSatisfaction: return "handling-satisfaction";
    }
    return "";
}

std::optional<Endpoint> endpoint_of_url(std::string_view url) {
    url = url.substr(0, url.find_first_of("?#"));
    while (!url.empty() && url.back() == '/') url.remove_suffix(1);
    for (Endpoint e : kEndpoints) {
        const std::string_view name = endpoint_name(e);
        if (url.size() >= name.size() + 1 && url.substr(url.size() - name.size()) == name &&
            url[url.size() - name.size() - 1] == '/')
            return e;
    }
    return std::nullopt;
}

PortalImport import_portal(const std::vector<PortalFile>& files, const Rubric& rubric) {
    PortalImport out;
    Importer importer(rubric, out);
    for (const PortalFile& file : files) importer.add(file);
    importer.finish();
    return out;
}

bool looks_like_portal_data(std::string_view text) {
    text = without_bom(text);
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || (text[start] != '{' && text[start] != '[')) return false;
    JsonRead read = read_json(text);
    if (read.error) return false;  // JSON Lines, or broken: the assessment reader says what is wrong
    const Json& v = read.value;
    // No portal response has these members; every assessment may.
    if (v.is_array()) return !v.empty() && !assessment_like(v[0]);
    return v.is_object() && !assessment_like(v);
}

}  // namespace dvcscore
