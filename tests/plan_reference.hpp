#pragma once
// Slow, obviously right planners to check the target planner against: an exhaustive search
// over every combination of numerators (small cases), and a dynamic programme over every
// points level of every criterion with no bound and no pruning (realistic cases). Both
// find each level's least figure with score_criterion alone, and judge a plan by score().
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

#include "core/assessment.hpp"
#include "core/rounding.hpp"
#include "core/rubric.hpp"
#include "core/score.hpp"
#include "core/target_plan.hpp"

namespace plan_reference {

using namespace dvcscore;

inline std::int64_t cents(double x) { return std::llround(x * 100); }

// A criterion the planner may raise, as the reference sees it: the figures it can take,
// from the current one (index 0) up to the ceiling.
struct Raisable {
    std::size_t criterion = 0;
    bool counts = true;
    Entry from;
    double weight = 1;
    std::int64_t first = 0, top = 0;  // numerators, or percents in hundredths (first is the current figure's next)

    Entry at(std::int64_t value) const {
        Entry e = from;
        if (counts) e.numerator = static_cast<double>(value);
        else e.percent = static_cast<double>(value) / 100;
        return e;
    }
    double effort(std::int64_t value) const {
        if (counts) return weight * (static_cast<double>(value - static_cast<std::int64_t>(from.numerator)) * 100 / from.denominator);
        return weight * (static_cast<double>(value) / 100 - from.percent);
    }
};

inline std::vector<Raisable> raisable(const Rubric& rubric, const Assessment& a, const PlanRequest& request) {
    std::vector<Raisable> out;
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        const std::optional<Entry>& e = a.entries[c];
        const CriterionPlanSettings settings = c < request.criteria.size() ? request.criteria[c] : CriterionPlanSettings{};
        if (default_lock(rubric.criteria[c], e) != LockReason::None || settings.locked) continue;
        Raisable r;
        r.criterion = c;
        r.from = *e;
        r.weight = settings.weight;
        r.counts = e->kind == EntryKind::Counts;
        const double ceiling = settings.ceiling ? *settings.ceiling : 100.0;
        const auto ceiling_h = static_cast<std::int64_t>(std::floor(ceiling * 100 + 1e-7));
        if (r.counts) {
            const auto d = static_cast<std::int64_t>(e->denominator);
            r.first = static_cast<std::int64_t>(e->numerator) + 1;
            // n / d ≤ ceiling: 10000 · n ≤ ceiling in hundredths · d
            r.top = std::min<std::int64_t>(d, static_cast<std::int64_t>(static_cast<uint128>(ceiling_h) * static_cast<std::uint64_t>(d) / 10000));
        } else {
            r.first = 0;
            while (static_cast<double>(r.first) / 100 <= e->percent) ++r.first;
            r.top = ceiling_h;
        }
        out.push_back(r);
    }
    return out;
}

struct Found {
    bool any = false;
    double effort = std::numeric_limits<double>::infinity();
    int steps = 0;
    std::vector<std::int64_t> gains;  // cents per raisable, rubric order
    std::vector<std::int64_t> values;  // the figure per raisable; -1 left as it is
};

// Better: less effort; equal effort (within 1e-9), fewer steps; then more points for
// criteria earlier in the rubric.
inline bool better(double effort, int steps, const std::vector<std::int64_t>& gains, const Found& than) {
    if (!than.any) return true;
    if (effort < than.effort - 1e-9) return true;
    if (effort > than.effort + 1e-9) return false;
    if (steps != than.steps) return steps < than.steps;
    return gains > than.gains;
}

// Every combination of figures (each raisable from its current one to its top): small cases.
inline Found exhaustive(const Rubric& rubric, const Assessment& a, const PlanRequest& request, double target) {
    const std::vector<Raisable> rs = raisable(rubric, a, request);
    const ScoreCard card = score(rubric, a);
    Found best;
    std::vector<std::int64_t> values(rs.size(), -1);
    std::function<void(std::size_t)> walk = [&](std::size_t i) {
        if (i == rs.size()) {
            Assessment b = a;
            double effort = 0;
            int steps = 0;
            std::vector<std::int64_t> gains(rs.size(), 0);
            for (std::size_t k = 0; k < rs.size(); ++k) {
                if (values[k] < 0) continue;
                b.entries[rs[k].criterion] = rs[k].at(values[k]);
                effort += rs[k].effort(values[k]);
                ++steps;
            }
            const ScoreCard after = score(rubric, b);
            if (cents(after.total) < cents(target)) return;
            for (std::size_t k = 0; k < rs.size(); ++k)
                gains[k] = cents(after.criteria[rs[k].criterion].points) - cents(card.criteria[rs[k].criterion].points);
            if (better(effort, steps, gains, best)) best = {true, effort, steps, gains, values};
            return;
        }
        values[i] = -1;
        walk(i + 1);
        for (std::int64_t v = rs[i].first; v <= rs[i].top; ++v) {
            values[i] = v;
            walk(i + 1);
        }
        values[i] = -1;
    };
    walk(0);
    return best;
}

