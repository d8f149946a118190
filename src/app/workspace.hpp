#pragma once
// The assessments a unit keeps side by side (one per unit and period), as typed, and
// their autosave text. Knows nothing of the browser: the page hands it text to store.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/json_text.hpp"
#include "core/rubric.hpp"
#include "form.hpp"

namespace dvcscore::app {

// One assessment exactly as typed, invalid texts included: a reload restores what was there.
struct Draft {
    std::string unit;
    std::string period;
    std::vector<CriterionInput> inputs;  // by criterion index
    PortalData portal;                   // unit code, level, published scores, figures not scored
    PlanScenario scenario;               // the what-if (target, locks, weights, ceilings, own targets)
    // Figures typed for criteria the rubric in use does not have (by code, as typed): kept
    // when another rubric is chosen, given back by one that has them again.
    std::map<std::string, CriterionInput> set_aside;

    static Draft blank(const Rubric& rubric);
    // The same draft for another rubric, matched by codes: figures of criteria `to` lacks
    // (or measures otherwise) go to set_aside, and set-aside ones it has come back; the
    // what-if's settings and the portal's figures follow their criterion or group codes.
    Draft for_rubric(const Rubric& from, const Rubric& to) const;
    static Draft of_form(const Form& form);
    void into_form(Form& form) const;
    // "UBND tỉnh A — Quý III/2026", or a placeholder when both are empty.
    std::string title() const;
};

class Workspace {
public:
    explicit Workspace(const Rubric& rubric);

    // The rubric's own file, when it is not the built-in one: the autosave keeps its text
    // ("rubric_file": {"name", "text"}) so a reload scores with it again.
    struct RubricFile {
        std::string name;
        std::string text;
    };
    std::optional<RubricFile> rubric_file;

    const Rubric& rubric() const { return *rubric_; }
    std::vector<Draft> drafts;  // never empty
    std::size_t current = 0;

    std::size_t add(Draft draft);  // appended; returns its index
    // A copy placed after the original, "copy last quarter as the start of this one".
    std::size_t duplicate(std::size_t index);
    // Removes a draft, keeping it for undo_remove() until the next removal.
    void remove(std::size_t index);
    bool can_undo_remove() const { return removed_.has_value(); }
    std::string removed_title() const;
    bool undo_remove();

    // The autosave text (dvcscore-workspace/1).
    std::string to_json() const;
    // Replaces everything with a saved workspace, or leaves it unchanged and says why.
    Diagnostics load_json(std::string_view text);

private:
    // The member "scenario" of a saved draft at JSON path `at` (absent: the defaults).
    Diagnostics read_scenario(const Json& item, const std::string& at, PlanScenario& out) const;

    struct Removed {
        Draft draft;
        std::size_t index;
    };
    const Rubric* rubric_;
    std::optional<Removed> removed_;
};

}  // namespace dvcscore::app
