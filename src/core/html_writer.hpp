#pragma once
// Writes HTML straight into a string, escaping by default: text and attribute values are
// always escaped (their UTF-8 repaired), so a unit named "<script>" stays text. Markup goes
// in as it is only through raw(), for the document's own constant parts (its head, the
// style sheet). The printable report is written with it.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace dvcscore {

// `text` for HTML content or a quoted attribute value: & < > " ' as references, control
// characters other than tab and line feed as U+FFFD, bytes that are not UTF-8 repaired.
std::string html_escaped(std::string_view text);

class HtmlWriter {
public:
    // name="value" pairs, in order; values are escaped.
    using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

    explicit HtmlWriter(std::string& out) : out_(out) {}

    HtmlWriter& open(std::string_view tag, Attributes attributes = {});  // <tag name="value">
    HtmlWriter& close(std::string_view tag);                              // </tag>
    // <tag name="value">text</tag>
    HtmlWriter& element(std::string_view tag, std::string_view text, Attributes attributes = {});
    // <tag name="value"/>, as SVG writes an element without content.
    HtmlWriter& empty_element(std::string_view tag, Attributes attributes = {});
    HtmlWriter& text(std::string_view text);
    HtmlWriter& newline();
    // Markup as it is: only for constant text the program itself holds, never for data.
    HtmlWriter& raw(std::string_view markup);

private:
    void start_tag(std::string_view tag, Attributes attributes);

    std::string& out_;
};

}  // namespace dvcscore
