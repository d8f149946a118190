#include "target_plan.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>

#include "rounding.hpp"
#include "scoring_method.hpp"

namespace dvcscore {
namespace {

// Efforts closer than this are equal (they are sums of at most a few dozen doubles).
constexpr double kTie = 1e-9;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

std::int64_t to_cents(double points) { return std::llround(points * 100); }

// ---------------------------------------------------------------------------------------
// Level tables: for a criterion's (method, max, threshold, rate rule), the least rate that
// gives each points level — the method's own inverse (scoring_method.hpp), so the planner
// has no definition of points of its own. Built once per distinct set, then shared.

struct LevelTable {
    Criterion scoring;  // what it was built for: method, max, threshold, rate rule
    std::int64_t max_cents = 0;  // the points at 100 %
    double cents_per_percent = 0;  // the straight line (cap: 100 · max / threshold)
    // ShownPercent: the least shown percentage, in hundredths, with ≥ L cents.
    std::vector<std::int64_t> min_hundredths;
    // Unrounded: the least scoring percentage (a double, as typed or n / d × 100) with ≥ L cents.
    std::vector<double> min_percent;
    // How far level L's least exact rate lies below the straight line through the levels,
    // in percentage points (psi[L] = L / cents_per_percent − rate(L)), and its maximum over
    // L..max_cents: it bounds how much of a level a criterion may already have.
    std::vector<double> psi;
    std::vector<double> psi_suffix_max;
};

bool same_scoring(const Criterion& a, const Criterion& b) {
    return a.method == b.method && a.max == b.max && a.threshold_percent == b.threshold_percent && a.rate == b.rate;
}

std::shared_ptr<const LevelTable> build_table(const Criterion& criterion) {
    auto table = std::make_shared<LevelTable>();
    Criterion& scoring = table->scoring;
    scoring.method = criterion.method;
    scoring.max = criterion.max;
    scoring.threshold = criterion.threshold;
    scoring.threshold_percent = criterion.threshold_percent;
    scoring.rate = criterion.rate;
    table->cents_per_percent = cents_per_percent(scoring);
    table->max_cents = to_cents(method_points(scoring, 100));
    const auto levels = static_cast<std::size_t>(table->max_cents) + 1;
    const RateRule rule = scoring.rate;
    if (rule == RateRule::ShownPercent) {
        table->min_hundredths.assign(levels, 0);
        for (std::size_t level = 1; level < levels; ++level)
            table->min_hundredths[level] = least_hundredths_for_points(scoring, static_cast<std::int64_t>(level));
    } else {
        table->min_percent.assign(levels, 0.0);
        for (std::size_t level = 1; level < levels; ++level)
            table->min_percent[level] = least_percent_for_points(scoring, static_cast<std::int64_t>(level));
    }
    table->psi.assign(levels, -kInfinity);
    for (std::size_t level = 1; level < levels; ++level) {
        // The least exact rate of a count that reaches the level: a shown percentage h
        // needs n / d ≥ (h − ½) / 100 %; an unrounded one the double itself (less a hair
        // for the two roundings of n / d × 100).
        const double rate = rule == RateRule::ShownPercent
                                ? (static_cast<double>(table->min_hundredths[level]) - 0.5) / 100
                                : table->min_percent[level] * (1 - 1e-12);
        table->psi[level] = static_cast<double>(level) / table->cents_per_percent - rate;
    }
    table->psi_suffix_max.assign(levels + 1, -kInfinity);
    for (std::size_t level = levels; level-- > 0;)
        table->psi_suffix_max[level] = std::max(table->psi[level], table->psi_suffix_max[level + 1]);
    return table;
}

std::shared_ptr<const LevelTable> level_table(const Criterion& criterion) {
    // A handful of distinct sets in a rubric: a short list searched in order.
    static std::mutex mutex;
    static std::vector<std::shared_ptr<const LevelTable>> tables;
    std::lock_guard<std::mutex> lock(mutex);
    for (const auto& t : tables)
        if (same_scoring(t->scoring, criterion)) return t;
    if (tables.size() >= 256) tables.clear();  // rubrics by the thousand (fuzzing): bounded
    tables.push_back(build_table(criterion));
    return tables.back();
}

// ---------------------------------------------------------------------------------------
// A ladder: the points levels one criterion can climb to from its figures, each at the
// least numerator (or percent) that reaches it, and a straight-line bound on their cost.

constexpr std::size_t kBuckets = 32;

struct Option {
    std::int64_t gain = 0;   // cents
    std::int64_t value = 0;  // the numerator, or the percent in hundredths
    double cost = 0;         // weight × percentage points
    double slack = 0;        // cost − λ · gain − m: ≥ 0, how far above the Lagrangian bound
};

struct Ladder {
    std::size_t criterion = 0;
    std::shared_ptr<const LevelTable> table;
    bool counts = true;
    std::uint64_t numerator = 0, denominator = 0;  // counts
    double percent = 0;                            // a percent entry
    std::int64_t top_value = 0;                    // the most the ceiling allows
    double weight = 1;
    std::int64_t cents0 = 0;    // points now
    std::int64_t max_gain = 0;  // cents up to the ceiling
    // cost(g) ≥ max(0, a · g − b) for every option: a straight line and a head start.
    double a = 0, b = 0;
    double lambda = 0;  // the bound's price of a cent
    double m = 0;       // min over the options (and leaving it) of cost − λ g: each slack is ≥ 0
    std::vector<Option> all;      // the raises generated so far, by gain, with their slacks
    std::vector<std::int64_t> gains;  // their gains, for finding a range
    std::int64_t generated_lo = 1, generated_hi = 0;
    bool covered = false;         // `all` ends with an option that covers the need alone
    // For one pass of the search: the raises with slack ≤ its gap, in buckets of slack
    // (indices into `all`), and the least and most gain among what it may use.
    std::vector<std::int32_t> by_slack;
    double bucket_width = 1;
    std::array<std::int32_t, kBuckets + 1> bucket_start{};  // where each bucket begins in by_slack
    std::int64_t usable_lo = 0, usable_hi = 0;
    bool usable = false;  // anything at all, leaving it as it is included
};

// The least value (numerator, or percent in hundredths) whose points reach `level`.
std::int64_t least_value(const Ladder& l, std::int64_t level) {
    const LevelTable& t = *l.table;
    const auto at = static_cast<std::size_t>(level);
    if (t.scoring.rate == RateRule::ShownPercent) {
        const std::int64_t h = t.min_hundredths[at];
        if (!l.counts) return h;
        return static_cast<std::int64_t>(least_numerator_for_hundredths(h, l.denominator));
    }
    const double x = t.min_percent[at];
    if (!l.counts) {
        auto k = static_cast<std::int64_t>(std::ceil(x * 100));
        k = std::clamp<std::int64_t>(k, 0, 10000);
        while (k > 0 && static_cast<double>(k - 1) / 100 >= x) --k;
        while (k < 10000 && static_cast<double>(k) / 100 < x) ++k;
        return k;
    }
    return static_cast<std::int64_t>(least_numerator_for_percent(x, l.denominator));
}

// The points level (cents) a value gives.
std::int64_t level_of(const Ladder& l, std::int64_t value) {
    const LevelTable& t = *l.table;
    if (t.scoring.rate == RateRule::ShownPercent) {
        const std::int64_t h = l.counts ? rate_hundredths(static_cast<std::uint64_t>(value), l.denominator) : value;
        const auto it = std::upper_bound(t.min_hundredths.begin(), t.min_hundredths.end(), h);
        return static_cast<std::int64_t>(it - t.min_hundredths.begin()) - 1;
    }
    const double x = l.counts ? unrounded_percent(static_cast<double>(value), static_cast<double>(l.denominator))
                              : static_cast<double>(value) / 100;
    const auto it = std::upper_bound(t.min_percent.begin(), t.min_percent.end(), x);
    return static_cast<std::int64_t>(it - t.min_percent.begin()) - 1;
}

double cost_of(const Ladder& l, std::int64_t value) {
    if (l.counts)
        return l.weight * (static_cast<double>(static_cast<std::uint64_t>(value) - l.numerator) * 100 /
                           static_cast<double>(l.denominator));
    return l.weight * (static_cast<double>(value) / 100 - l.percent);
}

Option option_at(const Ladder& l, std::int64_t gain) {
    Option o;
    o.value = least_value(l, l.cents0 + gain);
    o.gain = level_of(l, o.value) - l.cents0;
    o.cost = cost_of(l, o.value);
    return o;
}

// Builds the ladder of a criterion that may be raised; false when it cannot rise at all.
bool make_ladder(const Criterion& criterion, const Entry& entry, const CriterionScore& now,
                 const CriterionPlanSettings& settings, std::size_t index, Ladder& l) {
    l.criterion = index;
    l.table = level_table(criterion);
    l.weight = settings.weight;
    l.cents0 = to_cents(now.points);
    const double ceiling = settings.ceiling ? std::clamp(*settings.ceiling, 0.0, 100.0) : 100.0;
    const auto ceiling_hundredths = static_cast<std::int64_t>(std::floor(ceiling * 100 + 1e-7));
    std::int64_t first = 0;  // the least value that is a raise
    if (entry.kind == EntryKind::Counts) {
        l.counts = true;
        l.numerator = static_cast<std::uint64_t>(entry.numerator);
        l.denominator = static_cast<std::uint64_t>(entry.denominator);
        // n / d ≤ ceiling  ⇔  10000 · n ≤ ceiling_hundredths · d
        l.top_value = static_cast<std::int64_t>(static_cast<uint128>(ceiling_hundredths) * l.denominator / 10000);
        first = static_cast<std::int64_t>(l.numerator) + 1;
    } else {
        l.counts = false;
        l.percent = entry.percent;
        l.top_value = ceiling_hundredths;
        first = static_cast<std::int64_t>(std::floor(entry.percent * 100));
        while (static_cast<double>(first) / 100 <= entry.percent) ++first;
        while (first > 0 && static_cast<double>(first - 1) / 100 > entry.percent) --first;
    }
    if (l.top_value < first) return false;
    l.max_gain = level_of(l, l.top_value) - l.cents0;
    if (l.max_gain <= 0) return false;

    // The straight line: each cent costs a; a level L needs at least the exact rate
    // L / cents_per_percent − psi[L], so cost(L0 + g) ≥ a · g − b with
    // b = weight · (rate0 − L0 / cpp + max psi over the reachable levels).
    const LevelTable& t = *l.table;
    l.a = l.weight / t.cents_per_percent;
    const double rate0 = l.counts ? static_cast<double>(l.numerator) * 100 / static_cast<double>(l.denominator)
                                  : l.percent;
    const auto from = static_cast<std::size_t>(l.cents0 + 1), to = static_cast<std::size_t>(l.cents0 + l.max_gain);
    double psi_max = -kInfinity;
    if (to + 1 == t.psi.size()) {
        psi_max = t.psi_suffix_max[from];
    } else {
        for (std::size_t level = from; level <= to; ++level) psi_max = std::max(psi_max, t.psi[level]);
    }
    // A typed percent reaches a shown level at (h − ½) / 100 % already, but the plan
    // moves in whole hundredths: the bound above holds a fortiori.
    l.b = l.weight * (rate0 - static_cast<double>(l.cents0) / t.cents_per_percent + psi_max) + 1e-9;
    if (l.b < 0) l.b = 0;
    return true;
}

// Indices 0 … n − 1 ordered by key, equal keys by index: the one sort behind all the
// planner's orders (one copy of the sorting code in the page, too).
std::vector<std::size_t> order_by(const std::vector<double>& keys) {
    std::vector<std::size_t> order(keys.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t x, std::size_t y) { return keys[x] < keys[y] || (keys[x] == keys[y] && x < y); });
    return order;
}

// The lower bound on cost as a convex function of the (whole) gain: max(0, a g − b) at
// whole g, joined by straight lines: free up to g0 = ⌊b / a⌋, one cent at a (g0 + 1) − b,
// then a per cent. Segments {slope, length} from gain 0.
struct Segment {
    double slope, length;
};

int bound_segments(const Ladder& l, Segment out[3]) {
    const double g = static_cast<double>(l.max_gain);
    const double g0 = std::min(g, l.a > 0 ? std::floor(l.b / l.a) : g);
    int count = 0;
    if (g0 > 0) out[count++] = {0, g0};
    if (g > g0) out[count++] = {std::max(0.0, l.a * (g0 + 1) - l.b), 1};
    if (g > g0 + 1) out[count++] = {l.a, g - g0 - 1};
    return count;
}

// ---------------------------------------------------------------------------------------
// The search. Lagrangian bound: for any λ ≥ 0 and any plan with Σ gain ≥ N,
//   cost = Σ c_i(g_i) ≥ λ N + Σ_i min_g (line_i(g) − λ g) = LB,
// and every option's slack c_i(g) − λ g − m_i is ≥ 0, so a plan costing at most UB uses
// only options, and reaches only partial states, whose slacks add up to at most UB − LB.
// With λ the LP's break slope the bound is within a cent's cost of the optimum; a DP over
// the gain in cents (capped at N) then visits few states. Exact: nothing that could be
// part of a plan costing ≤ UB is pruned, and UB is a feasible plan's cost.

struct Bound {
    double lambda = 0;
    double value = 0;  // LB
};

Bound lagrangian_bound(std::vector<Ladder>& ladders, std::int64_t need) {
    std::vector<Segment> segments;
    segments.reserve(3 * ladders.size());
    for (const Ladder& l : ladders) {
        Segment own[3];
        const int count = bound_segments(l, own);
        segments.insert(segments.end(), own, own + count);
    }
    std::vector<double> slopes(segments.size());
    for (std::size_t i = 0; i < segments.size(); ++i) slopes[i] = segments[i].slope;
    Bound bound;
    double left = static_cast<double>(need);
    for (const std::size_t i : order_by(slopes)) {
        if (left <= 0) break;
        bound.lambda = segments[i].slope;
        left -= std::min(left, segments[i].length);
    }
    bound.value = bound.lambda * static_cast<double>(need);
    for (Ladder& l : ladders) {
        Segment own[3];
        const int count = bound_segments(l, own);
        double g = 0, at = 0;
        l.m = 0;
        for (int i = 0; i < count; ++i) {
            g += own[i].length;
            at += own[i].slope * own[i].length;
            l.m = std::min(l.m, at - bound.lambda * g);
        }
        bound.value += l.m;
    }
    return bound;
}

struct Choice {
    std::size_t ladder;
    Option option;
};

// A feasible plan, greedily: the cheapest cents first, the last step the cheapest cover.
double greedy_plan(const std::vector<Ladder>& ladders, std::int64_t need, std::vector<Choice>& plan) {
    std::vector<double> a(ladders.size());
    for (std::size_t i = 0; i < ladders.size(); ++i) a[i] = ladders[i].a;
    const std::vector<std::size_t> order = order_by(a);
    double cost = 0;
    std::int64_t left = need;
    for (std::size_t pos = 0; pos < order.size() && left > 0; ++pos) {
        const Ladder& l = ladders[order[pos]];
        if (l.max_gain < left) {
            const Option o = option_at(l, l.max_gain);
            plan.push_back({order[pos], o});
            cost += o.cost;
            left -= o.gain;
            continue;
        }
        // Cover the rest: this criterion, or any later one that covers it more cheaply.
        Option best = option_at(l, left);
        std::size_t best_ladder = order[pos];
        for (std::size_t later = pos + 1; later < order.size(); ++later) {
            const Ladder& other = ladders[order[later]];
            if (other.max_gain < left) continue;
            const Option o = option_at(other, left);
            if (o.cost < best.cost) {
                best = o;
                best_ladder = order[later];
            }
        }
        plan.push_back({best_ladder, best});
        cost += best.cost;
        left = 0;
    }
    return cost;
}

// The whole gains [lo, hi] where the ladder's bound minus λ g is at most `limit`: only
// there can an option cost at most `limit` + λ g. Empty when lo > hi.
std::pair<std::int64_t, std::int64_t> window(const Ladder& l, double lambda, double limit) {
    Segment own[3];
    const int count = bound_segments(l, own);
    double lo = kInfinity, hi = -kInfinity;
    double g = 0, value = 0;  // bound(g) − λ g, piecewise linear and convex
    auto admit = [&](double from, double to) {
        lo = std::min(lo, from);
        hi = std::max(hi, to);
    };
    if (value <= limit) admit(0, 0);
    for (int i = 0; i < count; ++i) {
        const double rise = own[i].slope - lambda;
        const double end = g + own[i].length, end_value = value + rise * own[i].length;
        if (value <= limit && end_value <= limit) admit(g, end);
        else if (value <= limit) admit(g, g + (limit - value) / rise);
        else if (end_value <= limit) admit(g + (limit - value) / rise, end);
        g = end;
        value = end_value;
    }
    if (lo > hi) return {1, 0};
    return {static_cast<std::int64_t>(std::max(0.0, std::floor(lo - 1e-9))),
            static_cast<std::int64_t>(std::min(static_cast<double>(l.max_gain), std::ceil(hi + 1e-9)))};
}

// Makes sure the ladder holds every option with a gain in [lo, hi] (in gain order), none
// past the first that covers `need` alone (any further one costs more for nothing).
void generate(Ladder& l, std::int64_t lo, std::int64_t hi, std::int64_t need) {
    lo = std::max<std::int64_t>(lo, 1);
    if (lo > hi) return;
    const std::size_t before = l.all.size();
    // Level by level: a value is an option at the highest level it reaches, which is
    // the level before the next one that needs more.
    const std::int64_t top_level = l.cents0 + l.max_gain;
    auto add_range = [&](std::int64_t from, std::int64_t to, std::vector<Option>& out) {
        std::int64_t level = l.cents0 + from;
        if (level > top_level) return;
        std::int64_t value = least_value(l, level);
        while (level - l.cents0 <= to && value <= l.top_value) {
            std::int64_t next = level + 1, next_value = 0;
            while (next <= top_level && (next_value = least_value(l, next)) == value) ++next;
            Option o;
            o.gain = next - 1 - l.cents0;
            o.value = value;
            o.cost = cost_of(l, value);
            o.slack = o.cost - l.lambda * static_cast<double>(o.gain) - l.m;
            out.push_back(o);
            if (o.gain >= need) {
                l.covered = true;
                break;
            }
            if (next > top_level) break;
            level = next;
            value = next_value;
        }
    };
    auto extend = [&](std::int64_t lo, std::int64_t hi) {
        if (lo < l.generated_lo) {
            std::vector<Option> head;
            add_range(lo, l.generated_lo - 1, head);
            // A level skipped by a jump may already be the first option generated.
            while (!head.empty() && !l.all.empty() && head.back().gain >= l.all.front().gain) head.pop_back();
            l.all.insert(l.all.begin(), head.begin(), head.end());
            l.generated_lo = lo;
        }
        if (hi > l.generated_hi && !l.covered) {
            const std::int64_t from = l.all.empty() ? l.generated_hi + 1 : std::max(l.generated_hi, l.all.back().gain) + 1;
            add_range(from, hi, l.all);
            l.generated_hi = hi;
        }
    };
    if (l.generated_lo > l.generated_hi) {
        l.all.reserve(static_cast<std::size_t>(std::min(hi - lo + 1, need)) + 1);
        add_range(lo, hi, l.all);
        l.generated_lo = lo;
        l.generated_hi = l.all.empty() ? hi : std::max(hi, l.all.back().gain);
    } else {
        extend(lo, hi);
    }
    if (l.all.size() != before) {
        l.gains.resize(l.all.size());
        for (std::size_t i = 0; i < l.all.size(); ++i) l.gains[i] = l.all[i].gain;
    }
}

// The exact Lagrangian term of each ladder: m = min over its options (and leaving it) of
// cost − λ g. Options far from the bound's choice cannot beat a probe, so only a window is
// generated.
double exact_bound(std::vector<Ladder>& ladders, std::int64_t need, double lambda) {
    double total = lambda * static_cast<double>(need);
    for (Ladder& l : ladders) {
        // bound(g) − λ g is least at a breakpoint; an option there is a first probe.
        Segment own[3];
        const int count = bound_segments(l, own);
        double g = 0, value = 0, best_g = 0, best_value = 0;
        for (int i = 0; i < count; ++i) {
            g += own[i].length;
            value += (own[i].slope - lambda) * own[i].length;
            if (value < best_value) best_value = value, best_g = g;
        }
        double m = 0;  // leaving it as it is
        if (best_g > 0) {
            const Option probe = option_at(l, std::min<std::int64_t>(static_cast<std::int64_t>(best_g), need));
            m = std::min(m, probe.cost - lambda * static_cast<double>(probe.gain));
        }
        l.lambda = lambda;
        const auto [lo, hi] = window(l, lambda, m);
        generate(l, lo, hi, need);
        for (const Option& o : l.all) m = std::min(m, o.cost - lambda * static_cast<double>(o.gain));
        l.m = m;
        for (Option& o : l.all) o.slack = o.cost - lambda * static_cast<double>(o.gain) - m;
        total += m;
    }
    return total;
}

// What one pass of the search may use of a ladder: the raises with slack ≤ gap (generated
// as far as that reaches) in buckets of slack, and the gains it can add — leaving the
// criterion as it is (gain 0, slack −m) among them when that is within the gap too.
void prepare_options(Ladder& l, double gap, std::int64_t need) {
    const auto [lo, hi] = window(l, l.lambda, l.m + gap);
    generate(l, lo, hi, need);
    l.bucket_width = gap > 0 ? gap / kBuckets : 1;
    std::fill(std::begin(l.bucket_start), std::end(l.bucket_start), 0);
    auto bucket_of = [&](double slack) {
        return static_cast<std::size_t>(std::clamp(slack / l.bucket_width, 0.0, static_cast<double>(kBuckets - 1)));
    };
    l.usable = -l.m <= gap + kTie;
    l.usable_lo = l.usable ? 0 : std::numeric_limits<std::int64_t>::max();
    l.usable_hi = 0;
    std::size_t count = 0;
    for (const Option& o : l.all) {
        if (o.slack > gap + kTie) continue;
        ++l.bucket_start[bucket_of(o.slack) + 1];
        ++count;
        l.usable = true;
        l.usable_lo = std::min(l.usable_lo, o.gain);
        l.usable_hi = std::max(l.usable_hi, o.gain);
    }
    if (!l.usable) l.usable_lo = l.usable_hi = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) l.bucket_start[b + 1] += l.bucket_start[b];
    l.by_slack.resize(count);
    std::array<std::int32_t, kBuckets> fill{};
    for (std::size_t i = 0; i < l.all.size(); ++i) {
        if (l.all[i].slack > gap + kTie) continue;
        const std::size_t b = bucket_of(l.all[i].slack);
        l.by_slack[static_cast<std::size_t>(l.bucket_start[b] + fill[b]++)] = static_cast<std::int32_t>(i);
    }
}

