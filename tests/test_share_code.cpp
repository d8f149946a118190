// Share codes (share_code.hpp): an assessment as a short URL-safe text and back, exactly;
// anything else — truncated, garbled, another version or rubric, invalid figures, random
// bytes — is refused with a message, never a crash.
#include "support.hpp"

#include <cstdint>
#include <random>
#include <string>

#include "core/share_code.hpp"

using namespace dvcscore;
using test_support::describe;
using test_support::with_entries;

namespace {

// Equal field by field: the same entries of the same kinds with the same doubles.
bool same_assessment(const Assessment& a, const Assessment& b) {
    if (a.rubric != b.rubric || a.unit != b.unit || a.period != b.period || a.entries.size() != b.entries.size())
        return false;
    for (std::size_t c = 0; c < a.entries.size(); ++c) {
        const auto& x = a.entries[c];
        const auto& y = b.entries[c];
        if (x.has_value() != y.has_value()) return false;
        if (!x) continue;
        if (x->kind != y->kind) return false;
        switch (x->kind) {
            case EntryKind::Counts:
                if (x->numerator != y->numerator || x->denominator != y->denominator) return false;
                break;
            case EntryKind::Percent:
                if (x->percent != y->percent) return false;
                break;
            case EntryKind::Value:
                if (x->value != y->value) return false;
                break;
        }
    }
    return true;
}

Assessment round_trip(const Assessment& a, const Rubric& rubric = default_rubric()) {
    const std::string code = share_code(rubric, a);
    const ShareDecode decoded = decode_share_code(code, rubric);
    INFO("code " << code << "\n" << describe(decoded.errors));
    REQUIRE(decoded.errors.empty());
    REQUIRE(decoded.assessment.has_value());
    return *decoded.assessment;
}

// A refused code: no assessment, and an error saying `words`.
void check_refused(const ShareDecode& decoded, const std::string& words, const std::string& path = "") {
    INFO(describe(decoded.errors));
    CHECK_FALSE(decoded.assessment.has_value());
    bool found = false;
    for (const Diagnostic& d : decoded.errors)
        found = found || (d.message.find(words) != std::string::npos && d.path == path);
    CHECK(found);
}

// Payload bytes written by hand, to seal into codes the encoder would never make.
struct Payload {
    std::string bytes;
    Payload& byte(int b) {
        bytes += static_cast<char>(b);
        return *this;
    }
    Payload& varint(std::uint64_t x) {
        for (; x >= 0x80; x >>= 7) bytes += static_cast<char>((x & 0x7F) | 0x80);
        bytes += static_cast<char>(x);
        return *this;
    }
    Payload& text(const std::string& s) {
        varint(s.size());
        bytes += s;
        return *this;
    }
    // Version 1, rubric qd766, unit "A", period "2026", 23 criteria.
    static Payload head() { return Payload().byte(1).text("qd766").text("A").text("2026").varint(23); }
};

bool url_safe(const std::string& code) {
    return code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos;
}

std::size_t code_points(const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// Every criterion entered: counts at 2^53 for rates, a value for 2.2.
Assessment everything_entered(const std::string& unit, const std::string& period) {
    const Rubric& rubric = default_rubric();
    Assessment a = Assessment::blank(rubric);
    a.unit = unit;
    a.period = period;
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c)
        a.entries[c] = rubric.criteria[c].measure == Measure::Value ? Entry::of_value(1234.5678)
                                                                    : Entry::counts(9007199254740991.0, 9007199254740992.0);
    return a;
}

}  // namespace

