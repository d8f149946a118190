#include "app_ui.hpp"

#include <algorithm>

#include "a11y/semantics.hpp"
#include "app/accessible_text.hpp"
#include "core/number_text.hpp"
#include "core/wording.hpp"
#include "drafts_panel.hpp"
#include "published_panel.hpp"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "rubric_bar.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace dvcscore::web::ui {
namespace {

// Criteria as table rows only where the name column keeps 130 px or more beside the six fixed
// columns (742 px, FormPanel::draw_groups), the paddings and a nested group's indent; below,
// as cards. At 900 a 1280-px window's names were squeezed to a letter or two per line.
constexpr float kTableRowsMinWidth = 1020;
// Plan and charts get a column of their own only where the form beside it keeps its rows
// (from 1400 px); a 1280- or 1366-px laptop shows them above the form instead.
constexpr float kSideColumnWidth = 380;
constexpr float kSideColumnMinWidth = kTableRowsMinWidth + kSideColumnWidth;
constexpr float kNarrowWidth = 640;          // phones: toolbar in a menu, short tab labels
constexpr float kIdentityRowWidth = 760;     // below: unit and period side by side, no title
// Below this height (a landscape phone, a laptop at 200 % zoom) the whole page scrolls, top
// bar included: a top bar that stays would leave the form a sliver (WCAG 1.4.10 reflow).
constexpr float kScrollPageHeight = 600;
constexpr float kBatchTableMinHeight = 300;
constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

ImU32 notice_color(app::Notice::Kind kind) {
    switch (kind) {
        case app::Notice::Kind::Error: return palette::kError;
        case app::Notice::Kind::Warning: return palette::kWarning;
        case app::Notice::Kind::Success: return palette::kFull;
        case app::Notice::Kind::Info: return palette::kEntered;
    }
    return palette::kText;
}

}  // namespace

void AppUi::set_fonts(UiFonts fonts) {
    fonts_ = fonts;
    form_panel_.set_fonts(fonts);
}

UiActions AppUi::take_actions() {
    UiActions taken = std::move(actions_);
    actions_ = UiActions{};
    return taken;
}

bool AppUi::paste_block(const std::string& text) {
    const std::optional<std::size_t> target = form_panel_.paste_target();
    if (!target || !session_.paste_block(text, *target)) return false;
    form_panel_.release_field();
    return true;
}

bool AppUi::reveal_field(const std::string& code, const std::string& field) {
    if (!form_panel_.reveal_field(code, field)) return false;
    select_tab_ = Tab::Form;
    return true;
}

