// Assessments as CSV (assessment_csv.hpp): the template, reading it back filled in — as
// Excel writes it, quoted, in any header spelling — and every error with line and column.
#include "support.hpp"

#include <string>
#include <vector>

#include "core/assessment_csv.hpp"
#include "core/assessment_file.hpp"

using namespace dvcscore;
using test_support::cents;
using test_support::describe;
using test_support::find_error;
using test_support::index_of;

namespace {

const std::string kBom = "\xEF\xBB\xBF";

// RFC 4180 fields of one line (no quoted line breaks): what a spreadsheet reads.
std::vector<std::string> split_line(const std::string& line, char separator) {
    std::vector<std::string> fields(1);
    bool in_quotes = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (in_quotes) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                in_quotes = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            in_quotes = true;
        } else if (c == separator) {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    return fields;
}

// Lines joined as Excel writes them: CRLF after each.
std::string crlf(std::initializer_list<std::string> lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\r\n";
    return text;
}

AssessmentBatch parse(const std::string& text) { return parse_assessments(text, "in.csv", default_rubric()); }

const Entry& entry_of(const Assessment& a, const char* code) {
    const auto& e = a.entries[index_of(default_rubric(), code)];
    INFO(code);
    REQUIRE(e.has_value());
    return *e;
}

// The error at `path`, checked to be on `line` and to say `words`.
void check_error(const AssessmentBatch& batch, const std::string& path, int line, const std::string& words) {
    INFO(describe(batch.errors));
    CHECK(batch.assessments.empty());
    const Diagnostic* d = find_error(batch.errors, path);
    REQUIRE(d != nullptr);
    CHECK(d->source == "in.csv");
    CHECK(d->line == line);
    CHECK_THAT(d->message, Catch::Contains(words));
}

}  // namespace

TEST_CASE("csv template: BOM, CRLF, unit and period, two columns per rate criterion, one per value", "[csv]") {
    const std::string text = csv_template(default_rubric());
    REQUIRE(text.compare(0, 3, kBom) == 0);
    REQUIRE(text.size() > 5);
    CHECK(text.compare(text.size() - 2, 2, "\r\n") == 0);
    CHECK(text.find("\r\n") == text.size() - 2);  // the header row alone
    const std::vector<std::string> header = split_line(text.substr(3, text.size() - 5), ',');
    // 22 rate criteria (1.1–1.4, 2.1, 3.1–3.6, 4.1–4.7, 5.1–5.4) × 2 + 2.2's value + 2.
    REQUIRE(header.size() == 47);
    CHECK(header[0] == "Đơn vị");
    CHECK(header[1] == "Kỳ đánh giá");
    CHECK(header[2] == "1.1 Tử số (TTHC công bố đúng hạn)");
    CHECK(header[3] == "1.1 Mẫu số (TTHC công bố trong kỳ)");
    CHECK(header[10] == "2.1 Tử số (hồ sơ đúng hạn, trong hạn)");
    CHECK(header[11] == "2.1 Mẫu số (hồ sơ tiếp nhận, xử lý)");
    CHECK(header[12] == "2.2 Giá trị (ngày)");
    CHECK(header[13] == "3.1 Tử số (TTHC có DVCTT một phần + toàn trình)");
    CHECK(header[39] == "5.1 Tử số (PAKN về quy định, TTHC)");  // info criteria have counts too
    CHECK(header[46] == "5.4 Mẫu số (hồ sơ tiếp nhận)");
    // A label holding the separator is quoted.
    CHECK_THAT(text, Catch::Contains(",\"2.1 Tử số (hồ sơ đúng hạn, trong hạn)\","));
}

TEST_CASE("csv template: semicolon and tab separators", "[csv]") {
    const std::string semicolon = csv_template(default_rubric(), ';');
    const std::vector<std::string> header = split_line(semicolon.substr(3, semicolon.size() - 5), ';');
    REQUIRE(header.size() == 47);
    CHECK(header[10] == "2.1 Tử số (hồ sơ đúng hạn, trong hạn)");
    CHECK_THAT(semicolon, Catch::Contains(";2.1 Tử số (hồ sơ đúng hạn, trong hạn);"));  // no quotes needed
    const std::string tab = csv_template(default_rubric(), '\t');
    CHECK(split_line(tab.substr(3, tab.size() - 5), '\t').size() == 47);
    CHECK(csv_template(default_rubric(), '|') == csv_template(default_rubric(), ','));
}

