#pragma once
// Running the built dvcscore binary (DVCSCORE_CLI) for the end-to-end tests: files from
// tests/data, standard input from a file, both outputs captured.
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

namespace cli_support {

namespace fs = std::filesystem;

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
