#include "har.hpp"

#include <cmath>

#include "json_checks.hpp"
#include "json_path.hpp"

namespace dvcscore {

bool looks_like_har(const Json& doc) {
    if (!doc.is_object()) return false;
    const auto log = doc.find("log");
    return log != doc.end() && log->is_object() && log->contains("entries");
}

HarRead read_har(const Json& har, std::string_view text, std::string_view source,
                 const std::function<bool(std::string_view url)>& wanted) {
    HarRead read;
    JsonChecker check(text, source, 1, read.errors);
    const PathNode root;
    const PathNode log_at = root.child("log");
    const Json& log = har.at("log");
    const Json* entries = check.member(log, log_at, "entries", true);
    const PathNode entries_at = log_at.child("entries");
    if (entries == nullptr) return read;
    if (!entries->is_array()) {
        check.error(entries_at, std::string("phải là một mảng […], không phải ") + json_type_name(*entries));
        return read;
    }
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const Json& entry = (*entries)[i];
        const PathNode at = entries_at.item(i);
        if (!entry.is_object()) continue;  // not a request at all: nothing we want
        const auto request = entry.find("request");
        if (request == entry.end() || !request->is_object()) continue;
        const auto url = request->find("url");
        if (url == request->end() || !url->is_string() || !wanted(url->get_ref<const std::string&>())) continue;

        const std::size_t errors_before = read.errors.size();
        HarEntry e;
        e.index = i;
        e.url = url->get<std::string>();
        const PathNode request_at = at.child("request");
        e.method = check.string(*request, request_at, "method", false).value_or("");
        if (e.method == "OPTIONS") continue;  // a CORS preflight: it carries no data
        if (const Json* post = check.member(*request, request_at, "postData", false); post && post->is_object()) {
            const PathNode post_at = request_at.child("postData");
            if (auto body = check.string(*post, post_at, "text", false)) {
                e.request_body = std::move(body);
                e.request_line = line_of(text, steps_of(post_at.child("text")));
            }
        }

        const PathNode response_at = at.child("response");
        const Json* response = check.member(entry, at, "response", true);
        if (response == nullptr || !check.is_object(*response, response_at)) continue;
        if (const Json* status = check.member(*response, response_at, "status", false); status && status->is_number())
            e.status = static_cast<int>(status->get<double>());
        const PathNode content_at = response_at.child("content");
        const Json* content = check.member(*response, response_at, "content", true);
        if (content == nullptr || !check.is_object(*content, content_at)) continue;
        const Json* body = content->contains("text") ? &content->at("text") : nullptr;
        if (body == nullptr || !body->is_string()) {
            check.error(body ? content_at.child("text") : content_at,
                        "tệp HAR không lưu nội dung phản hồi của " + e.url +
                            " (hãy lưu lại bằng \"Save all as HAR with content\" / \"Lưu tất cả dưới dạng HAR\")");
            continue;
        }
        const PathNode text_at = content_at.child("text");
        e.line = line_of(text, steps_of(text_at));
        const auto encoding = check.string(*content, content_at, "encoding", false);
        if (encoding && *encoding == "base64") {
            auto decoded = decode_base64(body->get_ref<const std::string&>());
            if (!decoded) {
                check.error(text_at, "nội dung phản hồi ghi là base64 nhưng không phải base64 hợp lệ");
                continue;
            }
            e.response_text = std::move(*decoded);
        } else if (encoding && !encoding->empty()) {
            check.error(content_at.child("encoding"), "mã hóa \"" + *encoding + "\" không được hỗ trợ (chỉ base64)");
            continue;
        } else {
            e.response_text = body->get<std::string>();
        }
        if (read.errors.size() == errors_before) read.entries.push_back(std::move(e));
    }
    return read;
}

}  // namespace dvcscore