TEST_CASE("csv template read back as it is: no data rows yet", "[csv]") {
    const AssessmentBatch batch = parse(csv_template(default_rubric()));
    CHECK(batch.layout == BatchLayout::Csv);
    REQUIRE(batch.errors.size() == 1);
    CHECK(batch.errors[0].line == 1);
    CHECK(batch.errors[0].path.empty());
    CHECK_THAT(batch.errors[0].message, Catch::Contains("chưa có dòng số liệu"));
}

TEST_CASE("csv round trip: the template filled in scores as the same figures in JSON", "[csv]") {
    // The three worked examples of the spec, typed into the template's columns.
    const Rubric& rubric = default_rubric();
    const std::string header = csv_template(rubric);
    const std::vector<std::string> columns = split_line(header.substr(3, header.size() - 5), ',');
    auto row = [&](const std::string& unit, std::initializer_list<std::pair<const char*, const char*>> cells) {
        std::vector<std::string> fields(columns.size());
        fields[0] = unit;
        fields[1] = "2026";
        for (const auto& [prefix, value] : cells) {
            std::size_t found = 0;
            for (std::size_t i = 0; i < columns.size(); ++i)
                if (columns[i].rfind(prefix, 0) == 0) {
                    fields[i] = value;
                    ++found;
                }
            INFO(prefix);
            REQUIRE(found == 1);
        }
        std::string line;
        for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? "," : "") + fields[i];
        return line + "\r\n";
    };
    const std::string text =
        header +
        row("UBND tỉnh Phú Thọ", {{"3.1 Tử số", "52"}, {"3.1 Mẫu số", "89"}, {"3.2 Tử số", "516"}, {"3.2 Mẫu số", "1884"},
                                  {"3.3 Tử số", "589496"}, {"3.3 Mẫu số", "597894"}, {"2.2 Giá trị", "4.24"}}) +
        row("Xã Chân Mộng", {{"3.4 Tử số", "8"}, {"3.4 Mẫu số", "40"}, {"3.5 Tử số", "18"}, {"3.5 Mẫu số", "40"},
                             {"3.6 Tử số", "1437"}, {"3.6 Mẫu số", "1541"}}) +
        row("UBND thành phố Hà Nội", {{"5.4 Tử số", "785199"}, {"5.4 Mẫu số", "1065150"}, {"5.2 Tử số", "1000"},
                                      {"5.2 Mẫu số", "4506"}, {"5.3 Tử số", "791"}, {"5.3 Mẫu số", "4506"}});
    const AssessmentBatch csv = parse(text);
    INFO(describe(csv.errors));
    REQUIRE(csv.errors.empty());
    CHECK(csv.layout == BatchLayout::Csv);
    REQUIRE(csv.assessments.size() == 3);

    const AssessmentBatch json = parse_assessments(R"([
      {"unit": "UBND tỉnh Phú Thọ", "period": "2026", "values": {
        "ONLINE_PROVISION": {"numerator": 52, "denominator": 89}, "HAS_ONLINE": {"numerator": 516, "denominator": 1884},
        "ONLINE_DOSSIERS": {"numerator": 589496, "denominator": 597894}, "AVG_DAYS": {"value": 4.24}}},
      {"unit": "Xã Chân Mộng", "period": "2026", "values": {
        "PAY_PROVISION": {"numerator": 8, "denominator": 40}, "PAY_FORMALITIES": {"numerator": 18, "denominator": 40},
        "PAY_DOSSIERS": {"numerator": 1437, "denominator": 1541}}},
      {"unit": "UBND thành phố Hà Nội", "period": "2026", "values": {
        "DOSSIER_RECEIVING_SATISFACTION": {"numerator": 785199, "denominator": 1065150},
        "PETITION_PROCESSING_ON_TIME": {"numerator": 1000, "denominator": 4506},
        "PETITION_HANDLING_SATISFACTION": {"numerator": 791, "denominator": 4506}}}
    ])", "in.json", rubric);
    REQUIRE(json.errors.empty());

    for (std::size_t i = 0; i < 3; ++i) {
        const Assessment& a = csv.assessments[i];
        const Assessment& b = json.assessments[i];
        CHECK(a.rubric == "qd766");
        CHECK(a.unit == b.unit);
        CHECK(a.period == "2026");
        const ScoreCard x = score(rubric, a), y = score(rubric, b);
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
            INFO(rubric.criteria[c].code);
            CHECK(a.entries[c].has_value() == b.entries[c].has_value());
            CHECK(x.criteria[c].entered == y.criteria[c].entered);
            CHECK(cents(x.criteria[c].points) == cents(y.criteria[c].points));
            CHECK(x.criteria[c].percent == y.criteria[c].percent);
        }
        CHECK(cents(x.total) == cents(y.total));
    }
    // The portal's figures (docs/rubric.md): CLGQ 8.56, TTTT 7.22, MDHL 7.29.
    CHECK(cents(score(rubric, csv.assessments[0]).total) == 856);
    CHECK(cents(score(rubric, csv.assessments[1]).total) == 722);
    CHECK(cents(score(rubric, csv.assessments[2]).total) == 729);
    CHECK(entry_of(csv.assessments[0], "AVG_DAYS").value == 4.24);
}

