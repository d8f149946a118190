#include "scoring_method.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "number_text.hpp"
#include "rounding.hpp"

namespace dvcscore {
namespace {

std::int64_t to_cents(double points) { return std::llround(points * 100); }

// The least x ≥ 0 (a double) for which `reaches(x)` holds, starting from a close guess;
// `reaches` must be monotone and hold at `top`.
template <typename Reaches>
double least_double(Reaches reaches, double guess, double top) {
    auto bits = [](double x) {
        std::uint64_t b;
        std::memcpy(&b, &x, sizeof b);
        return b;
    };
    auto of_bits = [](std::uint64_t b) {
        double x;
        std::memcpy(&x, &b, sizeof x);
        return x;
    };
    guess = std::clamp(guess, 0.0, top);
    std::uint64_t hi = bits(guess), lo = 0;
    if (reaches(guess)) {
        // Walk down in growing steps to a value that does not reach.
        std::uint64_t step = 1;
        lo = hi;
        while (true) {
            const std::uint64_t next = lo > step ? lo - step : 0;
            if (!reaches(of_bits(next))) {
                lo = next;
                break;
            }
            hi = next;
            if (next == 0) return 0;
            lo = next;
            step *= 2;
        }
    } else {
        std::uint64_t step = 1;
        lo = hi;
        const std::uint64_t top_bits = bits(top);
        while (true) {
            const std::uint64_t next = std::min(top_bits, hi + step);
            if (reaches(of_bits(next))) {
                hi = next;
                break;
            }
            lo = next;
            hi = next;
            step *= 2;
        }
    }
    while (hi - lo > 1) {  // reaches(hi), !reaches(lo)
        const std::uint64_t mid = lo + (hi - lo) / 2;
        if (reaches(of_bits(mid))) hi = mid;
        else lo = mid;
    }
    return of_bits(hi);
}

// Where the straight line of points puts a level, in percent: a close first guess for the
// exact inverse, which method_points then settles.
double line_percent(const Criterion& criterion, std::int64_t cents) {
    const double slope = cents_per_percent(criterion);
    return slope > 0 ? (static_cast<double>(cents) - 0.5) / slope : 100;
}

}  // namespace

double method_points(const Criterion& criterion, double scoring_percent) {
    switch (criterion.method) {
        case Method::Info: return 0;
        case Method::Cap: {
            // Multiplied before divided, in doubles, as the portal does: 89.25 × 6 / 100.
            const double raw = scoring_percent * criterion.max / criterion.threshold_percent;
            return round_half_up_2dp(std::min(criterion.max, raw));
        }
    }
    return 0;
}

double full_at_percent(const Criterion& criterion) {
    switch (criterion.method) {
        case Method::Info: return 0;
        case Method::Cap: return criterion.threshold_percent;
    }
    return 0;
}

double points_per_percent(const Criterion& criterion) {
    switch (criterion.method) {
        case Method::Info: return 0;
        case Method::Cap: return criterion.max / criterion.threshold_percent;
    }
    return 0;
}

double cents_per_percent(const Criterion& criterion) {
    switch (criterion.method) {
        case Method::Info: return 0;
        case Method::Cap: return 100 * criterion.max / criterion.threshold_percent;
    }
    return 0;
}

std::int64_t least_hundredths_for_points(const Criterion& criterion, std::int64_t cents) {
    // Points rise with the rate: from the straight line's guess, walk to the least
    // hundredth that method_points itself scores at `cents` or more.
    auto cents_at = [&](std::int64_t h) { return to_cents(method_points(criterion, static_cast<double>(h) / 100)); };
    std::int64_t h = std::clamp(static_cast<std::int64_t>(std::ceil(line_percent(criterion, cents) * 100)),
                                std::int64_t{0}, std::int64_t{10000});
    while (h > 0 && cents_at(h - 1) >= cents) --h;
    while (h < 10000 && cents_at(h) < cents) ++h;
    return h;
}

double least_percent_for_points(const Criterion& criterion, std::int64_t cents) {
    return least_double([&](double x) { return to_cents(method_points(criterion, x)) >= cents; },
                        line_percent(criterion, cents), 100);
}

std::string method_summary(const Criterion& criterion) {
    switch (criterion.method) {
        case Method::Info: return "không tính điểm";
        case Method::Cap:
            return criterion.threshold_percent >= 100 ? "tuyến tính, đủ điểm ở 100%"
                                                      : "đủ điểm từ " + format_number(criterion.threshold_percent) + "%";
    }
    return "";
}

std::string method_sentence(const Criterion& criterion) {
    switch (criterion.method) {
        case Method::Info: return "Không tính điểm, chỉ để theo dõi.";
        case Method::Cap:
            if (criterion.threshold_percent >= 100)
                return "Tuyến tính: điểm = " + format_number(criterion.max) + " × tỷ lệ.";
            return "Đủ " + format_number(criterion.max) + " điểm khi tỷ lệ đạt " +
                   format_number(criterion.threshold_percent) + "%; dưới đó điểm giảm theo tỷ lệ.";
    }
    return "";
}

}  // namespace dvcscore
