#include "diagnostic.hpp"

namespace dvcscore {

std::string Diagnostic::to_string() const {
    std::string s = source;
    if (line > 0) s += (s.empty() ? "dòng " : ":") + std::to_string(line);
    if (!s.empty()) s += ": ";
    if (!path.empty()) s += path + ": ";
    return s + message;
}

}  // namespace dvcscore