TEST_CASE("csv as Vietnamese Excel saves it: BOM, CRLF, semicolons, decimal commas, thousands dots", "[csv]") {
    const std::string text = test_support::read_file(std::string(DVCSCORE_TEST_DATA) + "/excel-vi.csv");
    REQUIRE(text.compare(0, 3, kBom) == 0);
    REQUIRE(looks_like_assessment_csv(text));
    const AssessmentBatch batch = parse(text);
    INFO(describe(batch.errors));
    REQUIRE(batch.errors.empty());
    REQUIRE(batch.assessments.size() == 3);  // the trailing row of bare semicolons is blank

    const Assessment& phu_tho = batch.assessments[0];
    CHECK(phu_tho.unit == "UBND tỉnh Phú Thọ");
    CHECK(entry_of(phu_tho, "HAS_ONLINE").denominator == 1884);        // "1.884"
    CHECK(entry_of(phu_tho, "ONLINE_DOSSIERS").numerator == 589496);   // "589.496"
    CHECK(entry_of(phu_tho, "ONLINE_DOSSIERS").denominator == 597894);
    CHECK(entry_of(phu_tho, "AVG_DAYS").value == 4.24);                // "4,24"
    CHECK(cents(score(default_rubric(), phu_tho).total) == 856);

    const Assessment& chan_mong = batch.assessments[1];
    CHECK(chan_mong.unit == "Xã Chân Mộng; Phú Thọ");  // quoted: holds the separator
    const Entry& pay = entry_of(chan_mong, "PAY_DOSSIERS");
    CHECK(pay.kind == EntryKind::Percent);
    CHECK(pay.percent == 93.25);  // "93,25" → 93.25 × 6 / 100 = 5.594999… → 5.59
    CHECK(cents(score(default_rubric(), chan_mong).total) == 722);

    const Assessment& ha_noi = batch.assessments[2];
    CHECK(entry_of(ha_noi, "DOSSIER_RECEIVING_SATISFACTION").denominator == 1065150);  // "1.065.150"
    CHECK(cents(score(default_rubric(), ha_noi).total) == 729);
}