TEST_CASE("share code: the worked examples round-trip exactly, URL-safe", "[share]") {
    Assessment phu_tho = with_entries({{"ONLINE_PROVISION", Entry::counts(52, 89)},
                                       {"HAS_ONLINE", Entry::counts(516, 1884)},
                                       {"ONLINE_DOSSIERS", Entry::of_percent(98.6)},
                                       {"AVG_DAYS", Entry::of_value(4.24)}});
    phu_tho.unit = "UBND tỉnh Phú Thọ";
    phu_tho.period = "2026";
    Assessment chan_mong = with_entries({{"PAY_PROVISION", Entry::counts(8, 40)},
                                         {"PAY_FORMALITIES", Entry::counts(18, 40)},
                                         {"PAY_DOSSIERS", Entry::counts(1437, 1541)}});
    chan_mong.unit = "Xã Chân Mộng";
    const Assessment blank = Assessment::blank(default_rubric());
    for (const Assessment* a : std::vector<const Assessment*>{&phu_tho, &chan_mong, &blank}) {
        const std::string code = share_code(default_rubric(), *a);
        INFO(code);
        CHECK(url_safe(code));
        CHECK(code.find('=') == std::string::npos);
        CHECK(same_assessment(round_trip(*a), *a));
    }
    CHECK(test_support::cents(score(default_rubric(), round_trip(phu_tho)).total) == 856);
    CHECK(test_support::cents(score(default_rubric(), round_trip(chan_mong)).total) == 722);
    // Small: a code fits in a chat message.
    CHECK(share_code(default_rubric(), chan_mong).size() < 100);
}

TEST_CASE("share code: percentages and values come back as the very same doubles", "[share]") {
    const Assessment a = with_entries({{"PAY_DOSSIERS", Entry::of_percent(93.245)},
                                       {"ON_TIME", Entry::of_percent(0.1 + 0.2)},
                                       {"ONLINE_DOSSIERS", Entry::of_percent(100)},
                                       {"HAS_ONLINE", Entry::of_percent(0)},
                                       {"AVG_DAYS", Entry::of_value(1e300)}});
    const Assessment back = round_trip(a);
    CHECK(same_assessment(back, a));
    const std::size_t pay = test_support::index_of(default_rubric(), "PAY_DOSSIERS");
    CHECK(back.entries[pay]->percent == 93.245);
    // Typed 93.245 is scored as 93.25 (rounded as typed): 93.25 × 6 / 100 → 5.59.
    CHECK(test_support::cents(score(default_rubric(), back).criteria[pay].points) == 559);
}

TEST_CASE("share code: a percent typed in an unrounded group survives and scores the same", "[share]") {
    // MDSH scores a typed percent as typed: 93.2466 in 4.1 (max 6) → 93.2466 × 6 / 100 =
    // 5.594796 → 5.59; 23.2466 in 4.5 (max 2) → 0.464932 → 0.46, where 23.25 would give 0.47.
    const Assessment a = with_entries({{"ORIGINAL_RESULT_AVAILABLE", Entry::of_percent(93.2466)},
                                       {"CITIZEN_DATA_CONNECTED_FORMALITY", Entry::of_percent(23.2466)}});
    const Assessment back = round_trip(a);
    CHECK(same_assessment(back, a));
    const Rubric& rubric = default_rubric();
    const std::size_t original = test_support::index_of(rubric, "ORIGINAL_RESULT_AVAILABLE");
    const std::size_t formality = test_support::index_of(rubric, "CITIZEN_DATA_CONNECTED_FORMALITY");
    CHECK(back.entries[original]->percent == 93.2466);
    const ScoreCard card = score(rubric, back);
    CHECK(card.criteria[original].scoring_percent == 93.2466);
    CHECK(card.criteria[original].points == 5.59);
    CHECK(card.criteria[formality].points == 0.46);
    CHECK(card.criteria[formality].percent == 23.25);
    CHECK(test_support::cents(card.total) == test_support::cents(score(rubric, a).total));
    CHECK(test_support::cents(card.total) == 605);  // 5.59 + 0.46
}

TEST_CASE("share code: a full assessment with an 80-character Vietnamese name stays within 2,000 characters",
          "[share]") {
    std::string unit = "Ủy ban nhân dân phường Thượng Đình, quận Thanh Xuân, thành phố Hà Nội ";
    while (code_points(unit) < 80) unit += "Ữ";  // three bytes each: the longest Vietnamese letters
    REQUIRE(code_points(unit) == 80);
    const Assessment a = everything_entered(unit, "Quý IV năm 2026 (01/10/2026 – 31/12/2026)");
    const std::string code = share_code(default_rubric(), a);
    CHECK(code.size() <= 2000);
    CHECK(url_safe(code));
    CHECK(same_assessment(round_trip(a), a));
}

