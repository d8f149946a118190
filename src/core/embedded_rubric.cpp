#include <cstddef>
#include <string_view>

#include "rubric.hpp"

// Compiled in from assets/rubrics/qd766.json by embed_asset() (cmake/embed_asset.cmake).
extern const unsigned char qd766_rubric_json[];
extern const std::size_t qd766_rubric_json_size;

namespace dvcscore {

std::string_view default_rubric_json() {
    return {reinterpret_cast<const char*>(qd766_rubric_json), qd766_rubric_json_size};
}

}  // namespace dvcscore
