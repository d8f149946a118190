#include "browser_services.hpp"

#include <emscripten.h>

#include <cstdlib>

extern "C" {
int dvc_js_storage_read(const char* key, char** out);
int dvc_js_storage_write(const char* key, const char* value);
void dvc_js_pick_file();
void dvc_js_download(const char* name, const char* mime, const char* data, std::size_t size);
int dvc_js_open_html(const char* html);
void dvc_js_clipboard_write(const char* text);
char* dvc_js_location_hash();
void dvc_js_clear_location_hash();
char* dvc_js_page_address();
char* dvc_js_today();
}

namespace dvcscore::web {
namespace {

void (*files_callback)(std::vector<PickedFile>&) = nullptr;
std::vector<PickedFile> arriving;  // the files of one pick or drop, until the last is in

// Takes a string JavaScript malloc'ed for us.
std::string adopt(char* text) {
    if (text == nullptr) return {};
    std::string copy(text);
    std::free(text);
    return copy;
}

}  // namespace

std::optional<std::string> storage_read(const std::string& key, StorageStatus& status) {
    char* text = nullptr;
    status = dvc_js_storage_read(key.c_str(), &text) == 0 ? StorageStatus::Ok : StorageStatus::Unavailable;
    if (text == nullptr) return std::nullopt;
    return adopt(text);
}

StorageStatus storage_write(const std::string& key, const std::string& value) {
    switch (dvc_js_storage_write(key.c_str(), value.c_str())) {
        case 0: return StorageStatus::Ok;
        case 1: return StorageStatus::Full;
        default: return StorageStatus::Unavailable;
    }
}

void pick_file() { dvc_js_pick_file(); }

void on_files_opened(void (*callback)(std::vector<PickedFile>&)) { files_callback = callback; }

void download(const std::string& file_name, const std::string& mime, const std::string& content) {
    dvc_js_download(file_name.c_str(), mime.c_str(), content.data(), content.size());
}

bool open_html_in_new_tab(const std::string& html) { return dvc_js_open_html(html.c_str()) != 0; }
void copy_to_clipboard(const std::string& text) { dvc_js_clipboard_write(text.c_str()); }
std::string location_hash() { return adopt(dvc_js_location_hash()); }
void clear_location_hash() { dvc_js_clear_location_hash(); }
std::string page_address() { return adopt(dvc_js_page_address()); }
std::string today() { return adopt(dvc_js_today()); }

}  // namespace dvcscore::web

// web/platform.js hands over the files of one pick or drop one by one (data null: not
// read), then says they are all in.
extern "C" EMSCRIPTEN_KEEPALIVE void dvc_file_opened(const char* name, const char* data, double size, double size_bytes) {
    dvcscore::web::PickedFile file{name, std::nullopt, size_bytes};
    if (data != nullptr) file.bytes = std::string(data, static_cast<std::size_t>(size));
    dvcscore::web::arriving.push_back(std::move(file));
}

extern "C" EMSCRIPTEN_KEEPALIVE void dvc_files_opened() {
    std::vector<dvcscore::web::PickedFile> files = std::move(dvcscore::web::arriving);
    dvcscore::web::arriving.clear();
    if (dvcscore::web::files_callback != nullptr && !files.empty()) dvcscore::web::files_callback(files);
}
