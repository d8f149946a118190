#pragma once
// Everything the page does with a unit's work apart from drawing it: the assessments kept
// side by side, files opened and saved, the batch table, share links, autosave and the
// notices that tell a person what happened. The page draws it and carries out its files
// (FileToSave) and storage; the tests drive it directly.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment.hpp"
#include "core/rubric.hpp"
#include "core/score.hpp"
#include "form.hpp"
#include "published_check.hpp"
#include "workspace.hpp"

namespace dvcscore::app {

struct Notice {
    enum class Kind { Info, Success, Warning, Error };
    Kind kind = Kind::Info;
    std::string title;
    std::vector<std::string> lines;  // details, at most a screenful
};

struct FileToSave {
    std::string name;  // ASCII, from the unit and the period
    std::string mime;
    std::string content;
};

struct BatchRow {
    Assessment assessment;
    ScoreCard card;
    PublishedCheck published;  // what the portal published for the unit, checked; empty when nothing
};

// A batch file opened as a table (JSON array, JSON Lines or CSV), or the units of the
// portal's data (docs/portal-import.md) imported from one or several files.
struct OpenedBatch {
    std::string source;  // the file name; the names, comma-separated, of files opened together
    std::vector<BatchRow> rows;
    // Over every row: published figures reproduced, not reproduced, not checkable.
    std::size_t matches = 0;
    std::size_t differences = 0;
    std::size_t not_checkable = 0;
    bool has_published() const { return matches + differences + not_checkable > 0; }
};

// A file picked or dropped; several may come at once.
struct OpenedFile {
    std::string name;
    std::optional<std::string> bytes;  // none: too big to read (checked before reading), or unreadable (size < 0)
    double size_bytes = 0;
};

enum class StorageState {
    Available,
    Full,         // quota exceeded
    Unavailable,  // private mode, disabled, or blocked
};

class Session {
public:
    // `builtin` is the rubric the page starts with and goes back to (qd766).
    explicit Session(const Rubric& builtin);

    const Rubric& rubric() const { return form.rubric(); }  // the rubric in use
    const Rubric& builtin_rubric() const { return *builtin_; }
    bool rubric_is_builtin() const { return !opened_rubric_; }
    // The file the rubric in use came from; none for the built-in one.
    const std::optional<Workspace::RubricFile>& rubric_file() const { return workspace.rubric_file; }

    // A rubric file (dvcscore-rubric/1, the same file `--rubric` reads, checked by the same
    // loader): on success every draft is scored with it, its figures matched by criterion
    // code (the ones it lacks are set aside and listed); the batch table, made for the
    // rubric before, closes. With any error nothing changes and a notice says what and where.
    // open_file() comes here for a file shaped like a rubric.
    bool open_rubric(std::string_view name, std::string_view bytes);
    // Back to the built-in rubric, the drafts matched again (set-aside figures come back).
    void use_builtin_rubric();

    Form form;            // the draft being edited
    Workspace workspace;  // every draft; workspace.current is the one in the form
    std::optional<OpenedBatch> batch;
    std::vector<Notice> notices;
    bool batch_opened = false;  // set when a file opened as a table; the page shows it and clears this

    // Keeps the workspace's copy of the current draft up to date; call after any edit.
    void form_edited();

    void open_draft(std::size_t index);
    void new_draft();
    void duplicate_draft(std::size_t index);
    void remove_draft(std::size_t index);
    void undo_remove();

    // A file the person picked or dropped: one assessment becomes a new draft, a batch
    // becomes the table, a rubric file the rubric in use; with any error nothing changes and a notice says what and where.
    void open_file(std::string_view name, std::string_view bytes);
    // A file too big to read at all (checked before reading it); a negative size: one the
    // browser could not read.
    void refuse_file(std::string_view name, double size_bytes);
    // Files picked or dropped together. The portal's data among them (responses, arrays or
    // objects of them, HAR files) is imported together, units merged across files, with the
    // assessment files beside it, into one table whose rows are checked against what the
    // portal published; with any error nothing changes and a notice names the file and the
    // place. Without portal data each file opens as open_file() opens it. A file too big
    // to read is refused on its own.
    void open_files(const std::vector<OpenedFile>& files);
    // Opens a batch row in the form (as a draft; an identical draft is reused).
    void open_batch_row(std::size_t row);

    // Text pasted into the form: a block of cells from a spreadsheet fills the criteria it
    // gives (app/paste.hpp; `focused` is the criterion whose field has the focus) and a
    // notice says what was filled and what was not understood. False for a single cell,
    // which the field takes as typed text.
    bool paste_block(std::string_view text, std::size_t focused);

    FileToSave assessment_file() const;  // dvcscore-assessment/1
    FileToSave result_file() const;      // the result JSON of docs/formats.md
    FileToSave template_file() const;    // the CSV template for Excel users
    FileToSave table_csv_file() const;   // the batch table, or every draft, as CSV
    FileToSave report_file(const std::string& date, const std::string& generator) const;  // printable HTML

    // The URL fragment (without '#') that reopens the current draft: "a=<code>", and
    // "&t=<scenario code>" after it when the draft has a target scenario of its own.
    std::string share_fragment() const;
    // A fragment from the address bar: opens its assessment (and its scenario) as a new
    // draft. A scenario that cannot be read leaves the defaults, and says so.
    void open_share_fragment(std::string_view fragment);

    // The whole workspace, the form's draft brought up to date first.
    std::string autosave_text();
    // What the page found in storage at start. Returns the damaged text when it could not
    // be read back, for the page to keep aside.
    std::optional<std::string> restore(const std::optional<std::string>& saved, StorageState state);
    // The outcome of each autosave write; says so once when it starts or stops failing.
    void autosaved(StorageState state);
    StorageState storage_state() const { return storage_; }

private:
    void select(std::size_t index);
    void add_and_open(const Assessment& assessment, const PlanScenario& scenario = {});
    void open_table(std::string source, std::vector<Assessment> assessments);
    void import_portal_files(const std::vector<const OpenedFile*>& portal, const std::vector<const OpenedFile*>& others);
    void notify(Notice::Kind kind, std::string title, std::vector<std::string> lines = {});
    std::string file_stem() const;
    // Rebuilds the form and the workspace on `next` (nullptr: the built-in rubric).
    void switch_rubric(std::shared_ptr<const Rubric> next, std::optional<Workspace::RubricFile> file);

    StorageState storage_ = StorageState::Available;
    const Rubric* builtin_;
    std::shared_ptr<const Rubric> opened_rubric_;  // a rubric file in use; owns what form and workspace point at
};

// "UBND tỉnh Phú Thọ" → "ubnd-tinh-phu-tho": file names without diacritics or spaces.
std::string ascii_slug(std::string_view text);

}  // namespace dvcscore::app
