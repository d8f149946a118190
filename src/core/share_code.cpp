#include "share_code.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "base64.hpp"
#include "number_text.hpp"
#include "utf8_text.hpp"

namespace dvcscore {
namespace {

constexpr std::uint8_t kVersion = 1;         // figures only
constexpr std::uint8_t kPortalVersion = 2;   // figures, inherited marks and the portal's data
constexpr std::uint8_t kInheritedFlag = 0x40;  // on an entry's tag (version 2)

enum Tag : std::uint8_t {
    kMissing = 0,
    kCounts = 1,
    kPercent = 2,
    kValue = 3,
    kCountsText = 4,
};

constexpr std::uint64_t kMaxWholeCount = static_cast<std::uint64_t>(kMaxCount);  // exactly 2^53
constexpr std::size_t kMaxDecimalText = 32;  // "%.17g" needs at most 24

std::uint32_t crc32(std::string_view bytes) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (char b : bytes) c = table[(c ^ static_cast<unsigned char>(b)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void put_varint(std::string& out, std::uint64_t x) {
    while (x >= 0x80) {
        out += static_cast<char>((x & 0x7F) | 0x80);
        x >>= 7;
    }
    out += static_cast<char>(x);
}

void put_text(std::string& out, std::string_view text) {
    put_varint(out, text.size());
    out += text;
}

bool whole_count(double x) { return std::isfinite(x) && x >= 0 && x <= kMaxCount && x == std::floor(x); }

enum class Read { Ok, Truncated, Invalid };

class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

    std::size_t remaining() const { return bytes_.size() - pos_; }

    Read byte(std::uint8_t& out) {
        if (pos_ >= bytes_.size()) return Read::Truncated;
        out = static_cast<std::uint8_t>(bytes_[pos_++]);
        return Read::Ok;
    }

    Read varint(std::uint64_t& out) {
        std::uint64_t x = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            std::uint8_t b = 0;
            if (byte(b) != Read::Ok) return Read::Truncated;
            if (shift == 63 && (b & 0x7E) != 0) return Read::Invalid;  // beyond 64 bits
            x |= static_cast<std::uint64_t>(b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                out = x;
                return Read::Ok;
            }
        }
        return Read::Invalid;
    }

    Read text(std::string_view& out) {
        std::uint64_t length = 0;
        if (const Read r = varint(length); r != Read::Ok) return r;
        if (length > remaining()) return Read::Truncated;
        out = bytes_.substr(pos_, static_cast<std::size_t>(length));
        pos_ += static_cast<std::size_t>(length);
        return Read::Ok;
    }

private:
    std::string_view bytes_;
    std::size_t pos_ = 0;
};

// A decimal written by format_shortest(); nothing else (no "nan", no spaces) passes.
std::optional<double> read_decimal(std::string_view text) {
    if (text.empty() || text.size() > kMaxDecimalText ||
        text.find_first_not_of("0123456789+-.eE") != std::string_view::npos)
        return std::nullopt;
    const std::string s(text);
    char* end = nullptr;
    const double x = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size()) return std::nullopt;
    return x;
}

void add_error(Diagnostics& errors, std::string message, std::string path = "") {
    Diagnostic d;
    d.path = std::move(path);
    d.message = std::move(message);
    errors.push_back(std::move(d));
}

bool unbase64(std::string_view code, std::string& bytes, Diagnostics& errors) {
    std::size_t bad = 0;
    if (decode_base64(code, Base64::Url, bytes, bad)) return true;
    if (bad != std::string_view::npos) {
        const auto c = static_cast<unsigned char>(code[bad]);
        add_error(errors, "ký tự thứ " + std::to_string(bad + 1) +
                              (c > 0x20 && c < 0x7F ? " (\"" + std::string(1, code[bad]) + "\")" : std::string()) +
                              " không có trong mã chia sẻ (chỉ gồm chữ, số, - và _)");
    } else {
        add_error(errors, "mã bị cắt cụt hoặc hỏng (ký tự cuối không khớp)");
    }
    return false;
}

// The payload of a sealed code (whitespace around it ignored), its checksum verified.
bool open_envelope(std::string_view code, std::string& payload, Diagnostics& errors) {
    code = trimmed(code);
    if (code.empty()) return add_error(errors, "mã chia sẻ trống"), false;
    if (code.size() > kMaxInputBytes) return add_error(errors, "mã chia sẻ quá dài"), false;
    std::string bytes;
    if (!unbase64(code, bytes, errors)) return false;
    if (bytes.size() < 5) return add_error(errors, "mã quá ngắn: bị cắt cụt hoặc hỏng"), false;
    payload = bytes.substr(0, bytes.size() - 4);
    std::uint32_t stored = 0;
    for (int k = 3; k >= 0; --k) stored = stored << 8 | static_cast<unsigned char>(bytes[payload.size() + static_cast<std::size_t>(k)]);
    if (stored != crc32(payload))
        return add_error(errors, "mã bị hỏng hoặc không đầy đủ (mã kiểm tra không khớp): hãy sao chép lại cả mã"), false;
    return true;
}

class Decoder {
public:
    Decoder(const Rubric& rubric, ShareDecode& result) : rubric_(rubric), result_(result) {}