TEST_CASE("share code: generated assessments round-trip", "[share]") {
    const Rubric& rubric = default_rubric();
    std::mt19937_64 rng(766);
    const std::vector<std::string> names = {"", "Xã Chân Mộng", "UBND tỉnh Phú Thọ", "Sở \"Tư pháp\" & <Nội vụ>",
                                            "Phường 1\nQuận 3", std::string(300, 'x')};
    for (int round = 0; round < 400; ++round) {
        Assessment a = Assessment::blank(rubric);
        a.unit = names[rng() % names.size()];
        a.period = names[rng() % names.size()];
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
            const std::uint64_t choice = rng() % 4;
            if (choice == 0) continue;
            if (rubric.criteria[c].measure == Measure::Value) {
                a.entries[c] = Entry::of_value(static_cast<double>(rng() % 100000) / 100.0);
            } else if (choice == 1) {
                const std::uint64_t d = rng() >> (11 + rng() % 53);  // up to 2^53, every magnitude
                a.entries[c] = Entry::counts(static_cast<double>(d == 0 ? 0 : rng() % (d + 1)), static_cast<double>(d));
            } else if (choice == 2) {
                a.entries[c] = Entry::of_percent(static_cast<double>(rng() % 100001) / 1000.0);  // 93.245 and kin
            } else {
                a.entries[c] = Entry::of_percent(std::uniform_real_distribution<double>(0, 100)(rng));
            }
        }
        INFO("round " << round);
        const Assessment back = round_trip(a);
        REQUIRE(same_assessment(back, a));
        CHECK(score(rubric, back).total == score(rubric, a).total);
    }
}

TEST_CASE("share code: surrounding whitespace is ignored", "[share]") {
    const Assessment a = with_entries({{"ON_TIME", Entry::counts(45, 50)}});
    const ShareDecode decoded = decode_share_code("  \n" + share_code(default_rubric(), a) + "\r\n", default_rubric());
    REQUIRE(decoded.assessment.has_value());
    CHECK(same_assessment(*decoded.assessment, a));
}

TEST_CASE("share code: truncated and garbled codes are refused", "[share]") {
    Assessment a = with_entries({{"ON_TIME", Entry::counts(45, 50)}, {"PAY_DOSSIERS", Entry::of_percent(93.25)}});
    a.unit = "Xã Chân Mộng";
    const std::string code = share_code(default_rubric(), a);
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    SECTION("every shorter prefix") {
        for (std::size_t n = 0; n < code.size(); ++n) {
            INFO("first " << n << " characters");
            const ShareDecode decoded = decode_share_code(code.substr(0, n), default_rubric());
            CHECK_FALSE(decoded.assessment.has_value());
            CHECK_FALSE(decoded.errors.empty());
        }
        check_refused(decode_share_code("", default_rubric()), "trống");
        check_refused(decode_share_code(code.substr(0, code.size() - 3), default_rubric()), "hỏng");
    }
    SECTION("every single character changed") {
        for (std::size_t i = 0; i < code.size(); ++i) {
            std::string garbled = code;
            garbled[i] = alphabet[(alphabet.find(code[i]) + 1 + i % 63) % 64];
            INFO("character " << i << ": " << garbled);
            const ShareDecode decoded = decode_share_code(garbled, default_rubric());
            CHECK_FALSE(decoded.assessment.has_value());
            CHECK_FALSE(decoded.errors.empty());
        }
    }
    SECTION("two neighbours swapped, a character added") {
        std::size_t i = 0;
        while (i + 1 < code.size() && code[i] == code[i + 1]) ++i;
        std::string swapped = code;
        std::swap(swapped[i], swapped[i + 1]);
        REQUIRE(swapped != code);
        check_refused(decode_share_code(swapped, default_rubric()), "mã kiểm tra không khớp");
        check_refused(decode_share_code(code + "A", default_rubric()), "hỏng");
    }
    SECTION("characters no code has") {
        check_refused(decode_share_code("AAAA!AAA", default_rubric()), "ký tự thứ 5 (\"!\")");
        check_refused(decode_share_code(code + "==", default_rubric()), "(\"=\")");
        check_refused(decode_share_code("AB+/", default_rubric()), "(\"+\")");
        check_refused(decode_share_code("AB\xC3\xA1" "C", default_rubric()), "ký tự thứ 3 không có");
        check_refused(decode_share_code("AB CD", default_rubric()), "ký tự thứ 3");
    }
}

