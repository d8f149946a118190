#include "semantics.hpp"

#include <emscripten.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>
#include <vector>

#include "core/json_writer.hpp"
#include "imgui_internal.h"
#include "item_hooks.hpp"
#include "platform/browser_input.hpp"
#include "platform/browser_platform.hpp"

// web/semantics.js
extern "C" {
void dvc_js_a11y_install();
void dvc_js_a11y_update(const char* json);
}

namespace dvcscore::web::a11y {
namespace {

// State bits, as web/semantics.js reads them.
enum StateBit : std::uint32_t {
    kInvalid = 1u << 0,
    kSelected = 1u << 1,
    kPressed = 1u << 2,
    kChecked = 1u << 3,
    kExpanded = 1u << 4,
    kReadOnly = 1u << 5,
    kNumeric = 1u << 6,
    kFocusable = 1u << 7,
    kDisabled = 1u << 8,
    kHasSelected = 1u << 9,
    kHasPressed = 1u << 10,
    kHasChecked = 1u << 11,
    kHasExpanded = 1u << 12,
    kModal = 1u << 13,
};

struct NodeData {
    ImGuiID id = 0, parent = 0;
    Role role = Role::None;       // given by describe()/begin()/describe_area()
    Role auto_role = Role::None;  // guessed by the hooks
    std::string name, auto_name, description, value, key;
    bool named = false, has_value = false;
    ImRect rect;
    bool container = false;      // its rectangle is its children's
    bool imgui_item = false;     // ImGui focuses and presses it (the hooks saw it)
    ImGuiID window = 0;
    std::uint32_t states = 0;
    int level = 0, row_index = 0, row_count = 0;
    Sort sort = Sort::None;
    int x = 0, y = 0, w = 0, h = 0;  // the rectangle as sent, whole CSS pixels
};

// A node's id → its index in the frame's nodes. Rebuilt every frame, so it allocates
// nothing once it has grown: open addressing in one array (std::unordered_map allocated an
// entry per node per frame).
class IdIndex {
public:
    void clear() {
        std::fill(slots_.begin(), slots_.end(), Slot{});
        size_ = 0;
    }
    // -1 when absent.
    int find(ImGuiID id) const {
        if (slots_.empty()) return -1;
        for (std::size_t i = slot_of(id);; i = (i + 1) & (slots_.size() - 1)) {
            if (slots_[i].at < 0) return -1;
            if (slots_[i].id == id) return slots_[i].at;
        }
    }
    bool contains(ImGuiID id) const { return find(id) >= 0; }
    void set(ImGuiID id, int at) {
        if ((size_ + 1) * 2 > slots_.size()) grow();
        for (std::size_t i = slot_of(id);; i = (i + 1) & (slots_.size() - 1)) {
            if (slots_[i].at < 0) {
                slots_[i] = {id, at};
                ++size_;
                return;
            }
            if (slots_[i].id == id) {
                slots_[i].at = at;
                return;
            }
        }
    }

private:
    struct Slot {
        ImGuiID id = 0;
        int at = -1;  // -1: empty
    };
    std::size_t slot_of(ImGuiID id) const { return (id * 2654435761u) >> (32 - bits_); }  // Fibonacci hashing
    void grow() {
        std::vector<Slot> old = std::move(slots_);
        bits_ = old.empty() ? 9 : bits_ + 1;
        slots_.assign(std::size_t{1} << bits_, Slot{});
        size_ = 0;
        for (const Slot& slot : old)
            if (slot.at >= 0) set(slot.id, slot.at);
    }
    std::vector<Slot> slots_;  // a power of two, at most half full
    std::size_t size_ = 0;
    int bits_ = 0;
};

// What assistive technology (through web/semantics.js) asked ImGui to do.
struct Request {
    enum class Kind { None, Focus, Activate } kind = Kind::None;
    ImGuiID id = 0;
    bool submitted = false;  // SetKeyboardFocusHere() was called for it
    bool done = false;
    bool scrolled = false;  // a node of the page's own was scrolled into view for it
};

struct Semantics {
    bool installed = false;
    bool in_frame = false;
    // The first frame is drawn without the tree, so the canvas shows as soon as it can; the
    // frame after it builds the tree and sends it whole (docs/accessibility.md).
    bool first_frame_drawn = false;
    bool tree_sent = false;
    // This frame, in the order the UI submitted it.
    std::vector<NodeData> nodes;
    IdIndex index;
    std::vector<int> scopes;                            // begin()…end(), indices into nodes
    std::unordered_map<ImGuiID, int> popup_containers;  // popup window → its node
    // What the page has (the last frame sent): its nodes, and every node's parent and id in
    // the tree's order (the order of each parent's children).
    std::unordered_map<ImGuiID, NodeData> sent;
    std::vector<std::pair<ImGuiID, ImGuiID>> sent_order;
    // Scratch space of finish_nodes() and send_changes(), kept from frame to frame so that a
    // frame allocates nothing for them.
    std::vector<char> keep;
    std::vector<int> child_count;
    std::vector<std::pair<ImGuiID, ImGuiID>> order;
    std::vector<ImGuiID> remade;
    std::string added, updated, moved, removed, reordered;
    // The visible labels of items seen before: an item scrolled out of its window is still
    // added (so it keeps its node) but ImGui does not show, so does not tell, its label.
    std::unordered_map<ImGuiID, std::string> labels;
    std::string live, sent_live;
    ImGuiID sent_focus = 0, sent_sink = 0, sent_nav = 0;
    int sent_selection[3] = {-1, -1, 0};
    Request request;
    std::string focus_key;
    std::string json;
};

Semantics& s() {
    static Semantics semantics;
    return semantics;
}

std::string visible_label(const char* label) {
    if (label == nullptr) return {};
    const char* end = label;
    while (*end != '\0' && !(end[0] == '#' && end[1] == '#')) ++end;
    std::string text(label, end);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
}

int newest_container() {
    Semantics& t = s();
    int best = -1;
    for (auto it = t.scopes.rbegin(); it != t.scopes.rend(); ++it)
        if (*it >= 0) {
            best = *it;
            break;
        }
    ImGuiWindow* window = GImGui->CurrentWindow;
    if (window != nullptr && window->RootWindow != nullptr) {
        const auto it = t.popup_containers.find(window->RootWindow->ID);
        if (it != t.popup_containers.end()) best = std::max(best, it->second);
    }
    return best;
}

int add_node(ImGuiID id) {
    Semantics& t = s();
    const int found = t.index.find(id);
    if (found >= 0) return found;
    NodeData node;
    node.id = id;
    const int parent = newest_container();
    node.parent = parent >= 0 ? t.nodes[parent].id : 0;
    t.nodes.push_back(std::move(node));
    const int at = static_cast<int>(t.nodes.size()) - 1;
    t.index.set(id, at);
    return at;
}

bool in_tooltip(const ImGuiWindow* window) {
    return window != nullptr && window->RootWindow != nullptr && (window->RootWindow->Flags & ImGuiWindowFlags_Tooltip);
}

// ---- ImGui's item hooks -----------------------------------------------------------------------
void on_item_add(ImGuiID id, const ImRect& bb, const ImGuiLastItemData* item) {
    Semantics& t = s();
    if (!t.in_frame) return;
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = g.CurrentWindow;
    if (item == nullptr) {
        // A window begins: a popup becomes the container of what it shows.
        if (window == nullptr || window->ID != id || !(window->Flags & ImGuiWindowFlags_Popup) ||
            (window->Flags & ImGuiWindowFlags_Tooltip))
            return;
        const int at = add_node(id);
        NodeData& node = t.nodes[at];
        node.container = true;
        node.window = id;
        if (window->Flags & ImGuiWindowFlags_Modal) {
            node.role = Role::Dialog;
            node.states |= kModal;
            node.name = visible_label(window->Name);
        } else if (std::string(window->Name).rfind("##Combo_", 0) == 0) {
            node.role = Role::ListBox;
        } else {
            node.role = Role::Menu;
        }
        t.popup_containers[id] = at;
        return;
    }
    if (in_tooltip(window)) return;
    const int at = add_node(id);
    NodeData* node = &t.nodes[at];
    node->rect = bb;
    node->imgui_item = true;
    node->window = window->ID;
    if (item->InFlags & ImGuiItemFlags_Disabled) node->states |= kDisabled;
    if (ImGuiTabBar* bar = g.CurrentTabBar; bar != nullptr && ImGui::TabBarFindTabByID(bar, id) != nullptr) {
        // A tab: inside a tab list made for its bar.
        if (!t.index.contains(bar->ID)) {
            const int list = add_node(bar->ID);
            t.nodes[list].role = Role::TabList;
            t.nodes[list].rect = bar->BarRect;
            node = &t.nodes[at];
        }
        node->parent = bar->ID;
        node->auto_role = Role::Tab;
        node->states |= kHasSelected | (bar->SelectedTabId == id ? kSelected : 0);
    }
    if (t.request.kind == Request::Kind::Focus && t.request.id == id && !t.request.submitted) {
        // Focus, scroll into view and, for a text field, start editing: ImGui's own tabbing.
        ImGui::SetKeyboardFocusHere(-1);
        t.request.submitted = true;
    }
}

void on_item_info(ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    Semantics& t = s();
    if (!t.in_frame) return;
    ImGuiWindow* window = GImGui->CurrentWindow;
    if (window == nullptr || window->ID == id || in_tooltip(window)) return;
    NodeData& node = t.nodes[add_node(id)];
    std::string text = visible_label(label);
    if (!text.empty()) {
        std::string& remembered = t.labels[id];
        if (remembered != text) remembered = text;  // the same label every frame: no copy
        node.auto_name = std::move(text);
    }
    if (node.auto_role != Role::None) return;
    if (flags & ImGuiItemStatusFlags_Inputable) {
        node.auto_role = Role::TextBox;
    } else if (flags & ImGuiItemStatusFlags_Checkable) {
        node.auto_role = Role::CheckBox;
        node.states |= kHasChecked | ((flags & ImGuiItemStatusFlags_Checked) ? kChecked : 0);
    } else {
        node.auto_role = Role::Button;
        if (flags & ImGuiItemStatusFlags_Openable)
            node.states |= kHasExpanded | ((flags & ImGuiItemStatusFlags_Opened) ? kExpanded : 0);
    }
}

// ---- the frame's tree -------------------------------------------------------------------------
bool needs_name(Role role) {
    switch (role) {
        case Role::Row:
        case Role::Cell:
        case Role::ColumnHeader:
        case Role::Group:
        case Role::Menu:
        case Role::ListBox:
        case Role::Table:
        case Role::TabList:
            return false;
        default:
            return true;
    }
}

bool is_container(Role role) {
    return role == Role::TabList || role == Role::ListBox || role == Role::Menu || role == Role::Dialog ||
           role == Role::Table || role == Role::Row || role == Role::Group;
}

bool focusable_by_default(Role role) {
    switch (role) {
        case Role::Button:
        case Role::TextBox:
        case Role::CheckBox:
        case Role::Tab:
        case Role::ComboBox:
        case Role::Option:
        case Role::MenuItem:
        case Role::ColumnHeader:
            return true;
        default:
            return false;
    }
}

// The index made again for the nodes as they now stand.
void reindex() {
    Semantics& t = s();
    t.index.clear();
    for (std::size_t i = 0; i < t.nodes.size(); ++i) t.index.set(t.nodes[i].id, static_cast<int>(i));
}

// Keeps the nodes whose keep[i] is set, in order, moved up in place.
void keep_nodes(const std::vector<char>& keep) {
    Semantics& t = s();
    std::size_t kept = 0;
    for (std::size_t i = 0; i < t.nodes.size(); ++i) {
        if (!keep[i]) continue;
        if (kept != i) t.nodes[kept] = std::move(t.nodes[i]);
        ++kept;
    }
    t.nodes.erase(t.nodes.begin() + static_cast<std::ptrdiff_t>(kept), t.nodes.end());
    reindex();
}

// Names, roles and rectangles made final; nodes that say nothing are left out (and their
// children move up to the nearest node kept).
void finish_nodes() {
    Semantics& t = s();
    ImGuiContext& g = *GImGui;
    std::vector<char>& keep = t.keep;
    keep.assign(t.nodes.size(), 0);
    for (std::size_t i = 0; i < t.nodes.size(); ++i) {
        NodeData& node = t.nodes[i];
        if (!node.named) {
            if (!node.auto_name.empty()) node.name = std::move(node.auto_name);
            else if (node.imgui_item) {
                const auto label = t.labels.find(node.id);
                if (label != t.labels.end()) node.name = label->second;
            }
        }
        Role role = node.role != Role::None ? node.role : node.auto_role;
        if (role == Role::None && node.imgui_item && !node.name.empty()) role = Role::Button;
        if (role == Role::Button && node.role == Role::None && node.parent != 0) {
            // A plain item in a combo's list is an option, in a popup a menu item.
            const int parent = t.index.find(node.parent);
            const Role parent_role = parent >= 0 ? t.nodes[static_cast<std::size_t>(parent)].role : Role::None;
            if (parent_role == Role::ListBox) role = Role::Option;
            else if (parent_role == Role::Menu) role = Role::MenuItem;
        }
        node.role = role;
        keep[i] = role != Role::None && !(needs_name(role) && node.name.empty());
    }
    // The nearest ancestor kept, while every node is still where the index says.
    for (std::size_t i = 0; i < t.nodes.size(); ++i) {
        if (!keep[i]) continue;
        NodeData& node = t.nodes[i];
        ImGuiID parent = node.parent;
        for (int guard = 0; parent != 0 && guard < 64; ++guard) {
            const int at = t.index.find(parent);
            if (at < 0) parent = 0;
            else if (keep[static_cast<std::size_t>(at)]) break;
            else parent = t.nodes[static_cast<std::size_t>(at)].parent;
        }
        node.parent = parent;
        if (is_container(node.role) && node.rect.GetWidth() <= 0 && node.rect.GetHeight() <= 0) node.container = true;
        if (focusable_by_default(node.role)) node.states |= kFocusable;
        // The field being edited shows ImGui's own text, as typed so far.
        if (node.role == Role::TextBox && !node.has_value && g.ActiveId == node.id && g.InputTextState.ID == node.id &&
            g.InputTextState.TextAIsValid)
            node.value = g.InputTextState.TextA.Data;
    }
    keep_nodes(keep);
    // A container nothing was drawn into says nothing.
    std::vector<int>& children = t.child_count;
    children.assign(t.nodes.size(), 0);
    for (const NodeData& node : t.nodes) {
        const int parent = node.parent != 0 ? t.index.find(node.parent) : -1;
        if (parent >= 0) ++children[static_cast<std::size_t>(parent)];
    }
    bool any_empty = false;
    keep.assign(t.nodes.size(), 1);
    for (std::size_t i = 0; i < t.nodes.size(); ++i) {
        const NodeData& node = t.nodes[i];
        if (node.container && !node.imgui_item && children[i] == 0) keep[i] = 0, any_empty = true;
    }
    if (any_empty) keep_nodes(keep);
    // Containers cover their children, deepest first (a child may come before its parent:
    // the first tab of a tab list).
    for (int pass = 0; pass < 4; ++pass) {
        bool grew = false;
        for (const NodeData& child : t.nodes) {
            if (child.parent == 0 || (child.rect.GetWidth() <= 0 && child.rect.GetHeight() <= 0)) continue;
            const int at = t.index.find(child.parent);
            if (at < 0) continue;
            NodeData& parent = t.nodes[static_cast<std::size_t>(at)];
            if (!parent.container) continue;
            const ImRect before = parent.rect;
            if (parent.rect.GetWidth() <= 0 && parent.rect.GetHeight() <= 0) parent.rect = child.rect;
            else parent.rect.Add(child.rect);
            grew |= before.Min.x != parent.rect.Min.x || before.Min.y != parent.rect.Min.y ||
                    before.Max.x != parent.rect.Max.x || before.Max.y != parent.rect.Max.y;
        }
        if (!grew) break;
    }
    for (NodeData& node : t.nodes) {
        node.x = static_cast<int>(std::lround(node.rect.Min.x));
        node.y = static_cast<int>(std::lround(node.rect.Min.y));
        node.w = std::max(0, static_cast<int>(std::lround(node.rect.Max.x)) - node.x);
        node.h = std::max(0, static_cast<int>(std::lround(node.rect.Max.y)) - node.y);
    }
}

// ---- JSON for web/semantics.js ----------------------------------------------------------------
// A string as the core's JSON writer escapes it (invalid UTF-8 as U+FFFD, which JSON.parse
// then reads as the page shows it).
void append_string(std::string& out, const std::string& text) { JsonWriter(out).string(text); }

void append_number(std::string& out, long long value) { out += std::to_string(value); }

// [first, rest…]: a node's id and its figures, a parent and its children.
template <typename Numbers>
void append_numbers(std::string& out, long long first, const Numbers& rest) {
    out += '[';
    append_number(out, first);
    for (const auto value : rest) {
        out += ',';
        append_number(out, value);
    }
    out += ']';
}

// Before an item of a comma-separated list.
void separate(std::string& list) {
    if (!list.empty()) list += ',';
}

// [id, parent, role, name, description, value, key, x, y, w, h, states, level, rowIndex, rowCount, sort]
void append_node(std::string& out, const NodeData& n) {
    out += '[';
    append_number(out, n.id);
    out += ',';
    append_number(out, n.parent);
    out += ',';
    append_number(out, static_cast<int>(n.role));
    out += ',';
    append_string(out, n.name);
    out += ',';
    append_string(out, n.description);
    out += ',';
    append_string(out, n.value);
    out += ',';
    append_string(out, n.key);
    for (const long long v : {static_cast<long long>(n.x), static_cast<long long>(n.y), static_cast<long long>(n.w),
                              static_cast<long long>(n.h), static_cast<long long>(n.states),
                              static_cast<long long>(n.level), static_cast<long long>(n.row_index),
                              static_cast<long long>(n.row_count), static_cast<long long>(n.sort)}) {
        out += ',';
        append_number(out, v);
    }
    out += ']';
}

// Everything sent but the rectangle, and imgui_item, which the page's requests read from `sent`.
bool same_content(const NodeData& a, const NodeData& b) {
    return a.parent == b.parent && a.role == b.role && a.states == b.states && a.level == b.level &&
           a.row_index == b.row_index && a.row_count == b.row_count && a.sort == b.sort &&
           a.imgui_item == b.imgui_item && a.name == b.name && a.description == b.description && a.value == b.value &&
           a.key == b.key;
}

bool same_place(const NodeData& a, const NodeData& b) { return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h; }

// Where ImGui's own focus went this frame, when that was the person's doing: the item held
// by the mouse or the keyboard, or the one ImGui's keyboard navigation highlights.
ImGuiID imgui_focus() {
    ImGuiContext& g = *GImGui;
    const IdIndex& index = s().index;
    if (g.ActiveId != 0 && index.contains(g.ActiveId)) return g.ActiveId;
    if (g.NavId != 0 && !g.NavDisableHighlight && index.contains(g.NavId)) return g.NavId;
    return 0;
}

// The mirrored text field ImGui is editing, if any.
ImGuiID text_sink() {
    ImGuiContext& g = *GImGui;
    if (g.ActiveId == 0 || g.InputTextState.ID != g.ActiveId) return 0;
    const int at = s().index.find(g.ActiveId);
    return at >= 0 && s().nodes[static_cast<std::size_t>(at)].role == Role::TextBox ? g.ActiveId : 0;
}

// The children of each parent in order, for the parents whose children changed or moved
// around, and around an element made again (`remade`: its role changed; the page puts an
// element in its parent, and children in it, only by this order): [parent, child, child…],
// comma-separated. Only called when the tree's order (every node's parent and id, in order)
// differs from what was sent or an element was made again: a frame that changed no order
// builds nothing.
void append_reordered(std::string& out, const std::vector<std::pair<ImGuiID, ImGuiID>>& now,
                      const std::vector<std::pair<ImGuiID, ImGuiID>>& sent, const std::vector<ImGuiID>& remade) {
    std::unordered_map<ImGuiID, std::vector<ImGuiID>> children, sent_children;
    std::vector<ImGuiID> parents;  // in the order they first appear
    for (const auto& [parent, id] : now) {
        auto& list = children[parent];
        if (list.empty()) parents.push_back(parent);
        list.push_back(id);
    }
    for (const auto& [parent, id] : sent) sent_children[parent].push_back(id);
    for (const ImGuiID parent : parents) {
        const std::vector<ImGuiID>& ids = children[parent];
        const auto old = sent_children.find(parent);
        auto is_remade = [&remade](ImGuiID id) { return std::find(remade.begin(), remade.end(), id) != remade.end(); };
        // A remade element goes into its parent, and its children into it.
        const bool touches_remade = is_remade(parent) || std::any_of(ids.begin(), ids.end(), is_remade);
        if (old != sent_children.end() && old->second == ids && !touches_remade) continue;
        separate(out);
        append_numbers(out, parent, ids);
    }
}

void send_changes() {
    Semantics& t = s();
    std::string& out = t.json;
    out.clear();
    std::string &added = t.added, &updated = t.updated, &moved = t.moved, &removed = t.removed, &order = t.reordered;
    added.clear(), updated.clear(), moved.clear(), removed.clear(), order.clear();
    // What the page has is brought up to date as the differences are written.
    t.order.clear();
    t.remade.clear();
    for (const NodeData& node : t.nodes) {
        t.order.emplace_back(node.parent, node.id);
        const auto old = t.sent.find(node.id);
        if (old == t.sent.end() || old->second.role != node.role) {
            if (old != t.sent.end()) {
                separate(removed);
                append_number(removed, node.id);
                t.remade.push_back(node.id);
            }
            separate(added);
            append_node(added, node);
            t.sent[node.id] = node;
        } else if (!same_content(old->second, node)) {
            separate(updated);
            append_node(updated, node);
            old->second = node;
        } else if (!same_place(old->second, node)) {
            separate(moved);
            append_numbers(moved, node.id, std::array<int, 4>{node.x, node.y, node.w, node.h});
            old->second.x = node.x, old->second.y = node.y, old->second.w = node.w, old->second.h = node.h;
        }
    }
    // Every node of this frame is in `sent` now: anything more there is gone.
    if (t.sent.size() > t.nodes.size()) {
        for (auto it = t.sent.begin(); it != t.sent.end();) {
            if (t.index.contains(it->first)) {
                ++it;
                continue;
            }
            separate(removed);
            append_number(removed, it->first);
            it = t.sent.erase(it);
        }
    }
    if (t.order != t.sent_order || !t.remade.empty()) {
        append_reordered(order, t.order, t.sent_order, t.remade);
        t.sent_order.swap(t.order);
    }

    auto field = [&out](const char* name) {
        out += out.empty() ? "{" : ",";
        out += '"';
        out += name;
        out += "\":";
    };
    auto list = [&out](const std::string& items) {
        out += '[';
        out += items;
        out += ']';
    };
    if (!added.empty()) field("a"), list(added);
    if (!updated.empty()) field("u"), list(updated);
    if (!moved.empty()) field("g"), list(moved);
    if (!removed.empty()) field("d"), list(removed);
    if (!order.empty()) field("o"), list(order);

    const ImGuiID focus = imgui_focus();
    if (focus != t.sent_focus) {
        if (focus != 0) field("f"), append_number(out, focus);
        t.sent_focus = focus;
    }
    const ImGuiID nav = GImGui->NavId != 0 && t.index.contains(GImGui->NavId) ? GImGui->NavId : 0;
    if (nav != t.sent_nav) {
        field("n");
        append_number(out, nav);
        t.sent_nav = nav;
    }
    const ImGuiID sink = text_sink();
    int selection[3] = {-1, -1, 0};
    if (sink != 0) {
        const ImGuiInputTextState& state = GImGui->InputTextState;
        const int a = state.Stb.select_start, b = state.Stb.select_end;
        selection[0] = a == b ? state.Stb.cursor : std::min(a, b);
        selection[1] = a == b ? state.Stb.cursor : std::max(a, b);
        selection[2] = a != b && state.Stb.cursor == std::min(a, b) ? 1 : 0;  // 1: backward
    }
    if (sink != t.sent_sink || !std::equal(selection, selection + 3, t.sent_selection)) {
        field("t");
        append_numbers(out, sink, selection);
        t.sent_sink = sink;
        std::copy(selection, selection + 3, t.sent_selection);
    }
    if (t.live != t.sent_live) {
        field("l");
        append_string(out, t.live);
        t.sent_live = t.live;
    }
    // The first tree is always sent, even empty: the page's `ready` waits for it.
    if (out.empty() && t.tree_sent) return;
    out += out.empty() ? "{}" : "}";
    dvc_js_a11y_update(out.c_str());
    t.tree_sent = true;
}

// ---- requests from the page ------------------------------------------------------------------
void settle_request() {
    Semantics& t = s();
    Request& r = t.request;
    if (r.kind == Request::Kind::None || r.done) return;
    ImGuiContext& g = *GImGui;
    const int at = t.index.find(r.id);
    if (at < 0) return;
    const NodeData& node = t.nodes[static_cast<std::size_t>(at)];
    if (r.kind == Request::Kind::Focus) {
        if (!node.imgui_item) r.done = r.done || !r.scrolled;  // else show_focused() says when it is in view
        else if (node.role == Role::TextBox) r.done = g.ActiveId == r.id;
        else r.done = g.NavId == r.id;
    }
}

// Draws frames until the request is carried out (a few at most), then lets the page settle.
void carry_out(Request request, int max_frames = 6) {
    Semantics& t = s();
    t.request = request;
    for (int frame = 0; frame < max_frames && !t.request.done; ++frame) platform().run_frame();
    t.request = {};
    platform().invalidate();
}

bool editing(ImGuiID id) {
    ImGuiContext& g = *GImGui;
    return g.ActiveId == id && g.InputTextState.ID == id;
}

// Makes ImGui edit the field `id` (focused by the page, or typed into after Enter ended
// the edit), keeping its caret where it was.
bool ensure_editing(ImGuiID id) {
    if (editing(id)) return true;
    Request focus;
    focus.kind = Request::Kind::Focus;
    focus.id = id;
    carry_out(focus);
    return editing(id);
}

// A node of the page's own (describe_area, a focusable row) is being focused: nothing of
// ImGui's to focus, so show it, and let no field go on taking keys. The request is done once
// it is in view — a frame after scrolling — so the page's element has moved by then too.
void show_focused(const ImRect& rect) {
    Semantics& t = s();
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = g.CurrentWindow;
    if (g.ActiveId != 0) ImGui::ClearActiveID();
    if (window->InnerClipRect.Contains(rect) || t.request.scrolled) {
        t.request.done = true;
        return;
    }
    ImRect margin = rect;
    margin.Expand(ImVec2(0, ImGui::GetFrameHeightWithSpacing()));
    ImGui::ScrollToRect(window, margin);
    t.request.scrolled = true;
}

}  // namespace

// ---- describing nodes -------------------------------------------------------------------------
#define NODE (s().nodes[static_cast<std::size_t>(index_)])
Node& Node::role(Role role) {
    if (index_ >= 0) NODE.role = role;
    return *this;
}
Node& Node::name(std::string text) {
    if (index_ >= 0) NODE.name = std::move(text), NODE.named = true;
    return *this;
}
Node& Node::description(std::string text) {
    if (index_ >= 0) NODE.description = std::move(text);
    return *this;
}
Node& Node::value(std::string text) {
    if (index_ >= 0) NODE.value = std::move(text), NODE.has_value = true;
    return *this;
}
Node& Node::key(std::string name) {
    if (index_ >= 0) NODE.key = std::move(name);
    return *this;
}
static void set_state(int index, std::uint32_t has, std::uint32_t bit, bool on) {
    if (index < 0) return;
    std::uint32_t& states = s().nodes[static_cast<std::size_t>(index)].states;
    states = (states & ~bit) | has | (on ? bit : 0);
}
Node& Node::invalid(bool on) { return set_state(index_, 0, kInvalid, on), *this; }
Node& Node::selected(bool on) { return set_state(index_, kHasSelected, kSelected, on), *this; }
Node& Node::pressed(bool on) { return set_state(index_, kHasPressed, kPressed, on), *this; }
Node& Node::checked(bool on) { return set_state(index_, kHasChecked, kChecked, on), *this; }
Node& Node::expanded(bool on) { return set_state(index_, kHasExpanded, kExpanded, on), *this; }
Node& Node::read_only(bool on) { return set_state(index_, 0, kReadOnly, on), *this; }
Node& Node::numeric(bool on) { return set_state(index_, 0, kNumeric, on), *this; }
Node& Node::focusable(bool on) { return set_state(index_, 0, kFocusable, on), *this; }
Node& Node::level(int heading_level) {
    if (index_ >= 0) NODE.level = heading_level;
    return *this;
}
Node& Node::row_index(int index) {
    if (index_ >= 0) NODE.row_index = index;
    return *this;
}
Node& Node::row_count(int count) {
    if (index_ >= 0) NODE.row_count = count;
    return *this;
}
Node& Node::sort(Sort order) {
    if (index_ >= 0) NODE.sort = order;
    return *this;
}
Node& Node::contain() {
    Semantics& t = s();
    if (index_ >= 0) NODE.container = true;
    t.scopes.push_back(index_ >= 0 ? index_ : -1);
    return *this;
}
bool Node::activated() const {
    if (index_ < 0) return false;
    Request& r = s().request;
    if (r.kind != Request::Kind::Activate || r.done || r.id != NODE.id) return false;
    r.done = true;
    return true;
}
#undef NODE

Node describe() {
    ImGuiContext& g = *GImGui;
    if (!s().in_frame || g.CurrentWindow == nullptr || g.CurrentWindow->SkipItems || g.LastItemData.ID == 0)
        return Node(-1);
    return describe(g.LastItemData.ID);
}

Node describe(ImGuiID id) {
    Semantics& t = s();
    ImGuiContext& g = *GImGui;
    if (!t.in_frame || id == 0 || g.CurrentWindow == nullptr || g.CurrentWindow->SkipItems || in_tooltip(g.CurrentWindow))
        return Node(-1);
    const int found = t.index.find(id);
    if (found >= 0) return Node(found);
    if (g.LastItemData.ID != id) return Node(-1);  // not drawn in this frame
    const int at = add_node(id);
    t.nodes[at].rect = g.LastItemData.NavRect;
    t.nodes[at].imgui_item = true;
    t.nodes[at].window = g.CurrentWindow->ID;
    return Node(at);
}

Node describe_area(const char* str_id, Role role) {
    Semantics& t = s();
    ImGuiContext& g = *GImGui;
    // A tooltip's contents are for the pointer; what they say is a node's description.
    if (!t.in_frame || g.CurrentWindow == nullptr || g.CurrentWindow->SkipItems || in_tooltip(g.CurrentWindow))
        return Node(-1);
    const ImGuiID id = ImGui::GetID(str_id);
    const int at = add_node(id);
    NodeData& node = t.nodes[at];
    node.role = role;
    node.rect = g.LastItemData.Rect;
    node.window = g.CurrentWindow->ID;
    if (t.request.kind == Request::Kind::Focus && t.request.id == id && !t.request.done) show_focused(node.rect);
    return Node(at);
}

Node begin(const char* str_id, Role role, std::string name) {
    Semantics& t = s();
    // Not skipped with the window's items: a table skips them until its first row begins.
    // A container nothing was drawn into is left out (finish_nodes).
    if (!t.in_frame || GImGui->CurrentWindow == nullptr || in_tooltip(GImGui->CurrentWindow)) {
        t.scopes.push_back(-1);  // balanced with end(), never a parent
        return Node(-1);
    }
    const int at = add_node(ImGui::GetID(str_id));
    t.nodes[at].role = role;
    t.nodes[at].container = true;
    t.nodes[at].window = GImGui->CurrentWindow->ID;
    if (!name.empty()) t.nodes[at].name = std::move(name), t.nodes[at].named = true;
    t.scopes.push_back(at);
    return Node(at);
}

void end() {
    Semantics& t = s();
    if (t.scopes.empty()) return;
    const int at = t.scopes.back();
    t.scopes.pop_back();
    ImGuiContext& g = *GImGui;
    if (at < 0 || t.request.kind != Request::Kind::Focus || t.request.done || t.request.id != t.nodes[at].id ||
        g.CurrentWindow == nullptr)
        return;
    // A focusable container (a row of the plan): scrolled into view as describe_area() does,
    // over what was drawn inside it in this window.
    ImRect rect;
    bool any = false;
    for (std::size_t i = static_cast<std::size_t>(at) + 1; i < t.nodes.size(); ++i) {
        const NodeData& node = t.nodes[i];
        if (node.window != g.CurrentWindow->ID || node.rect.GetWidth() <= 0) continue;
        if (any) rect.Add(node.rect);
        else rect = node.rect, any = true;
    }
    if (any) show_focused(rect);
}

void announce(std::string text) { s().live = std::move(text); }

void focus_key(std::string key) { s().focus_key = std::move(key); }

// ---- wiring -----------------------------------------------------------------------------------
void install() {
    Semantics& t = s();
    if (t.installed) return;
    t.installed = true;
    item_hooks().item_add = on_item_add;
    item_hooks().item_info = on_item_info;
    dvc_js_a11y_install();
}

void begin_frame() {
    Semantics& t = s();
    if (!t.installed) return;
    // The first frame: no hooks, no nodes, nothing sent (wants_frame() asks for the next).
    const bool first = !t.first_frame_drawn;
    t.first_frame_drawn = true;
    GImGui->TestEngineHookItems = !first;
    if (first) return;
    t.in_frame = true;
    t.nodes.clear();
    t.index.clear();
    t.scopes.clear();
    t.popup_containers.clear();
}

void end_frame() {
    Semantics& t = s();
    if (!t.in_frame) return;
    // Labels remembered only for items still there (scrolled away or not).
    for (auto it = t.labels.begin(); it != t.labels.end();) {
        if (!t.index.contains(it->first)) it = t.labels.erase(it);
        else ++it;
    }
    finish_nodes();
    settle_request();
    if (!t.focus_key.empty()) {
        for (const NodeData& node : t.nodes) {
            if (node.key != t.focus_key) continue;
            t.request = {};
            t.request.kind = Request::Kind::Focus;
            t.request.id = node.id;
            break;
        }
        t.focus_key.clear();
    }
    send_changes();
    t.in_frame = false;
}

bool wants_frame() {
    const Semantics& t = s();
    if (t.installed && !t.tree_sent) return true;  // the first frame was drawn without the tree
    const Request& r = t.request;
    return r.kind != Request::Kind::None && !r.done;
}

}  // namespace dvcscore::web::a11y

