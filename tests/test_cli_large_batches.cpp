// End to end: a batch big enough to be cut into slices, one per core (src/cli/parallel.hpp),
// comes out in input order and byte for byte what the core writes for each assessment alone.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "core/assessment_file.hpp"
#include "core/json_writer.hpp"
#include "core/result_json.hpp"
#include "core/target_plan.hpp"
#include "core/target_plan_json.hpp"

using namespace cli_support;
using namespace dvcscore;

namespace {

// 500 units, each with its own figures: far more than one slice (64 assessments at least
// per thread), so on any machine with two cores or more the batch is split.
constexpr int kUnits = 500;

std::string unit_line(int i) {
    return "{\"unit\": \"Xã " + std::to_string(i) + "\", \"values\": {\"ON_TIME\": {\"numerator\": " +
           std::to_string(4000 + 11 * i) + ", \"denominator\": 10000}, \"PUBLISH_ON_TIME\": {\"numerator\": " +
           std::to_string(i % 400) + ", \"denominator\": 400}}}";
}

struct BatchFile {
    BatchFile() : path(temporary(".jsonl")) {
        std::ofstream out(path, std::ios::binary);
        for (int i = 0; i < kUnits; ++i) out << unit_line(i) << "\n";
    }
    ~BatchFile() { fs::remove(path); }
    fs::path path;
};

// Each line read alone by the core, as the CLI's own input would be.
std::vector<Assessment> read_each_alone() {
    std::vector<Assessment> all;
    for (int i = 0; i < kUnits; ++i) {
        AssessmentBatch one = parse_assessments(unit_line(i), "dòng", default_rubric());
        REQUIRE(one.errors.empty());
        REQUIRE(one.assessments.size() == 1);
        all.push_back(one.assessments[0]);
    }
    return all;
}

// `dvcscore COMMAND` on the batch: a successful run, a line per unit.
std::vector<std::string> output_lines(const BatchFile& batch, const std::string& command) {
    const Run run = run_cli(command + " " + quoted(batch.path.string()));
    check_ok(run);
    std::vector<std::string> lines = non_empty_lines(run.out);
    REQUIRE(lines.size() == kUnits);
    return lines;
}

}  // namespace

TEST_CASE("cli large batch: plan lines are in input order, each what the core plans alone", "[cli][plan][batch]") {
    const BatchFile batch;
    const std::vector<std::string> lines = output_lines(batch, "plan --format json --target 15");
    PlanRequest request;
    request.target = PlanTarget::of_total(15);
    const std::vector<Assessment> all = read_each_alone();
    for (int i = 0; i < kUnits; ++i) {
        std::string expected;
        JsonWriter writer(expected);
        write_target_plan(writer, default_rubric(), all[i], plan_target(default_rubric(), all[i], request));
        INFO("line " << i + 1);
        CHECK(lines[i] == expected);
    }
}

TEST_CASE("cli large batch: score lines are in input order, each what the core scores alone", "[cli][batch]") {
    const BatchFile batch;
    const std::vector<std::string> lines = output_lines(batch, "score");
    const std::vector<Assessment> all = read_each_alone();
    for (int i = 0; i < kUnits; ++i) {
        INFO("line " << i + 1);
        CHECK(lines[i] == score_to_json_text(default_rubric(), all[i], -1));
    }
}

TEST_CASE("cli large batch: tables are joined in order, one separator between two units", "[cli][batch]") {
    const BatchFile batch;
    for (const std::string command : {"score --format table ", "plan --target 15 "}) {
        const Run run = run_cli(command + quoted(batch.path.string()));
        check_ok(run);
        const std::string separator = "\n" + std::string(72, '=') + "\n\n";
        CHECK(count(run.out, separator) == kUnits - 1);
        CHECK(run.out.rfind(separator, 0) != 0);  // nothing before the first unit
        std::size_t at = 0;
        for (int i = 0; i < kUnits; ++i) {
            const std::size_t next = run.out.find("Đơn vị: Xã " + std::to_string(i) + " ", at);
            INFO("unit " << i);
            REQUIRE(next != std::string::npos);
            at = next;
        }
    }
}

TEST_CASE("cli large batch: problems on lines read by different slices are told in line order", "[cli][batch]") {
    const fs::path path = temporary(".jsonl");
    {
        std::ofstream out(path, std::ios::binary);
        for (int i = 0; i < kUnits; ++i) {
            if (i == 99) out << R"({"unit": "Xã lỗi 1", "values": {"ON_TIME": {"numerator": 7, "denominator": 5}}})" << "\n";
            else if (i == 449) out << R"({"unit": "Xã lỗi 2", "values": {"NO_SUCH_CODE": {"percent": 5}}})" << "\n";
            else out << unit_line(i) << "\n";
        }
    }
    const Run run = run_cli("plan --format json " + quoted(path.string()));
    fs::remove(path);
    check_input_error(run, {":100: $.values.ON_TIME.numerator", ":450: $.values.NO_SUCH_CODE"});
    CHECK(run.err.find(":100:") < run.err.find(":450:"));
}