    void decode(std::string_view code) {
        std::string bytes;
        if (open_envelope(code, bytes, result_.errors)) read_payload(bytes);
    }

private:
    void error(std::string message, std::string path = "") { add_error(result_.errors, std::move(message), std::move(path)); }

    void truncated(const std::string& where) { error("mã bị cắt cụt hoặc hỏng (thiếu dữ liệu " + where + ")"); }

    enum class Step { Ok, Skip, Stop };  // Skip: reported, read on; Stop: what follows cannot be read

    // One entry after its tag byte (the inherited flag already taken off).
    Step read_entry(ByteReader& in, std::uint8_t tag, const std::string& where, std::optional<Entry>& entry) {
        switch (tag) {
            case kMissing: return Step::Ok;
            case kCounts: {
                std::uint64_t n = 0, d = 0;
                if (in.varint(n) != Read::Ok || in.varint(d) != Read::Ok) return truncated("ở " + where), Step::Stop;
                if (n > kMaxWholeCount || d > kMaxWholeCount) {
                    error(count_too_large("số đếm"), where);
                    return Step::Skip;
                }
                entry = Entry::counts(static_cast<double>(n), static_cast<double>(d));
                return Step::Ok;
            }
            case kPercent:
            case kValue:
            case kCountsText: {
                std::string_view first, second;
                if (in.text(first) != Read::Ok) return truncated("ở " + where), Step::Stop;
                if (tag == kCountsText && in.text(second) != Read::Ok) return truncated("ở " + where), Step::Stop;
                const auto x = read_decimal(first);
                const auto y = tag == kCountsText ? read_decimal(second) : std::optional<double>(0);
                if (!x || !y) {
                    error("số \"" + shortened(x ? second : first) + "\" không hợp lệ", where);
                    return Step::Skip;
                }
                entry = tag == kPercent ? Entry::of_percent(*x) : tag == kValue ? Entry::of_value(*x) : Entry::counts(*x, *y);
                return Step::Ok;
            }
            default:
                error("loại số liệu " + std::to_string(tag) + " không hợp lệ", where);
                return Step::Stop;
        }
    }

    // A tag byte and its entry; in version 2 the tag may carry the inherited flag.
    Step read_tagged(ByteReader& in, std::uint8_t version, const std::string& where, std::optional<Entry>& entry) {
        std::uint8_t tag = 0;
        if (in.byte(tag) != Read::Ok) return truncated("từ " + where), Step::Stop;
        const bool inherited = version >= kPortalVersion && (tag & kInheritedFlag) != 0;
        if (inherited) tag = static_cast<std::uint8_t>(tag & ~kInheritedFlag);
        const Step step = read_entry(in, tag, where, entry);
        if (entry) entry->inherited = inherited;
        return step;
    }

