#include "json_checks.hpp"

#include <cmath>

namespace dvcscore {

const char* json_type_name(const Json& value) {
    switch (value.type()) {
        case Json::value_t::object: return "đối tượng";
        case Json::value_t::array: return "mảng";
        case Json::value_t::string: return "chuỗi";
        case Json::value_t::boolean: return "true/false";
        case Json::value_t::null: return "null";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return "số";
        default: return "giá trị lạ";
    }
}

void JsonChecker::error(const PathNode& at, std::string message) {
    const std::vector<PathStep> steps = steps_of(at);
    Diagnostic d;
    d.source = source_;
    d.line = first_line_ - 1 + line_of(text_, steps);
    d.path = path_string(steps);
    d.message = std::move(message);
    out_.push_back(std::move(d));
}

bool JsonChecker::is_object(const Json& value, const PathNode& at) {
    if (value.is_object()) return true;
    error(at, std::string("phải là một đối tượng JSON {…}, không phải ") + json_type_name(value));
    return false;
}

void JsonChecker::only_known(const Json& object, const PathNode& at, std::initializer_list<const char*> known) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        for (const char* k : known) ok = ok || it.key() == k;
        if (ok) continue;
        std::string allowed;
        for (const char* k : known) allowed += (allowed.empty() ? "" : ", ") + std::string(k);
        error(at.child(it.key()), "trường lạ \"" + it.key() + "\" (các trường được dùng: " + allowed + ")");
    }
}

const Json* JsonChecker::member(const Json& object, const PathNode& at, const char* key, bool required) {
    const auto it = object.find(key);
    if (it != object.end()) return &*it;
    if (required) error(at, std::string("thiếu trường bắt buộc \"") + key + "\"");
    return nullptr;
}

std::optional<std::string> JsonChecker::string(const Json& object, const PathNode& at, const char* key, bool required) {
    const Json* value = member(object, at, key, required);
    if (value == nullptr) return std::nullopt;
    if (!value->is_string()) {
        error(at.child(key), std::string("phải là chuỗi, không phải ") + json_type_name(*value));
        return std::nullopt;
    }
    return value->get_ref<const std::string&>();
}

std::optional<double> JsonChecker::number(const Json& object, const PathNode& at, const char* key, bool required) {
    const Json* value = member(object, at, key, required);
    if (value == nullptr) return std::nullopt;
    if (!value->is_number()) {
        error(at.child(key), std::string("phải là số, không phải ") + json_type_name(*value));
        return std::nullopt;
    }
    const double x = value->get<double>();
    if (!std::isfinite(x)) {
        error(at.child(key), "số quá lớn");
        return std::nullopt;
    }
    return x;
}

std::optional<bool> JsonChecker::boolean(const Json& object, const PathNode& at, const char* key, bool required) {
    const Json* value = member(object, at, key, required);
    if (value == nullptr) return std::nullopt;
    if (!value->is_boolean()) {
        error(at.child(key), std::string("phải là true hoặc false, không phải ") + json_type_name(*value));
        return std::nullopt;
    }
    return value->get<bool>();
}

}  // namespace dvcscore
