#pragma once
// The page's colours as plain RGB, free of ImGui, so that tests/test_contrast.cpp can check
// each text colour against every background it is drawn on (WCAG 2.1 AA: 4.5:1). theme.hpp
// turns them into ImGui's colours.
#include "app/contrast.hpp"

namespace dvcscore::web::ui::colors {

using app::Rgb;

// Text.
constexpr Rgb kText{32, 33, 36};
constexpr Rgb kMutedText{95, 99, 104};
constexpr Rgb kError{197, 34, 31};
constexpr Rgb kWarning{154, 84, 0};
constexpr Rgb kEntered{24, 98, 200};  // figures entered, information; the active segment's fill
constexpr Rgb kFull{19, 115, 51};      // full points

// Backgrounds text is drawn on.
constexpr Rgb kWindow{246, 247, 249};     // the page
constexpr Rgb kPanel{255, 255, 255};      // the top bar, the side column, child windows, fields
constexpr Rgb kRowAlt{249, 249, 251};     // every other table row
constexpr Rgb kHeaderBand{232, 240, 254}; // group rows of the comparison
constexpr Rgb kErrorFill{252, 232, 230};  // a field with an error
constexpr Rgb kButton{232, 240, 254};
constexpr Rgb kButtonHovered{209, 227, 252};
constexpr Rgb kButtonActive{191, 214, 250};
constexpr Rgb kSegment{241, 243, 244};    // an unpressed "Số" / "%" segment
constexpr Rgb kTab{214, 222, 233};
constexpr Rgb kTabHovered{191, 214, 250};
constexpr Rgb kTabActive{255, 255, 255};

// Not text: bars, borders, the focus ring (3:1 against their surroundings, WCAG 1.4.11).
constexpr Rgb kBarTrack{225, 228, 232};
constexpr Rgb kBarFill{26, 115, 232};
constexpr Rgb kBarFull{30, 142, 62};
constexpr Rgb kPanelBorder{218, 220, 224};
constexpr Rgb kFieldBorder{128, 134, 139};
constexpr Rgb kFocus{11, 87, 208};

// A notice is tinted with its colour at this alpha over the page.
constexpr int kNoticeTintAlpha = 22;

}  // namespace dvcscore::web::ui::colors
