#include "json_path.hpp"

#include <algorithm>

#include "utf8_text.hpp"

namespace dvcscore {

std::vector<PathStep> steps_of(const PathNode& node) {
    std::vector<PathStep> steps;
    for (const PathNode* n = &node; n != nullptr; n = n->parent) {
        if (n->parent == nullptr) break;  // the root node stands for "$" itself
        steps.push_back(PathStep{std::string(n->key), n->index, n->is_index});
    }
    std::reverse(steps.begin(), steps.end());
    return steps;
}

namespace {

bool is_plain_key(const std::string& key) {
    if (key.empty()) return false;
    for (char c : key) {
        const bool word = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                          (c >= '0' && c <= '9') || c == '_';
        if (!word) return false;
    }
    return !(key[0] >= '0' && key[0] <= '9');
}

// A forgiving scanner over JSON text: it never reads past the end, whatever the text.
class Scanner {
public:
    explicit Scanner(std::string_view text) : t_(text) {
        p_ = t_.size() - without_bom(t_).size();
    }

    // Position of the value (or member key) at `steps`, or of the nearest ancestor.
    std::size_t locate(const std::vector<PathStep>& steps, int occurrence) {
        ws();
        std::size_t found = p_;
        for (std::size_t depth = 0; depth < steps.size(); ++depth) {
            const PathStep& step = steps[depth];
            if (!step.reached) break;
            const bool last = depth + 1 == steps.size();
            std::size_t at;
            if (!enter(step, last ? occurrence : 1, at)) return found;
            found = at;
        }
        return found;
    }

private:
    // Moves p_ from a container's start to the value named by `step`; `at` receives the
    // position to report (the key for a member, the value for an item).
    bool enter(const PathStep& step, int occurrence, std::size_t& at) {
        ws();
        if (p_ >= t_.size()) return false;
        const char open = t_[p_];
        if (step.is_index ? open != '[' : open != '{') return false;
        ++p_;
        std::size_t index = 0;
        int seen = 0;
        while (true) {
            ws();
            if (p_ >= t_.size() || t_[p_] == ']' || t_[p_] == '}') return false;
            if (step.is_index) {
                if (index == step.index) {
                    at = p_;
                    return true;
                }
            } else {
                const std::size_t key_at = p_;
                std::string key;
                if (!read_string(key)) return false;
                ws();
                if (p_ < t_.size() && t_[p_] == ':') ++p_;
                ws();
                if (key == step.key && ++seen == occurrence) {
                    at = key_at;
                    return true;
                }
            }
            if (!skip_value()) return false;
            ws();
            if (p_ < t_.size() && t_[p_] == ',') ++p_;
            ++index;
        }
    }

    void ws() {
        while (p_ < t_.size() && (t_[p_] == ' ' || t_[p_] == '\t' || t_[p_] == '\n' || t_[p_] == '\r')) ++p_;
    }

    bool read_string(std::string& out) {
        if (p_ >= t_.size() || t_[p_] != '"') return false;
        ++p_;
        while (p_ < t_.size() && t_[p_] != '"') {
            if (t_[p_] == '\\' && p_ + 1 < t_.size()) ++p_;  // keys are compared unescaped only for \" and \\.
            out.push_back(t_[p_++]);
        }
        if (p_ >= t_.size()) return false;
        ++p_;
        return true;
    }

    // Skips one value without recursion, so no document can exhaust the stack.
    bool skip_value() {
        int depth = 0;
        while (p_ < t_.size()) {
            const char c = t_[p_];
            if (c == '"') {
                std::string ignored;
                if (!read_string(ignored)) return false;
            } else if (c == '{' || c == '[') {
                ++depth;
                ++p_;
            } else if (c == '}' || c == ']') {
                if (depth == 0) return true;
                --depth;
                ++p_;
            } else if (c == ',' && depth == 0) {
                return true;
            } else {
                ++p_;
            }
            if (depth == 0 && (c == '"' || c == '}' || c == ']')) return true;
        }
        return depth == 0;
    }

    std::string_view t_;
    std::size_t p_ = 0;
};

}  // namespace

std::string path_string(const std::vector<PathStep>& steps) {
    std::string s = "$";
    for (const PathStep& step : steps) {
        if (!step.reached) break;
        if (step.is_index) {
            s += "[" + std::to_string(step.index) + "]";
        } else if (is_plain_key(step.key)) {
            s += "." + step.key;
        } else {
            s += "[\"";
            for (char c : step.key) {
                if (c == '"' || c == '\\') s += '\\';
                s += c;
            }
            s += "\"]";
        }
    }
    return s;
}

int line_of(std::string_view text, const std::vector<PathStep>& steps) {
    return line_of(text, steps, 1);
}

int line_of(std::string_view text, const std::vector<PathStep>& steps, int occurrence) {
    const std::size_t at = Scanner(text).locate(steps, occurrence);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + std::min(at, text.size()), '\n'));
}

}  // namespace dvcscore
