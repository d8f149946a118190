// Hostile and oversized inputs (README "Input limits"): each is refused with exit 1, a
// Vietnamese message naming the file and the place (line, JSON path or CSV column) and
// nothing on standard output; a byte order mark is accepted. The big inputs are generated
// in the temporary directory at test time.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_support.hpp"
#include "core/assessment_file.hpp"
#include "core/json_text.hpp"
#include "core/rubric.hpp"

using namespace cli_support;

namespace {

const std::string kOneAssessment =
    R"({"format": "dvcscore-assessment/1", "unit": "Xã Chân Mộng", "period": "2026", )"
    R"("values": {"ON_TIME": {"numerator": 1, "denominator": 2}}})";

// A generated input in the temporary directory, removed when the test ends.
class TempInput {
public:
    TempInput(const std::string& suffix, const std::string& bytes) : path_(temporary(suffix)) {
        std::ofstream out(path_, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        REQUIRE(out.good());
    }
    TempInput(const TempInput&) = delete;
    TempInput& operator=(const TempInput&) = delete;
    ~TempInput() {
        std::error_code ignored;
        fs::remove(path_, ignored);
    }
    // The file's path, also how the CLI names it in its messages.
    std::string path() const { return path_.string(); }
    std::string name() const { return path_.string(); }

private:
    fs::path path_;
};

Run score(const TempInput& input, const std::string& options = "") {
    return run_cli("score " + options + (options.empty() ? "" : " ") + quoted(input.path()));
}

// The same assessment `count` times, one per line.
std::string json_lines(std::size_t count) {
    std::string text;
    text.reserve(count * (kOneAssessment.size() + 1));
    for (std::size_t i = 0; i < count; ++i) text += kOneAssessment + "\n";
    return text;
}

std::string json_array(std::size_t count) {
    std::string text = "[";
    text.reserve(count * (kOneAssessment.size() + 2));
    for (std::size_t i = 0; i < count; ++i) text += (i ? ",\n" : "") + kOneAssessment;
    return text + "]\n";
}

// The header of the CSV template with `;` as Vietnamese Excel writes it (without its BOM).
std::string csv_header() {
    const Run run = run_cli("template --separator ';'");
    REQUIRE(run.status == 0);
    std::string header = run.out.substr(0, run.out.find("\r\n"));
    if (header.rfind(kBom, 0) == 0) header.erase(0, kBom.size());
    return header;
}

// A data row for that header: unit, period and every other cell empty.
std::string csv_row(const std::string& header, const std::string& unit) {
    const auto columns = std::count(header.begin(), header.end(), ';') + 1;
    return unit + ";2026" + std::string(static_cast<std::size_t>(columns - 2), ';');
}

// Text from UTF-8 to Windows-1258 as Vietnamese Excel saves "CSV (phân cách bằng dấu
// phẩy)": the letters of Latin-1 and đ, ơ, ư, ă… as single bytes, tones as combining marks.
std::string windows_1258(const std::string& utf8) {
    struct Letter {
        const char* text;
        const char* bytes;
    };
    static const Letter letters[] = {
        {"Đ", "\xD0"}, {"đ", "\xF0"}, {"ơ", "\xF5"}, {"ư", "\xFD"}, {"ă", "\xE3"}, {"â", "\xE2"}, {"ê", "\xEA"},
        {"ô", "\xF4"}, {"á", "a\xEC"}, {"à", "a\xCC"}, {"ả", "a\xD2"}, {"ạ", "a\xF2"}, {"ã", "a\xDE"},
        {"é", "e\xEC"}, {"ế", "\xEA\xEC"}, {"ệ", "\xEA\xF2"}, {"ì", "i\xCC"}, {"í", "i\xEC"}, {"ị", "i\xF2"},
        {"ó", "o\xEC"}, {"ố", "\xF4\xEC"}, {"ộ", "\xF4\xF2"}, {"ờ", "\xF5\xCC"}, {"ớ", "\xF5\xEC"}, {"ỳ", "y\xCC"},
        {"ỷ", "y\xD2"}, {"ổ", "\xF4\xD2"}, {"ủ", "u\xD2"}, {"ụ", "u\xF2"}, {"ỹ", "y\xDE"},
        {"ử", "\xFD\xD2"}, {"ữ", "\xFD\xDE"}, {"ự", "\xFD\xF2"}, {"ứ", "\xFD\xEC"}, {"ừ", "\xFD\xCC"},
        {"ồ", "\xF4\xCC"}, {"ỗ", "\xF4\xDE"}, {"ậ", "\xE2\xF2"}, {"ấ", "\xE2\xEC"}, {"ầ", "\xE2\xCC"},
        {"ẩ", "\xE2\xD2"}, {"ề", "\xEA\xCC"}, {"ể", "\xEA\xD2"}, {"ở", "\xF5\xD2"}, {"ợ", "\xF5\xF2"},
        {"ỏ", "o\xD2"}, {"ọ", "o\xF2"}, {"ú", "u\xEC"}, {"ù", "u\xCC"}, {"ý", "y\xEC"}, {"ỉ", "i\xD2"},
        {"è", "e\xCC"}, {"ẻ", "e\xD2"}, {"ẹ", "e\xF2"}, {"ắ", "\xE3\xEC"}, {"ằ", "\xE3\xCC"}, {"ặ", "\xE3\xF2"},
        {"ỡ", "\xF5\xDE"}, {"ễ", "\xEA\xDE"}, {"ẫ", "\xE2\xDE"}, {"ĩ", "i\xDE"}, {"ũ", "u\xDE"}, {"õ", "o\xDE"},
    };
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            out += utf8[i++];
            continue;
        }
        const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        const std::string letter = utf8.substr(i, length);
        std::string bytes = "?";
        for (const Letter& l : letters)
            if (letter == l.text) bytes = l.bytes;
        out += bytes;
        i += length;
    }
    return out;
}