TEST_CASE("share code: another version, another rubric, a wrong shape are refused", "[share]") {
    const Rubric& rubric = default_rubric();
    SECTION("version") {
        check_refused(decode_share_code(seal_share_payload(Payload().byte(3).text("qd766").bytes), rubric),
                      "phiên bản 3 chưa được hỗ trợ");
        check_refused(decode_share_code(seal_share_payload(Payload().byte(0).bytes), rubric), "phiên bản 0");
    }
    SECTION("rubric") {
        const RubricLoad other = load_rubric(test_support::read_file(std::string(DVCSCORE_TEST_DATA) +
                                                                     "/rubric-qd766-mo-ta.json"),
                                             "rubric-qd766-mo-ta.json");
        REQUIRE(other.rubric.has_value());
        const Assessment a = Assessment::blank(*other.rubric);
        check_refused(decode_share_code(share_code(*other.rubric, a), rubric),
                      "mã dành cho bộ tiêu chí \"qd766-mo-ta\", khác bộ đang dùng \"qd766\"");
        check_refused(decode_share_code(share_code(rubric, Assessment::blank(rubric)), *other.rubric),
                      "\"qd766\", khác bộ đang dùng \"qd766-mo-ta\"");
        CHECK(same_assessment(round_trip(a, *other.rubric), a));
    }
    SECTION("number of criteria") {
        Payload p = Payload().byte(1).text("qd766").text("").text("").varint(22);
        for (int i = 0; i < 22; ++i) p.byte(0);
        check_refused(decode_share_code(seal_share_payload(p.bytes), rubric), "mã có 22 chỉ tiêu nhưng bộ tiêu chí qd766 có 23");
    }
    SECTION("missing and extra bytes under a good checksum") {
        Payload complete = Payload::head();
        for (int i = 0; i < 23; ++i) complete.byte(0);
        const ShareDecode ok = decode_share_code(seal_share_payload(complete.bytes), rubric);
        REQUIRE(ok.assessment.has_value());
        CHECK(ok.assessment->unit == "A");
        CHECK(ok.assessment->period == "2026");

        check_refused(decode_share_code(seal_share_payload(complete.bytes + '\0'), rubric), "thừa 1 byte ở cuối mã");
        Payload short_one = Payload::head();
        for (int i = 0; i < 10; ++i) short_one.byte(0);
        check_refused(decode_share_code(seal_share_payload(short_one.bytes), rubric), "thiếu dữ liệu từ chỉ tiêu 3.5");
        check_refused(decode_share_code(seal_share_payload(Payload().byte(1).varint(200).text("qd").bytes), rubric),
                      "thiếu dữ liệu ở mã bộ tiêu chí");
        check_refused(decode_share_code(seal_share_payload(Payload::head().byte(1).varint(5).bytes), rubric),
                      "thiếu dữ liệu ở chỉ tiêu 1.1");
        check_refused(decode_share_code(seal_share_payload(Payload::head().byte(2).varint(50).bytes), rubric),
                      "thiếu dữ liệu ở chỉ tiêu 1.1");
        check_refused(decode_share_code(seal_share_payload(Payload::head().byte(9).bytes), rubric),
                      "loại số liệu 9 không hợp lệ", "chỉ tiêu 1.1");
        // A varint that runs past 64 bits.
        check_refused(decode_share_code(seal_share_payload(Payload().byte(1).bytes + std::string(11, '\xFF')), rubric),
                      "hỏng");
    }
    SECTION("text that is not UTF-8") {
        check_refused(decode_share_code(seal_share_payload(Payload().byte(1).text("qd766").text("\xFF").text("").bytes),
                                        rubric),
                      "tên đơn vị trong mã không phải văn bản UTF-8");
    }
}

