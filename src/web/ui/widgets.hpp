#pragma once
// Small drawing helpers shared by the page's panels.
#include <string>

#include "imgui.h"

namespace dvcscore::web::ui {

void text_colored(ImU32 color, const std::string& text);
void text_wrapped_colored(ImU32 color, const std::string& text);
// Wrapped at spaces only (ImGui also breaks after '.' and ',', inside figures): for text
// full of numbers. A word wider than the column stays whole.
void text_wrapped_words(ImU32 color, const std::string& text);

// A horizontal bar filled to `fraction`, centred in a row of `row_height` (default: a
// frame's height, to line up with inputs).
void progress_bar(float fraction, float width, float height, ImU32 fill, float row_height = 0);

// How full a bar of `score` out of `max` is: 0 when there is nothing to score (max 0).
float share_of(double score, double max);

// "5.59 / 6"
std::string score_of(double score, double max);

// A button placed on the current line when it fits, else on the next: toolbars that wrap.
bool flow_button(const char* label, bool first);

// A coloured up/down marker and the signed difference: "▲ +1.25", "▼ −0.40", "= 0.00".
void delta_text(double delta);

}  // namespace dvcscore::web::ui