const dvcscore::Rubric& rubric() { return dvcscore::default_rubric(); }

}  // namespace

// ---- size: 32 MB per input ------------------------------------------------------------------

TEST_CASE("input limits: a file over 32 MB is refused, naming the file, with nothing scored", "[limits][cli]") {
    // A valid assessment padded with spaces to 33 MB: only its size is wrong.
    std::string bytes = kOneAssessment;
    bytes.resize(33u << 20, ' ');
    const TempInput input(".json", bytes);
    const Run run = score(input);
    check_input_error(run, {input.name() + ": ", "tệp quá lớn", "tối đa 32 MB"});
}

TEST_CASE("input limits: standard input over 32 MB is refused as <stdin>", "[limits][cli]") {
    std::string bytes = kOneAssessment;
    bytes.resize(33u << 20, ' ');
    const TempInput input(".json", bytes);
    const Run run = run_cli("score -", input.path());
    check_input_error(run, {"<stdin>: ", "tệp quá lớn", "tối đa 32 MB"});
}

TEST_CASE("input limits: a file of exactly 32 MB is still read", "[limits][cli]") {
    std::string bytes = kOneAssessment;
    bytes.resize(dvcscore::kMaxInputBytes, ' ');
    REQUIRE(bytes.size() == 32u * 1024 * 1024);
    const TempInput input(".json", bytes);
    const Run run = score(input, "--format csv");
    check_ok(run);
    CHECK_THAT(run.out, Catch::Contains("Xã Chân Mộng,2026"));
}

TEST_CASE("input limits: a file one byte over 32 MB is not said to be 32 MB", "[limits][cli][message]") {
    // "tệp quá lớn (32 MB; tối đa 32 MB)" contradicts itself: the size shown must differ
    // from the maximum shown (e.g. "32,0 MB" is no better; "hơn 32 MB" or the bytes are).
    std::string bytes = kOneAssessment;
    bytes.resize(dvcscore::kMaxInputBytes + 1, ' ');
    const TempInput input(".json", bytes);
    const Run run = score(input);
    check_input_error(run, {input.name() + ": ", "quá lớn"});
    std::smatch m;
    REQUIRE(std::regex_search(run.err, m, std::regex(R"(\(([^;()]*); tối đa ([^()]*)\))")));
    INFO("shown size: " << m[1] << " — maximum: " << m[2]);
    CHECK(m[1].str() != m[2].str());
}

// ---- count: 50,000 assessments per file ----------------------------------------------------

TEST_CASE("input limits: JSON Lines with more than 50,000 assessments are refused", "[limits][cli]") {
    const TempInput input(".jsonl", json_lines(dvcscore::kMaxAssessments + 1));
    const Run run = score(input);
    check_input_error(run, {input.name() + ":", "có hơn 50000 đánh giá", "chia thành nhiều tệp"});
}

TEST_CASE("input limits: a JSON array of more than 50,000 assessments is refused", "[limits][cli]") {
    const TempInput input(".json", json_array(dvcscore::kMaxAssessments + 1));
    const Run run = score(input);
    check_input_error(run, {input.name() + ":", "có hơn 50000 đánh giá"});
}