TEST_CASE("csv: a percentage with more decimals is kept whole for the unrounded groups", "[csv]") {
    // "23,2466" in 4.6 (MDSH, unrounded): 23.2466 × 2 / 100 = 0.464932 → 0.46; in 1.3 (CKMB,
    // shown percent) it is 23.25 first: 0.465 → 0.47. Counts 295/1269 in 4.5 → 0.46.
    const AssessmentBatch batch = parse(crlf({
        "Đơn vị;Kỳ;4.6 Tỷ lệ %;1.3 Tỷ lệ %;4.5 Tử số;4.5 Mẫu số",
        "A;2026;23,2466;23,2466;295;1.269",
    }));
    INFO(describe(batch.errors));
    REQUIRE(batch.assessments.size() == 1);
    const Assessment& a = batch.assessments[0];
    CHECK(entry_of(a, "CITIZEN_DATA_CONNECTED_DOSSIER").percent == 23.2466);
    const ScoreCard card = score(default_rubric(), a);
    CHECK(card.criteria[index_of(default_rubric(), "CITIZEN_DATA_CONNECTED_DOSSIER")].points == 0.46);
    CHECK(card.criteria[index_of(default_rubric(), "PUBLIC_CONTENT_FULL")].points == 0.47);
    CHECK(card.criteria[index_of(default_rubric(), "CITIZEN_DATA_CONNECTED_FORMALITY")].points == 0.46);
    CHECK(cents(card.total) == 139);  // 0.46 + 0.47 + 0.46
}

TEST_CASE("csv separators: comma, semicolon and tab are recognised from the header", "[csv]") {
    for (const char* separator : {",", ";", "\t"}) {
        const std::string s = separator;
        INFO("separator «" << s << "»");
        const AssessmentBatch batch = parse("Đơn vị" + s + "Kỳ" + s + "2.1 Tử số" + s + "2.1 Mẫu số\n" + "A" + s +
                                            "2026" + s + "45" + s + "50\n");
        INFO(describe(batch.errors));
        REQUIRE(batch.assessments.size() == 1);
        CHECK(entry_of(batch.assessments[0], "ON_TIME").numerator == 45);
        CHECK(cents(score(default_rubric(), batch.assessments[0]).total) == 1800);  // 20 × 90 / 100
    }
}

TEST_CASE("csv quoting: separators, doubled quotes and line breaks inside quotes; lines stay physical", "[csv]") {
    const std::string text = crlf({
        "\"Đơn vị\",\"Kỳ đánh giá\",\"2.1 Tử số\",2.1 Mẫu số",
        "\"Xã \"\"Hòa Bình\"\", huyện A\",2026,\"1,437\",1541",
        "\"Phường B",
        "(tên hai dòng)\",\"Quý I",
        "2026\",1,2",
        "C,2026,3,2",
    });
    const AssessmentBatch batch = parse(text);
    // Row 3 (the fourth record, physical line 6) has numerator > denominator.
    check_error(batch, "cột \"2.1 Tử số\"", 6, "tử số (3) lớn hơn mẫu số (2)");
    REQUIRE(batch.errors.size() == 1);

    const AssessmentBatch fixed = parse(text.substr(0, text.size() - std::string("C,2026,3,2\r\n").size()));
    INFO(describe(fixed.errors));
    REQUIRE(fixed.assessments.size() == 2);
    CHECK(fixed.assessments[0].unit == "Xã \"Hòa Bình\", huyện A");
    CHECK(entry_of(fixed.assessments[0], "ON_TIME").numerator == 1437);  // "1,437" quoted: thousands
    CHECK(fixed.assessments[1].unit == "Phường B\r\n(tên hai dòng)");
    CHECK(fixed.assessments[1].period == "Quý I\r\n2026");
}

TEST_CASE("csv headers: case, diacritics, spacing, parentheses and order do not matter", "[csv]") {
    // "Tử số" in decomposed Unicode (u + horn + hook above; o + acute) and without diacritics.
    const std::string decomposed = "3.2 Tu\xCC\x9B\xCC\x89 so\xCC\x81";
    const AssessmentBatch batch = parse(crlf({
        "ĐƠN VỊ;KỲ;3.1 TỬ SỐ;3.1   mẫu số  (bất kỳ ghi chú);" + decomposed + ";3.2 mau so;3.3 Tỷ lệ (%);2.2 giá trị;"
        "5.2 Tỉ lệ%",
        "A;2026;52;89;516;1884;98,6 %;4;100",
    }));
    INFO(describe(batch.errors));
    REQUIRE(batch.assessments.size() == 1);
    const Assessment& a = batch.assessments[0];
    CHECK(a.unit == "A");
    CHECK(a.period == "2026");
    CHECK(entry_of(a, "ONLINE_PROVISION").numerator == 52);
    CHECK(entry_of(a, "HAS_ONLINE").denominator == 1884);
    CHECK(entry_of(a, "ONLINE_DOSSIERS").percent == 98.6);
    CHECK(entry_of(a, "AVG_DAYS").value == 4);
    CHECK(entry_of(a, "PETITION_PROCESSING_ON_TIME").percent == 100);
    // CLGQ 8.56 as in the spec, plus 5.2 at 100 % = 6.
    CHECK(cents(score(default_rubric(), a).total) == 1456);
}

