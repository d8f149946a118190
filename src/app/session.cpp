#include "session.hpp"

#include "core/assessment_csv.hpp"
#include "core/assessment_file.hpp"
#include "core/portal_import.hpp"
#include "core/report_html.hpp"
#include "core/result_csv.hpp"
#include "core/result_json.hpp"
#include "core/share_code.hpp"
#include "core/text_fold.hpp"
#include "core/utf8_text.hpp"
#include "paste.hpp"

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

// «a.json», «b.har» và 3 tệp khác
std::string file_names(const std::vector<const OpenedFile*>& files) {
    constexpr std::size_t kNamed = 3;
    std::string text;
    for (std::size_t i = 0; i < files.size() && i < kNamed; ++i) text += (i ? ", «" : "«") + files[i]->name + "»";
    if (files.size() > kNamed) text += " và " + std::to_string(files.size() - kNamed) + " tệp khác";
    return text;
}

bool has_text(const CriterionInput& in) {
    for (const std::string* s : {&in.numerator, &in.denominator, &in.percent, &in.value})
        if (s->find_first_not_of(" \t") != std::string::npos) return true;
    return false;
}

std::string published_summary(const OpenedBatch& batch) {
    return "Đối chiếu với điểm Cổng công bố: " + std::to_string(batch.matches) + " khớp, " +
           std::to_string(batch.differences) + " lệch, " + std::to_string(batch.not_checkable) +
           " không kiểm được (thiếu số liệu trong tệp).";
}

bool same_input(const CriterionInput& x, const CriterionInput& y) {
    return x.mode == y.mode && x.numerator == y.numerator && x.denominator == y.denominator && x.percent == y.percent &&
           x.value == y.value && x.inherited == y.inherited;
}

// "qd766-bien-the (Bộ chỉ số … biến thể)": how notices name a rubric.
std::string rubric_name(const Rubric& rubric) {
    return rubric.title.empty() || rubric.title == rubric.id ? "«" + rubric.id + "»" : "«" + rubric.id + "» (" + rubric.title + ")";
}

bool same_inputs(const Draft& a, const Draft& b) {
    if (a.unit != b.unit || a.period != b.period || a.portal != b.portal || a.scenario != b.scenario ||
        a.inputs.size() != b.inputs.size() || a.set_aside.size() != b.set_aside.size())
        return false;
    for (std::size_t i = 0; i < a.inputs.size(); ++i)
        if (!same_input(a.inputs[i], b.inputs[i])) return false;
    for (auto x = a.set_aside.begin(), y = b.set_aside.begin(); x != a.set_aside.end(); ++x, ++y)
        if (x->first != y->first || !same_input(x->second, y->second)) return false;
    return true;
}