    bool read_utf8(ByteReader& in, const char* what, std::string& out) {
        std::string_view text;
        if (in.text(text) != Read::Ok) return truncated(std::string("ở ") + what), false;
        if (!is_valid_utf8(text)) return error(std::string(what) + " trong mã không phải văn bản UTF-8 hợp lệ"), false;
        out = std::string(text);
        return true;
    }

    bool read_score(ByteReader& in, const std::string& where, double& out) {
        std::string_view text;
        if (in.text(text) != Read::Ok) return truncated("ở " + where), false;
        const auto x = read_decimal(text);
        if (!x || !std::isfinite(*x) || *x < 0) return error("điểm \"" + shortened(text) + "\" không hợp lệ", where), false;
        out = *x;
        return true;
    }

    // Version 2's tail: unit code, level, what the portal published, figures not scored.
    bool read_portal(ByteReader& in, Assessment& a) {
        if (!read_utf8(in, "mã đơn vị", a.portal.unit_code) || !read_utf8(in, "cấp đơn vị", a.portal.level)) return false;
        std::uint8_t has_published = 0;
        if (in.byte(has_published) != Read::Ok) return truncated("ở điểm Cổng công bố"), false;
        if (has_published > 1) return error("điểm Cổng công bố trong mã không hợp lệ"), false;
        if (has_published == 1) {
            Published p = Published::none(rubric_);
            std::uint8_t has_total = 0;
            if (in.byte(has_total) != Read::Ok) return truncated("ở tổng điểm Cổng công bố"), false;
            if (has_total > 1) return error("tổng điểm Cổng công bố trong mã không hợp lệ"), false;
            if (has_total == 1 && !read_score(in, "tổng điểm Cổng công bố", p.total.emplace())) return false;
            std::uint64_t groups = 0;
            if (in.varint(groups) != Read::Ok) return truncated("ở số nhóm"), false;
            if (groups != rubric_.groups.size())
                return error("mã có " + std::to_string(groups) + " nhóm nhưng bộ tiêu chí " + rubric_.id + " có " +
                             std::to_string(rubric_.groups.size())),
                       false;
            for (std::size_t g = 0; g < rubric_.groups.size(); ++g) {
                const std::string where = "nhóm " + rubric_.groups[g].code;
                std::uint8_t flags = 0;
                if (in.byte(flags) != Read::Ok) return truncated("ở " + where), false;
                if (flags > 3) return error("điểm Cổng công bố trong mã không hợp lệ", where), false;
                if ((flags & 1) && !read_score(in, where, p.groups[g].emplace())) return false;
                if (flags & 2) {
                    PublishedScore detail;
                    if (!read_score(in, where, detail.score) || !read_utf8(in, "nguồn điểm", detail.source)) return false;
                    p.details[g] = std::move(detail);
                }
            }
            a.portal.published = std::move(p);
        }
        std::uint64_t count = 0;
        if (in.varint(count) != Read::Ok) return truncated("ở số liệu không tính điểm"), false;
        if (count > rubric_.criteria.size()) return error("số liệu không tính điểm trong mã không hợp lệ"), false;
        std::size_t next = 0;  // criteria in rubric order, each once
        for (std::uint64_t i = 0; i < count; ++i) {
            std::uint64_t c = 0;
            if (in.varint(c) != Read::Ok) return truncated("ở số liệu không tính điểm"), false;
            if (c < next || c >= rubric_.criteria.size() || a.entries[c])
                return error("số liệu không tính điểm trong mã không hợp lệ"), false;
            next = c + 1;
            const Criterion& criterion = rubric_.criteria[c];
            const std::string where = "chỉ tiêu " + criterion.number + " (không tính điểm)";
            std::optional<Entry> entry;
            const Step step = read_tagged(in, kPortalVersion, where, entry);
            if (step == Step::Stop) return false;
            if (!entry) {
                if (step == Step::Ok) error("thiếu số liệu", where);
                continue;
            }
            if (auto problem = check_entry_figures(criterion, *entry)) {
                error(problem->message, where);
                continue;
            }
            if (!check_entry(criterion, *entry)) {
                error("số liệu này tính điểm được, không thuộc phần không tính điểm", where);
                continue;
            }
            a.portal.not_scored.push_back(NotScored{static_cast<std::size_t>(c), *entry});
        }
        return true;
    }

