#include "json_text.hpp"

#include <string>
#include <utility>
#include <vector>

#include "json_path.hpp"
#include "utf8_text.hpp"

namespace dvcscore {
namespace {

struct LineColumn {
    int line = 1;
    int column = 1;
};

LineColumn line_column_at(std::string_view text, std::size_t offset) {
    LineColumn at;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++at.column;  // count characters, not UTF-8 continuation bytes
        }
    }
    return at;
}

// nlohmann's messages are English and long; say in Vietnamese what they mean.
std::string explain_syntax_error(const std::string& what) {
    struct Known {
        const char* needle;
        const char* meaning;
    };
    static const Known known[] = {
        {"unexpected end of input", "tệp kết thúc giữa chừng (thiếu dấu đóng } hoặc ], hoặc tệp rỗng)"},
        {"missing closing quote", "chuỗi không có dấu nháy kép đóng (tệp bị cắt giữa chừng?)"},
        {"ill-formed UTF-8", "có byte không phải UTF-8 (hãy lưu tệp với mã hóa UTF-8)"},
        {"control character", "chuỗi chứa ký tự điều khiển chưa được thoát"},
        {"missing or wrong low surrogate", "chuỗi có mã \\u không hợp lệ"},
        {"surrogate", "chuỗi có mã \\u không hợp lệ"},
        {"invalid number", "số viết sai (JSON dùng dấu chấm thập phân, không có dấu phẩy)"},
        {"invalid literal", "giá trị không hợp lệ (chuỗi phải đặt trong dấu nháy kép; NaN, Infinity không được phép)"},
        {"expected end of input", "có nội dung thừa sau giá trị JSON"},
        {"expected ']'", "thiếu dấu phẩy hoặc dấu đóng ] trong mảng"},
        {"expected '}'", "thiếu dấu phẩy hoặc dấu đóng } trong đối tượng"},
        {"expected ':'", "thiếu dấu hai chấm sau tên trường"},
        {"expected string literal", "tên trường phải là chuỗi trong dấu nháy kép (hoặc có dấu phẩy thừa)"},
        {"unexpected ','", "dấu phẩy thừa"},
        {"unexpected ']'", "dấu ] không đúng chỗ (hoặc dấu phẩy thừa)"},
        {"unexpected '}'", "dấu } không đúng chỗ (hoặc dấu phẩy thừa)"},
    };
    for (const Known& k : known)
        if (what.find(k.needle) != std::string::npos) return k.meaning;
    return "sai cú pháp JSON";
}

// Builds the document like nlohmann's own DOM parser, refusing duplicate keys and
// excessive depth, and keeping the path to the value being read for error messages.
class DomBuilder {
public:
    DomBuilder(std::string_view text, int first_line) : text_(text), first_line_(first_line) {}

    bool null() { return add(nullptr); }
    bool boolean(bool v) { return add(v); }
    bool number_integer(Json::number_integer_t v) { return add(v); }
    bool number_unsigned(Json::number_unsigned_t v) { return add(v); }
    bool number_float(Json::number_float_t v, const Json::string_t&) { return add(v); }
    bool string(Json::string_t& v) { return add(std::move(v)); }
    bool binary(Json::binary_t&) { return fail("dữ liệu nhị phân không được hỗ trợ"); }

    bool start_object(std::size_t) { return open(Json::value_t::object); }
    bool start_array(std::size_t) { return open(Json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(Json::string_t& k) {
        Json& object = *open_.back();
        path_.back().key = k;
        path_.back().reached = true;
        if (object.contains(k)) return fail("trường \"" + k + "\" xuất hiện hai lần", 2);
        member_ = &object[k];
        return true;
    }

    bool parse_error(std::size_t position, const std::string& last_token,
                     const nlohmann::detail::exception& ex) {
        const std::size_t offset = position > 0 ? position - 1 : 0;
        const LineColumn at = line_column_at(text_, offset);
        const int line = first_line_ - 1 + at.line;
        const std::string near = tail(last_token);
        Diagnostic d;
        d.line = line;
        d.path = path_.empty() ? std::string() : path_string(path_);
        const std::string where = "ở dòng " + std::to_string(line) + ", cột " + std::to_string(at.column);
        if (std::string(ex.what()).find("number overflow") != std::string::npos) {
            // Valid JSON, but beyond what a double holds (1e400).
            d.message = "số " + near + " " + where + " quá lớn";
        } else {
            d.message = "JSON sai cú pháp " + where + ": " + explain_syntax_error(ex.what());
            if (!near.empty()) d.message += " (gần: '" + near + "')";
        }
        error_ = std::move(d);
        return false;
    }

    Json take() { return std::move(root_); }

    // The end of what the lexer read, shown in a message: whole characters, valid UTF-8.
    static std::string tail(const std::string& token) {
        std::size_t start = token.size() > 40 ? token.size() - 40 : 0;
        while (start < token.size() && (static_cast<unsigned char>(token[start]) & 0xC0) == 0x80) ++start;
        return (start > 0 ? "…" : "") + valid_utf8(std::string_view(token).substr(start));
    }
    std::optional<Diagnostic>& error() { return error_; }

private:
    template <typename V>
    bool add(V&& v) {
        place() = Json(std::forward<V>(v));
        return true;
    }

    // Where the next value goes: the root, the next array slot, or the member named by
    // the last key.
    Json& place() {
        if (open_.empty()) return root_;
        Json& parent = *open_.back();
        if (parent.is_array()) {
            path_.back().index = parent.size();
            parent.push_back(nullptr);
            return parent.back();
        }
        return *member_;
    }

    bool open(Json::value_t type) {
        if (open_.size() >= kMaxJsonDepth)
            return fail("lồng quá sâu (tối đa " + std::to_string(kMaxJsonDepth) + " cấp)");
        Json& slot = place();
        slot = Json(type);
        open_.push_back(&slot);
        PathStep step;
        step.is_index = type == Json::value_t::array;
        step.reached = step.is_index;
        path_.push_back(std::move(step));
        return true;
    }

    bool close() {
        open_.pop_back();
        path_.pop_back();
        return true;
    }

    // `occurrence` 2 points a duplicate key's line at its second appearance.
    bool fail(std::string message, int occurrence = 1) {
        Diagnostic d;
        d.path = path_string(path_);
        d.line = first_line_ - 1 + line_of(text_, path_, occurrence);
        d.message = std::move(message);
        error_ = std::move(d);
        return false;
    }

    std::string_view text_;
    int first_line_;
    Json root_;
    std::vector<Json*> open_;
    std::vector<PathStep> path_;
    Json* member_ = nullptr;
    std::optional<Diagnostic> error_;
};

}  // namespace

JsonRead read_json(std::string_view text, int first_line) {
    DomBuilder builder(text, first_line);
    JsonRead read;
    const bool ok = Json::sax_parse(text.begin(), text.end(), &builder);
    if (!ok || builder.error()) {
        read.error = std::move(builder.error());
        if (!read.error) read.error = Diagnostic{{}, first_line, {}, "JSON không hợp lệ"};
        return read;
    }
    read.value = builder.take();
    return read;
}

std::optional<Json> read_json(std::string_view text, std::string_view source, Diagnostics& errors, int first_line) {
    JsonRead read = read_json(text, first_line);
    if (!read.error) return std::move(read.value);
    read.error->source = std::string(source);
    errors.push_back(std::move(*read.error));
    return std::nullopt;
}

}  // namespace dvcscore