// How a state was reached at one ladder: a linked list back through the ladders.
struct Parent {
    std::int32_t state;   // the gain so far (capped at the need)
    std::int32_t before;  // the record of the state before, at the previous ladder; -1 at the start
    std::int32_t option;  // index into the ladder's options; -1: left as it is
    std::int32_t gain;    // this ladder's gain, cents
};

// The search's state over gains 0..need (capped), kept across passes.
struct Search {
    explicit Search(std::size_t need)
        : cost(need + 1, kInfinity), next_cost(need + 1, kInfinity), steps(need + 1, 0), next_steps(need + 1, 0),
          record(need + 1, -1), next_record(need + 1, -1) {}
    std::vector<double> cost, next_cost;
    std::vector<std::int32_t> steps, next_steps;
    std::vector<std::int32_t> record, next_record;  // a state's Parent at the current / next ladder
    std::vector<std::int32_t> alive, touched;
    std::vector<std::vector<Parent>> parents;  // by position in `order`
    std::vector<std::size_t> order;            // the ladders in the order they are placed
    std::vector<std::size_t> criterion;        // by position: the criterion placed there

    void clear_alive() {
        for (const std::int32_t x : alive) cost[static_cast<std::size_t>(x)] = kInfinity;
        alive.clear();
    }

    // Of two ways to the same state at `pos` that tie on effort and steps, the first with
    // gain `gain_a` here after record `a` of the previous ladder: does it give more points
    // than the other to the first criterion, in rubric order, where the two differ? (Both
    // go on the same way from this state, so that decides between the whole plans.)
    bool earlier_gains_more(std::size_t pos, std::int32_t gain_a, std::int32_t a, std::int32_t gain_b,
                            std::int32_t b) const {
        std::size_t first = std::numeric_limits<std::size_t>::max();
        bool a_more = false;
        if (gain_a != gain_b) {
            first = criterion[pos];
            a_more = gain_a > gain_b;
        }
        while (pos-- > 0 && a != b && a >= 0 && b >= 0) {
            const Parent& pa = parents[pos][static_cast<std::size_t>(a)];
            const Parent& pb = parents[pos][static_cast<std::size_t>(b)];
            if (pa.gain != pb.gain && criterion[pos] < first) {
                first = criterion[pos];
                a_more = pa.gain > pb.gain;
            }
            a = pa.before;
            b = pb.before;
        }
        return a_more;
    }
};