    void read_payload(std::string_view payload) {
        ByteReader in(payload);
        std::uint8_t version = 0;
        in.byte(version);
        if (version != kVersion && version != kPortalVersion)
            return error("mã chia sẻ phiên bản " + std::to_string(version) +
                         " chưa được hỗ trợ (chương trình này đọc phiên bản " + std::to_string(kVersion) + " và " +
                         std::to_string(kPortalVersion) + ")");
        std::string_view id, unit, period;
        if (in.text(id) != Read::Ok) return truncated("ở mã bộ tiêu chí");
        result_.rubric_id = std::string(id);
        if (id != rubric_.id)
            return error("mã dành cho bộ tiêu chí \"" + shortened(id) + "\", khác bộ đang dùng \"" + rubric_.id + "\"");
        if (in.text(unit) != Read::Ok) return truncated("ở tên đơn vị");
        if (in.text(period) != Read::Ok) return truncated("ở kỳ đánh giá");
        if (!is_valid_utf8(unit)) return error("tên đơn vị trong mã không phải văn bản UTF-8 hợp lệ");
        if (!is_valid_utf8(period)) return error("kỳ đánh giá trong mã không phải văn bản UTF-8 hợp lệ");
        std::uint64_t count = 0;
        if (in.varint(count) != Read::Ok) return truncated("ở số chỉ tiêu");
        if (count != rubric_.criteria.size())
            return error("mã có " + std::to_string(count) + " chỉ tiêu nhưng bộ tiêu chí " + rubric_.id + " có " +
                         std::to_string(rubric_.criteria.size()));

        Assessment a = Assessment::blank(rubric_);
        a.unit = std::string(unit);
        a.period = std::string(period);
        for (std::size_t c = 0; c < rubric_.criteria.size(); ++c) {
            const Criterion& criterion = rubric_.criteria[c];
            const std::string where = "chỉ tiêu " + criterion.number;
            std::optional<Entry> entry;
            if (read_tagged(in, version, where, entry) == Step::Stop) return;
            if (!entry) continue;
            if (auto problem = check_entry(criterion, *entry)) {
                error(problem->message, where);
                continue;
            }
            a.entries[c] = *entry;
        }
        if (version == kPortalVersion && !read_portal(in, a)) return;
        if (in.remaining() > 0) return error("thừa " + std::to_string(in.remaining()) + " byte ở cuối mã");
        if (result_.errors.empty()) result_.assessment = std::move(a);
    }

    const Rubric& rubric_;
    ShareDecode& result_;
};

}  // namespace

std::string seal_share_payload(std::string_view payload) {
    std::string bytes(payload);
    const std::uint32_t crc = crc32(payload);
    for (int k = 0; k < 4; ++k) bytes += static_cast<char>((crc >> (8 * k)) & 0xFF);
    return encode_base64(bytes, Base64::Url);
}

