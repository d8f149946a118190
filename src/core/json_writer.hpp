#pragma once
// Writes JSON text straight into a string: the result of a 10,000-unit batch is written
// in a fraction of the time building nlohmann::json objects and dumping them takes.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dvcscore {

class JsonWriter {
public:
    // indent < 0: everything on one line; otherwise pretty-printed like nlohmann's dump(indent).
    explicit JsonWriter(std::string& out, int indent = -1) : out_(out), indent_(indent) {}

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& string(std::string_view text);  // invalid UTF-8 becomes U+FFFD
    JsonWriter& number(double x);               // shortest text that reads back as x
    JsonWriter& whole_or_decimal(double x);     // 6 rather than 6.0 for whole numbers
    JsonWriter& integer(std::int64_t x);
    JsonWriter& boolean(bool b);
    JsonWriter& null();

private:
    void before_value();
    void write_string(std::string_view text);
    void newline();

    std::string& out_;
    int indent_;
    std::vector<bool> has_items_;  // per open container
    bool after_key_ = false;
};

}  // namespace dvcscore
