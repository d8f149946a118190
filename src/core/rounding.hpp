#pragma once
// The portal's rounding, quirks included (docs/rubric.md, "Rounding").
#include <cstdint>

namespace dvcscore {

// Exact products of two 53-bit counts; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef unsigned __int128 uint128;

// Rounds x to 2 decimals, halves up, judged on x's exact binary value: the result of
// JavaScript's x.toFixed(2), read back as a double. 5.594999… → 5.59, 1.125 → 1.13.
// std::round(x * 100) / 100 differs (it rounds the already-rounded product).
double round_half_up_2dp(double x);

// The 2-decimal percentage the portal shows for numerator/denominator, in hundredths of a
// percent, halves up, computed exactly from the integers: 1437/1541 → 9325 (93.25 %).
// Requires denominator > 0 and both ≤ 2^53.
std::int64_t rate_hundredths(std::uint64_t numerator, std::uint64_t denominator);

// numerator/denominator × 100 as the portal's JavaScript computes it (n / d * 100): two
// IEEE-754 roundings, no more. The unrounded rule scores this. Requires denominator > 0.
inline double unrounded_percent(double numerator, double denominator) { return numerator / denominator * 100; }

// An entered percentage rounded the same way, in hundredths: 93.245 → 9325. The decimal
// the user wrote is what counts: that is the shortest decimal reading back as the double
// (93.245 is stored as 93.24499…). Requires 0 ≤ percent ≤ 100.
std::int64_t percent_hundredths(double percent);

// The inverses a plan needs, for denominator > 0 (≤ 2^53): the least numerator n ≤ d whose
// shown percentage reaches `hundredths` (0 for hundredths ≤ 0; d when only d reaches it):
// round(n · 10000 / d) ≥ h  ⇔  20000 · n ≥ (2h − 1) · d, exact in integers.
std::uint64_t least_numerator_for_hundredths(std::int64_t hundredths, std::uint64_t denominator);
// …and the least n ≤ d with unrounded_percent(n, d) ≥ `percent` in the portal's doubles
// (d when none below it does).
std::uint64_t least_numerator_for_percent(double percent, std::uint64_t denominator);

}  // namespace dvcscore
