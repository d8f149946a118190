#include "share_code.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "utf8_text.hpp"

namespace dvcscore {
namespace {

constexpr std::uint8_t kVersion = 1;

enum Tag : std::uint8_t {
    kMissing = 0,
    kCounts = 1,
    kPercent = 2,
    kValue = 3,
    kCountsText = 4,
};

constexpr std::uint64_t kMaxWholeCount = 9007199254740992ull;  // 2^53, as kMaxCount
constexpr std::size_t kMaxDecimalText = 32;                    // "%.17g" needs at most 24

const char kBase64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

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

std::string base64url(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::size_t i = 0;
    auto at = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k])); };
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = at(i) << 16 | at(i + 1) << 8 | at(i + 2);
        for (int shift = 18; shift >= 0; shift -= 6) out += kBase64Url[(v >> shift) & 63];
    }
    if (bytes.size() - i == 1) {
        const std::uint32_t v = at(i) << 16;
        out += kBase64Url[(v >> 18) & 63];
        out += kBase64Url[(v >> 12) & 63];
    } else if (bytes.size() - i == 2) {
        const std::uint32_t v = at(i) << 16 | at(i + 1) << 8;
        out += kBase64Url[(v >> 18) & 63];
        out += kBase64Url[(v >> 12) & 63];
        out += kBase64Url[(v >> 6) & 63];
    }
    return out;
}

