#include "html_writer.hpp"

#include "utf8_text.hpp"

namespace dvcscore {

std::string html_escaped(std::string_view text) {
    const std::string clean = valid_utf8(text);
    std::string out;
    out.reserve(clean.size());
    for (char c : clean) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') out += "\xEF\xBF\xBD";
                else out += c;
        }
    }
    return out;
}

void HtmlWriter::start_tag(std::string_view tag, Attributes attributes) {
    out_ += '<';
    out_ += tag;
    for (const auto& [name, value] : attributes) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        out_ += html_escaped(value);
        out_ += '"';
    }
}

HtmlWriter& HtmlWriter::open(std::string_view tag, Attributes attributes) {
    start_tag(tag, attributes);
    out_ += '>';
    return *this;
}

HtmlWriter& HtmlWriter::close(std::string_view tag) {
    out_ += "</";
    out_ += tag;
    out_ += '>';
    return *this;
}

HtmlWriter& HtmlWriter::element(std::string_view tag, std::string_view text, Attributes attributes) {
    return open(tag, attributes).text(text).close(tag);
}

HtmlWriter& HtmlWriter::empty_element(std::string_view tag, Attributes attributes) {
    start_tag(tag, attributes);
    out_ += "/>";
    return *this;
}

HtmlWriter& HtmlWriter::text(std::string_view text) {
    out_ += html_escaped(text);
    return *this;
}

HtmlWriter& HtmlWriter::newline() {
    out_ += '\n';
    return *this;
}

HtmlWriter& HtmlWriter::raw(std::string_view markup) {
    out_ += markup;
    return *this;
}

}  // namespace dvcscore
