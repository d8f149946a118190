#pragma once
// Charts drawn with ImDrawList: each group's score against its max, and a radar of the
// groups as percentages of their max (as the portal shows). One series per score card,
// so the same charts serve the form and the comparison.
#include <vector>

#include "core/rubric.hpp"
#include "core/score.hpp"
#include "imgui.h"

namespace dvcscore::web::ui {

struct ChartSeries {
    const ScoreCard* card;
    ImU32 color;
};

void group_bars(const Rubric& rubric, const std::vector<ChartSeries>& series, float width);
void group_radar(const Rubric& rubric, const std::vector<ChartSeries>& series, float size);

}  // namespace dvcscore::web::ui
