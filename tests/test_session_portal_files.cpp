// The page's session opening the portal's data (Session::open_files): responses and HAR
// files, alone or together, become one table whose rows are checked against what the
// portal published; a bad file changes nothing; a row opened in the form keeps the
// portal's members through drafts, autosave and share links.
#include "portal_support.hpp"

#include "app/session.hpp"
#include "core/assessment_file.hpp"
#include "core/share_code.hpp"

using namespace portal_support;
using dvcscore::app::BatchRow;
using dvcscore::app::Notice;
using dvcscore::app::OpenedFile;
using dvcscore::app::Session;
using dvcscore::app::StorageState;
using test_support::replaced;

namespace {

OpenedFile file_of(const std::string& name, std::string text) { return OpenedFile{name, std::move(text), 0}; }
OpenedFile sample_file(const std::string& name) { return file_of(name, sample(name)); }

const BatchRow& row_of(const Session& s, const std::string& unit_name) {
    REQUIRE(s.batch);
    for (const BatchRow& r : s.batch->rows)
        if (r.assessment.unit == unit_name) return r;
    FAIL("no row for " << unit_name);
    return s.batch->rows.front();
}

std::vector<std::string> units_of(const Session& s) {
    std::vector<std::string> names;
    for (const BatchRow& r : s.batch->rows) names.push_back(r.assessment.unit);
    return names;
}

const Notice* notice_of(const Session& s, Notice::Kind kind) {
    for (const Notice& n : s.notices)
        if (n.kind == kind) return &n;
    return nullptr;
}

std::string text_of(const Notice& n) {
    std::string text = n.title;
    for (const std::string& line : n.lines) text += "\n" + line;
    return text;
}

// The same nine units in the order the HAR (and the files in that order) name them.
const std::vector<std::string> kUnits = {
    "UBND tỉnh Đồng Tháp", "UBND tỉnh Thái Nguyên", "UBND tỉnh Gia Lai", "UBND phường An Bình",
    "UBND tỉnh Phú Thọ", "Văn phòng UBND Tỉnh - Tỉnh Phú Thọ", "UBND Phường Việt Trì", "UBND xã Chân Mộng",
    "UBND xã Không Phí", "Thanh tra tỉnh - tỉnh Gia Lai", "UBND phường Bình Định"};

}  // namespace

TEST_CASE("session portal: a HAR opens as a table of every unit, each checked against what was published",
          "[session-portal]") {
    Session s(default_rubric());
    s.open_files({sample_file(kHar)});
    REQUIRE(s.batch);
    CHECK(s.batch_opened);
    CHECK(s.batch->source == kHar);
    CHECK(units_of(s) == kUnits);
    for (const BatchRow& r : s.batch->rows) CHECK(r.assessment.period == "2026");
    // As `dvcscore reconcile` of the same file (test_portal_reconcile.cpp): 8 figures
    // reproduced, none different, 16 without their figures in the file.
    CHECK(s.batch->matches == 8);
    CHECK(s.batch->differences == 0);
    CHECK(s.batch->not_checkable == 16);
    CHECK(s.batch->has_published());

    // Gia Lai: CKMB 1/47 → 0.13, 43/47 → 3.66, 47/47 → 2, 1.4 → 6: 11.79, as transparency published.
    const BatchRow& gia_lai = row_of(s, "UBND tỉnh Gia Lai");
    REQUIRE(gia_lai.published.rows.size() == 1);
    CHECK(gia_lai.published.rows[0].source == "transparency");
    CHECK(gia_lai.published.rows[0].published == 11.79);
    CHECK(gia_lai.published.rows[0].computed == 11.79);
    CHECK_FALSE(gia_lai.published.total);  // no ranking for Gia Lai in the files
    CHECK(dvcscore::app::check_summary(gia_lai.published) == "✓ khớp");

    // Đồng Tháp: the ranking's six groups and total 68.8, and no figures: nothing checkable.
    const BatchRow& dong_thap = row_of(s, "UBND tỉnh Đồng Tháp");
    REQUIRE(dong_thap.published.rows.size() == 7);
    CHECK(dong_thap.published.total == 68.8);
    CHECK(dong_thap.published.total_status == ReconcileStatus::NotCheckable);
    CHECK(dong_thap.published.rows.back().group == std::nullopt);  // the total last, groups in rubric order
    CHECK(dong_thap.published.rows[0].group == group("CKMB"));
    CHECK(dong_thap.published.not_checkable == 7);
    CHECK(dvcscore::app::check_summary(dong_thap.published) == "? không kiểm được");
    CHECK(dong_thap.card.total == 0);

    // Phú Thọ: CLGQ 11.46 and TTTT 7.44 both match; its other groups were not published.
    CHECK(row_of(s, "UBND tỉnh Phú Thọ").published.matches == 2);

    const Notice* done = notice_of(s, Notice::Kind::Success);
    REQUIRE(done != nullptr);
    CHECK_THAT(done->title, Catch::Contains(kHar));
    CHECK_THAT(done->title, Catch::Contains("11 đơn vị"));
    CHECK_THAT(done->title, Catch::Contains("kỳ 2026"));
    CHECK_THAT(text_of(*done), Catch::Contains("8 khớp, 0 lệch, 16 không kiểm được"));
    // The request filtered to one procedure is a warning naming the entry.
    const Notice* warned = notice_of(s, Notice::Kind::Warning);
    REQUIRE(warned != nullptr);
    CHECK_THAT(text_of(*warned), Catch::Contains("$.log.entries[5].request.postData.text"));
    CHECK_THAT(text_of(*warned), Catch::Contains("formalityId"));
    // The form is untouched: a table adds no draft.
    CHECK(s.workspace.drafts.size() == 1);
    CHECK(s.form.unit.empty());
}