// Least-cost plan whose slacks stay within `gap`; false when there is none (try a wider gap).
// Among plans of equal effort: fewer steps, then more points to criteria earlier in the rubric.
bool search(Search& s, std::vector<Ladder>& ladders, std::int64_t need, const Bound& bound, double gap,
            std::vector<Choice>& plan, double& best) {
    const auto n = static_cast<std::size_t>(need);
    for (Ladder& l : ladders) prepare_options(l, gap, need);
    // Narrow ladders first: the wide ones (the criteria at the margin) then meet few states,
    // and each state looks only at the gains that can still end near the need.
    std::vector<double> widths(ladders.size());
    for (std::size_t i = 0; i < ladders.size(); ++i) widths[i] = static_cast<double>(ladders[i].by_slack.size());
    s.order = order_by(widths);
    s.criterion.resize(ladders.size());
    for (std::size_t pos = 0; pos < ladders.size(); ++pos) s.criterion[pos] = ladders[s.order[pos]].criterion;
    s.clear_alive();
    s.parents.resize(ladders.size());
    s.cost[0] = 0;
    s.steps[0] = 0;
    s.record[0] = -1;
    s.alive.push_back(0);
    // The gains the ladders still to come can add within the gap, least and most: a state
    // that cannot reach the need, or must overshoot it by more than the gap allows, is dead.
    std::vector<std::int64_t> rest_lo(ladders.size() + 1, 0), rest_hi(ladders.size() + 1, 0);
    for (std::size_t pos = ladders.size(); pos-- > 0;) {
        const Ladder& l = ladders[s.order[pos]];
        // Nothing usable: the pass will find no plan (every state dies at this ladder).
        rest_lo[pos] = rest_lo[pos + 1] + l.usable_lo;
        rest_hi[pos] = rest_hi[pos + 1] + l.usable_hi;
    }
    const double ceiling = bound.value + gap + kTie;  // no plan costing more is wanted
    double processed_m = 0;
    for (std::size_t pos = 0; pos < ladders.size(); ++pos) {
        const Ladder& l = ladders[s.order[pos]];
        std::vector<Parent>& parent = s.parents[pos];
        parent.clear();
        s.touched.clear();
        auto relax = [&](std::size_t y, double c, std::int32_t st, std::int32_t gain, std::int32_t before,
                         std::int32_t option) {
            const double old = s.next_cost[y];
            if (old == kInfinity) {
                s.touched.push_back(static_cast<std::int32_t>(y));
                s.next_record[y] = static_cast<std::int32_t>(parent.size());
                parent.push_back({static_cast<std::int32_t>(y), before, option, gain});
                s.next_cost[y] = c;
                s.next_steps[y] = st;
                return;
            }
            Parent& p = parent[static_cast<std::size_t>(s.next_record[y])];
            if (c >= old - kTie) {
                if (c > old + kTie || st > s.next_steps[y]) return;
                if (st == s.next_steps[y] && !s.earlier_gains_more(pos, gain, before, p.gain, p.before)) return;
            }
            s.next_cost[y] = c;
            s.next_steps[y] = st;
            p.before = before;
            p.option = option;
            p.gain = gain;
        };
        const Option* const options = l.all.data();
        const std::int32_t* const by_slack = l.by_slack.data();
        const std::vector<std::int64_t>& gains = l.gains;
        const std::int64_t after_lo = rest_lo[pos + 1], after_hi = rest_hi[pos + 1];
        const Option none{0, 0, 0, -l.m};  // leaving the criterion as it is
        auto consider = [&](std::int32_t x, double fx, std::int32_t st, std::int32_t before, double slack,
                            const Option& o, std::int32_t index) {
            const std::int64_t reach = x + o.gain;
            if (reach + after_hi < need) return;
            const std::int64_t overshoot = reach + after_lo - need;
            if (overshoot > 0 && slack + o.slack + bound.lambda * static_cast<double>(overshoot) > gap + kTie) return;
            const std::size_t y = reach >= need ? n : static_cast<std::size_t>(reach);
            const double c = fx + o.cost;
            if (y == n && c > ceiling) return;
            relax(y, c, st + (o.gain > 0 ? 1 : 0), static_cast<std::int32_t>(o.gain), before, index);
        };
        for (const std::int32_t x : s.alive) {
            const auto xi = static_cast<std::size_t>(x);
            const double fx = s.cost[xi];
            const std::int32_t st = s.steps[xi];
            const std::int32_t before = s.record[xi];
            if (xi == n) {
                relax(n, fx, st, 0, before, -1);  // the target is met: nothing more to raise
                continue;
            }
            // Slack so far; a plan's cost is LB + its slacks + λ × its overshoot.
            const double slack = fx - bound.lambda * x - processed_m;
            const double budget = gap - slack + kTie;
            if (budget < 0) continue;
            const auto buckets = std::min<std::size_t>(kBuckets - 1, static_cast<std::size_t>(budget / l.bucket_width)) + 1;
            const auto by_slack_end = static_cast<std::size_t>(l.bucket_start[buckets]);
            const std::int64_t gain_lo = need - x - after_hi;
            std::int64_t gain_hi = std::numeric_limits<std::int64_t>::max();
            if (bound.lambda > 0) gain_hi = need - x - after_lo + static_cast<std::int64_t>(std::floor(budget / bound.lambda));
            const auto first = static_cast<std::size_t>(std::lower_bound(gains.begin(), gains.end(), gain_lo) - gains.begin());
            auto last = static_cast<std::size_t>(std::upper_bound(gains.begin(), gains.end(), gain_hi) - gains.begin());
            if (last < first) last = first;
            // The options to look at: those within the budget, or those whose gain can still
            // end near the need, whichever are fewer (each is checked for both); first of
            // all (k = 0), leaving the criterion as it is. One loop, one copy of its body.
            const bool by_gain = last - first < by_slack_end;
            const std::size_t count = (by_gain ? last - first : by_slack_end) + 1;
            for (std::size_t k = 0; k < count; ++k) {
                const std::size_t i = k == 0 ? 0 : by_gain ? first + k - 1 : static_cast<std::size_t>(by_slack[k - 1]);
                const Option& o = k == 0 ? none : options[i];
                if (o.slack <= budget) consider(x, fx, st, before, slack, o, k == 0 ? -1 : static_cast<std::int32_t>(i));
            }
        }
        processed_m += l.m;
        s.clear_alive();
        s.alive.swap(s.touched);
        for (const std::int32_t y : s.alive) {
            const auto yi = static_cast<std::size_t>(y);
            s.cost[yi] = s.next_cost[yi];
            s.steps[yi] = s.next_steps[yi];
            s.record[yi] = s.next_record[yi];
            s.next_cost[yi] = kInfinity;
        }
        if (s.alive.empty()) return false;
    }
    if (s.cost[n] == kInfinity) return false;
    best = s.cost[n];
    plan.clear();
    std::int32_t at = s.record[n];
    for (std::size_t pos = ladders.size(); pos-- > 0 && at >= 0;) {
        const Parent& p = s.parents[pos][static_cast<std::size_t>(at)];
        const std::size_t index = s.order[pos];
        if (p.option >= 0) plan.push_back({index, ladders[index].all[static_cast<std::size_t>(p.option)]});
        at = p.before;
    }
    return true;
}