// Every points level a raisable reaches, at its least figure: found by bisection with
// score_criterion, level after level.
struct Level {
    std::int64_t gain;   // cents
    std::int64_t value;  // the least figure
    double effort;
};

inline std::vector<Level> levels(const Rubric& rubric, const Raisable& r, std::int64_t cents_now) {
    const Criterion& criterion = rubric.criteria[r.criterion];
    auto cents_at = [&](std::int64_t v) {
        const Entry e = r.at(v);
        return cents(score_criterion(criterion, &e).points);
    };
    std::vector<Level> out;
    if (r.first > r.top) return out;
    const std::int64_t top_cents = cents_at(r.top);
    std::int64_t lo = r.first;
    for (std::int64_t level = cents_now + 1; level <= top_cents;) {
        std::int64_t a = lo, b = r.top;  // the least v in [a, b] with cents_at(v) ≥ level
        while (a < b) {
            const std::int64_t mid = a + (b - a) / 2;
            if (cents_at(mid) >= level) b = mid;
            else a = mid + 1;
        }
        const std::int64_t reached = cents_at(a);
        out.push_back({reached - cents_now, a, r.effort(a)});
        lo = a + 1;
        level = reached + 1;
    }
    return out;
}

// The least effort, and with it the fewest steps, over every level of every raisable: a
// dynamic programme over gains in cents (capped at the need), no bound, nothing pruned.
// (Which of several equal plans it returns is not the planner's tie-break: compare the
// effort and the number of steps.)
inline Found every_level(const Rubric& rubric, const Assessment& a, const PlanRequest& request, double target) {
    const std::vector<Raisable> rs = raisable(rubric, a, request);
    const ScoreCard card = score(rubric, a);
    const std::int64_t need = cents(target) - cents(card.total);
    Found none;
    if (need <= 0) {
        none.any = true;
        none.effort = 0;
        none.gains.assign(rs.size(), 0);
        none.values.assign(rs.size(), -1);
        return none;
    }
    const auto n = static_cast<std::size_t>(need);
    std::vector<std::vector<Level>> ladders;
    for (const Raisable& r : rs) ladders.push_back(levels(rubric, r, cents(card.criteria[r.criterion].points)));
    struct Cell {
        double effort = std::numeric_limits<double>::infinity();
        int steps = 0;
        std::int64_t gain = -1;
        std::int64_t from = -1;
        int level = -1;
    };
    std::vector<std::vector<Cell>> table(rs.size() + 1, std::vector<Cell>(n + 1));
    table[0][0].effort = 0;
    for (std::size_t pos = 0; pos < rs.size(); ++pos) {
        const std::size_t k = rs.size() - 1 - pos;  // reverse rubric order, as the planner
        for (std::size_t x = 0; x <= n; ++x) {
            const Cell& at = table[pos][x];
            if (at.effort == std::numeric_limits<double>::infinity()) continue;
            auto relax = [&](std::size_t y, double effort, int steps, std::int64_t gain, int level) {
                Cell& c = table[pos + 1][y];
                bool take;
                if (c.effort == std::numeric_limits<double>::infinity() || effort < c.effort - 1e-9) take = true;
                else if (effort > c.effort + 1e-9) take = false;
                else if (steps != c.steps) take = steps < c.steps;
                else take = gain > c.gain || (gain == c.gain && static_cast<std::int64_t>(x) < c.from);
                if (take) c = {effort, steps, gain, static_cast<std::int64_t>(x), level};
            };
            relax(x, at.effort, at.steps, 0, -1);
            if (x == n) continue;
            for (std::size_t i = 0; i < ladders[k].size(); ++i) {
                const Level& l = ladders[k][i];
                const std::size_t y = std::min<std::size_t>(n, x + static_cast<std::size_t>(l.gain));
                relax(y, at.effort + l.effort, at.steps + 1, l.gain, static_cast<int>(i));
            }
        }
    }
    const Cell& end = table[rs.size()][n];
    if (end.effort == std::numeric_limits<double>::infinity()) return none;
    Found found;
    found.any = true;
    found.effort = end.effort;
    found.steps = end.steps;
    found.gains.assign(rs.size(), 0);
    found.values.assign(rs.size(), -1);
    std::size_t y = n;
    for (std::size_t pos = rs.size(); pos > 0; --pos) {
        const std::size_t k = rs.size() - pos;
        const Cell& c = table[pos][y];
        if (c.level >= 0) {
            found.gains[k] = ladders[k][static_cast<std::size_t>(c.level)].gain;
            found.values[k] = ladders[k][static_cast<std::size_t>(c.level)].value;
        }
        y = static_cast<std::size_t>(c.from);
    }
    return found;
}

}  // namespace plan_reference