TEST_CASE("share code: invalid figures are refused with the criterion and check_entry's message", "[share]") {
    const Rubric& rubric = default_rubric();
    check_refused(decode_share_code(share_code(rubric, with_entries({{"ON_TIME", Entry::counts(60, 50)}})), rubric),
                  "tử số (60) lớn hơn mẫu số (50)", "chỉ tiêu 2.1");
    check_refused(decode_share_code(share_code(rubric, with_entries({{"ONLINE_DOSSIERS", Entry::of_percent(120)}})), rubric),
                  "không được quá 100%", "chỉ tiêu 3.3");
    check_refused(decode_share_code(share_code(rubric, with_entries({{"ON_TIME", Entry::of_value(3)}})), rubric),
                  "chỉ tiêu này nhập tỷ lệ", "chỉ tiêu 2.1");
    check_refused(decode_share_code(share_code(rubric, with_entries({{"AVG_DAYS", Entry::counts(1, 2)}})), rubric),
                  "nhập một giá trị", "chỉ tiêu 2.2");
    check_refused(decode_share_code(share_code(rubric, with_entries({{"ON_TIME", Entry::counts(1.5, 2)}})), rubric),
                  "phải là số nguyên", "chỉ tiêu 2.1");
    check_refused(decode_share_code(share_code(rubric, with_entries({{"ON_TIME", Entry::counts(std::nan(""), 2)}})), rubric),
                  "không hợp lệ", "chỉ tiêu 2.1");
    check_refused(decode_share_code(share_code(rubric, with_entries({{"AVG_DAYS", Entry::of_value(-1)}})), rubric),
                  "không được âm", "chỉ tiêu 2.2");
    // Counts beyond 2^53 would not stay exact as doubles.
    check_refused(decode_share_code(seal_share_payload(Payload::head().byte(1).varint(1ull << 60).varint(1ull << 60).bytes +
                                                       std::string(22, '\0')),
                                    rubric),
                  "quá lớn", "chỉ tiêu 1.1");
    // Every bad entry is reported at once.
    const ShareDecode two = decode_share_code(
        share_code(rubric, with_entries({{"ON_TIME", Entry::counts(3, 2)}, {"PAY_DOSSIERS", Entry::of_percent(-1)}})), rubric);
    CHECK(two.errors.size() == 2);
}

// A payload after the head, mostly well formed: criteria mostly not entered, figures small,
// decimal texts from the characters they may hold, now and then a wrong tag or a cut.
std::string plausible_entries(std::mt19937_64& rng) {
    Payload p;
    auto decimal = [&] {
        std::string t(rng() % 7, '0');
        for (char& c : t) c = "0123456789.e-+"[rng() % 14];
        return t;
    };
    for (int c = 0; c < 23; ++c) {
        switch (rng() % 12) {
            case 1: p.byte(1).varint(rng() % 50).varint(rng() % 50); break;
            case 2: p.byte(2).text(decimal()); break;
            case 3: p.byte(3).text(decimal()); break;
            case 4: p.byte(4).text(decimal()).text(decimal()); break;
            case 5: p.byte(static_cast<int>(rng() % 256)); break;
            default: p.byte(0); break;
        }
    }
    if (rng() % 4 == 0) p.bytes.resize(rng() % (p.bytes.size() + 3), '\0');
    return p.bytes;
}

