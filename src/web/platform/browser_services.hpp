#pragma once
// The browser's storage, files, tabs and address bar, for the page (web/platform.js).
#include <optional>
#include <string>
#include <vector>

namespace dvcscore::web {

enum class StorageStatus { Ok, Full, Unavailable };

// localStorage: an item's text (nullopt when absent), and writing one.
std::optional<std::string> storage_read(const std::string& key, StorageStatus& status);
StorageStatus storage_write(const std::string& key, const std::string& value);

struct PickedFile {
    std::string name;
    std::optional<std::string> bytes;  // none when too big to read (size_bytes says how big) or unreadable (size_bytes < 0)
    double size_bytes = 0;
};

// The picker takes several files at once; the answer arrives through the callback given to
// on_files_opened, with every file picked (or dropped together) in one call.
void pick_file();
void on_files_opened(void (*callback)(std::vector<PickedFile>& files));

void download(const std::string& file_name, const std::string& mime, const std::string& content);
bool open_html_in_new_tab(const std::string& html);  // false when pop-ups are blocked
void copy_to_clipboard(const std::string& text);

std::string location_hash();  // "#a=…" or ""
void clear_location_hash();
std::string page_address();   // without the fragment
std::string today();          // dd/mm/yyyy, the browser's local date

}  // namespace dvcscore::web