// The least-effort choice of options reaching `need` cents (need > 0, reachable).
std::vector<Choice> least_effort(std::vector<Ladder>& ladders, std::int64_t need) {
    Bound bound = lagrangian_bound(ladders, need);
    bound.value = exact_bound(ladders, need, bound.lambda);
    std::vector<Choice> greedy;
    const double upper = greedy_plan(ladders, need, greedy);
    const double full_gap = std::max(0.0, upper - bound.value);
    // Widen the gap until a plan within it is found: such a plan is the least of all.
    // The bound is usually within a hair of the optimum; a narrow gap keeps the search small.
    double gap = std::min(full_gap, 1e-4);
    std::vector<Choice> plan;
    Search s(static_cast<std::size_t>(need));
    while (true) {
        double best = kInfinity;
        const bool found = search(s, ladders, need, bound, gap, plan, best);
        if (found && best <= bound.value + gap + kTie) return plan;
        if (gap >= full_gap) return found ? plan : greedy;
        gap = std::min(full_gap, gap * 4);
    }
}

}  // namespace

LockReason default_lock(const Criterion& criterion, const std::optional<Entry>& entry) {
    if (!criterion.scored() || criterion.measure != Measure::Rate) return LockReason::NotScored;
    if (!entry) return LockReason::NotEntered;
    if (entry->kind == EntryKind::Value) return LockReason::NotScored;
    if (entry->inherited) return LockReason::Inherited;
    if (entry->kind == EntryKind::Counts && entry->denominator == 0) return LockReason::ZeroDenominator;
    return LockReason::None;
}