namespace {

void put_entry(std::string& payload, const Entry& entry) {
    const char flag = entry.inherited ? static_cast<char>(kInheritedFlag) : 0;
    switch (entry.kind) {
        case EntryKind::Counts:
            if (whole_count(entry.numerator) && whole_count(entry.denominator)) {
                payload += static_cast<char>(kCounts | flag);
                put_varint(payload, static_cast<std::uint64_t>(entry.numerator));
                put_varint(payload, static_cast<std::uint64_t>(entry.denominator));
            } else {
                payload += static_cast<char>(kCountsText | flag);
                put_text(payload, format_shortest(entry.numerator));
                put_text(payload, format_shortest(entry.denominator));
            }
            break;
        case EntryKind::Percent:
            payload += static_cast<char>(kPercent | flag);
            put_text(payload, format_shortest(entry.percent));
            break;
        case EntryKind::Value:
            payload += static_cast<char>(kValue | flag);
            put_text(payload, format_shortest(entry.value));
            break;
    }
}

void put_portal(std::string& payload, const Rubric& rubric, const PortalData& portal) {
    put_text(payload, valid_utf8(portal.unit_code));
    put_text(payload, valid_utf8(portal.level));
    payload += static_cast<char>(portal.published ? 1 : 0);
    if (portal.published) {
        const Published& p = *portal.published;
        payload += static_cast<char>(p.total ? 1 : 0);
        if (p.total) put_text(payload, format_shortest(*p.total));
        put_varint(payload, rubric.groups.size());
        for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
            const bool headline = g < p.groups.size() && p.groups[g];
            const bool detail = g < p.details.size() && p.details[g];
            payload += static_cast<char>((headline ? 1 : 0) | (detail ? 2 : 0));
            if (headline) put_text(payload, format_shortest(*p.groups[g]));
            if (detail) {
                put_text(payload, format_shortest(p.details[g]->score));
                put_text(payload, valid_utf8(p.details[g]->source));
            }
        }
    }
    put_varint(payload, portal.not_scored.size());
    for (const NotScored& n : portal.not_scored) {
        put_varint(payload, n.criterion);
        put_entry(payload, n.entry);
    }
}

}  // namespace

std::string share_code(const Rubric& rubric, const Assessment& assessment) {
    // Version 1 whenever it can say everything, so the codes of plain assessments stay as they were.
    bool any_inherited = false;
    for (const auto& e : assessment.entries) any_inherited = any_inherited || (e && e->inherited);
    const bool portal = any_inherited || !assessment.portal.empty();
    std::string payload;
    payload += static_cast<char>(portal ? kPortalVersion : kVersion);
    put_text(payload, rubric.id);
    put_text(payload, valid_utf8(assessment.unit));
    put_text(payload, valid_utf8(assessment.period));
    put_varint(payload, rubric.criteria.size());
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        if (c < assessment.entries.size() && assessment.entries[c]) put_entry(payload, *assessment.entries[c]);
        else payload += static_cast<char>(kMissing);
    }
    if (portal) put_portal(payload, rubric, assessment.portal);
    return seal_share_payload(payload);
}

ShareDecode decode_share_code(std::string_view code, const Rubric& rubric) {
    ShareDecode result;
    Decoder(rubric, result).decode(code);
    return result;
}

}  // namespace dvcscore

namespace dvcscore {
namespace {

constexpr std::uint8_t kScenarioVersion = 1;
constexpr std::uint8_t kScenarioLocked = 1, kScenarioWeight = 2, kScenarioCeiling = 4, kScenarioTarget = 8;
constexpr std::size_t kMaxScenarioText = 64;  // a typed figure, never longer

}  // namespace

std::string scenario_code(const Rubric& rubric, const PlanScenario& scenario) {
    std::string payload(1, static_cast<char>(kScenarioVersion));
    switch (scenario.kind) {
        case PlanTarget::Kind::NextBand: payload += '\0'; break;
        case PlanTarget::Kind::Band:
            payload += '\1';
            put_text(payload, valid_utf8(scenario.band));
            break;
        case PlanTarget::Kind::Total:
            payload += '\2';
            put_text(payload, valid_utf8(scenario.total));
            break;
    }
    put_varint(payload, rubric.criteria.size());
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        const ScenarioCriterion none;
        const ScenarioCriterion& s = c < scenario.criteria.size() ? scenario.criteria[c] : none;
        std::uint8_t flags = s.locked ? kScenarioLocked : 0;
        if (s.weight != 1) flags |= kScenarioWeight;
        if (!s.ceiling.empty()) flags |= kScenarioCeiling;
        if (!s.target.empty()) flags |= kScenarioTarget;
        payload += static_cast<char>(flags);
        if (flags & kScenarioWeight) put_text(payload, format_shortest(s.weight));
        if (flags & kScenarioCeiling) put_text(payload, valid_utf8(s.ceiling));
        if (flags & kScenarioTarget) put_text(payload, valid_utf8(s.target));
    }
    return seal_share_payload(payload);
}

