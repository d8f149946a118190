#pragma once
// Reading JSON text into nlohmann::json without exceptions, with the checks nlohmann's
// own parser does not make: duplicate keys and nesting depth.
#include <cstddef>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "diagnostic.hpp"

namespace dvcscore {

using Json = nlohmann::json;

// Deeper documents are refused: no file we read nests more than four levels.
constexpr std::size_t kMaxJsonDepth = 64;

struct JsonRead {
    Json value;
    std::optional<Diagnostic> error;  // line and path set; source left to the caller
};

// `first_line`: the line `text` starts on in its file (JSON Lines), for messages.
JsonRead read_json(std::string_view text, int first_line = 1);

// read_json for a file's readers: the value, or none with the error (its source set to
// `source`) added to `errors`.
std::optional<Json> read_json(std::string_view text, std::string_view source, Diagnostics& errors, int first_line = 1);

}  // namespace dvcscore
