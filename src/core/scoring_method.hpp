#pragma once
// A scoring method in one place: the points it gives for a rate, the least rate that gives
// given points (the inverse the planners need), and how it is described to people.
// A new method is its name in the rubric reader (rubric.cpp, read_criterion), a `Method`
// value (rubric.hpp), a case in each function here, and its tests (test_scoring_method.cpp).
#include <cstdint>
#include <string>

#include "rubric.hpp"

namespace dvcscore {

// The points for the percentage the criterion's rate rule scores (score_criterion fixes it:
// the shown 2-decimal one, or the unrounded one), rounded as the portal rounds them (2
// decimals, half up). 0 for a method that does not score. Never above the criterion's max.
// Cap: max × min(1, percent / T), multiplied before divided as the portal does (89.25 × 6 / 100).
double method_points(const Criterion& criterion, double scoring_percent);

// The rate, a percentage, from which the method gives full points (cap: the threshold T).
double full_at_percent(const Criterion& criterion);

// Below full_at_percent, the points one more percentage point gives (cap: max / T); 0 for
// a method that does not score.
double points_per_percent(const Criterion& criterion);

// The same slope in cents of a point per percentage point (cap: 100 · max / T): no level of
// points is reached below it by more than the rounding, the straight line the target
// planner's bound leans on.
double cents_per_percent(const Criterion& criterion);

// The inverse of method_points, exact (method_points itself decides), for `cents` from 1 to
// the method's points at 100 % in cents:
// under RateRule::ShownPercent, the least shown percentage in hundredths (0–10000) whose
// points reach `cents`;
std::int64_t least_hundredths_for_points(const Criterion& criterion, std::int64_t cents);
// under RateRule::Unrounded, the least scoring percentage (a double, 0–100) whose points
// reach `cents`. From a percentage to a numerator over a denominator: rounding.hpp
// (least_numerator_for_hundredths, least_numerator_for_percent).
double least_percent_for_points(const Criterion& criterion, std::int64_t cents);

// The method in a few words, for tables (`dvcscore rubric`): "tuyến tính, đủ điểm ở 100%",
// "đủ điểm từ 80%", "không tính điểm".
std::string method_summary(const Criterion& criterion);

// The method as a sentence, for the page's form ("Cách tính: …"): "Tuyến tính: điểm = 4 ×
// tỷ lệ.", "Đủ 2 điểm khi tỷ lệ đạt 80%; dưới đó điểm giảm theo tỷ lệ.", "Không tính điểm,
// chỉ để theo dõi."
std::string method_sentence(const Criterion& criterion);

}  // namespace dvcscore