// The figures each draft keeps aside, for a notice: "UBND xã A — 2026: 3.4 PAY_PROVISION".
std::vector<std::string> set_aside_lines(const Workspace& workspace, const Rubric& before) {
    std::vector<std::string> lines;
    for (const Draft& d : workspace.drafts) {
        if (d.set_aside.empty()) continue;
        std::string codes;
        for (const auto& entry : d.set_aside) {
            const auto c = before.find_criterion(entry.first);
            codes += (codes.empty() ? "" : ", ") + (c ? before.criteria[*c].number + " " : std::string()) + entry.first;
        }
        lines.push_back(d.title() + ": giữ riêng số liệu của " + codes);
    }
    if (!lines.empty())
        lines.insert(lines.begin(), "Số liệu của chỉ tiêu bộ này không có được giữ riêng, không tính điểm; "
                                    "chọn lại bộ có các chỉ tiêu đó là có lại:");
    return lines;
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

Session::Session(const Rubric& builtin) : form(builtin), workspace(builtin), builtin_(&builtin) {}

void Session::notify(Notice::Kind kind, std::string title, std::vector<std::string> lines) {
    notices.push_back(Notice{kind, std::move(title), std::move(lines)});
    if (notices.size() > 5) notices.erase(notices.begin());  // older news is stale
}

void Session::form_edited() {
    if (workspace.current >= workspace.drafts.size()) return;
    Draft& current = workspace.drafts[workspace.current];
    Draft updated = Draft::of_form(form);
    updated.set_aside = std::move(current.set_aside);  // the form shows only the rubric's criteria
    current = std::move(updated);
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

void Session::switch_rubric(std::shared_ptr<const Rubric> next, std::optional<Workspace::RubricFile> file) {
    form_edited();
    const Rubric& from = rubric();
    const Rubric& to = next ? *next : *builtin_;
    Workspace rebuilt(to);
    rebuilt.drafts.clear();
    for (const Draft& d : workspace.drafts) rebuilt.drafts.push_back(d.for_rubric(from, to));
    rebuilt.current = workspace.current;
    rebuilt.rubric_file = std::move(file);
    workspace = std::move(rebuilt);
    form = Form(to);
    workspace.drafts[workspace.current].into_form(form);
    opened_rubric_ = std::move(next);  // last: `from` may be the rubric it releases
}

bool Session::open_rubric(std::string_view name, std::string_view bytes) {
    const std::string refused = "Không mở được bộ tiêu chí «" + std::string(name) + "»; vẫn chấm theo bộ «" + rubric().id +
                                "», số liệu không thay đổi.";
    Diagnostics errors;
    const std::optional<std::string_view> text = input_text(bytes, name, errors);
    RubricLoad load = text ? load_rubric(*text, name) : RubricLoad{};
    if (!text || !load.rubric) {
        notify(Notice::Kind::Error, refused, describe(text ? load.errors : errors));
        return false;
    }
    if (load.rubric->id == builtin_->id) {
        // The built-in rubric itself (the same criteria, points and words, however the file
        // is laid out) means going back to it; another may not take its id, or links,
        // autosaves and assessment files naming it would be scored two ways.
        if (*load.rubric == *builtin_) {
            if (rubric_is_builtin())
                notify(Notice::Kind::Info, "«" + std::string(name) + "» là bộ tiêu chí có sẵn, trang đang chấm theo bộ này.");
            use_builtin_rubric();
            return true;
        }
        Diagnostic clash;
        clash.source = std::string(name);
        clash.path = "$.id";
        clash.message = "mã \"" + builtin_->id + "\" là của bộ tiêu chí có sẵn; bộ tiêu chí khác (dù chỉ sửa một điểm) "
                        "cần mã riêng";
        notify(Notice::Kind::Error, refused, describe({clash}));
        return false;
    }
    const Rubric before = rubric();
    const bool had_batch = batch.has_value();
    switch_rubric(std::make_shared<const Rubric>(std::move(*load.rubric)),
                  Workspace::RubricFile{std::string(name), std::string(*text)});
    batch.reset();
    std::vector<std::string> lines = {"Các đánh giá đã lưu được tính lại theo bộ này. Bấm «Dùng bộ có sẵn» để quay về bộ «" +
                                      builtin_->id + "»."};
    if (had_batch) lines.push_back("Bảng tổng hợp (lập theo bộ trước) đã đóng: mở lại tệp để chấm theo bộ này.");
    for (std::string& line : set_aside_lines(workspace, before)) lines.push_back(std::move(line));
    notify(Notice::Kind::Success, "Đang chấm theo bộ tiêu chí " + rubric_name(rubric()) + " từ tệp «" + std::string(name) + "».",
           std::move(lines));
    return true;
}

void Session::use_builtin_rubric() {
    if (rubric_is_builtin()) return;
    const Rubric before = rubric();
    const bool had_batch = batch.has_value();
    switch_rubric(nullptr, std::nullopt);
    batch.reset();
    std::vector<std::string> lines;
    if (had_batch) lines.push_back("Bảng tổng hợp (lập theo bộ trước) đã đóng: mở lại tệp để chấm theo bộ này.");
    for (std::string& line : set_aside_lines(workspace, before)) lines.push_back(std::move(line));
    notify(Notice::Kind::Success, "Đã quay về bộ tiêu chí có sẵn " + rubric_name(rubric()) + ".", std::move(lines));
}

void Session::open_file(std::string_view name, std::string_view bytes) {
    if (looks_like_rubric(bytes)) {
        open_rubric(name, bytes);
        return;
    }
    AssessmentBatch parsed = parse_assessments(bytes, name, rubric());
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
    open_table(std::string(name), std::move(parsed.assessments));
    std::vector<std::string> lines;
    if (batch->has_published()) lines.push_back(published_summary(*batch));
    lines.push_back("Bấm vào một dòng để mở đánh giá đó trong biểu mẫu.");
    notify(Notice::Kind::Success, "Đã mở bảng tổng hợp «" + std::string(name) + "»: " +
                                      std::to_string(batch->rows.size()) + " đánh giá.",
           std::move(lines));
}

void Session::open_table(std::string source, std::vector<Assessment> assessments) {
    OpenedBatch opened;
    opened.source = std::move(source);
    opened.rows.reserve(assessments.size());
    for (Assessment& a : assessments) {
        BatchRow row{std::move(a), {}, {}};
        row.card = score(rubric(), row.assessment);
        row.published = check_published(rubric(), row.assessment);
        opened.matches += row.published.matches;
        opened.differences += row.published.differences;
        opened.not_checkable += row.published.not_checkable;
        opened.rows.push_back(std::move(row));
    }
    batch = std::move(opened);
    batch_opened = true;
}

void Session::open_files(const std::vector<OpenedFile>& files) {
    std::vector<const OpenedFile*> portal, others;
    for (const OpenedFile& f : files) {
        if (!f.bytes) refuse_file(f.name, f.size_bytes);
        else if (looks_like_rubric(*f.bytes)) open_rubric(f.name, *f.bytes);  // first: the others are scored with it
        else (looks_like_portal_data(*f.bytes) ? portal : others).push_back(&f);
    }
    if (!portal.empty()) {
        import_portal_files(portal, others);
        return;
    }
    for (const OpenedFile* f : others) open_file(f->name, *f->bytes);
}

void Session::import_portal_files(const std::vector<const OpenedFile*>& portal,
                                  const std::vector<const OpenedFile*>& others) {
    std::vector<PortalFile> inputs;
    for (const OpenedFile* f : portal) inputs.push_back(PortalFile{f->name, *f->bytes});
    PortalImport imported = import_portal(inputs, rubric());
    Diagnostics errors = std::move(imported.errors);
    // Assessment files opened with them (import's own output, say) join the table after
    // the imported units, as `dvcscore reconcile` reads them.
    std::vector<Assessment> units = std::move(imported.assessments);
    for (const OpenedFile* f : others) {
        AssessmentBatch parsed = parse_assessments(*f->bytes, f->name, rubric());
        errors.insert(errors.end(), parsed.errors.begin(), parsed.errors.end());
        for (Assessment& a : parsed.assessments) units.push_back(std::move(a));
    }
    std::vector<const OpenedFile*> all = portal;
    all.insert(all.end(), others.begin(), others.end());
    const std::string names = file_names(all);
    if (!errors.empty()) {
        notify(Notice::Kind::Error,
               "Không mở được " + std::string(all.size() > 1 ? "các tệp " : "tệp ") + names +
                   "; số liệu đang nhập không thay đổi.",
               describe(errors));
        return;
    }
    if (units.empty()) {
        notify(Notice::Kind::Warning, "Không có đơn vị nào trong " + names + ".");
        return;
    }
    std::string source;
    for (const OpenedFile* f : all) source += (source.empty() ? "" : ", ") + f->name;
    const std::string period = units.front().period;
    open_table(std::move(source), std::move(units));
    std::vector<std::string> lines;
    if (batch->has_published()) lines.push_back(published_summary(*batch));
    lines.push_back("Bấm vào một dòng để mở đơn vị đó trong biểu mẫu và thử thay đổi số liệu.");
    notify(Notice::Kind::Success,
           "Đã nhập dữ liệu Cổng Dịch vụ công từ " + names + ": " + std::to_string(batch->rows.size()) + " đơn vị" +
               (period.empty() ? "" : ", kỳ " + period) + ".",
           std::move(lines));
    if (!imported.warnings.empty()) {
        std::vector<std::string> warned = describe(imported.warnings);
        notify(Notice::Kind::Warning,
               "Cảnh báo khi nhập " + names + ": " + std::to_string(imported.warnings.size()) +
                   " điều cần xem; dữ liệu vẫn được nhập.",
               std::move(warned));
    }
}

bool Session::paste_block(std::string_view text, std::size_t focused) {
    const Paste paste = read_paste(text, rubric(), focused);
    if (paste.inputs.empty() && !paste.unit && !paste.period && paste.problems.empty()) return false;
    apply_paste(paste, form);
    form_edited();
    std::string filled, emptied;
    std::size_t filled_count = 0;
    std::vector<std::string> lines;
    for (const PastedInput& p : paste.inputs) {
        const std::string& number = rubric().criteria[p.criterion].number;
        if (has_text(p.input)) {
            filled += (filled.empty() ? "" : ", ") + number;
            ++filled_count;
        } else {
            emptied += (emptied.empty() ? "" : ", ") + number;
        }
    }
    if (paste.unit && !paste.unit->empty()) lines.push_back("Đơn vị: " + *paste.unit);
    if (paste.period && !paste.period->empty()) lines.push_back("Kỳ đánh giá: " + *paste.period);
    if (!filled.empty()) lines.push_back("Đã điền chỉ tiêu " + filled + ".");
    if (!emptied.empty()) lines.push_back("Ô trống, để trống chỉ tiêu " + emptied + ".");
    // Figures pasted but not valid are marked red in the form, as typed ones are.
    for (const PastedInput& p : paste.inputs) {
        const CriterionStatus& status = form.statuses()[p.criterion];
        if (status.status == EntryStatus::Invalid)
            lines.push_back("Cần sửa " + rubric().criteria[p.criterion].number + ": " + status.message + ".");
    }
    if (!paste.problems.empty()) lines.push_back("Không hiểu hoặc đã bỏ qua:");
    for (const std::string& problem : paste.problems) lines.push_back("• " + problem + ".");
    if (lines.size() > kMaxNoticeLines + 1) {
        const std::size_t more = lines.size() - kMaxNoticeLines;
        lines.resize(kMaxNoticeLines);
        lines.push_back("… và " + std::to_string(more) + " dòng khác");
    }
    if (filled_count == 0 && !paste.unit && !paste.period)
        notify(Notice::Kind::Warning, "Không dán được: khối ô vừa dán không có số liệu nào đọc được.", std::move(lines));
    else
        notify(Notice::Kind::Success, "Đã dán từ bảng tính: " + std::to_string(filled_count) + " chỉ tiêu.",
               std::move(lines));
    return true;
}

void Session::refuse_file(std::string_view name, double size_bytes) {
    notify(Notice::Kind::Error, "Không mở được tệp «" + std::string(name) + "»; số liệu đang nhập không thay đổi.",
           {std::string(name) + ": " +
            (size_bytes < 0 ? std::string("trình duyệt không đọc được tệp") : input_too_large(size_bytes))});
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
    if (!decoded.assessment && !decoded.rubric_id.empty() && decoded.rubric_id != rubric().id) {
        // Scored with the rubric in use it would give wrong figures: say which rubric it needs.
        const std::string id = is_valid_utf8(decoded.rubric_id) && decoded.rubric_id.size() <= 64 ? decoded.rubric_id : "?";
        std::vector<std::string> lines = describe(decoded.errors);
        lines.push_back(id == builtin_->id ? "Bấm «Dùng bộ có sẵn» rồi mở lại liên kết."
                                           : "Mở tệp bộ tiêu chí «" + id + "» (Mở tệp… hoặc kéo thả vào trang) rồi mở lại liên kết.");
        notify(Notice::Kind::Error, "Liên kết chia sẻ chấm theo bộ tiêu chí «" + id + "», trang đang dùng «" + rubric().id +
                                        "»: không mở để khỏi tính sai điểm; số liệu đang nhập không thay đổi.",
               std::move(lines));
        return;
    }
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
    // A workspace scored with a rubric file carries it: that rubric first, then its drafts.
    std::shared_ptr<const Rubric> saved_rubric;
    std::optional<Workspace::RubricFile> file;
    Diagnostics errors;
    if (const JsonRead peek = read_json(*saved); !peek.error && peek.value.is_object()) {
        if (const auto member = peek.value.find("rubric_file"); member != peek.value.end()) {
            const Json* name = member->is_object() && member->contains("name") ? &member->at("name") : nullptr;
            const Json* text = member->is_object() && member->contains("text") ? &member->at("text") : nullptr;
            if (!name || !text || !name->is_string() || !text->is_string()) {
                Diagnostic d;
                d.path = "$.rubric_file";
                d.message = "cần {\"name\", \"text\"} của tệp bộ tiêu chí";
                errors.push_back(d);
            } else {
                file = Workspace::RubricFile{name->get<std::string>(), text->get<std::string>()};
                RubricLoad load = load_rubric(file->text, file->name);
                if (load.rubric) saved_rubric = std::make_shared<const Rubric>(std::move(*load.rubric));
                else errors = std::move(load.errors);
            }
        }
    }
    Workspace candidate(saved_rubric ? *saved_rubric : *builtin_);
    if (errors.empty()) errors = candidate.load_json(*saved);
    if (!errors.empty()) {
        std::vector<std::string> lines = describe(errors);
        lines.insert(lines.begin(), "Bản hỏng đã được cất riêng trong bộ nhớ trình duyệt; trang bắt đầu với biểu mẫu trống.");
        notify(Notice::Kind::Error, "Dữ liệu tự lưu bị hỏng nên không mở lại được.", lines);
        return saved;
    }
    candidate.rubric_file = std::move(file);
    workspace = std::move(candidate);
    form = Form(workspace.rubric());
    workspace.drafts[workspace.current].into_form(form);
    opened_rubric_ = std::move(saved_rubric);
    return std::nullopt;
}

void Session::autosaved(StorageState state) {
    if (state == storage_) return;
    // The rubric file is saved with the drafts, so it is not remembered either.
    const std::string rubric_too = rubric_file() ? "Bộ tiêu chí «" + rubric().id +
                                                       "» cũng chưa được nhớ: tải lại trang sẽ mở bản tự lưu trước đó."
                                                 : std::string();
    if (state == StorageState::Full) {
        std::vector<std::string> lines = {"Số liệu trên trang vẫn còn nguyên. Hãy «Lưu tệp» để giữ, hoặc xóa bớt đánh giá cũ."};
        if (!rubric_too.empty()) lines.push_back(rubric_too);
        notify(Notice::Kind::Error, "Bộ nhớ trình duyệt đã đầy: không tự lưu được.", std::move(lines));
    } else if (state == StorageState::Unavailable) {
        std::vector<std::string> lines = {"Hãy «Lưu tệp» để giữ số liệu."};
        if (!rubric_too.empty()) lines.push_back(rubric_too);
        notify(Notice::Kind::Warning, "Trình duyệt không còn cho lưu dữ liệu; số liệu trên trang vẫn còn.", std::move(lines));
    } else {
        notify(Notice::Kind::Info, "Đã tự lưu lại được.");
    }
    storage_ = state;
}

}  // namespace dvcscore::app