int base64url_digit(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
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

// The shortest text that reads back as x: 93.245 rather than 93.24499999999999.
std::string shortest_decimal(double x) {
    char buf[40];
    for (int digits = 1; digits <= 17; ++digits) {
        std::snprintf(buf, sizeof buf, "%.*g", digits, x);
        if (std::strtod(buf, nullptr) == x) break;
    }
    return buf;
}

bool whole_count(double x) { return std::isfinite(x) && x >= 0 && x <= static_cast<double>(kMaxWholeCount) && x == std::floor(x); }

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

// A decimal written by shortest_decimal(); nothing else (no "nan", no spaces) passes.
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

class Decoder {
public:
    Decoder(const Rubric& rubric, ShareDecode& result) : rubric_(rubric), result_(result) {}

    void decode(std::string_view code) {
        const std::size_t b = code.find_first_not_of(" \t\r\n");
        code = b == std::string_view::npos ? std::string_view{} : code.substr(b, code.find_last_not_of(" \t\r\n") - b + 1);
        if (code.empty()) return error("mã chia sẻ trống");
        if (code.size() > kMaxInputBytes) return error("mã chia sẻ quá dài");
        std::string bytes;
        if (!unbase64(code, bytes)) return;
        if (bytes.size() < 5) return error("mã quá ngắn: bị cắt cụt hoặc hỏng");
        const std::string_view payload = std::string_view(bytes).substr(0, bytes.size() - 4);
        std::uint32_t stored = 0;
        for (int k = 3; k >= 0; --k) stored = stored << 8 | static_cast<unsigned char>(bytes[payload.size() + k]);
        if (stored != crc32(payload))
            return error("mã bị hỏng hoặc không đầy đủ (mã kiểm tra không khớp): hãy sao chép lại cả mã");
        read_payload(payload);
    }

private:
    void error(std::string message, std::string path = "") {
        Diagnostic d;
        d.path = std::move(path);
        d.message = std::move(message);
        result_.errors.push_back(std::move(d));
    }

    bool unbase64(std::string_view code, std::string& bytes) {
        std::uint32_t bits = 0;
        int held = 0;
        for (std::size_t i = 0; i < code.size(); ++i) {
            const int digit = base64url_digit(code[i]);
            if (digit < 0) {
                const auto c = static_cast<unsigned char>(code[i]);
                error("ký tự thứ " + std::to_string(i + 1) +
                      (c > 0x20 && c < 0x7F ? " (\"" + std::string(1, code[i]) + "\")" : std::string()) +
                      " không có trong mã chia sẻ (chỉ gồm chữ, số, - và _)");
                return false;
            }
            bits = bits << 6 | static_cast<std::uint32_t>(digit);
            held += 6;
            if (held >= 8) {
                held -= 8;
                bytes += static_cast<char>((bits >> held) & 0xFF);
            }
        }
        if (code.size() % 4 == 1 || (bits & ((1u << held) - 1)) != 0) {
            error("mã bị cắt cụt hoặc hỏng (ký tự cuối không khớp)");
            return false;
        }
        return true;
    }

    void truncated(const std::string& where) { error("mã bị cắt cụt hoặc hỏng (thiếu dữ liệu " + where + ")"); }

    void read_payload(std::string_view payload) {
        ByteReader in(payload);
        std::uint8_t version = 0;
        in.byte(version);
        if (version != kVersion)
            return error("mã chia sẻ phiên bản " + std::to_string(version) +
                         " chưa được hỗ trợ (chương trình này đọc phiên bản " + std::to_string(kVersion) + ")");
        std::string_view id, unit, period;
        if (in.text(id) != Read::Ok) return truncated("ở mã bộ tiêu chí");
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
            std::uint8_t tag = 0;
            if (in.byte(tag) != Read::Ok) return truncated("từ " + where);
            std::optional<Entry> entry;
            switch (tag) {
                case kMissing: break;
                case kCounts: {
                    std::uint64_t n = 0, d = 0;
                    if (in.varint(n) != Read::Ok || in.varint(d) != Read::Ok) return truncated("ở " + where);
                    if (n > kMaxWholeCount || d > kMaxWholeCount) {
                        error("số đếm quá lớn (tối đa 9 007 199 254 740 992)", where);
                        continue;
                    }
                    entry = Entry::counts(static_cast<double>(n), static_cast<double>(d));
                    break;
                }
                case kPercent:
                case kValue:
                case kCountsText: {
                    std::string_view first, second;
                    if (in.text(first) != Read::Ok) return truncated("ở " + where);
                    if (tag == kCountsText && in.text(second) != Read::Ok) return truncated("ở " + where);
                    const auto x = read_decimal(first);
                    const auto y = tag == kCountsText ? read_decimal(second) : std::optional<double>(0);
                    if (!x || !y) {
                        error("số \"" + shortened(x ? second : first) + "\" không hợp lệ", where);
                        continue;
                    }
                    entry = tag == kPercent ? Entry::of_percent(*x)
                            : tag == kValue ? Entry::of_value(*x)
                                            : Entry::counts(*x, *y);
                    break;
                }
                default:
                    error("loại số liệu " + std::to_string(tag) + " không hợp lệ", where);
                    return;  // what follows cannot be read
            }
            if (!entry) continue;
            if (auto problem = check_entry(criterion, *entry)) {
                error(problem->message, where);
                continue;
            }
            a.entries[c] = *entry;
        }
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
    return base64url(bytes);
}

std::string share_code(const Rubric& rubric, const Assessment& assessment) {
    std::string payload;
    payload += static_cast<char>(kVersion);
    put_text(payload, rubric.id);
    put_text(payload, valid_utf8(assessment.unit));
    put_text(payload, valid_utf8(assessment.period));
    put_varint(payload, rubric.criteria.size());
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        const std::optional<Entry> none;
        const std::optional<Entry>& entry = c < assessment.entries.size() ? assessment.entries[c] : none;
        if (!entry) {
            payload += static_cast<char>(kMissing);
            continue;
        }
        switch (entry->kind) {
            case EntryKind::Counts:
                if (whole_count(entry->numerator) && whole_count(entry->denominator)) {
                    payload += static_cast<char>(kCounts);
                    put_varint(payload, static_cast<std::uint64_t>(entry->numerator));
                    put_varint(payload, static_cast<std::uint64_t>(entry->denominator));
                } else {
                    payload += static_cast<char>(kCountsText);
                    put_text(payload, shortest_decimal(entry->numerator));
                    put_text(payload, shortest_decimal(entry->denominator));
                }
                break;
            case EntryKind::Percent:
                payload += static_cast<char>(kPercent);
                put_text(payload, shortest_decimal(entry->percent));
                break;
            case EntryKind::Value:
                payload += static_cast<char>(kValue);
                put_text(payload, shortest_decimal(entry->value));
                break;
        }
    }
    return seal_share_payload(payload);
}

ShareDecode decode_share_code(std::string_view code, const Rubric& rubric) {
    ShareDecode result;
    Decoder(rubric, result).decode(code);
    return result;
}

}  // namespace dvcscore
