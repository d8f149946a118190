// dvcscore: the command-line face of the scoring core (docs/formats.md, "Command line").
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "core/assessment_file.hpp"
#include "core/assessment_csv.hpp"
#include "core/portal_import.hpp"
#include "core/reconcile.hpp"
#include "core/report_html.hpp"
#include "core/result_csv.hpp"
#include "core/result_json.hpp"
#include "core/rubric.hpp"
#include "core/target_plan.hpp"
#include "core/target_plan_json.hpp"
#include "parallel.hpp"
#include "plan_options.hpp"
#include "text_report.hpp"

#ifndef DVCSCORE_VERSION
#define DVCSCORE_VERSION "0.0.0"
#endif

namespace dvcscore::cli {
namespace {

constexpr int kOk = 0;
constexpr int kInputError = 1;
constexpr int kUsageError = 2;
constexpr int kDifferences = 3;  // reconcile: some published score is not reproduced

// Between two assessments' tables.
const std::string kTableSeparator = "\n" + std::string(72, '=') + "\n\n";

const char* const kHelp =
    "dvcscore " DVCSCORE_VERSION " — tự đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)\n"
    "\n"
    "Cách dùng:\n"
    "  dvcscore score [--rubric TỆP] [--format json|table|csv] [TỆP ...]\n"
    "      Chấm điểm từng tệp đánh giá (dvcscore-assessment/1: một đối tượng, mảng JSON hoặc JSON Lines;\n"
    "      hoặc tệp CSV theo mẫu của lệnh template, mỗi đơn vị một dòng).\n"
    "      Không có TỆP hoặc \"-\": đọc từ đầu vào chuẩn. Lô vào thì lô ra, giữ nguyên thứ tự\n"
    "      (tệp CSV cho ra một mảng JSON).\n"
    "      json (mặc định): kết quả JSON; table: báo cáo tiếng Việt kèm gợi ý cải thiện;\n"
    "      csv: một dòng cho mỗi đánh giá (UTF-8 có BOM, mở đúng trong Excel).\n"
    "  dvcscore plan [--rubric TỆP] [--target MỨC|TỔNG] [--lock MÃ,...] [--weight MÃ=W ...]\n"
    "                [--ceiling MÃ=PHẦN_TRĂM ...] [--format table|json] [TỆP ...]\n"
    "      Kế hoạch ít nỗ lực nhất để đạt mức xếp loại kế tiếp (hoặc mức, tổng điểm chỉ định): chỉ tiêu nào,\n"
    "      thêm bao nhiêu hồ sơ, thủ tục, đúng cách Cổng làm tròn. Nỗ lực = tổng trọng số × số điểm\n"
    "      phần trăm tỷ lệ tăng.\n"
    "      --target    mã mức (tot, xuat_sac, …), tên mức (Tốt) hoặc tổng điểm (82.5)\n"
    "      --lock      giữ nguyên các chỉ tiêu này (mã hoặc số: 5.3,ON_TIME)\n"
    "      --weight    trọng số nỗ lực của một chỉ tiêu (mặc định 1; ví dụ 1 dễ, 2 vừa, 4 khó)\n"
    "      --ceiling   tỷ lệ cao nhất chỉ tiêu có thể đạt, phần trăm (5.3=85)\n"
    "      Luôn giữ nguyên: chỉ tiêu không tính điểm, chưa nhập, mẫu số 0 và số liệu do tỉnh quyết định.\n"
    "      table (mặc định): kế hoạch tiếng Việt; json: một đối tượng cho mỗi đánh giá (lô vào thì lô ra).\n"
    "  dvcscore report [--rubric TỆP] [tùy chọn của plan] [TỆP ...]\n"
    "      Báo cáo in được (một tệp HTML, khổ A4, mỗi đơn vị một trang): điểm, biểu đồ, kế hoạch đạt mức\n"
    "      kế tiếp (hoặc mục tiêu của --target), gợi ý cải thiện. Nhận cùng các tệp như lệnh score.\n"
    "  dvcscore template [--rubric TỆP] [--separator ,|;|tab]\n"
    "      In mẫu CSV để nhập số liệu trong Excel: dòng tiêu đề \"Đơn vị\", \"Kỳ đánh giá\" và các cột\n"
    "      tử số, mẫu số (hoặc giá trị) của từng chỉ tiêu. Có thể thêm cột \"<số> Tỷ lệ %\" để nhập tỷ lệ.\n"
    "      Excel tiếng Việt dùng dấu chấm phẩy: --separator \";\".\n"
    "  dvcscore import [--rubric TỆP] [--format json|jsonl|csv] [--separator ,|;|tab] TỆP...\n"
    "      Nhập số liệu Cổng Dịch vụ công quốc gia: các phản hồi JSON của bảng điều khiển đánh giá\n"
    "      (service-results, transparency, dvc-progress-tree, provide-online-tree,\n"
    "      formality-online-payment-tree, dossier-digitized, handling-satisfaction), mỗi tệp một phản hồi,\n"
    "      một mảng hay đối tượng các phản hồi, hoặc tệp HAR lưu từ trình duyệt. Mỗi đơn vị một đánh giá,\n"
    "      kèm điểm Cổng công bố. json (mặc định): một mảng; jsonl: mỗi dòng một đánh giá;\n"
    "      csv: theo mẫu của lệnh template (chỉ số liệu).\n"
    "  dvcscore reconcile [--rubric TỆP] [--format table|json] TỆP...\n"
    "      Đối chiếu từng điểm Cổng công bố (điểm nhóm, tổng điểm) với điểm tính lại từ số liệu, đến từng\n"
    "      phần trăm điểm. Nhận cùng các tệp như import, hoặc các đánh giá do import ghi ra.\n"
    "  dvcscore rubric [--rubric TỆP] [--format text|json]\n"
    "      In bộ tiêu chí: nhóm, chỉ tiêu, điểm, cách tính.\n"
    "  dvcscore --help | --version\n"
    "\n"
    "  --rubric TỆP   dùng bộ tiêu chí khác (mặc định: qd766, có sẵn trong chương trình)\n"
    "\n"
    "Mã thoát: 0 thành công; 1 lỗi dữ liệu vào (in ra kèm tệp, dòng và đường dẫn JSON hoặc cột CSV);\n"
    "2 dùng sai lệnh; 3 (reconcile) có điểm Cổng công bố không tính lại được đúng.\n"
    "\n"
    "Score QĐ 766 self-assessments exactly as the national portal does; plan the least change\n"
    "that reaches the next rating (dvcscore plan). Exit status: 0 ok,\n"
    "1 input errors (printed with file, line and JSON path or CSV column), 2 usage errors,\n"
    "3 (reconcile) a published score not reproduced to the cent.\n";

struct Options {
    std::string command;
    std::string rubric_file;
    std::string format;
    std::optional<std::string> separator;
    PlanOptions plan;
    std::vector<std::string> inputs;
};

int usage_error(const std::string& message) {
    std::cerr << "dvcscore: " << message << "\nXem: dvcscore --help\n";
    return kUsageError;
}

bool read_input(const std::string& name, std::string& text, std::string& problem) {
    if (name == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return true;
    }
    std::ifstream file(name, std::ios::binary);
    if (!file) {
        problem = std::string("không mở được tệp: ") + std::strerror(errno);
        return false;
    }
    std::ostringstream buffer;
    buffer << file.rdbuf();
    if (file.bad()) {
        problem = "không đọc được tệp (có phải là thư mục?)";
        return false;
    }
    text = buffer.str();
    return true;
}

std::string display_name(const std::string& input) { return input == "-" ? "<stdin>" : input; }

void print_errors(const Diagnostics& errors) {
    for (const Diagnostic& d : errors) std::cerr << d.to_string() << "\n";
}

// The rubric to score with: the built-in one, or --rubric FILE checked like any input (its
// text, as read, in `file_text` when asked for).
const Rubric* choose_rubric(const Options& options, std::optional<Rubric>& loaded, std::string* file_text = nullptr) {
    if (options.rubric_file.empty()) return &default_rubric();
    std::string text, problem;
    if (!read_input(options.rubric_file, text, problem)) {
        std::cerr << display_name(options.rubric_file) << ": " << problem << "\n";
        return nullptr;
    }
    RubricLoad load = load_rubric(text, display_name(options.rubric_file));
    print_errors(load.errors);
    loaded = std::move(load.rubric);
    if (file_text) *file_text = std::move(text);
    return loaded ? &*loaded : nullptr;
}

int run_rubric(const Options& options) {
    if (!options.inputs.empty()) return usage_error("lệnh rubric không nhận tệp đầu vào (dùng --rubric TỆP)");
    if (options.format != "" && options.format != "text" && options.format != "json")
        return usage_error("--format của lệnh rubric là text hoặc json");
    std::optional<Rubric> loaded;
    std::string file_text;  // printed as it was read and checked: standard input cannot be read twice
    const Rubric* rubric = choose_rubric(options, loaded, &file_text);
    if (rubric == nullptr) return kInputError;
    if (options.format == "json") {
        if (options.rubric_file.empty()) std::cout << default_rubric_json();
        else std::cout << file_text;
    } else {
        std::cout << rubric_text(*rubric);
    }
    return kOk;
}

// Reads and checks every input (standard input when none); false when any has errors,
// which are printed. Nothing is to be printed unless every input is valid.
bool read_batches(const Options& options, const Rubric& rubric, std::vector<AssessmentBatch>& batches) {
    std::vector<std::string> inputs = options.inputs;
    if (inputs.empty()) inputs.push_back("-");
    bool failed = false;
    for (const std::string& input : inputs) {
        std::string text, problem;
        if (!read_input(input, text, problem)) {
            std::cerr << display_name(input) << ": " << problem << "\n";
            failed = true;
            continue;
        }
        AssessmentBatch batch = parse_assessments(text, display_name(input), rubric, in_slices);
        if (!batch.errors.empty()) {
            print_errors(batch.errors);
            failed = true;
        }
        batches.push_back(std::move(batch));
    }
    return !failed;
}

// Every assessment read, files in order and each file's items in order, moved out of `batches`.
std::vector<Assessment> in_order(std::vector<AssessmentBatch>& batches) {
    std::vector<Assessment> all;
    for (AssessmentBatch& b : batches)
        for (Assessment& a : b.assessments) all.push_back(std::move(a));
    return all;
}

int write_out(const std::string& out) {
    std::cout << out;
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "dvcscore: không ghi được kết quả ra đầu ra chuẩn\n";
        return kInputError;
    }
    return kOk;
}

int run_score(const Options& options) {
    const std::string format = options.format.empty() ? "json" : options.format;
    if (format != "json" && format != "table" && format != "csv")
        return usage_error("--format phải là json, table hoặc csv (không phải \"" + format + "\")");

    std::optional<Rubric> loaded;
    const Rubric* rubric = choose_rubric(options, loaded);
    if (rubric == nullptr) return kInputError;

    std::vector<AssessmentBatch> batches;
    if (!read_batches(options, *rubric, batches)) return kInputError;

    bool all_lines = true;
    for (const AssessmentBatch& b : batches) all_lines = all_lines && b.layout == BatchLayout::Lines;
    const bool single = batches.size() == 1 && batches[0].layout == BatchLayout::Single;
    const std::vector<Assessment> all = in_order(batches);

    std::string out;
    if (format == "csv") {
        out = results_csv(*rubric, all);
    } else if (format == "table") {
        out = write_in_slices(all.size(), [&](std::size_t begin, std::size_t end, std::string& slice) {
            for (std::size_t i = begin; i < end; ++i) {
                if (i > 0) slice += kTableSeparator;
                slice += score_table(*rubric, all[i]);
            }
        });
    } else if (all_lines) {
        out = write_in_slices(all.size(), [&](std::size_t begin, std::size_t end, std::string& slice) {
            for (std::size_t i = begin; i < end; ++i) slice += score_to_json_text(*rubric, all[i], -1) + "\n";
        });
    } else if (single) {
        out = score_to_json_text(*rubric, all[0], 2) + "\n";
    } else {
        // Several files, or an array: one JSON array, files in order, each file's items in order.
        JsonWriter results(out, 2);
        results.begin_array();
        for (const Assessment& a : all) {
            const ScoreCard card = score(*rubric, a);
            write_result(results, *rubric, a, card, plan_improvements(*rubric, a, card));
        }
        results.end_array();
        out += "\n";
    }
    return write_out(out);
}

// The plan options read against the rubric; a usage error is printed and reported as none.
std::optional<PlanRequest> plan_request_of(const Options& options, const Rubric& rubric) {
    std::string problem;
    auto request = plan_request(rubric, options.plan, problem);
    if (!request) usage_error(problem);
    return request;
}

// What `plan` and `report` read before writing anything: the rubric, the plan's target and
// every input.
struct PlannedInputs {
    std::optional<Rubric> loaded;  // a --rubric file; `rubric` points here or at the built-in one
    const Rubric* rubric = nullptr;
    PlanRequest request;
    std::vector<AssessmentBatch> batches;
};

// kOk when all was read, else the exit code (the problems already printed).
int read_planned_inputs(const Options& options, PlannedInputs& in) {
    in.rubric = choose_rubric(options, in.loaded);
    if (in.rubric == nullptr) return kInputError;
    const std::optional<PlanRequest> request = plan_request_of(options, *in.rubric);
    if (!request) return kUsageError;
    in.request = *request;
    return read_batches(options, *in.rubric, in.batches) ? kOk : kInputError;
}

int run_plan(const Options& options) {
    const std::string format = options.format.empty() ? "table" : options.format;
    if (format != "json" && format != "table")
        return usage_error("--format của lệnh plan là table hoặc json (không phải \"" + format + "\")");
    PlannedInputs in;
    if (const int failed = read_planned_inputs(options, in); failed != kOk) return failed;
    const Rubric* rubric = in.rubric;
    const PlanRequest* request = &in.request;
    const std::vector<AssessmentBatch>& batches = in.batches;
    std::vector<const Assessment*> all;
    bool all_lines = true;
    for (const AssessmentBatch& b : batches) {
        all_lines = all_lines && b.layout == BatchLayout::Lines;
        for (const Assessment& a : b.assessments) all.push_back(&a);
    }

    std::string out;
    if (format == "table") {
        out = write_in_slices(all.size(), [&](std::size_t begin, std::size_t end, std::string& slice) {
            for (std::size_t i = begin; i < end; ++i) {
                if (i > 0) slice += kTableSeparator;
                slice += plan_table(*rubric, *all[i], plan_target(*rubric, *all[i], *request));
            }
        });
    } else if (all_lines) {
        out = write_in_slices(all.size(), [&](std::size_t begin, std::size_t end, std::string& slice) {
            for (std::size_t i = begin; i < end; ++i) {
                JsonWriter line(slice);
                write_target_plan(line, *rubric, *all[i], plan_target(*rubric, *all[i], *request));
                slice += "\n";
            }
        });
    } else {
        // As `score`: one object for one, an array for an array, a CSV file or several files.
        std::vector<TargetPlan> plans(all.size());
        in_slices(all.size(), [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) plans[i] = plan_target(*rubric, *all[i], *request);
        });
        const bool single = batches.size() == 1 && batches[0].layout == BatchLayout::Single;
        JsonWriter results(out, 2);
        if (!single) results.begin_array();
        for (std::size_t i = 0; i < all.size(); ++i) write_target_plan(results, *rubric, *all[i], plans[i]);
        if (!single) results.end_array();
        out += "\n";
    }
    return write_out(out);
}