TEST_CASE("session portal: the sample files opened together make the same table as the HAR, without a period",
          "[session-portal]") {
    Session har(default_rubric()), files(default_rubric());
    har.open_files({sample_file(kHar)});
    files.open_files({sample_file(kServiceResults), sample_file(kTransparency), sample_file(kProvideOnline),
                      sample_file(kPayment), sample_file(kEntries)});
    REQUIRE(files.batch);
    CHECK(files.batch->source == std::string(kServiceResults) + ", " + kTransparency + ", " + kProvideOnline + ", " +
                                     kPayment + ", " + kEntries);
    CHECK(units_of(files) == kUnits);
    for (std::size_t i = 0; i < kUnits.size(); ++i) {
        INFO(kUnits[i]);
        CHECK(files.batch->rows[i].assessment.period.empty());  // only requests name a period
        CHECK(files.batch->rows[i].assessment.entries == har.batch->rows[i].assessment.entries);
        CHECK(files.batch->rows[i].card.total == har.batch->rows[i].card.total);
    }
    CHECK(files.batch->matches == 8);
    const Notice* done = notice_of(files, Notice::Kind::Success);
    REQUIRE(done != nullptr);
    CHECK_THAT(done->title, Catch::Contains("và 2 tệp khác"));  // three named, two counted

    // With dvc-progress-tree (the third quarter; a file alone names no period) four more
    // TDGQ figures are checked: Phú Thọ 403016/464494 → 86.76 % → 17.35, Văn phòng
    // 156/161 → 96.89 % → 19.38, Thanh tra 0/0 → 0, Việt Trì 5830/6684 → 87.22 % → 17.44.
    Session more(default_rubric());
    more.open_files({sample_file(kServiceResults), sample_file(kTransparency), sample_file(kProvideOnline),
                     sample_file(kPayment), sample_file(kEntries), sample_file(kDvcProgress)});
    REQUIRE(more.batch);
    CHECK(more.batch->rows.size() == 12);  // Thanh tra tỉnh - Tỉnh Phú Thọ is only there
    CHECK(more.batch->matches == 12);
    CHECK(row_of(more, "Thanh tra tỉnh - Tỉnh Phú Thọ").published.rows[0].computed == 0);
    CHECK(row_of(more, "UBND Phường Việt Trì").published.matches == 1);
}

TEST_CASE("session portal: a published figure not reproduced is a difference, with both figures", "[session-portal]") {
    // Gia Lai's CKMB published as 11.80 where its figures score 11.79.
    const std::string changed = replaced(sample(kTransparency), "\"agencyLevel\": \"level_1\",\n      \"totalScore\": 11.79",
                                         "\"agencyLevel\": \"level_1\",\n      \"totalScore\": 11.8");
    Session s(default_rubric());
    s.open_files({file_of(kTransparency, changed)});
    REQUIRE(s.batch);
    const BatchRow& gia_lai = row_of(s, "UBND tỉnh Gia Lai");
    REQUIRE(gia_lai.published.rows.size() == 1);
    CHECK(gia_lai.published.rows[0].status == ReconcileStatus::Differs);
    CHECK(gia_lai.published.rows[0].published == 11.8);
    CHECK(gia_lai.published.rows[0].computed == 11.79);
    CHECK(dvcscore::app::check_summary(gia_lai.published) == "≠ lệch 1");
    CHECK(s.batch->differences == 1);
}

