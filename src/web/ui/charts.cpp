#include "charts.hpp"

#include <algorithm>
#include <cmath>

#include "core/number_text.hpp"
#include "theme.hpp"

namespace dvcscore::web::ui {

void group_bars(const Rubric& rubric, const std::vector<ChartSeries>& series, float width) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float label_width = ImGui::CalcTextSize("MDHL").x + 10;
    const float value_width = ImGui::CalcTextSize("00.00/22").x + 8;
    const float bar_width = std::max(40.0f, width - label_width - value_width);
    const float bar_height = series.size() > 1 ? 7.0f : 10.0f;
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const Group& group = rubric.groups[g];
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float row_height = std::max(ImGui::GetTextLineHeight(), bar_height * series.size() + 4);
        draw->AddText(ImVec2(at.x, at.y + (row_height - ImGui::GetTextLineHeight()) * 0.5f), palette::kText,
                      group.code.c_str());
        for (std::size_t s = 0; s < series.size(); ++s) {
            const float y = at.y + 2 + bar_height * s;
            const float x0 = at.x + label_width;
            draw->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + bar_width, y + bar_height - 2), palette::kBarTrack);
            const double score = series[s].card->groups[g];
            const float fill = group.max > 0 ? bar_width * static_cast<float>(std::clamp(score / group.max, 0.0, 1.0)) : 0;
            if (fill > 0) draw->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + fill, y + bar_height - 2), series[s].color);
        }
        const std::string value = format_2dp(series.back().card->groups[g]) + "/" + format_number(group.max);
        draw->AddText(ImVec2(at.x + label_width + bar_width + 8, at.y + (row_height - ImGui::GetTextLineHeight()) * 0.5f),
                      palette::kMutedText, value.c_str());
        ImGui::Dummy(ImVec2(width, row_height));
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::TextUnformatted((group.name + " (" + group.code + ")").c_str());
            for (const ChartSeries& s : series)
                ImGui::TextUnformatted((format_2dp(s.card->groups[g]) + " / " + format_number(group.max)).c_str());
            ImGui::EndTooltip();
        }
    }
}

void group_radar(const Rubric& rubric, const std::vector<ChartSeries>& series, float size) {
    const std::size_t n = rubric.groups.size();
    if (n < 3) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float label = ImGui::GetTextLineHeight() * 1.6f;
    const ImVec2 centre(at.x + size * 0.5f, at.y + size * 0.5f);
    const float radius = size * 0.5f - label;
    constexpr float kPi = 3.14159265f;
    auto point = [&](std::size_t i, float fraction) {
        const float angle = -kPi / 2 + 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
        return ImVec2(centre.x + std::cos(angle) * radius * fraction, centre.y + std::sin(angle) * radius * fraction);
    };
    // Rings at 25, 50, 75 and 100 % and one spoke per group.
    for (int ring = 1; ring <= 4; ++ring) {
        std::vector<ImVec2> ring_points;
        for (std::size_t i = 0; i < n; ++i) ring_points.push_back(point(i, ring / 4.0f));
        draw->AddPolyline(ring_points.data(), static_cast<int>(n), palette::kPanelBorder, ImDrawFlags_Closed, 1.0f);
    }
    for (std::size_t i = 0; i < n; ++i) {
        draw->AddLine(centre, point(i, 1.0f), palette::kPanelBorder);
        const char* code = rubric.groups[i].code.c_str();
        const ImVec2 text = ImGui::CalcTextSize(code);
        const ImVec2 tip = point(i, 1.0f + label / radius * 0.55f);
        draw->AddText(ImVec2(tip.x - text.x * 0.5f, tip.y - text.y * 0.5f), palette::kMutedText, code);
    }
    for (const ChartSeries& s : series) {
        std::vector<ImVec2> shape;
        for (std::size_t i = 0; i < n; ++i) {
            const double max = rubric.groups[i].max;
            shape.push_back(point(i, max > 0 ? static_cast<float>(std::clamp(s.card->groups[i] / max, 0.0, 1.0)) : 0));
        }
        const ImU32 fill = (s.color & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 50);
        // A radar polygon need not be convex: fill it as triangles from the centre.
        for (std::size_t i = 0; i < n; ++i) draw->AddTriangleFilled(centre, shape[i], shape[(i + 1) % n], fill);
        draw->AddPolyline(shape.data(), static_cast<int>(n), s.color, ImDrawFlags_Closed, 2.0f);
        for (const ImVec2& p : shape) draw->AddCircleFilled(p, 3.0f, s.color);
    }
    ImGui::Dummy(ImVec2(size, size));
}

}  // namespace dvcscore::web::ui
