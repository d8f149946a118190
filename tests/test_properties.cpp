// Properties over thousands of generated assessments (fixed seed): bounds, sums to the
// cent, and points that never fall when a rate rises — under both rate rules: the built-in
// rubric (MDSH and MDHL unrounded), and qd766 with every group shown-percent or unrounded.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/rounding.hpp"
#include "core/score.hpp"
#include "support.hpp"

using namespace dvcscore;
using test_support::cents;

namespace {

const Rubric& qd766() { return default_rubric(); }

// Each property runs on each of these.
const std::vector<Rubric>& rubrics() {
    static const std::vector<Rubric> all = {qd766(), test_support::qd766_rate_everywhere("shown_percent"),
                                            test_support::qd766_rate_everywhere("unrounded")};
    return all;
}

const char* rules_of(const Rubric& rubric) {
    if (rubric.criteria.front().rate != rubric.criteria.back().rate) return "built-in (both rules)";
    return rate_rule_id(rubric.criteria.front().rate);
}

class Generator {
public:
    explicit Generator(std::uint32_t seed) : random_(seed) {}

    std::uint64_t below(std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(random_); }
    bool chance(int percent) { return below(100) < static_cast<std::uint64_t>(percent); }

    std::optional<Entry> entry_for(const Criterion& c) {
        if (chance(10)) return std::nullopt;  // not entered
        if (c.measure == Measure::Value) return Entry::of_value(static_cast<double>(below(10000)) / 100);
        if (chance(10)) return Entry::counts(0, 0);
        if (chance(50)) return counts();
        return Entry::of_percent(percent());
    }

    Entry counts() {
        static const std::uint64_t scales[] = {10, 1000, 1000000, 1000000000000ull, 9007199254740992ull};
        const std::uint64_t d = 1 + below(scales[below(5)]);
        const std::uint64_t n = chance(5) ? d : below(d + 1);
        return Entry::counts(static_cast<double>(n), static_cast<double>(d));
    }

    // Percentages as people type them: 0 to 3 decimals.
    double percent() {
        switch (below(4)) {
            case 0: return static_cast<double>(below(101));
            case 1: return static_cast<double>(below(1001)) / 10;
            case 2: return static_cast<double>(below(10001)) / 100;
            default: return static_cast<double>(below(100001)) / 1000;
        }
    }

    Assessment assessment(const Rubric& rubric) {
        Assessment a = Assessment::blank(rubric);
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c) a.entries[c] = entry_for(rubric.criteria[c]);
        return a;
    }

private:
    std::mt19937 random_;
};

// Exact comparison of two rates n1/d1 < n2/d2 (denominators > 0).
bool rate_less(const Entry& a, const Entry& b) {
    const auto lhs = static_cast<uint128>(a.numerator) * static_cast<uint128>(b.denominator);
    const auto rhs = static_cast<uint128>(b.numerator) * static_cast<uint128>(a.denominator);
    return lhs < rhs;
}

const char* band_by_spec(double total) {
    if (total >= 90) return "xuat_sac";
    if (total >= 80) return "tot";
    if (total >= 70) return "kha";
    if (total >= 50) return "trung_binh";
    return "yeu";
}

// Every invariant of one score card; returns false (after reporting) on the first breach.
bool invariants_hold(const Rubric& rubric, const Assessment& a, const ScoreCard& card) {
    std::vector<std::int64_t> group_cents(rubric.groups.size(), 0);
    for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
        const Criterion& criterion = rubric.criteria[c];
        const double p = card.criteria[c].points;
        if (!(p >= 0 && p <= criterion.max) || p != static_cast<double>(cents(p)) / 100) {
            FAIL_CHECK(criterion.code << ": points " << p << " out of [0, " << criterion.max << "] or not 2-decimal");
            return false;
        }
        if (card.criteria[c].entered != a.entries[c].has_value()) {
            FAIL_CHECK(criterion.code << ": entered flag disagrees with the form");
            return false;
        }
        group_cents[criterion.group] += cents(p);
    }
    std::int64_t total_cents = 0;
    for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
        const double score = card.groups[g];
        if (!(score >= 0 && score <= rubric.groups[g].max) || cents(score) != group_cents[g] ||
            score != static_cast<double>(group_cents[g]) / 100) {
            FAIL_CHECK(rubric.groups[g].code << ": score " << score << ", criteria add to " << group_cents[g] << " cents");
            return false;
        }
        total_cents += group_cents[g];
    }
    for (std::size_t d = 0; d < rubric.decision_groups.size(); ++d) {
        std::int64_t sum = 0;
        for (std::size_t g : rubric.decision_groups[d].groups) sum += group_cents[g];
        if (cents(card.decision_groups[d]) != sum) {
            FAIL_CHECK("decision group " << rubric.decision_groups[d].code << " is not the sum of its groups");
            return false;
        }
    }
    if (!(card.total >= 0 && card.total <= 100) || cents(card.total) != total_cents ||
        card.total != static_cast<double>(total_cents) / 100) {
        FAIL_CHECK("total " << card.total << ", groups add to " << total_cents << " cents");
        return false;
    }
    if (rubric.ratings[card.rating].id != band_by_spec(card.total)) {
        FAIL_CHECK("total " << card.total << " rated " << rubric.ratings[card.rating].id);
        return false;
    }
    return true;
}