TEST_CASE("input limits: a CSV file of more than 50,000 rows is refused", "[limits][cli]") {
    const std::string header = csv_header();
    const std::string row = csv_row(header, "Xã Chân Mộng");
    std::string text = header + "\r\n";
    text.reserve(text.size() + (dvcscore::kMaxAssessments + 1) * (row.size() + 2));
    for (std::size_t i = 0; i <= dvcscore::kMaxAssessments; ++i) text += row + "\r\n";
    const TempInput input(".csv", text);
    const Run run = score(input);
    check_input_error(run, {input.name() + ":", "có hơn 50000 đánh giá"});
}

TEST_CASE("input limits: exactly 50,000 assessments are read", "[limits]") {
    const auto lines = dvcscore::parse_assessments(json_lines(dvcscore::kMaxAssessments), "50k.jsonl", rubric());
    CHECK(lines.errors.empty());
    CHECK(lines.assessments.size() == dvcscore::kMaxAssessments);
    CHECK(lines.layout == dvcscore::BatchLayout::Lines);
    const auto array = dvcscore::parse_assessments(json_array(dvcscore::kMaxAssessments), "50k.json", rubric());
    CHECK(array.errors.empty());
    CHECK(array.assessments.size() == dvcscore::kMaxAssessments);
}

TEST_CASE("input limits: more than 50,000 assessments names where the limit is crossed", "[limits][cli][place]") {
    // The place of the 50,001st assessment: the line where to split the file.
    const TempInput lines(".jsonl", json_lines(dvcscore::kMaxAssessments + 1));
    const Run by_line = score(lines);
    check_input_error(by_line, {lines.name() + ":50001: "});
    const TempInput array(".json", json_array(dvcscore::kMaxAssessments + 1));
    const Run by_path = score(array);
    check_input_error(by_path, {"$[50000]"});
}

// ---- nesting: 64 levels --------------------------------------------------------------------

TEST_CASE("input limits: JSON nested deeper than 64 levels is refused at its line and path", "[limits][cli]") {
    const std::string deep = std::string(70, '[') + std::string(70, ']');
    const TempInput input(".json", "{\"unit\": \"Xã Chân Mộng\",\n \"values\": {\n  \"ON_TIME\": " + deep + "}}\n");
    const Run run = score(input);
    check_input_error(run, {input.name() + ":3: ", "$.values.ON_TIME[0][0]", "lồng quá sâu", "tối đa 64 cấp"});
}

TEST_CASE("input limits: 100,000 nested brackets are refused without exhausting the stack", "[limits][cli]") {
    for (const char* pair : {"[]", "{}"}) {
        std::string text;
        if (pair[0] == '[') {
            text = std::string(100000, '[') + std::string(100000, ']');
        } else {
            for (int i = 0; i < 100000; ++i) text += "{\"a\":";
            text += "1" + std::string(100000, '}');
        }
        const TempInput input(".json", text);
        const Run run = score(input);
        INFO(pair);
        check_input_error(run, {input.name() + ":1: ", "$", "lồng quá sâu"});
    }
}

TEST_CASE("input limits: 64 levels are read, the 65th is refused", "[limits]") {
    const auto at_limit = dvcscore::read_json(std::string(64, '[') + std::string(64, ']'));
    CHECK_FALSE(at_limit.error);
    const auto over = dvcscore::read_json(std::string(65, '[') + std::string(65, ']'));
    REQUIRE(over.error);
    CHECK_THAT(over.error->message, Catch::Contains("lồng quá sâu"));
    CHECK(over.error->path == "$" + [] {
        std::string p;
        for (int i = 0; i < 64; ++i) p += "[0]";
        return p;
    }());
}

// ---- encoding: UTF-8 only, a byte order mark is fine -----------------------------------------

TEST_CASE("input limits: a byte that is not UTF-8 inside a JSON string is refused at its path", "[limits][cli]") {
    // "tỉnh" written in Windows-1258 ("ti\xD2nh"), inside an otherwise valid file.
    const TempInput input(".json", "{\"format\": \"dvcscore-assessment/1\",\n \"unit\": \"UBND ti\xD2nh Phú Thọ\",\n"
                                   " \"values\": {}}\n");
    const Run run = score(input);
    check_input_error(run, {input.name() + ":2: ", "$.unit", "không phải UTF-8"});
}