void print_warnings(const Diagnostics& warnings) {
    for (const Diagnostic& d : warnings) std::cerr << "cảnh báo: " << d.to_string() << "\n";
}

std::optional<char> separator_of(const Options& options, std::string& problem) {
    if (!options.separator) return ',';
    const std::string& s = *options.separator;
    if (s == ",") return ',';
    if (s == ";") return ';';
    if (s == "tab" || s == "\t") return '\t';
    problem = "--separator là \",\", \";\" hoặc tab (không phải \"" + s + "\")";
    return std::nullopt;
}

// The inputs' texts (standard input when none), kept for the import to point into.
bool read_texts(const Options& options, std::vector<std::string>& names, std::vector<std::string>& texts) {
    names = options.inputs;
    if (names.empty()) names.push_back("-");
    bool failed = false;
    for (std::string& name : names) {
        std::string text, problem;
        if (!read_input(name, text, problem)) {
            std::cerr << display_name(name) << ": " << problem << "\n";
            failed = true;
        }
        name = display_name(name);
        texts.push_back(std::move(text));
    }
    return !failed;
}

int run_import(const Options& options) {
    const std::string format = options.format.empty() ? "json" : options.format;
    if (format != "json" && format != "jsonl" && format != "csv")
        return usage_error("--format của lệnh import là json, jsonl hoặc csv (không phải \"" + format + "\")");
    if (options.separator && format != "csv") return usage_error("--separator chỉ dùng với --format csv");
    std::string problem;
    const auto separator = separator_of(options, problem);
    if (!separator) return usage_error(problem);
    std::optional<Rubric> loaded;
    const Rubric* rubric = choose_rubric(options, loaded);
    if (rubric == nullptr) return kInputError;

    std::vector<std::string> names, texts;
    if (!read_texts(options, names, texts)) return kInputError;
    std::vector<PortalFile> files;
    for (std::size_t i = 0; i < texts.size(); ++i) files.push_back(PortalFile{names[i], texts[i]});
    const PortalImport imported = import_portal(files, *rubric);
    if (!imported.errors.empty()) {
        print_errors(imported.errors);
        return kInputError;
    }
    print_warnings(imported.warnings);

    std::string out;
    if (format == "csv") {
        out = assessments_csv(*rubric, imported.assessments, *separator);
    } else if (format == "jsonl") {
        for (const Assessment& a : imported.assessments) out += json_text(assessment_json(*rubric, a), -1) + "\n";
    } else {
        OrderedJson list = OrderedJson::array();
        for (const Assessment& a : imported.assessments) list.push_back(assessment_json(*rubric, a));
        out = json_text(list, 2) + "\n";
    }
    return write_out(out);
}