TEST_CASE("session portal: a bad portal file keeps the open table and the form as they were", "[session-portal]") {
    Session s(default_rubric());
    s.open_files({sample_file(kHar)});
    REQUIRE(s.batch);
    s.open_batch_row(2);  // Gia Lai in the form
    const std::string unit = s.form.unit;
    const std::size_t rows = s.batch->rows.size(), drafts = s.workspace.drafts.size();
    s.notices.clear();

    struct Bad {
        std::vector<OpenedFile> files;
        std::vector<std::string> said;  // in the notice
    };
    const std::string transparency = sample(kTransparency);
    const std::vector<Bad> bad = {
        // Cut short: a syntax error at its end, line 24.
        {{file_of("cut.json", transparency.substr(0, transparency.find("\"evaluation\"")))},
         {"cut.json:24", "giữa chừng"}},
        // The API's error envelope, its message quoted.
        {{file_of("busy.json", R"({"code":"INTERNAL_SERVER_ERROR","message":"Hệ thống đang bận","data":null})")},
         {"busy.json:1", "$.code", "Hệ thống đang bận"}},
        // Two periods: the year and the third quarter.
        {{sample_file(kMixedHar)}, {kMixedHar, "$.log.entries[9].request.postData.text"}},
        // A count given as null.
        {{file_of(kDvcProgress, replaced(sample(kDvcProgress), "\"totalReceived\":0,", "\"totalReceived\":null,"))},
         {"$.data.children[1].totalReceived"}},
        // A good file beside a bad one: nothing of either is opened.
        {{sample_file(kServiceResults), file_of("busy.json", R"({"code":"ERROR","message":"Lỗi","data":null})")},
         {"các tệp «" + std::string(kServiceResults) + "», «busy.json»", "busy.json:1"}},
    };
    for (const Bad& b : bad) {
        INFO(b.said.front());
        const std::size_t before = s.notices.size();
        s.open_files(b.files);
        REQUIRE(s.notices.size() == before + 1);
        const Notice& n = s.notices.back();
        CHECK(n.kind == Notice::Kind::Error);
        CHECK_THAT(n.title, Catch::Contains("không thay đổi"));
        for (const std::string& said : b.said) CHECK_THAT(text_of(n), Catch::Contains(said));
        CHECK(s.batch->rows.size() == rows);
        CHECK(s.batch->source == kHar);
        CHECK(s.form.unit == unit);
        CHECK(s.workspace.drafts.size() == drafts);
        s.notices.clear();
    }
}

TEST_CASE("session portal: counts the portal got wrong open with a warning, the group not checkable",
          "[session-portal]") {
    // An Bình's 1.4 published as 1500 synchronised of 1404 received.
    const std::string text = replaced(sample(kTransparency), "\"numerator\": 1404, \"denominator\": 1404",
                                      "\"numerator\": 1500, \"denominator\": 1404");
    Session s(default_rubric());
    s.open_files({file_of(kTransparency, text)});
    REQUIRE(s.batch);
    const BatchRow& an_binh = row_of(s, "UBND phường An Bình");
    REQUIRE(an_binh.published.rows.size() == 1);
    CHECK(an_binh.published.rows[0].status == ReconcileStatus::NotCheckable);
    CHECK(dvcscore::app::missing_numbers(default_rubric(), an_binh.published.rows[0]) == "1.4");
    CHECK(an_binh.published.rows[0].not_scored.size() == 1);
    const Notice* warned = notice_of(s, Notice::Kind::Warning);
    REQUIRE(warned != nullptr);
    CHECK_THAT(text_of(*warned), Catch::Contains("$.data.evaluation[0].metrics[3]"));
    CHECK_THAT(text_of(*warned), Catch::Contains("1500"));
}

TEST_CASE("session portal: import's output opened beside the portal's data joins the table", "[session-portal]") {
    // An assessment with a published CLGQ of 8.56 (Phú Thọ's worked example: 52/89 → 1.46,
    // 516/1884 → 1.10, 98.6 % → 6).
    const std::string assessment = R"json({"unit": "UBND tỉnh Phú Thọ (tự nhập)", "period": "2026",
      "values": {"ONLINE_PROVISION": {"numerator": 52, "denominator": 89},
                 "HAS_ONLINE": {"numerator": 516, "denominator": 1884},
                 "ONLINE_DOSSIERS": {"percent": 98.6}},
      "published": {"groups": {"CLGQ": 8.56}}})json";
    Session s(default_rubric());
    s.open_files({file_of("tu-nhap.json", assessment), sample_file(kPayment)});
    REQUIRE(s.batch);
    CHECK(s.batch->rows.back().assessment.unit == "UBND tỉnh Phú Thọ (tự nhập)");
    CHECK(s.batch->rows.back().published.matches == 1);
    CHECK(s.batch->source == std::string(kPayment) + ", tu-nhap.json");

    // Such a file alone opens as before: one assessment, a draft.
    Session alone(default_rubric());
    alone.open_files({file_of("tu-nhap.json", assessment)});
    CHECK_FALSE(alone.batch);
    CHECK(alone.form.unit == "UBND tỉnh Phú Thọ (tự nhập)");
    REQUIRE(alone.form.portal.published);
    CHECK(alone.form.portal.published->groups[group("CLGQ")] == 8.56);
}

