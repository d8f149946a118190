#pragma once
// HAR 1.2 files (a browser's "Save all as HAR" of the Network tab): the requests and the
// responses they got, bodies as plain text or base64. Only what the portal import needs.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base64.hpp"  // the bodies' decoder, decode_base64
#include "diagnostic.hpp"
#include "json_text.hpp"

namespace dvcscore {

struct HarEntry {
    std::size_t index = 0;  // in log.entries
    std::string method;     // GET, POST, OPTIONS, …
    std::string url;
    std::optional<std::string> request_body;  // request.postData.text, when sent
    int status = 0;                           // response.status
    std::string response_text;                // response.content.text, decoded from base64 when so encoded
    int line = 0;                             // the line of the entry's response text in the HAR file
    int request_line = 0;                     // the line of its request body
};

struct HarRead {
    std::vector<HarEntry> entries;  // the entries `wanted`, in file order
    Diagnostics errors;
};

// Whether a JSON document is a HAR: an object whose "log" holds "entries".
bool looks_like_har(const Json& doc);

// The entries of `har` (parsed from `text`, named `source`) whose request URL `wanted`
// accepts; others are not looked at. A wanted entry without a saved response body, or with
// a body that is not valid base64, is an error naming its JSON path.
HarRead read_har(const Json& har, std::string_view text, std::string_view source,
                 const std::function<bool(std::string_view url)>& wanted);

}  // namespace dvcscore