bool AppUi::draw(std::uint64_t frame) {
    form_panel_.begin_frame(frame);
    const ImGuiIO& io = ImGui::GetIO();
    const float width = io.DisplaySize.x;
    const bool narrow = width < kNarrowWidth;
    const bool scroll_page = io.DisplaySize.y < kScrollPageHeight;
    float top = 0;
    if (!scroll_page) draw_top_bar(width, top);

    const bool side_column = !scroll_page && tab_ == Tab::Form && width >= kSideColumnMinWidth;
    const float main_width = side_column ? width - kSideColumnWidth : width;
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(main_width, io.DisplaySize.y - top));
    ImGui::Begin("##main", nullptr, kPanelFlags | (scroll_page ? 0 : ImGuiWindowFlags_NoScrollbar));
    if (scroll_page) {
        // The top bar as the page's first block, scrolling with the rest (drawn in the page
        // itself, not a child window: ImGui would drop a child's items once scrolled away,
        // and with them their places in the accessibility tree).
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->ChannelsSplit(2);
        draw->ChannelsSetCurrent(1);
        ImGui::BeginGroup();
        draw_top_bar_contents(main_width);
        ImGui::EndGroup();
        const ImVec2 window = ImGui::GetWindowPos();
        const float pad = ImGui::GetStyle().WindowPadding.y;
        draw->ChannelsSetCurrent(0);
        draw->AddRectFilled(ImVec2(window.x, ImGui::GetItemRectMin().y - pad),
                            ImVec2(window.x + ImGui::GetWindowWidth(), ImGui::GetItemRectMax().y + pad), palette::kPanel);
        draw->ChannelsMerge();
        ImGui::Dummy(ImVec2(1, pad));
    }
    // A child window scrolls each tab's content under the fixed top bar; when the whole page
    // scrolls, the content is drawn in the page itself.
    auto begin_content = [scroll_page](const char* id) {
        if (!scroll_page) ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_None);
    };
    auto end_content = [scroll_page] {
        if (!scroll_page) ImGui::EndChild();
    };
    draw_notices();
    draw_toolbar(narrow);
    draw_rubric_bar(session_, actions_, widgets());

    FormLayout layout;
    layout.width = main_width;
    layout.side_column = side_column;
    layout.table_rows = main_width >= kTableRowsMinWidth;
    // On a phone the tabs are packed tighter, so their short labels fit 320 CSS px whole; on a
    // narrower screen still they scroll sideways rather than cut their labels short.
    // (The padding counts where the bar begins, which keeps it, and where each tab is sized.)
    const ImVec2 tab_padding(narrow ? 4.0f : ImGui::GetStyle().FramePadding.x, ImGui::GetStyle().FramePadding.y);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, tab_padding);
    const bool tab_bar = ImGui::BeginTabBar("tabs", narrow ? ImGuiTabBarFlags_FittingPolicyScroll : ImGuiTabBarFlags_None);
    ImGui::PopStyleVar();
    if (tab_bar) {
        // The tabs' accessible names are their long labels, also on a phone.
        const std::string drafts_name = "Đánh giá đã lưu (" + std::to_string(session_.workspace.drafts.size()) + ")";
        // A tab: its id (the widget is "tab-<id>"), its label, which is also its accessible
        // name, and the shorter label a phone shows.
        auto tab = [&](Tab which, const char* id, const std::string& label, const char* phone_label) {
            const std::string shown = (narrow ? std::string(phone_label) : label) + "###" + id;
            const ImGuiTabItemFlags flags = select_tab_ == which ? ImGuiTabItemFlags_SetSelected : 0;
            ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, tab_padding);
            if (narrow) ImGui::PushStyleVar(ImGuiStyleVar_ItemInnerSpacing, ImVec2(2, ImGui::GetStyle().ItemInnerSpacing.y));
            const bool open = ImGui::BeginTabItem(shown.c_str(), nullptr, flags);
            ImGui::PopStyleVar(narrow ? 2 : 1);
            a11y::describe().name(label);
            widgets().record_item(std::string("tab-") + id);
            if (open) tab_ = which;
            return open;
        };
        // Short labels on a phone, so all four tabs show whole.
        if (tab(Tab::Form, "form", "Chấm điểm", "Điểm")) {
            begin_content("form");
            draw_published_panel(session_.form, widgets());
            if (form_panel_.draw_main(layout)) actions_.session_changed = true;
            end_content();
            ImGui::EndTabItem();
        }
        if (tab(Tab::Drafts, "drafts", drafts_name, "Đã lưu")) {
            begin_content("drafts");
            draw_drafts_panel(session_, actions_, widgets());
            end_content();
            ImGui::EndTabItem();
        }
        if (tab(Tab::Batch, "batch", "Bảng tổng hợp", "Tổng hợp")) {
            batch_panel_.draw(session_, actions_, widgets(), scroll_page ? kBatchTableMinHeight : 0);
            ImGui::EndTabItem();
        }
        if (tab(Tab::Compare, "compare", "So sánh", "So sánh")) {
            begin_content("compare");
            compare_panel_.draw(session_, actions_, ImGui::GetContentRegionAvail().x, widgets());
            end_content();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    // ImGui shows a tab selected by code one frame after it is asked: keep drawing.
    const bool selecting_tab = select_tab_.has_value();
    select_tab_.reset();
    ImGui::End();

    if (side_column) {
        ImGui::SetNextWindowPos(ImVec2(main_width, top));
        ImGui::SetNextWindowSize(ImVec2(kSideColumnWidth, io.DisplaySize.y - top));
        ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(1, 1, 1, 1));
        ImGui::Begin("##side", nullptr, kPanelFlags);
        if (form_panel_.draw_side(layout)) actions_.session_changed = true;
        ImGui::End();
        ImGui::PopStyleColor();
    }
    draw_share_link();

    if (session_.batch_opened) {
        session_.batch_opened = false;
        select_tab_ = Tab::Batch;
    }
    if (actions_.show_tab) {
        select_tab_ = *actions_.show_tab;
        actions_.show_tab.reset();
    }
    if (actions_.session_changed) session_.form_edited();
    return selecting_tab || select_tab_.has_value();
}