const char* lock_reason_id(LockReason reason) {
    switch (reason) {
        case LockReason::None: return "none";
        case LockReason::User: return "user";
        case LockReason::NotScored: return "not_scored";
        case LockReason::NotEntered: return "not_entered";
        case LockReason::Inherited: return "inherited";
        case LockReason::ZeroDenominator: return "zero_denominator";
    }
    return "none";
}

double target_total(const Rubric& rubric, const ScoreCard& card, const PlanTarget& target,
                    std::optional<std::size_t>* band) {
    std::optional<std::size_t> chosen;
    double total = card.total;
    switch (target.kind) {
        case PlanTarget::Kind::NextBand:
            if (card.rating > 0) chosen = card.rating - 1;
            break;
        case PlanTarget::Kind::Band:
            if (target.band < rubric.ratings.size()) chosen = target.band;
            break;
        case PlanTarget::Kind::Total:
            total = std::ceil(target.total * 100 - 1e-7) / 100;
            break;
    }
    if (chosen) total = std::ceil(rubric.ratings[*chosen].min * 100 - 1e-7) / 100;
    if (band) *band = chosen;
    return total;
}

TargetPlan plan_target(const Rubric& rubric, const Assessment& assessment, const ScoreCard& card,
                       const PlanRequest& request) {
    TargetPlan plan;
    plan.kind = request.target.kind;
    plan.target = target_total(rubric, card, request.target, &plan.target_band);
    plan.total_before = plan.total_after = card.total;
    plan.rating_before = plan.rating_after = card.rating;

    const CriterionPlanSettings defaults;
    plan.locks.assign(rubric.criteria.size(), LockReason::None);
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        const std::optional<Entry> none;
        const std::optional<Entry>& entry = c < assessment.entries.size() ? assessment.entries[c] : none;
        const CriterionPlanSettings& settings = c < request.criteria.size() ? request.criteria[c] : defaults;
        plan.locks[c] = default_lock(rubric.criteria[c], entry);
        if (plan.locks[c] == LockReason::None && settings.locked) plan.locks[c] = LockReason::User;
    }
    const std::int64_t need = to_cents(plan.target) - to_cents(card.total);
    if (need <= 0) return plan;
    // Tables and states are counted in cents: a rubric worth more than kMaxPlanPoints is
    // not planned (QĐ 766 is worth 100).
    if (!(rubric.max <= kMaxPlanPoints)) {
        plan.reachable = false;
        return plan;
    }

    std::vector<Ladder> ladders;
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        const CriterionPlanSettings& settings = c < request.criteria.size() ? request.criteria[c] : defaults;
        if (plan.locks[c] != LockReason::None || !(settings.weight > 0)) continue;
        Ladder l;
        if (make_ladder(rubric.criteria[c], *assessment.entries[c], card.criteria[c], settings, c, l))
            ladders.push_back(std::move(l));
    }
    std::int64_t reachable = 0;
    for (const Ladder& l : ladders) reachable += l.max_gain;

    std::vector<Choice> choices;
    if (reachable < need) {
        plan.reachable = false;
        for (std::size_t i = 0; i < ladders.size(); ++i) choices.push_back({i, option_at(ladders[i], ladders[i].max_gain)});
    } else {
        choices = least_effort(ladders, need);
    }
    // In rubric order: the ladders are.
    std::vector<const Choice*> by_ladder(ladders.size(), nullptr);
    for (const Choice& choice : choices) by_ladder[choice.ladder] = &choice;
    for (const Choice* chosen : by_ladder) {
        if (chosen == nullptr) continue;
        const Choice& choice = *chosen;
        const Ladder& l = ladders[choice.ladder];
        PlanStep step;
        step.criterion = l.criterion;
        step.from = *assessment.entries[l.criterion];
        step.to = step.from;
        if (l.counts) step.to.numerator = static_cast<double>(choice.option.value);
        else step.to.percent = static_cast<double>(choice.option.value) / 100;
        step.points_before = card.criteria[l.criterion].points;
        step.points_after = score_criterion(rubric.criteria[l.criterion], &step.to).points;
        step.effort = choice.option.cost;
        plan.effort += step.effort;
        plan.steps.push_back(step);
    }
    const ScoreCard after = score(rubric, apply_plan(assessment, plan));
    plan.total_after = after.total;
    plan.rating_after = after.rating;
    return plan;
}