ScenarioDecode decode_scenario_code(std::string_view code, const Rubric& rubric) {
    ScenarioDecode result;
    std::string payload;
    if (!open_envelope(code, payload, result.errors)) return result;
    auto fail = [&](std::string message) {
        add_error(result.errors, "mục tiêu trong liên kết: " + std::move(message));
        return result;
    };
    ByteReader in(payload);
    std::uint8_t version = 0, kind = 0;
    in.byte(version);
    if (version != kScenarioVersion) return fail("phiên bản " + std::to_string(version) + " chưa được hỗ trợ");
    if (in.byte(kind) != Read::Ok) return fail("bị cắt cụt");
    PlanScenario s;
    auto text = [&](std::string& out) {
        std::string_view t;
        if (in.text(t) != Read::Ok || t.size() > kMaxScenarioText || !is_valid_utf8(t)) return false;
        out = std::string(t);
        return true;
    };
    if (kind == 0) {
        s.kind = PlanTarget::Kind::NextBand;
    } else if (kind == 1) {
        s.kind = PlanTarget::Kind::Band;
        if (!text(s.band)) return fail("mức xếp loại không đọc được");
        bool known = false;
        for (const RatingBand& band : rubric.ratings) known = known || band.id == s.band;
        if (!known) return fail("không có mức \"" + shortened(s.band) + "\" trong bộ " + rubric.id);
    } else if (kind == 2) {
        s.kind = PlanTarget::Kind::Total;
        if (!text(s.total)) return fail("tổng điểm không đọc được");
    } else {
        return fail("loại mục tiêu " + std::to_string(kind) + " không hợp lệ");
    }
    std::uint64_t count = 0;
    if (in.varint(count) != Read::Ok) return fail("bị cắt cụt");
    if (count != rubric.criteria.size())
        return fail("có " + std::to_string(count) + " chỉ tiêu nhưng bộ tiêu chí " + rubric.id + " có " +
                    std::to_string(rubric.criteria.size()));
    s.criteria.resize(rubric.criteria.size());
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        ScenarioCriterion& sc = s.criteria[c];
        const std::string where = "chỉ tiêu " + rubric.criteria[c].number;
        std::uint8_t flags = 0;
        if (in.byte(flags) != Read::Ok) return fail("bị cắt cụt ở " + where);
        if (flags > 15) return fail(where + " không hợp lệ");
        sc.locked = (flags & kScenarioLocked) != 0;
        if (flags & kScenarioWeight) {
            std::string_view t;
            if (in.text(t) != Read::Ok) return fail("bị cắt cụt ở " + where);
            const auto w = read_decimal(t);
            if (!w || !(*w > 0) || !std::isfinite(*w)) return fail("trọng số của " + where + " không hợp lệ");
            sc.weight = *w;
        }
        if ((flags & kScenarioCeiling) && !text(sc.ceiling)) return fail("trần của " + where + " không đọc được");
        if ((flags & kScenarioTarget) && !text(sc.target)) return fail("mục tiêu của " + where + " không đọc được");
    }
    if (in.remaining() > 0) return fail("thừa " + std::to_string(in.remaining()) + " byte ở cuối");
    result.scenario = std::move(s);
    return result;
}

}  // namespace dvcscore