int run_reconcile(const Options& options) {
    const std::string format = options.format.empty() ? "table" : options.format;
    if (format != "table" && format != "json")
        return usage_error("--format của lệnh reconcile là table hoặc json (không phải \"" + format + "\")");
    std::optional<Rubric> loaded;
    const Rubric* rubric = choose_rubric(options, loaded);
    if (rubric == nullptr) return kInputError;

    std::vector<std::string> names, texts;
    if (!read_texts(options, names, texts)) return kInputError;
    // Portal data is imported together (units merge across files); assessment files, such
    // as import's output, are read as they are. Assessments keep the order of the files.
    std::vector<PortalFile> portal_files;
    std::vector<std::vector<Assessment>> by_file(texts.size());
    std::optional<std::size_t> first_portal;
    bool failed = false;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (looks_like_portal_data(texts[i])) {
            portal_files.push_back(PortalFile{names[i], texts[i]});
            if (!first_portal) first_portal = i;
            continue;
        }
        AssessmentBatch batch = parse_assessments(texts[i], names[i], *rubric);
        if (!batch.errors.empty()) {
            print_errors(batch.errors);
            failed = true;
        }
        by_file[i] = std::move(batch.assessments);
    }
    if (!portal_files.empty()) {
        PortalImport imported = import_portal(portal_files, *rubric);
        if (!imported.errors.empty()) {
            print_errors(imported.errors);
            failed = true;
        }
        print_warnings(imported.warnings);
        by_file[*first_portal] = std::move(imported.assessments);
    }
    if (failed) return kInputError;
    std::vector<Assessment> all;
    for (std::vector<Assessment>& list : by_file)
        for (Assessment& a : list) all.push_back(std::move(a));

    const Reconciliation reconciliation = reconcile(*rubric, all);
    const std::string out = format == "json" ? reconciliation_json(*rubric, all, reconciliation, 2) + "\n"
                                             : reconcile_table(*rubric, all, reconciliation);
    const int written = write_out(out);
    if (written != kOk) return written;
    return reconciliation.differences > 0 ? kDifferences : kOk;
}

