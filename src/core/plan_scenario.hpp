#pragma once
// A target scenario as a person sets it in the page: the target, and per criterion a lock,
// a weight, a ceiling and a target of their own — texts as typed, so a reload or a shared
// link shows exactly what was there. The page's model reads it into a PlanRequest and the
// targets into figures (app::Form); the autosave and the share link carry it.
#include <string>
#include <vector>

#include "target_plan.hpp"

namespace dvcscore {

struct ScenarioCriterion {
    bool locked = false;
    double weight = 1;    // > 0
    std::string ceiling;  // a percentage as typed; empty: up to full points
    std::string target;   // the figure a person set, as typed (a numerator, or a percent); empty: the plan's

    bool is_default() const { return !locked && weight == 1 && ceiling.empty() && target.empty(); }
};

struct PlanScenario {
    PlanTarget::Kind kind = PlanTarget::Kind::NextBand;
    std::string band;   // Kind::Band: the band's id ("tot")
    std::string total;  // Kind::Total: the total as typed
    std::vector<ScenarioCriterion> criteria;  // by criterion index (may be shorter: defaults)

    bool is_default() const {
        if (kind != PlanTarget::Kind::NextBand || !band.empty() || !total.empty()) return false;
        for (const ScenarioCriterion& c : criteria)
            if (!c.is_default()) return false;
        return true;
    }
};

inline bool operator==(const ScenarioCriterion& a, const ScenarioCriterion& b) {
    return a.locked == b.locked && a.weight == b.weight && a.ceiling == b.ceiling && a.target == b.target;
}
// Criteria missing from the shorter list are the defaults: the page widens a scenario to
// the rubric as soon as it draws the targets, which changes nothing.
inline bool operator==(const PlanScenario& a, const PlanScenario& b) {
    if (a.kind != b.kind || a.band != b.band || a.total != b.total) return false;
    static const ScenarioCriterion kDefault;
    for (std::size_t c = 0; c < a.criteria.size() || c < b.criteria.size(); ++c) {
        const ScenarioCriterion& x = c < a.criteria.size() ? a.criteria[c] : kDefault;
        const ScenarioCriterion& y = c < b.criteria.size() ? b.criteria[c] : kDefault;
        if (!(x == y)) return false;
    }
    return true;
}
inline bool operator!=(const PlanScenario& a, const PlanScenario& b) { return !(a == b); }

}  // namespace dvcscore