// ---- top bar: total, rating, band scale -----------------------------------------------------
void AppUi::draw_top_bar(float width, float& height) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(1, 1, 1, 1));
    ImGui::Begin("##top", nullptr, kPanelFlags | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoScrollbar);
    draw_top_bar_contents(width);
    height = ImGui::GetWindowHeight();
    ImGui::End();
    ImGui::PopStyleColor();
}

void AppUi::draw_top_bar_contents(float width) {
    const Rubric& rubric = session_.rubric();
    const ScoreCard& card = session_.form.card();
    const RatingBand& band = rubric.ratings[card.rating];

    // The unit and period the figures belong to head the page, beside the total.
    const bool narrow = width < kIdentityRowWidth;
    const char* const title = "Tự đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp";
    if (narrow) {
        // No room for the title on a phone: the page's heading covers the unit and period.
        ImGui::BeginGroup();
        if (form_panel_.draw_identity(true)) actions_.session_changed = true;
        ImGui::EndGroup();
        a11y::describe_area("title", a11y::Role::Heading).name(title).level(1);
    } else {
        ImGui::BeginGroup();
        ImGui::TextUnformatted(title);
        a11y::describe_area("title", a11y::Role::Heading).name(title).level(1);
        const char* const source = "· QĐ 766/QĐ-TTg, tính điểm như Cổng Dịch vụ công quốc gia";
        const float room = width - 320 - ImGui::GetItemRectMax().x;  // keep clear of the total
        if (ImGui::CalcTextSize(source).x + 12 < room) {
            ImGui::SameLine();
            text_colored(palette::kMutedText, source);
        }
        if (form_panel_.draw_identity(false)) actions_.session_changed = true;
        ImGui::EndGroup();
        const float left_right = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
        const float total_at = std::max(left_right + 32, width - 520);
        if (total_at + 480 < width) ImGui::SameLine(total_at);  // otherwise on its own line
    }
    // Now and the target, side by side: total and rating chip each.
    const ScoreCard& target = session_.form.target_card();
    draw_total("TỔNG ĐIỂM", card.total, band, false);
    // The total and rating as read; the live region (announce) says them again on a change.
    a11y::describe_area("total", a11y::Role::Text).name(app::accessible::total_text(rubric, card));
    a11y::announce(app::accessible::announcement(rubric, card, session_.form.plan(), &target));
    if (!narrow) {  // a phone has no room: the target goes below
        ImGui::SameLine(0, 14);
        ImGui::BeginGroup();
        ImGui::Dummy(ImVec2(1, ImGui::GetFontSize() * 0.9f));
        ImGui::AlignTextToFramePadding();
        text_colored(palette::kMutedText, "→");
        ImGui::EndGroup();
        ImGui::SameLine(0, 14);
    }
    draw_total("MỤC TIÊU", target.total, rubric.ratings[target.rating], narrow);
    a11y::describe_area("target-total", a11y::Role::Text).name(app::accessible::target_total_text(rubric, target));

    draw_band_scale(width - 2 * ImGui::GetStyle().WindowPadding.x);
}