TargetPlan plan_target_with(const Rubric& rubric, const Assessment& assessment, const ScoreCard& card,
                            const PlanRequest& request, const std::vector<std::optional<Entry>>& fixed) {
    Assessment base = assessment;
    PlanRequest rest = request;
    rest.criteria.resize(rubric.criteria.size());
    // Only figures the unit could set count: of the kind entered, for a criterion it may
    // raise, and acceptable figures at that.
    std::vector<bool> own(rubric.criteria.size(), false);
    bool any = false;
    for (std::size_t c = 0; c < fixed.size() && c < rubric.criteria.size(); ++c) {
        const std::optional<Entry>& now = assessment.entries[c];
        if (!fixed[c] || default_lock(rubric.criteria[c], now) != LockReason::None || fixed[c]->kind != now->kind ||
            (now->kind == EntryKind::Counts && fixed[c]->denominator != now->denominator) ||
            check_entry(rubric.criteria[c], *fixed[c]))
            continue;
        own[c] = true;
        base.entries[c] = fixed[c];
        rest.criteria[c].locked = true;
        any = true;
    }
    if (!any) return plan_target(rubric, assessment, card, request);
    // The target as the current figures set it: "the next band" stays the one above today's.
    std::optional<std::size_t> band;
    const double total = target_total(rubric, card, request.target, &band);
    rest.target = band ? PlanTarget::of_band(*band) : PlanTarget::of_total(total);
    TargetPlan plan = plan_target(rubric, base, score(rubric, base), rest);
    plan.kind = request.target.kind;
    plan.target = total;
    plan.target_band = band;
    plan.total_before = card.total;
    plan.rating_before = card.rating;

    std::vector<PlanStep> steps;
    double effort = plan.effort;
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        if (own[c]) {
            // Kept as it is on purpose: as good as locked. Otherwise a step of its own.
            const bool kept = *fixed[c] == *assessment.entries[c];
            plan.locks[c] = kept ? LockReason::User : LockReason::None;
            if (kept) continue;
            PlanStep step;
            step.criterion = c;
            step.from = *assessment.entries[c];
            step.to = *fixed[c];
            step.points_before = card.criteria[c].points;
            step.points_after = score_criterion(rubric.criteria[c], &step.to).points;
            const double weight = c < request.criteria.size() ? request.criteria[c].weight : 1.0;
            const double rise = step.to.kind == EntryKind::Counts
                                    ? (step.to.numerator - step.from.numerator) * 100 / step.from.denominator
                                    : step.to.percent - step.from.percent;
            step.effort = weight * std::max(0.0, rise);
            effort += step.effort;
            steps.push_back(step);
        }
        for (const PlanStep& planned : plan.steps)
            if (planned.criterion == c) steps.push_back(planned);
    }
    plan.steps = std::move(steps);
    plan.effort = effort;
    return plan;
}

TargetPlan plan_target(const Rubric& rubric, const Assessment& assessment, const PlanRequest& request) {
    return plan_target(rubric, assessment, score(rubric, assessment), request);
}

Assessment apply_plan(const Assessment& assessment, const TargetPlan& plan) {
    Assessment out = assessment;
    for (const PlanStep& step : plan.steps)
        if (step.criterion < out.entries.size()) out.entries[step.criterion] = step.to;
    return out;
}

}  // namespace dvcscore
