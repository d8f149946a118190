#pragma once
// The page's font: DejaVu Sans subset at build time to assets/fonts/ui-glyphs.txt and
// compiled in, so the single offline file carries it.
#include "form_panel.hpp"

namespace dvcscore::web::ui {

// Fills ImGui's font atlas for a device pixel ratio (sharp text on DPR 2 screens).
UiFonts load_fonts(float pixel_ratio);

}  // namespace dvcscore::web::ui
