#pragma once
// Shared checks for reading our JSON files (rubrics, assessments): every problem becomes a
// Diagnostic with source, line and JSON path. Internal to src/core.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostic.hpp"
#include "json_path.hpp"
#include "json_text.hpp"

namespace dvcscore {

const char* json_type_name(const Json& value);

class JsonChecker {
public:
    // `text` is the document the values came from (for line numbers); `first_line` is
    // the line it starts on in its file (JSON Lines).
    JsonChecker(std::string_view text, std::string_view source, int first_line, Diagnostics& out)
        : text_(text), source_(source), first_line_(first_line), out_(out) {}

    void error(const PathNode& at, std::string message);
    bool failed() const { return out_.size() > errors_before_; }
    std::size_t error_count() const { return out_.size(); }

    bool is_object(const Json& value, const PathNode& at);
    // Reports members not in `known`, listing the ones allowed.
    void only_known(const Json& object, const PathNode& at, std::initializer_list<const char*> known);

    // A member of `object`: nullptr when absent, reporting it if required.
    const Json* member(const Json& object, const PathNode& at, const char* key, bool required);
    std::optional<std::string> string(const Json& object, const PathNode& at, const char* key, bool required);
    std::optional<double> number(const Json& object, const PathNode& at, const char* key, bool required);
    std::optional<bool> boolean(const Json& object, const PathNode& at, const char* key, bool required);

private:
    std::string_view text_;
    std::string source_;
    int first_line_;
    Diagnostics& out_;
    std::size_t errors_before_ = out_.size();
};

}  // namespace dvcscore
