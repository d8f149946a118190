#pragma once
// JSON paths for error messages ($.values.ON_TIME.numerator, $[3].unit) and the line of
// the text they point at.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dvcscore {

// One step of a path built on the stack while walking a document: validators pass
// `PathNode{&parent, "key"}` down, and only an error turns the chain into a string.
struct PathNode {
    const PathNode* parent = nullptr;
    std::string_view key;    // used when is_index is false
    std::size_t index = 0;
    bool is_index = false;

    PathNode child(std::string_view k) const { return PathNode{this, k, 0, false}; }
    PathNode item(std::size_t i) const { return PathNode{this, {}, i, true}; }
};

struct PathStep {
    std::string key;
    std::size_t index = 0;
    bool is_index = false;
    bool reached = true;  // false for an object whose first key has not been read yet
};

std::vector<PathStep> steps_of(const PathNode& node);
std::string path_string(const std::vector<PathStep>& steps);

// The 1-based line of `text` (valid JSON) where the value at `steps` begins (for an
// object member: its key); the line of the nearest existing ancestor when the path does
// not exist (a missing member); 1 for the root.
int line_of(std::string_view text, const std::vector<PathStep>& steps);
// The same for the n-th member with the last key (a duplicate key's second occurrence).
int line_of(std::string_view text, const std::vector<PathStep>& steps, int occurrence);

}  // namespace dvcscore