// ---- called by web/semantics.js ---------------------------------------------------------------
namespace a11y = dvcscore::web::a11y;

extern "C" {

// The page focused a node's element (Tab, a screen reader, a test): ImGui focuses the item
// too, and starts editing a text field.
EMSCRIPTEN_KEEPALIVE void dvc_a11y_focus(unsigned id) {
    auto& t = a11y::s();
    if (t.in_frame) return;
    const auto it = t.sent.find(id);
    if (it == t.sent.end()) return;
    ImGuiContext& g = *GImGui;
    if (it->second.role == a11y::Role::TextBox ? a11y::editing(id) : g.NavId == id) return;
    a11y::Request focus;
    focus.kind = a11y::Request::Kind::Focus;
    focus.id = id;
    a11y::carry_out(focus);
}

// The page pressed a node's element (Enter or Space on it, a screen reader's click).
EMSCRIPTEN_KEEPALIVE void dvc_a11y_activate(unsigned id) {
    auto& t = a11y::s();
    if (t.in_frame) return;
    const auto it = t.sent.find(id);
    if (it == t.sent.end()) return;
    if (it->second.role == a11y::Role::TextBox) {
        a11y::ensure_editing(id);
        return;
    }
    a11y::Request press;
    press.kind = a11y::Request::Kind::Activate;
    press.id = id;
    if (it->second.imgui_item) {
        if (GImGui->NavId != id) {
            a11y::Request focus;
            focus.kind = a11y::Request::Kind::Focus;
            focus.id = id;
            a11y::carry_out(focus);
        }
        ImGui::ActivateItemByID(id);  // ImGui presses it in the next frame, as Enter would
        dvcscore::web::platform().run_frame();
        dvcscore::web::platform().invalidate();  // what the press changes shows in the frames after
    } else {
        // describe_area(…).activated() answers true in the next frame; a press that moves the
        // focus (a plan's row to its field: focus_key) goes on until the field has it, so the
        // page's focus has moved when the key's handler returns.
        a11y::carry_out(press);
    }
}

// The text of a field's element changed (typing, an input method, a paste, dictation):
// the UTF-16 range [start, end) of what ImGui had is replaced by `text`, through ImGui's own
// editing so its undo and validation see it as typed.
EMSCRIPTEN_KEEPALIVE void dvc_a11y_edit(unsigned id, int start, int end, const char* text) {
    if (a11y::s().in_frame || !a11y::ensure_editing(id)) return;
    ImGuiInputTextState& state = GImGui->InputTextState;
    start = std::clamp(start, 0, state.CurLenW);
    end = std::clamp(end, start, state.CurLenW);
    state.Stb.select_start = start;
    state.Stb.select_end = end;
    state.Stb.cursor = end;
    state.Stb.has_preferred_x = 0;
    state.CursorAnimReset();
    ImGuiIO& io = ImGui::GetIO();
    if (text != nullptr && *text != '\0') {
        // Typed text as typed; with Ctrl held (Ctrl+V into the element) ImGui takes no typed
        // characters, so it gets them as its own paste.
        if (io.KeyCtrl) dvcscore::web::input::paste(text);
        else dvcscore::web::input::text(text);
    } else if (start < end) {
        io.AddKeyEvent(ImGuiKey_Backspace, true);
        io.AddKeyEvent(ImGuiKey_Backspace, false);
    }
    dvcscore::web::platform().pump();
}

// Before a key typed into a field's element reaches ImGui: ImGui must be editing that field.
EMSCRIPTEN_KEEPALIVE int dvc_a11y_prepare_key(unsigned id) {
    if (a11y::s().in_frame) return 0;
    return a11y::ensure_editing(id) ? 1 : 0;
}

}  // extern "C"
