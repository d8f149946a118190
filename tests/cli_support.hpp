#pragma once
// Running the built dvcscore binary (DVCSCORE_CLI) for the end-to-end tests (test_cli_*.cpp):
// files from tests/data, standard input from a file, both outputs captured, and what the
// checks of its outputs share.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cli_support {

namespace fs = std::filesystem;

// The UTF-8 byte order mark the CLI's CSV output starts with.
inline const std::string kBom = "\xEF\xBB\xBF";

inline std::string data(const std::string& name) { return std::string(DVCSCORE_TEST_DATA) + "/" + name; }

// `s` quoted for the shell.
inline std::string quoted(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

inline std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

struct Run {
    int status = -1;
    std::string out;
    std::string err;
};

// A file name in the temporary directory no other test uses.
inline fs::path temporary(const std::string& suffix) {
    static std::atomic<int> counter{0};
    return fs::temp_directory_path() /
           ("dvcscore-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + suffix);
}

// Runs `dvcscore ARGS` (ARGS already quoted) with standard input from `stdin_path`
// (/dev/null when empty), capturing both outputs in temporary files.
inline Run run_cli(const std::string& args, const std::string& stdin_path = "") {
    const fs::path out = temporary(".out"), err = temporary(".err");
    const std::string command = quoted(DVCSCORE_CLI) + " " + args + " < " +
                                quoted(stdin_path.empty() ? "/dev/null" : stdin_path) + " > " + quoted(out.string()) +
                                " 2> " + quoted(err.string());
    const int raw = std::system(command.c_str());
    Run run;
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = slurp(out);
    run.err = slurp(err);
    fs::remove(out);
    fs::remove(err);
    return run;
}

// How many times `needle` occurs in `text`.
inline std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

// The lines of `text` that are not empty, without their CR.
inline std::vector<std::string> non_empty_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) lines.push_back(line);
    }
    return lines;
}

// A result object's total.
inline double total_of(const nlohmann::json& result) { return result.at("total").get<double>(); }

inline std::string describe(const Run& run) {
    return "exit " + std::to_string(run.status) + "\n--- stdout ---\n" + run.out + "\n--- stderr ---\n" + run.err;
}

// A successful run: exit 0, nothing on standard error.
inline void check_ok(const Run& run) {
    INFO(describe(run));
    CHECK(run.status == 0);
    CHECK(run.err.empty());
}

// An input error: exit 1, no partial output, every `needle` on standard error.
inline void check_input_error(const Run& run, const std::vector<std::string>& needles) {
    INFO(describe(run));
    CHECK(run.status == 1);
    CHECK(run.out.empty());
    for (const std::string& needle : needles) CHECK_THAT(run.err, Catch::Contains(needle));
}

inline void check_usage_error(const Run& run) {
    INFO(describe(run));
    CHECK(run.status == 2);
    CHECK(run.out.empty());
    CHECK_FALSE(run.err.empty());
}

}  // namespace cli_support