// The same form with criterion `c`'s rate raised; false when it cannot rise.
bool raise_rate(Generator& gen, const Criterion& criterion, std::optional<Entry>& entry) {
    if (criterion.measure != Measure::Rate) return false;
    if (!entry) {
        entry = gen.chance(50) ? gen.counts() : Entry::of_percent(gen.percent());
        return true;
    }
    if (entry->kind == EntryKind::Percent) {
        if (entry->percent >= 100) return false;
        entry->percent = std::min(100.0, entry->percent + static_cast<double>(1 + gen.below(3000)) / 1000);
        return true;
    }
    if (entry->denominator == 0 || entry->numerator >= entry->denominator) return false;
    const auto room = static_cast<std::uint64_t>(entry->denominator - entry->numerator);
    entry->numerator += static_cast<double>(1 + gen.below(gen.chance(50) ? std::min<std::uint64_t>(room, 3) : room));
    return true;
}

}  // namespace

TEST_CASE("properties: bounds and sums to the cent over 5000 random assessments", "[properties]") {
    for (const Rubric& rubric : rubrics()) {
        Generator gen(766);
        for (int i = 0; i < 5000; ++i) {
            const Assessment a = gen.assessment(rubric);
            const ScoreCard card = score(rubric, a);
            if (!invariants_hold(rubric, a, card)) {
                INFO(rules_of(rubric) << ", assessment #" << i);
                FAIL("invariant broken");
            }
        }
    }
}

TEST_CASE("properties: raising any rate never lowers its points, its group or the total", "[properties]") {
    for (const Rubric& rubric : rubrics()) {
        Generator gen(2022);
        int raised = 0;
        for (int i = 0; i < 5000; ++i) {
            const Assessment before = gen.assessment(rubric);
            const ScoreCard card_before = score(rubric, before);
            for (int k = 0; k < 3; ++k) {
                const std::size_t c = gen.below(rubric.criteria.size());
                const Criterion& criterion = rubric.criteria[c];
                Assessment after = before;
                if (!raise_rate(gen, criterion, after.entries[c])) continue;
                ++raised;
                const ScoreCard card_after = score(rubric, after);
                REQUIRE(invariants_hold(rubric, after, card_after));
                INFO(rules_of(rubric) << ", assessment #" << i << ", " << criterion.code);
                CHECK(card_after.criteria[c].points >= card_before.criteria[c].points);
                CHECK(card_after.groups[criterion.group] >= card_before.groups[criterion.group]);
                CHECK(card_after.total >= card_before.total);
            }
        }
        CHECK(raised > 5000);
    }
}

TEST_CASE("properties: points are monotone in the percent, hundredth by hundredth", "[properties]") {
    for (const Rubric& rubric : rubrics()) {
        for (const Criterion& c : rubric.criteria) {
            if (!c.scored()) continue;
            double last = -1;
            for (int h = 0; h <= 10000; ++h) {
                const Entry e = Entry::of_percent(h / 100.0);
                const double p = score_criterion(c, &e).points;
                if (p < last) FAIL_CHECK(rules_of(rubric) << ": " << c.code << " falls from " << last << " to " << p << " at " << h / 100.0 << " %");
                last = p;
            }
            CHECK(last == c.max);
        }
    }
}

TEST_CASE("properties: points are monotone in the rate across all fractions with denominators up to 60",
          "[properties]") {
    std::vector<Entry> fractions;
    for (int d = 1; d <= 60; ++d)
        for (int n = 0; n <= d; ++n) fractions.push_back(Entry::counts(n, d));
    std::stable_sort(fractions.begin(), fractions.end(), rate_less);
    for (const Rubric& rubric : rubrics()) {
        for (const Criterion& c : rubric.criteria) {
            if (!c.scored()) continue;
            double last = -1;
            for (const Entry& e : fractions) {
                const double p = score_criterion(c, &e).points;
                if (p < last) FAIL_CHECK(rules_of(rubric) << ": " << c.code << " falls to " << p << " at " << e.numerator << "/" << e.denominator);
                last = p;
            }
        }
    }
}

TEST_CASE("properties: a higher rate in any form never scores less, counts against percent", "[properties]") {
    for (const Rubric& rubric : rubrics()) {
        Generator gen(93);
        for (int i = 0; i < 20000; ++i) {
            const Criterion& c = rubric.criteria[gen.below(rubric.criteria.size())];
            if (!c.scored()) continue;
            const Entry counted = gen.counts();
            const double typed = gen.percent();
            const Entry percent = Entry::of_percent(typed);
            const double p_counts = score_criterion(c, &counted).points;
            const double p_percent = score_criterion(c, &percent).points;
            // Exact: n/d·100 < typed  ⇔  n·100·1000 < typed·1000·d, typed has ≤ 3 decimals.
            const auto typed_thousandths = static_cast<uint128>(std::llround(typed * 1000));
            const auto lhs = static_cast<uint128>(counted.numerator) * 100000u;
            const auto rhs = typed_thousandths * static_cast<uint128>(counted.denominator);
            INFO(rules_of(rubric) << ", " << c.code << ": " << counted.numerator << "/" << counted.denominator << " vs "
                                  << typed << " %");
            if (lhs < rhs) CHECK(p_counts <= p_percent);
            if (lhs > rhs) CHECK(p_counts >= p_percent);
        }
    }
}
