#include "browser_keys.hpp"

#include <algorithm>
#include <iterator>

namespace dvcscore::web {
namespace {

enum class Use { Shared, Typed, Taken };

struct KeyName {
    std::string_view name;  // a KeyboardEvent.key value, or a .code value where only the place tells
    ImGuiKey key;
    Use use;
};

// Letters A–Z and digits 0–9 are not listed: see dom_key().
constexpr KeyName kKeys[] = {
    // Keys ImGui acts on (navigation and editing): the page takes them.
    {"Tab", ImGuiKey_Tab, Use::Taken},
    {"ArrowLeft", ImGuiKey_LeftArrow, Use::Taken},
    {"ArrowRight", ImGuiKey_RightArrow, Use::Taken},
    {"ArrowUp", ImGuiKey_UpArrow, Use::Taken},
    {"ArrowDown", ImGuiKey_DownArrow, Use::Taken},
    {"PageUp", ImGuiKey_PageUp, Use::Taken},
    {"PageDown", ImGuiKey_PageDown, Use::Taken},
    {"Home", ImGuiKey_Home, Use::Taken},
    {"End", ImGuiKey_End, Use::Taken},
    {"Delete", ImGuiKey_Delete, Use::Taken},
    {"Backspace", ImGuiKey_Backspace, Use::Taken},
    {"Enter", ImGuiKey_Enter, Use::Taken},
    {"Escape", ImGuiKey_Escape, Use::Taken},
    {"NumpadEnter", ImGuiKey_KeypadEnter, Use::Taken},
    // Keys that type a character.
    {" ", ImGuiKey_Space, Use::Typed},
    {"'", ImGuiKey_Apostrophe, Use::Typed},
    {",", ImGuiKey_Comma, Use::Typed},
    {"-", ImGuiKey_Minus, Use::Typed},
    {".", ImGuiKey_Period, Use::Typed},
    {"/", ImGuiKey_Slash, Use::Typed},
    {";", ImGuiKey_Semicolon, Use::Typed},
    {"=", ImGuiKey_Equal, Use::Typed},
    {"[", ImGuiKey_LeftBracket, Use::Typed},
    {"\\", ImGuiKey_Backslash, Use::Typed},
    {"]", ImGuiKey_RightBracket, Use::Typed},
    {"`", ImGuiKey_GraveAccent, Use::Typed},
    {"Numpad0", ImGuiKey_Keypad0, Use::Typed},
    {"Numpad1", ImGuiKey_Keypad1, Use::Typed},
    {"Numpad2", ImGuiKey_Keypad2, Use::Typed},
    {"Numpad3", ImGuiKey_Keypad3, Use::Typed},
    {"Numpad4", ImGuiKey_Keypad4, Use::Typed},
    {"Numpad5", ImGuiKey_Keypad5, Use::Typed},
    {"Numpad6", ImGuiKey_Keypad6, Use::Typed},
    {"Numpad7", ImGuiKey_Keypad7, Use::Typed},
    {"Numpad8", ImGuiKey_Keypad8, Use::Typed},
    {"Numpad9", ImGuiKey_Keypad9, Use::Typed},
    {"NumpadDecimal", ImGuiKey_KeypadDecimal, Use::Typed},
    {"NumpadDivide", ImGuiKey_KeypadDivide, Use::Typed},
    {"NumpadMultiply", ImGuiKey_KeypadMultiply, Use::Typed},
    {"NumpadSubtract", ImGuiKey_KeypadSubtract, Use::Typed},
    {"NumpadAdd", ImGuiKey_KeypadAdd, Use::Typed},
    {"NumpadEqual", ImGuiKey_KeypadEqual, Use::Typed},
    // Keys ImGui knows but leaves alone: the browser keeps them (F5 reloads, Insert pastes…).
    {"Insert", ImGuiKey_Insert, Use::Shared},
    {"ControlLeft", ImGuiKey_LeftCtrl, Use::Shared},
    {"ControlRight", ImGuiKey_RightCtrl, Use::Shared},
    {"ShiftLeft", ImGuiKey_LeftShift, Use::Shared},
    {"ShiftRight", ImGuiKey_RightShift, Use::Shared},
    {"AltLeft", ImGuiKey_LeftAlt, Use::Shared},
    {"AltRight", ImGuiKey_RightAlt, Use::Shared},
    {"MetaLeft", ImGuiKey_LeftSuper, Use::Shared},
    {"MetaRight", ImGuiKey_RightSuper, Use::Shared},
    {"ContextMenu", ImGuiKey_Menu, Use::Shared},
    {"CapsLock", ImGuiKey_CapsLock, Use::Shared},
    {"ScrollLock", ImGuiKey_ScrollLock, Use::Shared},
    {"NumLock", ImGuiKey_NumLock, Use::Shared},
    {"PrintScreen", ImGuiKey_PrintScreen, Use::Shared},
    {"Pause", ImGuiKey_Pause, Use::Shared},
    {"BrowserBack", ImGuiKey_AppBack, Use::Shared},
    {"BrowserForward", ImGuiKey_AppForward, Use::Shared},
    {"F1", ImGuiKey_F1, Use::Shared},
    {"F2", ImGuiKey_F2, Use::Shared},
    {"F3", ImGuiKey_F3, Use::Shared},
    {"F4", ImGuiKey_F4, Use::Shared},
    {"F5", ImGuiKey_F5, Use::Shared},
    {"F6", ImGuiKey_F6, Use::Shared},
    {"F7", ImGuiKey_F7, Use::Shared},
    {"F8", ImGuiKey_F8, Use::Shared},
    {"F9", ImGuiKey_F9, Use::Shared},
    {"F10", ImGuiKey_F10, Use::Shared},
    {"F11", ImGuiKey_F11, Use::Shared},
    {"F12", ImGuiKey_F12, Use::Shared},
};

// ImGui's editing shortcuts with Ctrl (select all, copy, cut, undo, redo). Not V: see page_takes.
constexpr ImGuiKey kEditingShortcuts[] = {ImGuiKey_A, ImGuiKey_C, ImGuiKey_X, ImGuiKey_Y, ImGuiKey_Z};

DomKey from_table(std::string_view name) {
    for (const KeyName& k : kKeys)
        if (k.name == name) return {k.key, k.use == Use::Typed, k.use == Use::Taken};
    return {};
}

DomKey letter_or_digit(char c) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c >= 'A' && c <= 'Z') return {static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A')), true, false};
    if (c >= '0' && c <= '9') return {static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0')), true, false};
    return {};
}

}  // namespace

DomKey dom_key(std::string_view key, std::string_view code) {
    // The keypad is told apart only by its place; with Num Lock off its keys say
    // "ArrowLeft" and such, and go by that.
    const bool keypad = code.substr(0, 6) == "Numpad";
    if (keypad && (key.size() == 1 || key == "Enter")) return from_table(code);
    // By meaning first, so Ctrl+A is the key that types "a" in the user's layout.
    if (key.size() == 1) {
        if (const DomKey k = letter_or_digit(key[0]); k.key != ImGuiKey_None) return k;
    }
    if (const DomKey k = from_table(key); k.key != ImGuiKey_None) return k;
    // Then by place: a Cyrillic layout's "ф" is on KeyA; left and right modifiers.
    if (code.size() == 4 && code.substr(0, 3) == "Key") return letter_or_digit(code[3]);
    if (code.size() == 6 && code.substr(0, 5) == "Digit") return letter_or_digit(code[5]);
    return from_table(code);
}

bool page_takes(const DomKey& key, bool command, bool typing_in_field) {
    if (key.taken) return true;
    if (!key.typed) return false;
    if (command) return std::find(std::begin(kEditingShortcuts), std::end(kEditingShortcuts), key.key) != std::end(kEditingShortcuts);
    return !typing_in_field;  // on the canvas, Space presses a button instead of scrolling
}

}  // namespace dvcscore::web
