// The floor scripts/measure-web compares the calculator with: the same platform layer,
// font and build flags, drawing one ImGui window and nothing else.
#include "imgui.h"
#include "platform/browser_platform.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

int main() {
    using dvcscore::web::platform;
    dvcscore::web::PlatformCallbacks callbacks;
    callbacks.draw_ui = [] {
        ImGui::Begin("dvcscore");
        ImGui::TextUnformatted("Xin chào! Trang trống để đo thời gian khởi động.");
        ImGui::End();
        return false;
    };
    callbacks.load_fonts = [](float ratio) { dvcscore::web::ui::load_fonts(ratio); };
    if (!platform().start(std::move(callbacks))) return 0;
    dvcscore::web::ui::apply_theme();
    platform().run_frame();
    return 0;
}
