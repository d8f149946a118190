#include "session.hpp"

#include "core/assessment_csv.hpp"
#include "core/assessment_file.hpp"
#include "core/report_html.hpp"
#include "core/result_csv.hpp"
#include "core/result_json.hpp"
#include "core/share_code.hpp"
#include "core/text_fold.hpp"

namespace dvcscore::app {
namespace {

constexpr std::size_t kMaxNoticeLines = 12;
constexpr const char* kShareKey = "a=";
constexpr const char* kScenarioKey = "&t=";  // the target scenario, after the assessment

std::vector<std::string> describe(const Diagnostics& errors) {
    std::vector<std::string> lines;
    for (const Diagnostic& d : errors) {
        if (lines.size() == kMaxNoticeLines) {
            lines.push_back("… và " + std::to_string(errors.size() - kMaxNoticeLines) + " lỗi khác");
            break;
        }
        lines.push_back(d.to_string());
    }
    return lines;
}

bool same_inputs(const Draft& a, const Draft& b) {
    if (a.unit != b.unit || a.period != b.period || a.portal != b.portal || a.scenario != b.scenario ||
        a.inputs.size() != b.inputs.size())
        return false;
    for (std::size_t i = 0; i < a.inputs.size(); ++i) {
        const CriterionInput &x = a.inputs[i], &y = b.inputs[i];
        if (x.mode != y.mode || x.numerator != y.numerator || x.denominator != y.denominator || x.percent != y.percent ||
            x.value != y.value || x.inherited != y.inherited)
            return false;
    }
    return true;
}

}  // namespace

std::string ascii_slug(std::string_view text) {
    std::string slug;
    bool dash = false;
    for (const char c : fold_text(text)) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (word) {
            if (dash && !slug.empty()) slug += '-';
            slug += c;
            dash = false;
        } else {
            dash = true;
        }
        if (slug.size() >= 60) break;
    }
    return slug;
}

Session::Session(const Rubric& rubric) : form(rubric), workspace(rubric) {}

void Session::notify(Notice::Kind kind, std::string title, std::vector<std::string> lines) {
    notices.push_back(Notice{kind, std::move(title), std::move(lines)});
    if (notices.size() > 5) notices.erase(notices.begin());  // older news is stale
}

void Session::form_edited() {
    if (workspace.current < workspace.drafts.size()) workspace.drafts[workspace.current] = Draft::of_form(form);
}

void Session::select(std::size_t index) {
    form_edited();
    if (index >= workspace.drafts.size()) return;
    workspace.current = index;
    workspace.drafts[index].into_form(form);
}

void Session::open_draft(std::size_t index) { select(index); }

void Session::new_draft() {
    form_edited();
    select(workspace.add(Draft::blank(rubric())));
}

void Session::duplicate_draft(std::size_t index) {
    form_edited();
    select(workspace.duplicate(index));
    notify(Notice::Kind::Success, "Đã nhân bản: " + workspace.drafts[workspace.current].title(),
           {"Sửa kỳ đánh giá và số liệu của bản sao."});
}

void Session::remove_draft(std::size_t index) {
    form_edited();
    workspace.remove(index);
    workspace.drafts[workspace.current].into_form(form);
}

void Session::undo_remove() {
    form_edited();
    if (workspace.undo_remove()) workspace.drafts[workspace.current].into_form(form);
}

void Session::add_and_open(const Assessment& assessment, const PlanScenario& scenario) {
    Form scratch(rubric());
    scratch.fill(assessment);
    scratch.scenario = scenario;
    scratch.recompute();
    const Draft draft = Draft::of_form(scratch);
    form_edited();
    for (std::size_t i = 0; i < workspace.drafts.size(); ++i) {
        if (same_inputs(workspace.drafts[i], draft)) {
            select(i);
            return;
        }
    }
    // An untouched blank form is replaced rather than kept beside the opened one.
    const std::size_t current = workspace.current;
    if (workspace.drafts.size() == 1 && same_inputs(workspace.drafts[current], Draft::blank(rubric()))) {
        workspace.drafts[current] = draft;
        draft.into_form(form);
        return;
    }
    select(workspace.add(draft));
}

void Session::open_file(std::string_view name, std::string_view bytes) {
    const AssessmentBatch parsed = parse_assessments(bytes, name, rubric());
    if (!parsed.errors.empty()) {
        notify(Notice::Kind::Error, "Không mở được tệp «" + std::string(name) + "»; số liệu đang nhập không thay đổi.",
               describe(parsed.errors));
        return;
    }
    if (parsed.assessments.empty()) {
        notify(Notice::Kind::Warning, "Tệp «" + std::string(name) + "» không có đánh giá nào.");
        return;
    }
    if (parsed.layout == BatchLayout::Single) {
        add_and_open(parsed.assessments.front());
        notify(Notice::Kind::Success, "Đã mở «" + std::string(name) + "»: " + workspace.drafts[workspace.current].title());
        return;
    }
    OpenedBatch opened;
    opened.source = std::string(name);
    opened.rows.reserve(parsed.assessments.size());
    for (const Assessment& a : parsed.assessments) opened.rows.push_back(BatchRow{a, score(rubric(), a)});
    batch = std::move(opened);
    batch_opened = true;
    notify(Notice::Kind::Success, "Đã mở bảng tổng hợp «" + std::string(name) + "»: " +
                                      std::to_string(batch->rows.size()) + " đánh giá.",
           {"Bấm vào một dòng để mở đánh giá đó trong biểu mẫu."});
}

void Session::refuse_file(std::string_view name, double size_bytes) {
    notify(Notice::Kind::Error, "Không mở được tệp «" + std::string(name) + "»; số liệu đang nhập không thay đổi.",
           {std::string(name) + ": " + input_too_large(size_bytes)});
}

