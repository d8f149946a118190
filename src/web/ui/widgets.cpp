#include "widgets.hpp"

#include <algorithm>
#include <cmath>

#include "core/number_text.hpp"
#include "theme.hpp"

namespace dvcscore::web::ui {

void text_colored(ImU32 color, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

void text_wrapped_colored(ImU32 color, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void text_wrapped_words(ImU32 color, const std::string& text) {
    // ImGui wraps after '.' and ',' too, which splits "59.41" and "1 750.5": lines are cut
    // here at spaces only, each as wide as the column allows.
    const float room = std::max(40.0f, ImGui::GetContentRegionAvail().x);
    const float space = ImGui::CalcTextSize(" ").x;
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    std::string line;
    float line_width = 0;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(at, end - at);
        const float word_width = ImGui::CalcTextSize(word.c_str()).x;
        if (!line.empty() && line_width + space + word_width > room) {
            ImGui::TextUnformatted(line.c_str());
            line.clear();
            line_width = 0;
        }
        if (!line.empty()) {
            line += ' ';
            line_width += space;
        }
        line += word;
        line_width += word_width;
        at = end + 1;
    }
    if (!line.empty()) ImGui::TextUnformatted(line.c_str());
    ImGui::PopStyleColor();
}

void progress_bar(float fraction, float width, float height, ImU32 fill, float row_height) {
    if (row_height <= 0) row_height = ImGui::GetFrameHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float y = at.y + (row_height - height) * 0.5f;
    draw->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + width, y + height), palette::kBarTrack, height * 0.5f);
    const float filled = width * std::clamp(fraction, 0.0f, 1.0f);
    if (filled > 0.5f) draw->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + filled, y + height), fill, height * 0.5f);
    ImGui::Dummy(ImVec2(width, row_height));
}

float share_of(double score, double max) { return max > 0 ? static_cast<float>(score / max) : 0.0f; }

std::string score_of(double score, double max) { return format_2dp(score) + " / " + format_number(max); }

bool flow_button(const char* label, bool first) {
    if (!first) {
        const float width = ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
        const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
        if (right < ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
    }
    return ImGui::Button(label);
}

void delta_text(double delta) {
    const double rounded = std::fabs(delta) < 0.005 ? 0.0 : delta;
    if (rounded > 0) text_colored(palette::kFull, "▲ +" + format_2dp(rounded));
    else if (rounded < 0) text_colored(palette::kError, "▼ −" + format_2dp(-rounded));
    else text_colored(palette::kMutedText, "= 0.00");
}

}  // namespace dvcscore::web::ui