TEST_CASE("csv cells: empty is not entered, spaces and no-break spaces group thousands", "[csv]") {
    const AssessmentBatch batch = parse(crlf({
        "Đơn vị,3.3 Tử số,3.3 Mẫu số,5.4 Tử số,5.4 Mẫu số,3.3 Tỷ lệ %",
        "A,589 496,597 894,,,",
        "B,,,785\xC2\xA0" "199,1\xE2\x80\xAF" "065\xE2\x80\xAF" "150,",
        ",,,,,",
        "",
        "C,,,,,",
    }));
    INFO(describe(batch.errors));
    REQUIRE(batch.assessments.size() == 3);
    CHECK(entry_of(batch.assessments[0], "ONLINE_DOSSIERS").numerator == 589496);
    CHECK_FALSE(batch.assessments[0].entries[index_of(default_rubric(), "DOSSIER_RECEIVING_SATISFACTION")]);
    CHECK(entry_of(batch.assessments[1], "DOSSIER_RECEIVING_SATISFACTION").denominator == 1065150);
    CHECK(batch.assessments[2].unit == "C");
    CHECK(cents(score(default_rubric(), batch.assessments[2]).total) == 0);
    CHECK(batch.assessments[0].period.empty());  // no period column
}

TEST_CASE("csv detection: JSON stays JSON, the first cell decides", "[csv]") {
    CHECK(looks_like_assessment_csv("Đơn vị,Kỳ\r\n"));
    CHECK(looks_like_assessment_csv(kBom + "\"Đơn vị\";Kỳ\r\n"));
    CHECK(looks_like_assessment_csv("\r\n\r\nđơn vị\t3.1 Tử số\n"));
    CHECK(looks_like_assessment_csv("Đơn vị"));
    CHECK_FALSE(looks_like_assessment_csv("{\"unit\": \"Đơn vị\"}"));
    CHECK_FALSE(looks_like_assessment_csv("  [\"Đơn vị\"]"));
    CHECK_FALSE(looks_like_assessment_csv("Kỳ,Đơn vị\n"));
    CHECK(parse("{\"values\": {}}").layout == BatchLayout::Single);
    // A header alone, in a file with blank lines first: the error is on its physical line.
    const AssessmentBatch batch = parse("\n\nĐơn vị,Kỳ\n");
    REQUIRE(batch.errors.size() == 1);
    CHECK(batch.errors[0].line == 3);
}

