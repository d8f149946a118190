#pragma once
// The page's accessibility tree: beside the canvas, a real but invisible DOM element for
// every interactive thing ImGui drew — its role, its accessible name, its state, placed
// over the widget, in the order the UI submitted it (web/semantics.js). Screen readers,
// the keyboard and tests work on those elements; what they do comes back into ImGui as
// focus, activation and text, through the same input queue as the canvas.
//
// Where the nodes come from, each frame (docs/accessibility.md):
//  - ImGui's item hooks (IMGUI_ENABLE_TEST_ENGINE): every item with a visible label gets a
//    node of its own — a Button a button, an InputText a text box, a TabItem a tab inside a
//    tab list, a CollapsingHeader an expandable button, a Selectable in a combo an option…
//  - describe(), right after a widget, to give it a better name, a description, a state
//    or a role; describe_area() for things ImGui does not see as items (a clickable group,
//    a heading, a table cell); begin()/end() around what belongs together (a table, a row).
// Only what changed since the last frame goes to JavaScript, so an idle page does nothing.
// The page's first frame is drawn without the tree, which the next frame builds and sends
// whole: the canvas shows sooner, the tree a frame later (window.dvcscore.ready waits for it).
#include <cstdint>
#include <string>

#include "imgui.h"

namespace dvcscore::web::a11y {

enum class Role : std::uint8_t {
    None,          // not mirrored
    Button,
    TextBox,
    CheckBox,
    Tab,
    TabList,
    ComboBox,
    ListBox,
    Option,
    Menu,
    MenuItem,
    Dialog,
    Heading,
    Text,          // text to read, not interactive
    Table,
    Row,           // a table row; focusable when something happens on activating it
    Cell,
    ColumnHeader,
    Group,
    Alert,         // a message read out as soon as it appears (a notice)
};

enum class Sort : std::uint8_t { None, Ascending, Descending };

// A node being described: the setters return the node, so a description reads as one
// statement next to the widget: a11y::describe().name("…").description("…");
class Node {
public:
    Node& role(Role role);
    Node& name(std::string text);         // the accessible name (default: the label's visible text)
    Node& description(std::string text);  // read after the name and state (aria-describedby)
    Node& value(std::string text);        // a text box's text (ImGui's label hooks cannot see it)
    Node& key(std::string name);          // data-ui, the name widgetRect('ui', name) knows it by
    Node& invalid(bool on = true);
    Node& selected(bool on = true);
    Node& pressed(bool on = true);        // a toggle button
    Node& checked(bool on = true);
    Node& expanded(bool on = true);
    Node& read_only(bool on = true);
    Node& numeric(bool on = true);        // a phone shows a keyboard with digits
    Node& focusable(bool on = true);      // rows, headings: reachable with Tab
    Node& level(int heading_level);
    Node& row_index(int index);           // aria-rowindex, from 1 (only some rows are drawn)
    Node& row_count(int count);           // aria-rowcount of a table
    Node& sort(Sort order);               // a column header's aria-sort
    // Makes this node a container: nodes described or drawn until end() are inside it (a
    // table row that is itself a Selectable, holding its cells).
    Node& contain();
    // Assistive technology or the keyboard asked to press this node in this frame: for
    // nodes ImGui cannot press itself (describe_area); ImGui items are pressed by ImGui.
    bool activated() const;
    explicit operator bool() const { return index_ >= 0; }

private:
    friend Node describe();
    friend Node describe(ImGuiID id);
    friend Node describe_area(const char* str_id, Role role);
    friend Node begin(const char* str_id, Role role, std::string name);
    explicit Node(int index) : index_(index) {}
    int index_ = -1;
};

// The item ImGui drew last (ImGui::GetItemID()), or the item `id`: a combo's own id when
// its popup is open (BeginCombo() leaves the popup as the last item).
Node describe();
Node describe(ImGuiID id);
// The last item's rectangle as a node of its own, for what ImGui does not see as an item
// (a group made clickable, a text, a heading); `str_id` in the ID stack keeps it stable.
Node describe_area(const char* str_id, Role role);

// A container: nodes described or drawn until end() are inside it. Its rectangle is the
// union of theirs.
Node begin(const char* str_id, Role role, std::string name);
void end();

// The text of the page's live region (role status), read out when it changes.
void announce(std::string text);
// Moves the keyboard focus to the node whose key() is `key` (a field revealed by the plan).
void focus_key(std::string key);

// ---- wiring (src/web/main.cpp) --------------------------------------------------------------
void install();      // ImGui's item hooks feed the tree from the second frame on
void begin_frame();  // after ImGui::NewFrame()
void end_frame();    // before ImGui::Render(): what changed goes to the page
bool wants_frame();  // the tree is not shown yet, or a focus or activation asked for is still being carried out

}  // namespace dvcscore::web::a11y