// Today as dd/mm/yyyy, local time: the date a printed report carries.
std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    if (localtime_r(&now, &local) == nullptr) return "";
    char buf[16];
    std::strftime(buf, sizeof buf, "%d/%m/%Y", &local);
    return buf;
}

int run_report(const Options& options) {
    if (!options.format.empty()) return usage_error("lệnh report không dùng --format (báo cáo luôn là HTML)");
    PlannedInputs in;
    if (const int failed = read_planned_inputs(options, in); failed != kOk) return failed;
    ReportOptions report;
    report.date = today();
    report.generator = "dvcscore " DVCSCORE_VERSION;
    report.plan = in.request;
    return write_out(report_html(*in.rubric, in_order(in.batches), report));
}

int run_template(const Options& options) {
    if (!options.inputs.empty()) return usage_error("lệnh template không nhận tệp đầu vào (dùng --rubric TỆP)");
    if (!options.format.empty()) return usage_error("lệnh template không dùng --format (mẫu luôn là CSV)");
    char separator = ',';
    if (options.separator) {
        const std::string& s = *options.separator;
        if (s == ";") separator = ';';
        else if (s == "tab" || s == "\t") separator = '\t';
        else if (s != ",") return usage_error("--separator là \",\", \";\" hoặc tab (không phải \"" + s + "\")");
    }
    std::optional<Rubric> loaded;
    const Rubric* rubric = choose_rubric(options, loaded);
    if (rubric == nullptr) return kInputError;
    return write_out(csv_template(*rubric, separator));
}

