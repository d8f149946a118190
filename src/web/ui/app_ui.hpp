#pragma once
// The whole page: the top bar (total, rating, band scale), notices, the toolbar and the
// tabs — the calculator, the assessments kept, the batch table and the comparison.
#include <cstdint>
#include <optional>
#include <string>

#include "app/session.hpp"
#include "batch_panel.hpp"
#include "compare_panel.hpp"
#include "form_panel.hpp"
#include "ui_actions.hpp"

namespace dvcscore::web::ui {

class AppUi {
public:
    explicit AppUi(app::Session& session) : session_(session), form_panel_(session.form) {}

    void set_fonts(UiFonts fonts);
    // One frame of the whole page, filling ImGui's display; true when the next frame will
    // look different even without input (a tab switched by code).
    bool draw(std::uint64_t frame);
    // What the frame asked the page to do; cleared by taking it.
    UiActions take_actions();

    bool numeric_field_active() const { return form_panel_.numeric_field_active(); }
    // Text pasted while a field of the form is edited: a block of spreadsheet cells fills
    // the form (Session::paste_block) and true; false for text the field pastes itself.
    bool paste_block(const std::string& text);
    WidgetRegistry& widgets() { return form_panel_.widgets(); }
    // Brings the calculator tab forward and shows a field (see FormPanel::reveal_field).
    bool reveal_field(const std::string& code, const std::string& field);
    // After "Sao chép liên kết": the link, shown so it can also be copied by hand.
    void show_share_link(std::string link) { share_link_ = std::move(link); }

private:
    void draw_top_bar(float width, float& height);  // its own window, always in view
    void draw_top_bar_contents(float width);
    void draw_band_scale(float width);
    // A total with its "/ 100" and its band as a chip, under a caption ("TỔNG ĐIỂM", "MỤC TIÊU").
    // `compact`: on one line in the regular font (phones).
    void draw_total(const char* caption, double total, const RatingBand& band, bool compact);
    void draw_notices();
    void draw_toolbar(bool narrow);
    void draw_share_link();

    app::Session& session_;
    FormPanel form_panel_;
    BatchPanel batch_panel_;
    ComparePanel compare_panel_;
    UiFonts fonts_;
    UiActions actions_;
    Tab tab_ = Tab::Form;
    std::optional<Tab> select_tab_;
    std::optional<std::string> share_link_;
};

}  // namespace dvcscore::web::ui