void AppUi::draw_total(const char* caption, double total, const RatingBand& band, bool compact) {
    const Rubric& rubric = session_.rubric();
    ImGui::BeginGroup();  // one item: the accessibility tree reads it as one text
    if (compact) {  // one line: "MỤC TIÊU 80.00 / 100 [Tốt]"
        ImGui::AlignTextToFramePadding();
        text_colored(palette::kMutedText, caption);
        ImGui::SameLine();
        ImGui::TextUnformatted(format_2dp(total).c_str());
        ImGui::SameLine(0, 4);
        text_colored(palette::kMutedText, "/ " + format_number(rubric.max));
        ImGui::SameLine(0, 10);
        const ImVec2 label_size = ImGui::CalcTextSize(band.label.c_str());
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const ImVec2 pad(10, 3);  // the chip grows around the text, which stays on the line
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y - pad.y),
                                                  ImVec2(at.x + label_size.x + 2 * pad.x, at.y + label_size.y + pad.y),
                                                  readable_band_color(band), 10);
        ImGui::SetCursorScreenPos(ImVec2(at.x + pad.x, at.y));
        text_colored(IM_COL32_WHITE, band.label);
        ImGui::EndGroup();
        return;
    }
    ImGui::BeginGroup();
    text_colored(palette::kMutedText, caption);
    ImGui::PushFont(fonts_.large);
    const float large_size = ImGui::GetFontSize();
    ImGui::TextUnformatted(format_2dp(total).c_str());
    ImGui::PopFont();
    // "/ 100" sits on the big number's baseline.
    ImGui::SameLine(0, 6);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + large_size - ImGui::GetFontSize() - 4);
    text_colored(palette::kMutedText, "/ " + format_number(rubric.max));
    ImGui::EndGroup();
    ImGui::SameLine(0, 12);

    // The rating as a chip in its band's colour.
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(1, ImGui::GetFontSize() * 0.9f));
    const ImVec2 label_size = ImGui::CalcTextSize(band.label.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 pad(12, 6);
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + label_size.x + 2 * pad.x, at.y + label_size.y + 2 * pad.y),
                                              readable_band_color(band), 14);
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad.x, at.y + pad.y));
    text_colored(IM_COL32_WHITE, band.label);
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + label_size.y + 2 * pad.y));
    ImGui::Dummy(ImVec2(label_size.x + 2 * pad.x, 0));
    ImGui::EndGroup();
    ImGui::EndGroup();
}

