// Pasting a block of spreadsheet cells into the form (src/app/paste): the clipboard's
// cells, the layouts a block may have, and the form's figures after it.
#include "support.hpp"

#include "app/form.hpp"
#include "app/paste.hpp"
#include "core/assessment_csv.hpp"

using namespace dvcscore;
using dvcscore::app::apply_paste;
using dvcscore::app::clipboard_cells;
using dvcscore::app::Form;
using dvcscore::app::InputMode;
using dvcscore::app::Paste;
using dvcscore::app::read_paste;
using test_support::cents;
using test_support::index_of;

namespace {

using Rows = std::vector<std::vector<std::string>>;

std::size_t at(const char* code) { return index_of(default_rubric(), code); }

// The form after pasting `text` with the focus on `focused`.
Form pasted(const std::string& text, const char* focused = "PUBLISH_ON_TIME", std::vector<std::string>* problems = nullptr) {
    Form form(default_rubric());
    const Paste paste = read_paste(text, default_rubric(), at(focused));
    if (problems) *problems = paste.problems;
    else CHECK(paste.problems.empty());
    apply_paste(paste, form);
    return form;
}

void check_counts(const Form& form, const char* code, double n, double d) {
    INFO(code);
    const auto& e = form.assessment().entries[at(code)];
    REQUIRE(e);
    CHECK(e->kind == EntryKind::Counts);
    CHECK(e->numerator == n);
    CHECK(e->denominator == d);
}

double group_score(const Form& form, const char* code) {
    return form.card().groups[test_support::group_index(default_rubric(), code)];
}

}  // namespace

TEST_CASE("paste: the clipboard's cells as spreadsheets write them", "[paste]") {
    CHECK(clipboard_cells("45\t50\r\n") == Rows{{"45", "50"}});
    CHECK(clipboard_cells("45\t50") == Rows{{"45", "50"}});
    CHECK(clipboard_cells("a\tb\nc\td\n") == Rows{{"a", "b"}, {"c", "d"}});
    CHECK(clipboard_cells("1\r\n\r\n2\r\n") == Rows{{"1"}, {""}, {"2"}});
    CHECK(clipboard_cells("\t\t\n") == Rows{{"", "", ""}});
    // Quoted cells hold tabs, line breaks and doubled quotes.
    CHECK(clipboard_cells("\"x\ty\"\t\"dòng 1\ndòng 2\"\t\"nói \"\"có\"\"\"\r\n") ==
          Rows{{"x\ty", "dòng 1\ndòng 2", "nói \"có\""}});
    CHECK(clipboard_cells("").empty());
}

TEST_CASE("paste: a single cell is not a block and fills nothing", "[paste]") {
    for (const char* text : {"45", "45\r\n", "", "\r\n"}) {
        const Paste paste = read_paste(text, default_rubric(), at("ON_TIME"));
        CHECK(paste.inputs.empty());
        CHECK(paste.problems.empty());
    }
}

TEST_CASE("paste: rows without names fill the focused criterion and those after it", "[paste]") {
    // From 2.1: 2.1 counts, 2.2 a value, 3.1 counts (thousands and a decimal comma as typed).
    const Form form = pasted("950\t1.000\r\n4,24\r\n52\t89\r\n", "ON_TIME");
    check_counts(form, "ON_TIME", 950, 1000);
    CHECK(form.assessment().entries[at("AVG_DAYS")]->value == 4.24);
    check_counts(form, "ONLINE_PROVISION", 52, 89);
    CHECK(form.inputs[at("ON_TIME")].denominator == "1.000");  // the text as it was copied
    // 950/1000 → 95% → 19; 52/89 → 58.43% → 2 × 58.43 / 80 = 1.46075 → 1.46.
    CHECK(cents(group_score(form, "TDGQ")) == 1900);
    CHECK(cents(group_score(form, "CLGQ")) == 146);
}

TEST_CASE("paste: names before the figures are skipped, one figure is a percentage", "[paste]") {
    // The rate after the counts is ignored; an empty row passes over 1.2.
    const Form form = pasted(
        "Tỷ lệ TTHC công bố đúng hạn\t1\t47\t2,13%\r\n"
        "\r\n"
        "Tỷ lệ TTHC công khai đầy đủ nội dung\t100 %\r\n");
    check_counts(form, "PUBLISH_ON_TIME", 1, 47);
    CHECK_FALSE(form.assessment().entries[at("PUBLIC_UPDATE_ON_TIME")]);
    CHECK(form.inputs[at("PUBLIC_CONTENT_FULL")].mode == InputMode::Percent);
    CHECK(form.assessment().entries[at("PUBLIC_CONTENT_FULL")]->percent == 100);
    // 1/47 → 2.13% → 0.1278 → 0.13; 100% → 2.
    CHECK(cents(group_score(form, "CKMB")) == 213);
}

TEST_CASE("paste: rows past the last criterion are left out and said", "[paste]") {
    std::vector<std::string> problems;
    const Form form = pasted("785199\t1065150\r\n1\t2\r\n", "DOSSIER_RECEIVING_SATISFACTION", &problems);
    check_counts(form, "DOSSIER_RECEIVING_SATISFACTION", 785199, 1065150);
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0], Catch::StartsWith("dòng 2 trở đi: hết chỉ tiêu (sau 5.4)"));
}