TEST_CASE("share code: random bytes never crash and never half-decode", "[share]") {
    const Rubric& rubric = default_rubric();
    std::mt19937_64 rng(2026);
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::size_t decoded_count = 0;
    for (int round = 0; round < 30000; ++round) {
        std::string code(rng() % 120, '\0');
        const int mode = round % 3;
        for (char& b : code) b = mode == 0 ? static_cast<char>(rng()) : alphabet[rng() % 64];
        // Sealed behind a good checksum and a plausible head, the bytes reach the parser.
        if (mode == 2) code = seal_share_payload(Payload::head().bytes + plausible_entries(rng));
        const ShareDecode d = decode_share_code(code, rubric);
        REQUIRE(d.assessment.has_value() == d.errors.empty());
        for (const Diagnostic& e : d.errors) REQUIRE_FALSE(e.message.empty());
        if (!d.assessment) continue;
        ++decoded_count;
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c)
            if (d.assessment->entries[c]) REQUIRE_FALSE(check_entry(rubric.criteria[c], *d.assessment->entries[c]));
        REQUIRE(same_assessment(round_trip(*d.assessment), *d.assessment));
    }
    CHECK(decoded_count > 0);  // some sealed payloads do read as assessments
}

TEST_CASE("share code: inherited marks and the portal's data round-trip in version 2", "[share]") {
    const Rubric& rubric = default_rubric();
    Assessment a = with_entries({{"PUBLISH_ON_TIME", Entry::counts(1, 47)},
                                 {"DOSSIER_SYNC", Entry::counts(1404, 1404)},
                                 {"ELECTRONIC_CERTIFIED_COPY", Entry::of_percent(100)}});
    a.unit = "UBND phường An Bình";
    a.period = "2026";
    const Assessment plain = a;
    a.entries[test_support::index_of(rubric, "PUBLISH_ON_TIME")]->inherited = true;
    a.portal.unit_code = "H21.100";
    a.portal.level = "COMMUNE";
    Published p = Published::none(rubric);
    p.groups[0] = 8.1;
    p.total = 63.97;
    p.details[0] = PublishedScore{8.11, "transparency"};
    a.portal.published = p;
    a.portal.not_scored.push_back(NotScored{test_support::index_of(rubric, "ON_TIME"), Entry::counts(60, 50)});

    const Assessment back = round_trip(a);
    CHECK(back.entries == a.entries);
    CHECK(back.portal == a.portal);
    // The first byte is the version: base64url "AQ…" is version 1, "Ag…" version 2. A plain
    // assessment keeps its version 1 code.
    CHECK(share_code(rubric, plain).substr(0, 2) == "AQ");
    CHECK(share_code(rubric, a).substr(0, 2) == "Ag");
    CHECK(share_code(rubric, a).size() < 2000);

    // Only the inherited mark, or only a unit code, is enough for version 2.
    Assessment marked = plain;
    marked.entries[test_support::index_of(rubric, "PUBLISH_ON_TIME")]->inherited = true;
    CHECK(round_trip(marked).entries == marked.entries);
    Assessment coded = plain;
    coded.portal.unit_code = "H21.100";
    CHECK(round_trip(coded).portal == coded.portal);
}

TEST_CASE("share code: a damaged version 2 tail is refused", "[share]") {
    const Rubric& rubric = default_rubric();
    // Version 2, 23 criteria not entered, then the tail.
    auto v2 = [] {
        Payload p = Payload().byte(2).text("qd766").text("A").text("2026").varint(23);
        for (int c = 0; c < 23; ++c) p.byte(0);
        return p;
    };
    const ShareDecode fine = decode_share_code(seal_share_payload(v2().text("H1").text("").byte(0).varint(0).bytes), rubric);
    INFO(describe(fine.errors));
    REQUIRE(fine.assessment);
    CHECK(fine.assessment->portal.unit_code == "H1");

    check_refused(decode_share_code(seal_share_payload(v2().text("H1").bytes), rubric), "thiếu dữ liệu ở cấp đơn vị");
    check_refused(decode_share_code(seal_share_payload(v2().text("H1").text("").byte(7).bytes), rubric),
                  "điểm Cổng công bố trong mã không hợp lệ");
    check_refused(decode_share_code(seal_share_payload(v2().text("").text("").byte(1).byte(0).varint(5).bytes), rubric),
                  "mã có 5 nhóm nhưng bộ tiêu chí qd766 có 6");
    // A figure not scored that could be scored, or for a criterion out of range.
    check_refused(decode_share_code(seal_share_payload(v2().text("").text("").byte(0).varint(1).varint(4).byte(1).varint(1).varint(2).bytes),
                                    rubric),
                  "tính điểm được", "chỉ tiêu 2.1 (không tính điểm)");
    check_refused(decode_share_code(seal_share_payload(v2().text("").text("").byte(0).varint(1).varint(99).bytes), rubric),
                  "không tính điểm trong mã không hợp lệ");
    // A version 1 code never carries the inherited flag: its tags stay as they were.
    check_refused(decode_share_code(seal_share_payload(Payload::head().byte(0x41).varint(1).varint(2).bytes), rubric),
                  "loại số liệu 65 không hợp lệ", "chỉ tiêu 1.1");
}

