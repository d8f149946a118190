#pragma once
#include <string>
#include <vector>

namespace dvcscore {

// One problem found in an input, placed as precisely as the input allows.
struct Diagnostic {
    std::string source;   // file name, "<stdin>", or empty inside the page
    int line = 0;         // 1-based; 0 when not known
    std::string path;     // JSON path such as $.values.ON_TIME.numerator; empty for the whole input
    std::string message;  // Vietnamese: what is wrong

    // "source:line: path: message", leaving out the parts that are not known.
    std::string to_string() const;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace dvcscore
