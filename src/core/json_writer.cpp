#include "json_writer.hpp"

#include <cmath>

#include "number_text.hpp"
#include "utf8_text.hpp"

namespace dvcscore {

void JsonWriter::newline() {
    if (indent_ < 0) return;
    out_ += '\n';
    out_.append(has_items_.size() * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (has_items_.empty()) return;
    if (has_items_.back()) out_ += ',';
    has_items_.back() = true;
    newline();
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    has_items_.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    const bool had_items = has_items_.back();
    has_items_.pop_back();
    if (had_items) newline();
    out_ += '}';
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    has_items_.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    const bool had_items = has_items_.back();
    has_items_.pop_back();
    if (had_items) newline();
    out_ += ']';
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    write_string(name);
    out_ += indent_ < 0 ? ":" : ": ";
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
    before_value();
    write_string(text);
    return *this;
}

namespace {

// Bytes that go out as they are: printable ASCII other than " and \.
struct PlainBytes {
    bool table[256] = {};
    PlainBytes() {
        for (int c = 0x20; c < 0x80; ++c) table[c] = c != '"' && c != '\\';
    }
};
const PlainBytes kPlain;

}  // namespace

void JsonWriter::write_string(std::string_view text) {
    static const char* const hex = "0123456789abcdef";
    out_ += '"';
    const char* const data = text.data();
    const std::size_t size = text.size();
    std::size_t run = 0;  // start of the bytes that go out unchanged
    std::size_t i = 0;
    while (i < size) {
        while (i < size && kPlain.table[static_cast<unsigned char>(data[i])]) ++i;
        if (i == size) break;
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x80) {
            if (const std::size_t length = utf8_sequence_length(text, i)) {
                i += length;
                continue;
            }
        }
        out_.append(text.data() + run, i - run);
        switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            case '\b': out_ += "\\b"; break;
            case '\f': out_ += "\\f"; break;
            default:
                if (c < 0x20) {
                    out_ += "\\u00";
                    out_ += hex[c >> 4];
                    out_ += hex[c & 15];
                } else {
                    out_ += "\xEF\xBF\xBD";  // not UTF-8: the replacement character
                }
        }
        run = ++i;
    }
    out_.append(text.data() + run, i - run);
    out_ += '"';
}

JsonWriter& JsonWriter::number(double x) {
    before_value();
    if (!std::isfinite(x)) {
        out_ += "null";  // JSON has no NaN or infinity; the core never produces them
        return *this;
    }
    out_ += format_json_number(x);  // as nlohmann's dump() writes it
    return *this;
}

JsonWriter& JsonWriter::whole_or_decimal(double x) {
    if (x == std::floor(x) && std::fabs(x) < 1e15) return integer(static_cast<std::int64_t>(x));
    return number(x);
}

JsonWriter& JsonWriter::integer(std::int64_t x) {
    before_value();
    out_ += std::to_string(x);
    return *this;
}

JsonWriter& JsonWriter::boolean(bool b) {
    before_value();
    out_ += b ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    out_ += "null";
    return *this;
}

}  // namespace dvcscore
