#pragma once
// What the panels ask for that drawing cannot do: the page carries these out after the
// frame (files, the clipboard, a new tab), or switches the tab shown.
#include <optional>

#include "app/session.hpp"

namespace dvcscore::web::ui {

enum class Tab { Form, Drafts, Batch, Compare };

struct UiActions {
    bool pick_file = false;
    bool copy_share_link = false;
    bool open_report = false;  // the printable report in a new tab
    std::optional<app::FileToSave> download;
    std::optional<Tab> show_tab;
    bool session_changed = false;  // autosave
};

}  // namespace dvcscore::web::ui
