#include "portal_period.hpp"

#include <cstdio>

namespace dvcscore {
namespace {

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int civil_from_days(long z) {  // → yyyymmdd
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp + (mp < 10 ? 3 : -9);
    const long y = yoe + era * 400 + (m <= 2);
    return static_cast<int>(y * 10000 + m * 100 + d);
}

int last_day(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

const char* const kRoman[] = {"I", "II", "III", "IV"};

std::string date_text(int yyyymmdd) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", yyyymmdd % 100, yyyymmdd / 100 % 100, yyyymmdd / 10000);
    return buf;
}

}  // namespace

std::optional<int> parse_date(const std::string& s) {
    auto digits = [&](std::size_t at, std::size_t n) -> std::optional<int> {
        if (at + n > s.size()) return std::nullopt;
        int x = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return std::nullopt;
            x = x * 10 + (s[i] - '0');
        }
        return x;
    };
    int y = 0, m = 0, d = 0;
    if (s.size() >= 10 && s[4] == '-' && s[7] == '-') {
        const auto yy = digits(0, 4), mm = digits(5, 2), dd = digits(8, 2);
        if (!yy || !mm || !dd) return std::nullopt;
        y = *yy, m = *mm, d = *dd;
        if (m < 1 || m > 12 || d < 1 || d > last_day(y, m)) return std::nullopt;
        if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) {
            const auto hh = digits(11, 2), mi = digits(14, 2);
            if (!hh || !mi) return std::nullopt;
            // An offset (or Z) makes it an instant: take its date in Vietnam.
            const std::size_t zone = s.find_first_of("Z+-", 13);
            if (zone != std::string::npos) {
                int offset = 0;
                if (s[zone] != 'Z') {
                    const auto oh = digits(zone + 1, 2), om = digits(zone + 4, 2);
                    if (!oh || !om) return std::nullopt;
                    offset = (*oh * 60 + *om) * (s[zone] == '-' ? -1 : 1);
                }
                const long minutes = days_from_civil(y, m, d) * 1440 + *hh * 60 + *mi - offset + 7 * 60;
                return civil_from_days(minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440);
            }
        }
        return y * 10000 + m * 100 + d;
    }
    if (s.size() >= 10 && s[2] == '/' && s[5] == '/') {
        const auto dd = digits(0, 2), mm = digits(3, 2), yy = digits(6, 4);
        if (!yy || !mm || !dd) return std::nullopt;
        y = *yy, m = *mm, d = *dd;
        if (m < 1 || m > 12 || d < 1 || d > last_day(y, m)) return std::nullopt;
        return y * 10000 + m * 100 + d;
    }
    return std::nullopt;
}

Period year_period(int y) { return {std::to_string(y), y * 10000 + 101, y * 10000 + 1231, false}; }
Period quarter_period(int y, int q) {
    const int first = 3 * q - 2, last = 3 * q;
    return {std::string("Quý ") + kRoman[q - 1] + "/" + std::to_string(y), y * 10000 + first * 100 + 1,
            y * 10000 + last * 100 + last_day(y, last), false};
}
Period month_period(int y, int m) {
    return {"Tháng " + std::to_string(m) + "/" + std::to_string(y), y * 10000 + m * 100 + 1,
            y * 10000 + m * 100 + last_day(y, m), false};
}

Period range_period(int from, int to) {
    const int y = from / 10000, m = from / 100 % 100;
    if (from % 100 == 1 && to / 10000 == y) {
        if (m == 1 && to == year_period(y).to) return year_period(y);
        if ((m - 1) % 3 == 0 && to == quarter_period(y, (m + 2) / 3).to) return quarter_period(y, (m + 2) / 3);
        if (to == month_period(y, m).to) return month_period(y, m);
    }
    return {date_text(from) + "–" + date_text(to), from, to, true};
}

bool fits(const Period& range, const Period& whole) {
    return range.from == whole.from && range.to >= range.from && range.to <= whole.to;
}

}  // namespace dvcscore