TEST_CASE("scenario code: a target scenario round-trips, texts as typed", "[share]") {
    const Rubric& rubric = default_rubric();
    PlanScenario s;
    s.kind = PlanTarget::Kind::Band;
    s.band = "xuat_sac";
    s.criteria.resize(rubric.criteria.size());
    s.criteria[0].locked = true;
    s.criteria[4].weight = 2.5;
    s.criteria[4].ceiling = "99,5";
    s.criteria[20].target = "1.686";
    const std::string code = scenario_code(rubric, s);
    CHECK(code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos);
    const ScenarioDecode back = decode_scenario_code(code, rubric);
    INFO(describe(back.errors));
    REQUIRE(back.scenario.has_value());
    CHECK(*back.scenario == s);

    PlanScenario total;
    total.kind = PlanTarget::Kind::Total;
    total.total = "82,5";
    const ScenarioDecode t = decode_scenario_code(scenario_code(rubric, total), rubric);
    REQUIRE(t.scenario.has_value());
    CHECK(t.scenario->kind == PlanTarget::Kind::Total);
    CHECK(t.scenario->total == "82,5");
    CHECK(t.scenario->criteria.size() == rubric.criteria.size());
}

TEST_CASE("scenario code: damaged or foreign codes are refused, nothing half read", "[share]") {
    const Rubric& rubric = default_rubric();
    PlanScenario s;
    s.criteria.resize(rubric.criteria.size());
    s.criteria[3].target = "70";
    const std::string code = scenario_code(rubric, s);
    auto refused = [&](const std::string& text) {
        const ScenarioDecode d = decode_scenario_code(text, rubric);
        CHECK_FALSE(d.scenario.has_value());
        CHECK_FALSE(d.errors.empty());
    };
    refused("");
    refused(code.substr(0, code.size() - 3));
    refused(code + "A");
    refused(std::string(code).replace(4, 1, code[4] == 'A' ? "B" : "A"));  // checksum
    // Payloads sealed properly but wrong inside: another version, an unknown band, a weight
    // of 0, the criteria of another rubric.
    refused(seal_share_payload(std::string("\x02\x00", 2)));
    refused(seal_share_payload(std::string("\x01\x01\x03" "abc", 6)));
    std::string zero_weight("\x01\x00", 2);
    zero_weight += static_cast<char>(rubric.criteria.size());
    zero_weight += '\x02';
    zero_weight += std::string("\x01" "0", 2);
    zero_weight += std::string(rubric.criteria.size() - 1, '\0');
    refused(seal_share_payload(zero_weight));
    std::string few("\x01\x00\x02\x00\x00", 5);
    refused(seal_share_payload(few));
    // The sound version of the weight payload reads.
    std::string good("\x01\x00", 2);
    good += static_cast<char>(rubric.criteria.size());
    good += '\x02';
    good += std::string("\x01" "2", 2);
    good += std::string(rubric.criteria.size() - 1, '\0');
    const ScenarioDecode ok = decode_scenario_code(seal_share_payload(good), rubric);
    REQUIRE(ok.scenario.has_value());
    CHECK(ok.scenario->criteria[0].weight == 2);
}