TEST_CASE("input limits: UTF-8 encoded surrogates (from lone UTF-16 halves) are refused", "[limits][cli]") {
    // U+D800 encoded as if it were a character: what a lone surrogate becomes in CESU-8.
    const TempInput input(".json", "{\"unit\": \"x\xED\xA0\x80y\", \"values\": {}}");
    const Run run = score(input);
    check_input_error(run, {input.name() + ":1: ", "$.unit", "không phải UTF-8"});
}

TEST_CASE("input limits: a byte that is not UTF-8 in JSON Lines names the file's line", "[limits][cli]") {
    const TempInput input(".jsonl", kOneAssessment + "\n" + kOneAssessment + "\n{\"unit\": \"Ph\xFA Th\xF4\", \"values\": {}}\n");
    const Run run = score(input);
    check_input_error(run, {input.name() + ":3: ", "$.unit", "không phải UTF-8"});
}

TEST_CASE("input limits: a syntax message in JSON Lines does not contradict the file's line", "[limits][cli][message]") {
    // The error is on line 3 of the file; a message saying "ở dòng 1" points elsewhere.
    const TempInput input(".jsonl", kOneAssessment + "\n" + kOneAssessment + "\n{\"unit\": \"Ph\xFA Th\xF4\", \"values\": {}}\n");
    const Run run = score(input);
    check_input_error(run, {input.name() + ":3: "});
    std::smatch m;
    if (std::regex_search(run.err, m, std::regex(R"(ở dòng (\d+))"))) CHECK(m[1].str() == "3");
}

TEST_CASE("input limits: a CSV file saved as Windows-1258 is refused, saying how to save it", "[limits][cli]") {
    const std::string header = csv_header();
    const std::string text = windows_1258(header + "\r\n" + csv_row(header, "Xã Chân Mộng") + "\r\n");
    REQUIRE(text.rfind("\xD0\xF5n vi\xF2;", 0) == 0);  // "Đơn vị" in Windows-1258
    const TempInput input(".csv", text);
    const Run run = score(input);
    check_input_error(run, {input.name() + ":1: ", "không phải văn bản UTF-8", "Windows-1258", "CSV UTF-8"});
}

TEST_CASE("input limits: a Windows-1258 cell in a UTF-8 CSV file is refused at its line and column", "[limits][cli]") {
    const std::string header = csv_header();
    const TempInput input(".csv", kBom + header + "\r\n" + csv_row(header, "Xã Chân Mộng") + "\r\n" +
                                      csv_row(header, windows_1258("Xã Chân Mộng")) + "\r\n");
    const Run run = score(input);
    check_input_error(run, {input.name() + ":3: ", "cột \"Đơn vị\"", "UTF-8"});
}

TEST_CASE("input limits: a UTF-8 byte order mark is accepted (JSON, JSON Lines)", "[limits][cli]") {
    const TempInput single(".json", kBom + kOneAssessment + "\n");
    const Run one = score(single);
    check_ok(one);
    CHECK(nlohmann::json::parse(one.out).at("unit") == "Xã Chân Mộng");
    CHECK(nlohmann::json::parse(one.out).at("total").get<double>() == 10);

    const TempInput lines(".jsonl", kBom + json_lines(2));
    const Run two = score(lines);
    check_ok(two);
    CHECK(std::count(two.out.begin(), two.out.end(), '\n') == 2);
}

// ---- numbers: finite, in range ------------------------------------------------------------------

TEST_CASE("input limits: 1e308 and -1e308 as counts and percent are refused at their path", "[limits][cli]") {
    struct Case {
        const char* values;
        std::vector<std::string> needles;
    };
    const Case cases[] = {
        {R"("ON_TIME": {"numerator": 1e308, "denominator": 1e308})",
         {"$.values.ON_TIME.numerator", "tử số quá lớn"}},
        {R"("ON_TIME": {"numerator": 5, "denominator": 1e308})", {"$.values.ON_TIME.denominator", "mẫu số quá lớn"}},
        {R"("ON_TIME": {"numerator": -1e308, "denominator": 5})", {"$.values.ON_TIME.numerator", "không được âm"}},
        {R"("ON_TIME": {"numerator": 5, "denominator": -1e308})", {"$.values.ON_TIME.denominator", "không được âm"}},
        {R"("ONLINE_DOSSIERS": {"percent": 1e308})", {"$.values.ONLINE_DOSSIERS.percent", "không được quá 100%"}},
        {R"("ONLINE_DOSSIERS": {"percent": -1e308})", {"$.values.ONLINE_DOSSIERS.percent", "không được âm"}},
    };
    for (const Case& c : cases) {
        const TempInput input(".json", std::string("{\"unit\": \"Xã Chân Mộng\",\n \"values\": {\n  ") + c.values + "}}\n");
        const Run run = score(input);
        std::vector<std::string> needles = c.needles;
        needles.push_back(input.name() + ":3: ");
        INFO(c.values);
        check_input_error(run, needles);
    }
}