void AppUi::draw_band_scale(float width) {
    const Rubric& rubric = session_.rubric();
    const ScoreCard& card = session_.form.card();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float bar_height = 12;
    ImGui::Dummy(ImVec2(1, 4));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    auto x_of = [&](double points) { return origin.x + width * static_cast<float>(points / rubric.max); };

    // Bands are listed highest first; each runs from its min to the next band's min.
    for (std::size_t i = 0; i < rubric.ratings.size(); ++i) {
        const RatingBand& band = rubric.ratings[i];
        const double upper = i == 0 ? rubric.max : rubric.ratings[i - 1].min;
        const float x0 = x_of(std::max(0.0, band.min)), x1 = x_of(upper);
        const bool current = i == card.rating;
        draw->AddRectFilled(ImVec2(x0, origin.y), ImVec2(x1, origin.y + bar_height),
                            color_from_hex(band.color, current ? 255 : 70));
        const ImVec2 label = ImGui::CalcTextSize(band.label.c_str());
        if (label.x + 6 < x1 - x0)
            draw->AddText(ImVec2((x0 + x1 - label.x) * 0.5f, origin.y + bar_height + 3),
                          current ? palette::kText : palette::kMutedText, band.label.c_str());
    }
    // The total as a marker on the scale.
    const float mx = x_of(std::clamp(card.total, 0.0, rubric.max));
    draw->AddTriangleFilled(ImVec2(mx - 6, origin.y - 4), ImVec2(mx + 6, origin.y - 4), ImVec2(mx, origin.y + 4),
                            palette::kText);
    draw->AddLine(ImVec2(mx, origin.y), ImVec2(mx, origin.y + bar_height), palette::kText, 2);
    // The target, when it differs, as a hollow marker.
    const double target = session_.form.target_card().total;
    if (target != card.total) {
        const float tx = x_of(std::clamp(target, 0.0, rubric.max));
        draw->AddTriangle(ImVec2(tx - 6, origin.y - 4), ImVec2(tx + 6, origin.y - 4), ImVec2(tx, origin.y + 4),
                          palette::kText, 1.5f);
        draw->AddLine(ImVec2(tx, origin.y), ImVec2(tx, origin.y + bar_height), palette::kText, 1);
    }
    ImGui::Dummy(ImVec2(width, bar_height + ImGui::GetFontSize() + 6));

    const ImprovementPlan& plan = session_.form.plan();
    if (plan.next_band) text_wrapped_colored(palette::kMutedText, next_band_text(rubric, plan));
    else text_colored(palette::kFull, next_band_text(rubric, plan));
    a11y::describe_area("next-band", a11y::Role::Text).name(app::accessible::next_band_text(rubric, plan));
}

// ---- notices: what happened to a file, the storage, a link ----------------------------------
void AppUi::draw_notices() {
    auto& notices = session_.notices;
    std::optional<std::size_t> dismissed;
    for (std::size_t i = 0; i < notices.size(); ++i) {
        const app::Notice& notice = notices[i];
        ImGui::PushID(static_cast<int>(i));
        const ImU32 color = notice_color(notice.kind);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        draw->ChannelsSplit(2);
        draw->ChannelsSetCurrent(1);
        ImGui::Indent(10);
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize("Đóng").x - 30);
        text_wrapped_colored(color, notice.title);
        for (const std::string& line : notice.lines) ImGui::TextWrapped("%s", line.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        // Read out when it appears (role alert).
        std::string said = notice.title;
        for (const std::string& line : notice.lines) said += ". " + line;
        a11y::describe_area("notice", a11y::Role::Alert).name(said);
        ImGui::Unindent(10);
        const float bottom = ImGui::GetItemRectMax().y;
        const float close_width = ImGui::CalcTextSize("Đóng").x + 2 * ImGui::GetStyle().FramePadding.x;
        ImGui::SameLine(ImGui::GetContentRegionMax().x - close_width);
        if (ImGui::SmallButton("Đóng")) dismissed = i;
        a11y::describe().name("Đóng thông báo: " + notice.title);
        widgets().record_item("notice-close-" + std::to_string(i));
        draw->ChannelsSetCurrent(0);
        const float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
        draw->AddRectFilled(ImVec2(at.x, at.y - 4), ImVec2(right, bottom + 4), (color & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 22), 4);
        draw->AddRectFilled(ImVec2(at.x, at.y - 4), ImVec2(at.x + 4, bottom + 4), color);
        draw->ChannelsMerge();
        ImGui::SetCursorScreenPos(ImVec2(at.x, bottom + 10));
        ImGui::PopID();
    }
    if (dismissed) notices.erase(notices.begin() + static_cast<std::ptrdiff_t>(*dismissed));
}