int run(int argc, char** argv) {
    Options options;
    bool options_done = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value_of = [&](const std::string& name, std::string& target) -> bool {
            if (arg.rfind(name + "=", 0) == 0) {
                target = arg.substr(name.size() + 1);
                return true;
            }
            if (i + 1 >= argc) return false;
            target = argv[++i];
            return true;
        };
        if (!options_done && arg == "--") {
            options_done = true;
        } else if (!options_done && (arg == "--help" || arg == "-h")) {
            std::cout << kHelp;
            return kOk;
        } else if (!options_done && arg == "--version") {
            std::cout << "dvcscore " DVCSCORE_VERSION "\n";
            return kOk;
        } else if (!options_done && (arg == "--rubric" || arg.rfind("--rubric=", 0) == 0)) {
            if (!value_of("--rubric", options.rubric_file)) return usage_error("--rubric cần tên tệp");
        } else if (!options_done && (arg == "--format" || arg.rfind("--format=", 0) == 0)) {
            if (!value_of("--format", options.format)) return usage_error("--format cần một giá trị");
        } else if (!options_done && (arg == "--separator" || arg.rfind("--separator=", 0) == 0)) {
            std::string separator;
            if (!value_of("--separator", separator)) return usage_error("--separator cần một giá trị: \",\", \";\" hoặc tab");
            options.separator = separator;
        } else if (!options_done && (arg == "--target" || arg.rfind("--target=", 0) == 0)) {
            std::string target;
            if (!value_of("--target", target)) return usage_error("--target cần một mức xếp loại hoặc tổng điểm");
            options.plan.target = target;
        } else if (!options_done && (arg == "--lock" || arg.rfind("--lock=", 0) == 0)) {
            std::string codes;
            if (!value_of("--lock", codes)) return usage_error("--lock cần mã hoặc số chỉ tiêu (5.3,ON_TIME)");
            options.plan.locks.push_back(codes);
        } else if (!options_done && (arg == "--weight" || arg.rfind("--weight=", 0) == 0)) {
            std::string weight;
            if (!value_of("--weight", weight)) return usage_error("--weight cần dạng MÃ=SỐ (5.3=2)");
            options.plan.weights.push_back(weight);
        } else if (!options_done && (arg == "--ceiling" || arg.rfind("--ceiling=", 0) == 0)) {
            std::string ceiling;
            if (!value_of("--ceiling", ceiling)) return usage_error("--ceiling cần dạng MÃ=PHẦN_TRĂM (5.3=85)");
            options.plan.ceilings.push_back(ceiling);
        } else if (!options_done && arg.size() > 1 && arg[0] == '-') {
            return usage_error("tùy chọn không hợp lệ: " + arg);
        } else if (options.command.empty()) {
            options.command = arg;
        } else {
            options.inputs.push_back(arg);
        }
    }
    if (options.command.empty())
        return usage_error("thiếu lệnh (score, plan, report, template, import, reconcile hoặc rubric)");
    if (options.plan.any() && options.command != "plan" && options.command != "report")
        return usage_error("--target, --lock, --weight và --ceiling chỉ dùng với lệnh plan và report");
    if (options.separator && options.command != "template" && options.command != "import")
        return usage_error("--separator chỉ dùng với lệnh template và import --format csv");
    if (options.command == "score") return run_score(options);
    if (options.command == "plan") return run_plan(options);
    if (options.command == "report") return run_report(options);
    if (options.command == "template") return run_template(options);
    if (options.command == "rubric") return run_rubric(options);
    if (options.command == "import") return run_import(options);
    if (options.command == "reconcile") return run_reconcile(options);
    return usage_error("lệnh không hợp lệ: " + options.command +
                       " (dùng score, plan, report, template, import, reconcile hoặc rubric)");
}

}  // namespace
}  // namespace dvcscore::cli

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return dvcscore::cli::run(argc, argv);
}