TEST_CASE("paste: rows named by criterion number or code fill those criteria", "[paste]") {
    // The worked example Phú Thọ, CLGQ: 52/89 → 1.46; 516/1884 → 4 × 27.39 / 100 = 1.0956 → 1.10;
    // 98.6% ≥ 50% → 6. CLGQ = 8.56 — whatever field had the focus.
    const Form form = pasted(
        "3.1\tTỷ lệ TTHC cung cấp DVCTT\t52\t89\r\n"
        "3.3 Tỷ lệ hồ sơ nộp trực tuyến\t98,6%\r\n"
        "HAS_ONLINE\t516\t1884\r\n",
        "PETITION_HANDLING_SATISFACTION");
    check_counts(form, "ONLINE_PROVISION", 52, 89);
    check_counts(form, "HAS_ONLINE", 516, 1884);
    CHECK(form.assessment().entries[at("ONLINE_DOSSIERS")]->percent == 98.6);
    CHECK(cents(group_score(form, "CLGQ")) == 856);
    CHECK_FALSE(form.assessment().entries[at("PETITION_HANDLING_SATISFACTION")]);
}

TEST_CASE("paste: a named row that names nothing, or a criterion twice, is said", "[paste]") {
    std::vector<std::string> problems;
    const Form form = pasted("3.1\t52\t89\r\nabc\t1\t2\r\n3.1\t50\t89\r\n3.2\tchưa có\r\n", "ON_TIME", &problems);
    check_counts(form, "ONLINE_PROVISION", 50, 89);  // the later row
    REQUIRE(problems.size() == 3);
    CHECK_THAT(problems[0], Catch::StartsWith("dòng 2: ô đầu không phải số hay mã chỉ tiêu"));
    CHECK_THAT(problems[1], Catch::StartsWith("dòng 3: chỉ tiêu 3.1 đã có"));
    CHECK_THAT(problems[2], Catch::StartsWith("dòng 4: không có số liệu cho chỉ tiêu 3.2"));
}

TEST_CASE("paste: the template's header and a row fill the whole form, unit and period too", "[paste]") {
    // Chân Mộng, TTTT: 8/40 → 0.50; 18/40 → 45% → 1.125 → 1.13; 1437/1541 → 93.25% → 5.59. 7.22.
    Assessment chan_mong = test_support::with_entries({{"PAY_PROVISION", Entry::counts(8, 40)},
                                                       {"PAY_FORMALITIES", Entry::counts(18, 40)},
                                                       {"PAY_DOSSIERS", Entry::counts(1437, 1541)},
                                                       {"ELECTRONIC_CERTIFIED_COPY", Entry::of_percent(100)}});
    chan_mong.unit = "Xã Chân Mộng";
    chan_mong.period = "2026";
    std::string copied = assessments_csv(default_rubric(), {chan_mong}, '\t');
    copied.erase(0, 3);  // the byte order mark is the file's, not the clipboard's
    Form form(default_rubric());
    form.inputs[at("ON_TIME")].numerator = "1";  // what was there before is replaced
    const Paste paste = read_paste(copied, default_rubric(), at("ON_TIME"));
    CHECK(paste.problems.empty());
    CHECK(apply_paste(paste, form) == 5);
    CHECK(form.unit == "Xã Chân Mộng");
    CHECK(form.period == "2026");
    CHECK(cents(group_score(form, "TTTT")) == 722);
    CHECK(form.assessment().entries[at("ELECTRONIC_CERTIFIED_COPY")]->percent == 100);
    CHECK(form.inputs[at("ON_TIME")].numerator.empty());

    // Two units under the header: the first, and a word about it.
    Assessment other = chan_mong;
    other.unit = "Xã khác";
    std::string two = assessments_csv(default_rubric(), {chan_mong, other}, '\t').substr(3);
    const Paste first = read_paste(two, default_rubric(), 0);
    REQUIRE(first.unit);
    CHECK(*first.unit == "Xã Chân Mộng");
    REQUIRE(first.problems.size() == 1);
    CHECK_THAT(first.problems[0], Catch::Contains("mỗi lần một đơn vị"));
}

TEST_CASE("paste: one row as wide as the template fills the whole form", "[paste]") {
    Assessment a = test_support::with_entries({{"PAY_DOSSIERS", Entry::counts(1437, 1541)},
                                               {"AVG_DAYS", Entry::of_value(4.24)}});
    a.unit = "Xã A";
    a.period = "Quý III/2026";
    const std::string file = assessments_csv(default_rubric(), {a}, '\t');
    const std::string row = file.substr(file.find("\r\n") + 2);  // the data row alone: 47 cells
    REQUIRE(clipboard_cells(row).at(0).size() == 47);
    const Form with_unit = pasted(row);
    CHECK(with_unit.unit == "Xã A");
    CHECK(with_unit.period == "Quý III/2026");
    check_counts(with_unit, "PAY_DOSSIERS", 1437, 1541);
    CHECK(with_unit.assessment().entries[at("AVG_DAYS")]->value == 4.24);

    const std::string figures = row.substr(row.find('\t', row.find('\t') + 1) + 1);  // 45 cells
    const Form without = pasted(figures);
    CHECK(without.unit.empty());
    check_counts(without, "PAY_DOSSIERS", 1437, 1541);
}

TEST_CASE("paste: the form keeps its inherited marks and counts what changed", "[paste]") {
    Form form(default_rubric());
    form.inputs[at("PUBLISH_ON_TIME")].inherited = true;
    form.inputs[at("PUBLISH_ON_TIME")].numerator = "1";
    form.inputs[at("PUBLISH_ON_TIME")].denominator = "47";
    const Paste paste = read_paste("1\t47\r\n43\t47\r\n", default_rubric(), at("PUBLISH_ON_TIME"));
    CHECK(apply_paste(paste, form) == 1);  // 1.1 was already 1/47
    CHECK(form.inputs[at("PUBLISH_ON_TIME")].inherited);
    CHECK(form.assessment().entries[at("PUBLISH_ON_TIME")]->inherited);
    check_counts(form, "PUBLIC_UPDATE_ON_TIME", 43, 47);
}
