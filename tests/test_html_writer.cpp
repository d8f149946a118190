// HtmlWriter (html_writer.hpp): text and attribute values are escaped whatever they hold;
// markup passes as it is only through raw().
#include <catch2/catch.hpp>

#include <string>

#include "core/html_writer.hpp"

using dvcscore::HtmlWriter;
using dvcscore::html_escaped;

TEST_CASE("html writer: the five markup characters become references", "[html]") {
    CHECK(html_escaped("a < b & c > d \"e\" 'f'") == "a &lt; b &amp; c &gt; d &quot;e&quot; &#39;f&#39;");
    CHECK(html_escaped("Tỉnh Phú Thọ") == "Tỉnh Phú Thọ");  // UTF-8 text stays as it is
    CHECK(html_escaped("") == "");
}

TEST_CASE("html writer: control characters and broken UTF-8 become U+FFFD; tab and line feed stay", "[html]") {
    CHECK(html_escaped("a\x01" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(html_escaped("a\tb\nc") == "a\tb\nc");
    CHECK(html_escaped("a\rb") == "a\xEF\xBF\xBD" "b");
    CHECK(html_escaped("X\xC3") == "X\xEF\xBF\xBD");  // a sequence cut short
}

TEST_CASE("html writer: elements with escaped text and attributes, in order", "[html]") {
    std::string out;
    HtmlWriter h(out);
    h.open("tr", {{"data-code", "A\"B"}, {"class", "x"}})
        .element("td", "<script>", {{"class", "num"}})
        .element("td", "")
        .close("tr");
    CHECK(out == "<tr data-code=\"A&quot;B\" class=\"x\"><td class=\"num\">&lt;script&gt;</td><td></td></tr>");
}

TEST_CASE("html writer: an element without content closes itself, as SVG writes it", "[html]") {
    std::string out;
    HtmlWriter(out).empty_element("rect", {{"x", "1.0"}, {"fill", "#fff"}}).empty_element("g");
    CHECK(out == "<rect x=\"1.0\" fill=\"#fff\"/><g/>");
}

TEST_CASE("html writer: text() never writes markup, raw() writes it as it is", "[html]") {
    std::string out;
    HtmlWriter h(out);
    h.text("<b>bold</b>").newline().raw("<b>bold</b>");
    CHECK(out == "&lt;b&gt;bold&lt;/b&gt;\n<b>bold</b>");
}

TEST_CASE("html writer: writes after what the string already holds", "[html]") {
    std::string out = "<!DOCTYPE html>\n";
    HtmlWriter(out).element("p", "1 & 2");
    CHECK(out == "<!DOCTYPE html>\n<p>1 &amp; 2</p>");
}