TEST_CASE("csv header errors: line 1 and the column as written", "[csv]") {
    SECTION("unknown headers") {
        const AssessmentBatch batch = parse(crlf({"Đơn vị,9.9 Tử số,Ghi chú,3.1 Phần trăm", "A,1,x,5"}));
        check_error(batch, "cột \"9.9 Tử số\"", 1, "không có chỉ tiêu số 9.9");
        check_error(batch, "cột \"Ghi chú\"", 1, "không nhận ra cột");
        check_error(batch, "cột \"3.1 Phần trăm\"", 1, "không nhận ra cột");
        CHECK(batch.errors.size() == 3);  // rows are not read under a broken header
    }
    SECTION("duplicate headers") {
        const AssessmentBatch batch =
            parse(crlf({"Đơn vị,3.1 Tử số,3.1 Mẫu số,3.1 tu so (lần nữa),Kỳ,Kỳ đánh giá", "A,1,2,3,2026,2026"}));
        check_error(batch, "cột \"3.1 tu so (lần nữa)\"", 1, "cột trùng: đã có cột \"3.1 Tử số\" (cột số 2)");
        check_error(batch, "cột \"Kỳ đánh giá\"", 1, "cột trùng");
    }
    SECTION("a numerator column without its denominator column, and the other way") {
        const AssessmentBatch batch = parse(crlf({"Đơn vị,3.1 Tử số,3.2 Mẫu số", "A,1,2"}));
        check_error(batch, "cột \"3.1 Tử số\"", 1, "thiếu cột \"3.1 Mẫu số\"");
        check_error(batch, "cột \"3.2 Mẫu số\"", 1, "thiếu cột \"3.2 Tử số\"");
    }
    SECTION("a figure the criterion does not have") {
        const AssessmentBatch batch = parse(crlf({"Đơn vị,2.2 Tỷ lệ %,3.1 Giá trị", "A,1,2"}));
        check_error(batch, "cột \"2.2 Tỷ lệ %\"", 1, "cột của nó là \"2.2 Giá trị\"");
        check_error(batch, "cột \"3.1 Giá trị\"", 1, "là một tỷ lệ");
    }
    SECTION("an unknown separator") {
        const AssessmentBatch batch = parse("\"Đơn vị\"|Kỳ\nA|2026\n");
        REQUIRE(batch.errors.size() == 1);
        CHECK(batch.errors[0].line == 1);
        CHECK_THAT(batch.errors[0].message, Catch::Contains("dấu phân cách"));
    }
    SECTION("a spreadsheet saved in Windows-1258 rather than UTF-8") {
        // "Đơn vị" in code page 1258: Đ = D0, ơ = F5, ị = i + combining dot below (F2).
        const AssessmentBatch batch = parse("\xD0\xF5n vi\xF2;K\xEC\r\nA;2026\r\n");
        REQUIRE(batch.errors.size() == 1);
        CHECK(batch.errors[0].line == 1);
        CHECK_THAT(batch.errors[0].message, Catch::Contains("UTF-8"));
    }
}

TEST_CASE("csv row errors: the physical line and the column", "[csv]") {
    const std::string header = "Đơn vị;Kỳ;2.1 Tử số;2.1 Mẫu số;3.3 Tỷ lệ %;2.2 Giá trị;5.4 Tử số;5.4 Mẫu số";
    auto row_error = [&](const std::string& row) { return parse(crlf({header, "A;2026;;;;;;", row})); };

    SECTION("wrong number of cells") {
        const AssessmentBatch batch = row_error("B;2026;1;2");
        check_error(batch, "", 3, "dòng có 4 ô nhưng dòng tiêu đề có 8 cột");
    }
    SECTION("not a number") {
        check_error(row_error("B;2026;abc;2;;;;"), "cột \"2.1 Tử số\"", 3, "\"abc\" không phải là số");
        check_error(row_error("B;2026;;;9x;;;"), "cột \"3.3 Tỷ lệ %\"", 3, "\"9x\" không phải là số");
        check_error(row_error("B;2026;;;;4 ngày;;"), "cột \"2.2 Giá trị\"", 3, "không phải là số");
    }
    SECTION("the same checks as JSON (check_entry)") {
        check_error(row_error("B;2026;60;50;;;;"), "cột \"2.1 Tử số\"", 3, "tử số (60) lớn hơn mẫu số (50)");
        check_error(row_error("B;2026;1,5;2;;;;"), "cột \"2.1 Tử số\"", 3, "phải là số nguyên");
        check_error(row_error("B;2026;1;-2;;;;"), "cột \"2.1 Mẫu số\"", 3, "không được âm");
        check_error(row_error("B;2026;;;100,5;;;"), "cột \"3.3 Tỷ lệ %\"", 3, "không được quá 100%");
        check_error(row_error("B;2026;;;;-1;;"), "cột \"2.2 Giá trị\"", 3, "không được âm");
    }
    SECTION("one of numerator and denominator only") {
        check_error(row_error("B;2026;45;;;;;"), "cột \"2.1 Mẫu số\"", 3, "thiếu mẫu số");
        check_error(row_error("B;2026;;50;;;;"), "cột \"2.1 Tử số\"", 3, "thiếu tử số");
    }
    SECTION("counts and a percentage for one criterion") {
        const std::string both = "Đơn vị;3.3 Tử số;3.3 Mẫu số;3.3 Tỷ lệ %";
        check_error(parse(crlf({both, "A;1;2;50"})), "cột \"3.3 Tỷ lệ %\"", 2, "chỉ dùng một dạng");
        check_error(parse(crlf({both, "A;1;;50"})), "cột \"3.3 Tỷ lệ %\"", 2, "chỉ dùng một dạng");
    }
    SECTION("a quote never closed: the line it opened on") {
        check_error(row_error("B;\"2026;1;2;;;;\r\nC;2026;1;2;;;;"), "cột \"Kỳ\"", 3, "không đóng");
    }
    SECTION("text after a closing quote") {
        check_error(row_error("B;\"20\"26;1;2;;;;"), "cột \"Kỳ\"", 3, "sau dấu ngoặc kép đóng");
    }
    SECTION("something under a column with no header") {
        const AssessmentBatch batch = parse(crlf({"Đơn vị;;2.1 Tử số;2.1 Mẫu số", "A;;1;2", "B;x;1;2"}));
        check_error(batch, "cột số 2", 3, "cột không có tiêu đề");
    }
    SECTION("a unit that is not UTF-8") {
        check_error(row_error("B\xFF;2026;;;;;;"), "cột \"Đơn vị\"", 3, "UTF-8");
    }
    SECTION("every error is reported, nothing is scored") {
        const AssessmentBatch batch = parse(crlf({header, "A;2026;1;2;;;;", "B;2026;3;2;;;;", "C;2026;1", "D;2026;;;;;1;"}));
        INFO(describe(batch.errors));
        CHECK(batch.assessments.empty());
        CHECK(batch.errors.size() == 3);
        const std::vector<int> lines = {3, 4, 5};
        for (std::size_t i = 0; i < batch.errors.size() && i < lines.size(); ++i) CHECK(batch.errors[i].line == lines[i]);
    }
}