TEST_CASE("session portal: a row opened in the form keeps the portal's members in drafts, autosave and links",
          "[session-portal]") {
    Session s(default_rubric());
    s.open_files({sample_file(kTransparency)});
    REQUIRE(s.batch);
    s.open_batch_row(1);  // An Bình, a commune
    CHECK(s.form.unit == "UBND phường An Bình");
    const PortalData portal = s.form.portal;
    CHECK(portal.unit_code == s.batch->rows[1].assessment.portal.unit_code);
    CHECK(portal.level == "COMMUNE");
    REQUIRE(portal.published);
    REQUIRE(portal.published->details[group("CKMB")]);
    CHECK(portal.published->details[group("CKMB")]->score == 11.79);
    // 1.1–1.3 are the province's: marked in the form as in the file.
    for (const char* code : {"PUBLISH_ON_TIME", "PUBLIC_UPDATE_ON_TIME", "PUBLIC_CONTENT_FULL"})
        CHECK(s.form.inputs[test_support::index_of(default_rubric(), code)].inherited);
    CHECK_FALSE(s.form.inputs[test_support::index_of(default_rubric(), "DOSSIER_SYNC")].inherited);

    // Edited, autosaved, restored: still there.
    s.form.inputs[test_support::index_of(default_rubric(), "DOSSIER_SYNC")].numerator = "1000";
    s.form.recompute();
    s.form_edited();
    const std::string saved = s.autosave_text();
    Session reloaded(default_rubric());
    REQUIRE_FALSE(reloaded.restore(saved, StorageState::Available));
    CHECK(reloaded.form.unit == "UBND phường An Bình");
    CHECK(reloaded.form.portal == portal);
    CHECK(reloaded.form.inputs[test_support::index_of(default_rubric(), "PUBLISH_ON_TIME")].inherited);
    CHECK(reloaded.form.inputs[test_support::index_of(default_rubric(), "DOSSIER_SYNC")].numerator == "1000");

    // A share link: the same.
    Session linked(default_rubric());
    linked.open_share_fragment("#" + s.share_fragment());
    CHECK(linked.form.portal == portal);
    CHECK(linked.form.inputs[test_support::index_of(default_rubric(), "PUBLIC_CONTENT_FULL")].inherited);

    // The check follows the figures: 1.4 now 1000/1404 → 71.23 % of 6 points → 4.27, so
    // CKMB 0.13 + 3.66 + 2 + 4.27 = 10.06, no longer the 11.79 published.
    const auto check = dvcscore::app::check_published(default_rubric(), s.form.assessment());
    REQUIRE(check.rows.size() == 1);
    CHECK(check.rows[0].status == ReconcileStatus::Differs);
    CHECK(check.rows[0].computed == 10.06);
}

TEST_CASE("session portal: a figure typed where the portal's could not be scored takes its place in files and links",
          "[session-portal]") {
    // An Bình's 1.4 published as 1500 synchronised of 1404 received: kept, not scored.
    const std::string text = replaced(sample(kTransparency), "\"numerator\": 1404, \"denominator\": 1404",
                                      "\"numerator\": 1500, \"denominator\": 1404");
    Session s(default_rubric());
    s.open_files({file_of(kTransparency, text)});
    s.open_batch_row(1);
    const std::size_t sync = test_support::index_of(default_rubric(), "DOSSIER_SYNC");
    REQUIRE(s.form.assessment().portal.not_scored.size() == 1);
    CHECK(s.form.inputs[sync].numerator.empty());

    // The unit types its own count: 1404/1404 → 6, CKMB 11.79 again.
    s.form.inputs[sync].numerator = "1404";
    s.form.inputs[sync].denominator = "1404";
    s.form.recompute();
    CHECK(s.form.assessment().portal.not_scored.empty());
    CHECK(s.form.card().groups[group("CKMB")] == 11.79);
    const auto file = s.assessment_file();
    const AssessmentBatch back = parse_assessments(file.content, file.name, default_rubric());
    INFO(test_support::describe(back.errors));
    REQUIRE(back.errors.empty());
    CHECK(back.assessments[0].entries[sync]->numerator == 1404);
    Session linked(default_rubric());
    linked.open_share_fragment(s.share_fragment());
    CHECK(linked.notices.back().kind == Notice::Kind::Success);

    // Emptied again: the portal's figures are back, still not scored.
    s.form.inputs[sync].numerator.clear();
    s.form.inputs[sync].denominator.clear();
    s.form.recompute();
    REQUIRE(s.form.assessment().portal.not_scored.size() == 1);
    CHECK(s.form.assessment().portal.not_scored[0].entry.numerator == 1500);
}