TEST_CASE("input limits: a number too big for a double (1e400) is refused at its path", "[limits][cli]") {
    for (const char* number : {"1e400", "-1e400"}) {
        const TempInput input(".json", std::string("{\"unit\": \"Xã Chân Mộng\",\n \"values\": {\n  "
                                                   "\"ONLINE_DOSSIERS\": {\"percent\": ") + number + "}}}\n");
        const Run run = score(input);
        INFO(number);
        check_input_error(run, {input.name() + ":3: ", "$.values.ONLINE_DOSSIERS.percent", number});
    }
}

TEST_CASE("input limits: 1e400 is called a number too large, not a syntax error", "[limits][cli][message]") {
    // 1e400 is valid JSON (RFC 8259 sets no limit on exponents): the problem is its size.
    const TempInput input(".json", "{\"values\": {\"ON_TIME\": {\"numerator\": 1e400, \"denominator\": 1e400}}}\n");
    const Run run = score(input);
    check_input_error(run, {input.name() + ":1: ", "$.values.ON_TIME.numerator", "quá lớn"});
}

TEST_CASE("input limits: NaN and Infinity literals are syntax errors at their path", "[limits][cli]") {
    for (const char* literal : {"NaN", "Infinity", "-Infinity", "nan", "inf"}) {
        const TempInput input(".json", std::string("{\"unit\": \"Xã Chân Mộng\",\n \"values\": {\n  "
                                                   "\"ONLINE_DOSSIERS\": {\"percent\": ") + literal + "}}}\n");
        const Run run = score(input);
        INFO(literal);
        check_input_error(run, {input.name() + ":3: ", "$.values.ONLINE_DOSSIERS.percent", "JSON sai cú pháp ở dòng 3"});
    }
    const TempInput named(".json", "{\"values\": {\"ON_TIME\": {\"numerator\": NaN, \"denominator\": 5}}}");
    check_input_error(score(named), {"NaN, Infinity không được phép"});
}

// ---- duplicate keys ------------------------------------------------------------------------------

TEST_CASE("input limits: a key given twice is refused at its second line and path", "[limits][cli]") {
    SECTION("at the top level") {
        const TempInput input(".json", "{\"unit\": \"Xã A\",\n \"period\": \"2026\",\n \"unit\": \"Xã B\",\n \"values\": {}}\n");
        check_input_error(score(input), {input.name() + ":3: ", "$.unit", "trường \"unit\" xuất hiện hai lần"});
    }
    SECTION("a criterion code in values") {
        const TempInput input(".json", "{\"values\": {\n \"ONLINE_DOSSIERS\": {\"percent\": 5},\n"
                                       " \"ONLINE_DOSSIERS\": {\"percent\": 6}}}\n");
        check_input_error(score(input), {input.name() + ":3: ", "$.values.ONLINE_DOSSIERS",
                                         "trường \"ONLINE_DOSSIERS\" xuất hiện hai lần"});
    }
    SECTION("a field inside a value") {
        const TempInput input(".json", "{\"values\": {\n \"ON_TIME\": {\"numerator\": 5,\n  \"denominator\": 9,\n"
                                       "  \"numerator\": 6}}}\n");
        check_input_error(score(input), {input.name() + ":4: ", "$.values.ON_TIME.numerator",
                                         "trường \"numerator\" xuất hiện hai lần"});
    }
    SECTION("in an array and in JSON Lines") {
        const TempInput array(".json", "[" + kOneAssessment + ",\n{\"unit\": \"A\",\n \"unit\": \"B\"}]\n");
        check_input_error(score(array), {array.name() + ":3: ", "$[1].unit", "xuất hiện hai lần"});
        const TempInput lines(".jsonl", kOneAssessment + "\n{\"unit\": \"A\", \"unit\": \"B\"}\n");
        check_input_error(score(lines), {lines.name() + ":2: ", "$.unit", "xuất hiện hai lần"});
    }
}