TEST_CASE("csv limits: assessments per file and a bounded error list", "[csv]") {
    SECTION("more than kMaxAssessments rows") {
        std::string text = "Đơn vị\n";
        for (std::size_t i = 0; i <= kMaxAssessments; ++i) text += "x\n";
        const AssessmentBatch batch = parse(text);
        REQUIRE(batch.errors.size() == 1);
        CHECK_THAT(batch.errors[0].message, Catch::Contains("50000"));
        CHECK(batch.assessments.empty());
    }
    SECTION("exactly kMaxAssessments rows is fine") {
        std::string text = "Đơn vị\n";
        for (std::size_t i = 0; i < kMaxAssessments; ++i) text += "x\n";
        CHECK(parse(text).assessments.size() == kMaxAssessments);
    }
    SECTION("a file of nothing but mistakes stops after a thousand") {
        std::string text = "Đơn vị,2.1 Tử số,2.1 Mẫu số\n";
        for (int i = 0; i < 5000; ++i) text += "x,3,2\n";
        const AssessmentBatch batch = parse(text);
        CHECK(batch.errors.size() == 1001);
        CHECK_THAT(batch.errors.back().message, Catch::Contains("quá nhiều lỗi"));
    }
    SECTION("a header of thousands of columns, a row of a million cells") {
        const AssessmentBatch wide = parse("Đơn vị" + std::string(5000, ',') + "\n");
        REQUIRE(wide.errors.size() == 1);
        CHECK_THAT(wide.errors[0].message, Catch::Contains("5001 cột"));
        const AssessmentBatch row = parse("Đơn vị,Kỳ\nA" + std::string(1000000, ',') + "x\n");
        REQUIRE(row.errors.size() == 1);
        CHECK(row.errors[0].line == 2);
        CHECK_THAT(row.errors[0].message, Catch::Contains("dòng có 1000001 ô nhưng dòng tiêu đề có 2 cột"));
        // A row of separators only is blank, however long.
        CHECK(parse("Đơn vị,Kỳ\nA,1\n" + std::string(1000000, ',') + "\n").assessments.size() == 1);
    }
    SECTION("too large a file") {
        const AssessmentBatch batch =
            parse_assessments_csv(std::string(kMaxInputBytes + 1, ' '), "in.csv", default_rubric());
        REQUIRE(batch.errors.size() == 1);
        CHECK_THAT(batch.errors[0].message, Catch::Contains("quá lớn"));
    }
}