// ---- toolbar: files, report, share ----------------------------------------------------------
void AppUi::draw_toolbar(bool narrow) {
    struct Item {
        const char* name;  // for widgetRect("ui", name)
        const char* label;
        const char* tip;
        void (*run)(AppUi&);
    };
    static const Item items[] = {
        {"open-file", "Mở tệp…", "Mở tệp đánh giá (.json), tệp nhiều đơn vị (JSON, JSON Lines), tệp CSV theo mẫu, hoặc "
                    "dữ liệu Cổng Dịch vụ công (phản hồi JSON, tệp HAR; chọn nhiều tệp cùng lúc), hoặc tệp bộ tiêu chí (.json). "
                    "Cũng có thể kéo thả tệp vào trang.",
         [](AppUi& ui) { ui.actions_.pick_file = true; }},
        {"save-file", "Lưu tệp", "Tải về tệp đánh giá đang mở (JSON) để lưu trữ hoặc gửi đi.",
         [](AppUi& ui) { ui.actions_.download = ui.session_.assessment_file(); }},
        {"report", "Báo cáo để in", "Mở báo cáo khổ A4 trong thẻ mới; dùng lệnh In → Lưu thành PDF của trình duyệt.",
         [](AppUi& ui) { ui.actions_.open_report = true; }},
        {"export-json", "Xuất kết quả JSON", "Tải về kết quả chấm điểm (JSON).",
         [](AppUi& ui) { ui.actions_.download = ui.session_.result_file(); }},
        {"copy-link", "Sao chép liên kết", "Liên kết chứa số liệu (sau dấu #, không gửi đi đâu); mở liên kết là có lại đánh giá này.",
         [](AppUi& ui) { ui.actions_.copy_share_link = true; }},
        {"csv-template", "Mẫu CSV", "Tải tệp CSV mẫu cho Excel: mỗi dòng một đơn vị, mỗi chỉ tiêu một cột tử số và một cột mẫu số.",
         [](AppUi& ui) { ui.actions_.download = ui.session_.template_file(); }},
        {"new-draft", "Đánh giá mới", "Bắt đầu một đánh giá trống; đánh giá hiện tại vẫn được giữ trong «Đánh giá đã lưu».",
         [](AppUi& ui) {
             ui.session_.new_draft();
             ui.actions_.session_changed = true;
             ui.select_tab_ = Tab::Form;
         }},
    };
    if (narrow) {
        if (ImGui::Button("Tệp và chia sẻ…")) ImGui::OpenPopup("actions");
        a11y::describe().expanded(ImGui::IsPopupOpen("actions"));
        widgets().record_item("menu");
        if (ImGui::BeginPopup("actions")) {
            for (const Item& item : items) {
                if (ImGui::Selectable(item.label)) item.run(*this);
                a11y::describe().description(item.tip);
                widgets().record_item(item.name);
            }
            ImGui::EndPopup();
        }
        return;
    }
    bool first = true;
    for (const Item& item : items) {
        if (flow_button(item.label, first)) item.run(*this);
        a11y::describe().description(item.tip);
        widgets().record_item(item.name);
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
            ImGui::TextUnformatted(item.tip);
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        first = false;
    }
}

void AppUi::draw_share_link() {
    if (!share_link_) return;
    ImGui::OpenPopup("Liên kết chia sẻ");
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(size.x * 0.5f, size.y * 0.4f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(560.0f, size.x - 20), 0));
    if (ImGui::BeginPopupModal("Liên kết chia sẻ", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        const char* const explanation = "Đã sao chép liên kết vào bộ nhớ tạm (nếu trình duyệt cho phép). Số liệu nằm trong "
                                         "liên kết, sau dấu #: không gửi lên máy chủ nào.";
        ImGui::TextWrapped("%s", explanation);
        a11y::describe_area("explanation", a11y::Role::Text).name(explanation);
        ImGui::SetNextItemWidth(-1);
        ImGui::InputText("##link", &*share_link_, ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
        a11y::describe().role(a11y::Role::TextBox).name("Liên kết chia sẻ").value(*share_link_).read_only();
        text_colored(palette::kMutedText, std::to_string(share_link_->size()) + " ký tự");
        const bool close = ImGui::Button("Đóng");
        a11y::describe().name("Đóng liên kết chia sẻ");
        widgets().record_item("share-close");
        if (close) {
            share_link_.reset();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

}  // namespace dvcscore::web::ui