void Session::open_batch_row(std::size_t row) {
    if (!batch || row >= batch->rows.size()) return;
    add_and_open(batch->rows[row].assessment);
}

std::string Session::file_stem() const {
    std::string stem = ascii_slug(form.unit);
    const std::string period = ascii_slug(form.period);
    if (!period.empty()) stem += (stem.empty() ? "" : "_") + period;
    return stem.empty() ? "danh-gia" : stem;
}

FileToSave Session::assessment_file() const {
    return {file_stem() + ".json", "application/json",
            json_text(assessment_json(rubric(), form.assessment()), 2) + "\n"};
}

FileToSave Session::result_file() const {
    return {file_stem() + "-ket-qua.json", "application/json", score_to_json_text(rubric(), form.assessment(), 2) + "\n"};
}

FileToSave Session::template_file() const {
    return {"dvcscore-mau-nhap-lieu.csv", "text/csv", csv_template(rubric())};
}

FileToSave Session::table_csv_file() const {
    std::vector<Assessment> rows;
    std::string stem = "cac-danh-gia";
    if (batch) {
        for (const BatchRow& r : batch->rows) rows.push_back(r.assessment);
        const std::string source = ascii_slug(batch->source);
        if (!source.empty()) stem = source;
    } else {
        Form scratch(rubric());
        for (const Draft& d : workspace.drafts) {
            d.into_form(scratch);
            rows.push_back(scratch.assessment());
        }
    }
    return {stem + "-bang-tong-hop.csv", "text/csv", results_csv(rubric(), rows)};
}

FileToSave Session::report_file(const std::string& date, const std::string& generator) const {
    ReportOptions options;
    options.date = date;
    options.generator = generator;
    options.plans = {form.target_plan()};  // the what-if on screen, targets typed included
    return {file_stem() + "-bao-cao.html", "text/html", report_html(rubric(), {form.assessment()}, options)};
}

std::string Session::share_fragment() const {
    std::string fragment = kShareKey + share_code(rubric(), form.assessment());
    if (!form.scenario.is_default()) fragment += kScenarioKey + scenario_code(rubric(), form.scenario);
    return fragment;
}

void Session::open_share_fragment(std::string_view fragment) {
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    if (fragment.substr(0, 2) != kShareKey) return;  // not ours: leave it alone
    fragment.remove_prefix(2);
    // Links made before the what-if have the assessment alone.
    std::string_view scenario_part;
    if (const auto at = fragment.find(kScenarioKey); at != std::string_view::npos) {
        scenario_part = fragment.substr(at + 3);
        fragment = fragment.substr(0, at);
    }
    const ShareDecode decoded = decode_share_code(fragment, rubric());
    if (!decoded.assessment) {
        notify(Notice::Kind::Error, "Liên kết chia sẻ không mở được; số liệu đang nhập không thay đổi.",
               describe(decoded.errors));
        return;
    }
    PlanScenario scenario;
    Diagnostics scenario_errors;
    if (!scenario_part.empty()) {
        ScenarioDecode read = decode_scenario_code(scenario_part, rubric());
        if (read.scenario) scenario = std::move(*read.scenario);
        else scenario_errors = std::move(read.errors);
    }
    add_and_open(*decoded.assessment, scenario);
    notify(Notice::Kind::Success, "Đã mở đánh giá từ liên kết: " + workspace.drafts[workspace.current].title());
    if (!scenario_errors.empty())
        notify(Notice::Kind::Warning, "Mục tiêu trong liên kết không đọc được; đã mở số liệu, mục tiêu là mức kế tiếp.",
               describe(scenario_errors));
}

std::string Session::autosave_text() {
    form_edited();
    return workspace.to_json();
}

std::optional<std::string> Session::restore(const std::optional<std::string>& saved, StorageState state) {
    storage_ = state;
    if (state == StorageState::Unavailable) {
        notify(Notice::Kind::Warning, "Trình duyệt không cho lưu dữ liệu trên máy này (chế độ riêng tư?).",
               {"Trang vẫn tính điểm bình thường nhưng số liệu sẽ mất khi đóng trang.",
                "Hãy dùng «Lưu tệp» để giữ số liệu."});
        return std::nullopt;
    }
    if (!saved) return std::nullopt;
    const Diagnostics errors = workspace.load_json(*saved);
    if (!errors.empty()) {
        std::vector<std::string> lines = describe(errors);
        lines.insert(lines.begin(), "Bản hỏng đã được cất riêng trong bộ nhớ trình duyệt; trang bắt đầu với biểu mẫu trống.");
        notify(Notice::Kind::Error, "Dữ liệu tự lưu bị hỏng nên không mở lại được.", lines);
        return saved;
    }
    workspace.drafts[workspace.current].into_form(form);
    return std::nullopt;
}

void Session::autosaved(StorageState state) {
    if (state == storage_) return;
    if (state == StorageState::Full)
        notify(Notice::Kind::Error, "Bộ nhớ trình duyệt đã đầy: không tự lưu được.",
               {"Số liệu trên trang vẫn còn nguyên. Hãy «Lưu tệp» để giữ, hoặc xóa bớt đánh giá cũ."});
    else if (state == StorageState::Unavailable)
        notify(Notice::Kind::Warning, "Trình duyệt không còn cho lưu dữ liệu; số liệu trên trang vẫn còn.",
               {"Hãy «Lưu tệp» để giữ số liệu."});
    else
        notify(Notice::Kind::Info, "Đã tự lưu lại được.");
    storage_ = state;
}

}  // namespace dvcscore::app
