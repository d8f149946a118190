#include "reconcile.hpp"

#include <algorithm>
#include <cmath>

#include "json_writer.hpp"
#include "portal_import.hpp"
#include "rounding.hpp"
#include "score.hpp"

namespace dvcscore {
namespace {

// Whole cents: published figures have two decimals, computed ones are rounded to them.
long long cents(double x) { return std::llround(round_half_up_2dp(x) * 100); }

int rank(ReconcileStatus status) {
    switch (status) {
        case ReconcileStatus::Differs: return 0;
        case ReconcileStatus::Match: return 1;
        case ReconcileStatus::NotCheckable: return 2;
    }
    return 2;
}

}  // namespace

const char* status_name(ReconcileStatus status) {
    switch (status) {
        case ReconcileStatus::Match: return "match";
        case ReconcileStatus::Differs: return "differs";
        case ReconcileStatus::NotCheckable: return "not_checkable";
    }
    return "";
}

Reconciliation reconcile(const Rubric& rubric, const std::vector<Assessment>& assessments) {
    Reconciliation out;
    for (std::size_t i = 0; i < assessments.size(); ++i) {
        const Assessment& a = assessments[i];
        if (!a.portal.published) continue;
        const Published& p = *a.portal.published;
        const ScoreCard card = score(rubric, a);

        // The scored criteria without figures, by group and for the whole rubric.
        std::vector<std::vector<std::size_t>> missing(rubric.groups.size());
        std::vector<std::size_t> missing_all;
        for (std::size_t c = 0; c < rubric.criteria.size(); ++c) {
            if (!rubric.criteria[c].scored() || (c < a.entries.size() && a.entries[c])) continue;
            missing[rubric.criteria[c].group].push_back(c);
            missing_all.push_back(c);
        }
        auto row = [&](std::optional<std::size_t> group, std::string source, double published) {
            ReconcileRow r;
            r.assessment = i;
            r.group = group;
            r.source = std::move(source);
            r.published = published;
            r.missing = group ? missing[*group] : missing_all;
            for (const NotScored& n : a.portal.not_scored)
                if (std::find(r.missing.begin(), r.missing.end(), n.criterion) != r.missing.end())
                    r.not_scored.push_back(n.criterion);
            if (r.missing.empty()) {
                r.computed = group ? card.groups[*group] : card.total;
                r.status = cents(*r.computed) == cents(published) ? ReconcileStatus::Match : ReconcileStatus::Differs;
            }
            out.rows.push_back(std::move(r));
        };
        for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
            if (g < p.groups.size() && p.groups[g]) row(g, kHeadlineSource, *p.groups[g]);
            if (g < p.details.size() && p.details[g]) row(g, p.details[g]->source, p.details[g]->score);
        }
        if (p.total) row(std::nullopt, kHeadlineSource, *p.total);
    }
    std::stable_sort(out.rows.begin(), out.rows.end(),
                     [](const ReconcileRow& x, const ReconcileRow& y) { return rank(x.status) < rank(y.status); });
    for (const ReconcileRow& r : out.rows) {
        if (r.status == ReconcileStatus::Match) ++out.matches;
        else if (r.status == ReconcileStatus::Differs) ++out.differences;
        else ++out.not_checkable;
    }
    return out;
}

std::string reconciliation_json(const Rubric& rubric, const std::vector<Assessment>& assessments,
                                const Reconciliation& reconciliation, int indent) {
    std::string text;
    JsonWriter out(text, indent);
    out.begin_array();
    for (const ReconcileRow& r : reconciliation.rows) {
        const Assessment& a = assessments[r.assessment];
        out.begin_object();
        out.key("unit").string(a.unit);
        out.key("unit_code");
        if (a.portal.unit_code.empty()) out.null();
        else out.string(a.portal.unit_code);
        out.key("period").string(a.period);
        out.key("group").string(r.group ? rubric.groups[*r.group].code : "total");
        out.key("source").string(r.source);
        out.key("published").number(r.published);
        out.key("computed");
        if (r.computed) out.number(*r.computed);
        else out.null();
        out.key("difference");
        if (r.computed) out.number(static_cast<double>(cents(*r.computed) - cents(r.published)) / 100);
        else out.null();
        out.key("status").string(status_name(r.status));
        if (r.status == ReconcileStatus::NotCheckable) {
            out.key("missing").begin_array();
            for (std::size_t c : r.missing) out.string(rubric.criteria[c].code);
            out.end_array();
            out.key("not_scored").begin_array();
            for (std::size_t c : r.not_scored) out.string(rubric.criteria[c].code);
            out.end_array();
        }
        out.end_object();
    }
    out.end_array();
    return text;
}

}  // namespace dvcscore
