#include "portal_fields.hpp"

#include <cmath>
#include <cstdint>

namespace dvcscore {
namespace {

std::optional<std::size_t> group_of(const Rubric& rubric, const std::string& code) {
    for (std::size_t g = 0; g < rubric.groups.size(); ++g)
        if (rubric.groups[g].code == code) return g;
    return std::nullopt;
}

std::string group_codes(const Rubric& rubric) {
    std::string codes;
    for (const Group& g : rubric.groups) codes += (codes.empty() ? "" : ", ") + g.code;
    return codes;
}

template <typename J>
J entry_as(const Entry& e) {
    J v = J::object();
    switch (e.kind) {
        case EntryKind::Counts:
            v["numerator"] = static_cast<std::int64_t>(e.numerator);
            v["denominator"] = static_cast<std::int64_t>(e.denominator);
            break;
        case EntryKind::Percent: v["percent"] = e.percent; break;
        case EntryKind::Value: v["value"] = e.value; break;
    }
    if (e.inherited) v["inherited"] = true;
    return v;
}

template <typename J>
void put_fields(J& object, const Rubric& rubric, const PortalData& portal) {
    if (!portal.unit_code.empty()) object["unit_code"] = portal.unit_code;
    if (!portal.level.empty()) object["level"] = portal.level;
    if (!portal.not_scored.empty()) {
        J list = J::object();
        for (const NotScored& n : portal.not_scored)
            if (n.criterion < rubric.criteria.size()) list[rubric.criteria[n.criterion].code] = entry_as<J>(n.entry);
        object["not_scored"] = std::move(list);
    }
    if (portal.published) {
        const Published& p = *portal.published;
        J published = J::object();
        J groups = J::object();
        J details = J::object();
        for (std::size_t g = 0; g < rubric.groups.size(); ++g) {
            if (g < p.groups.size() && p.groups[g]) groups[rubric.groups[g].code] = *p.groups[g];
            if (g < p.details.size() && p.details[g])
                details[rubric.groups[g].code] = J{{"score", p.details[g]->score}, {"source", p.details[g]->source}};
        }
        published["groups"] = std::move(groups);
        published["total"] = p.total ? J(*p.total) : J(nullptr);
        if (!details.empty()) published["details"] = std::move(details);
        object["published"] = std::move(published);
    }
}

// A published score: a finite number, not negative.
std::optional<double> read_score(const Json& object, const PathNode& at, const char* key, JsonChecker& check) {
    const auto x = check.number(object, at, key, true);
    if (x && *x < 0) {
        check.error(at.child(key), "điểm không được âm");
        return std::nullopt;
    }
    return x;
}

void read_published(const Json& v, const PathNode& at, const Rubric& rubric, JsonChecker& check, PortalData& out) {
    if (!check.is_object(v, at)) return;
    check.only_known(v, at, {"groups", "total", "details"});
    Published p = Published::none(rubric);
    if (const Json* groups = check.member(v, at, "groups", false)) {
        const PathNode here = at.child("groups");
        if (check.is_object(*groups, here)) {
            for (auto it = groups->begin(); it != groups->end(); ++it) {
                const auto g = group_of(rubric, it.key());
                if (!g) {
                    check.error(here.child(it.key()), "không có nhóm \"" + it.key() + "\" trong bộ " + rubric.id +
                                                          " (các nhóm: " + group_codes(rubric) + ")");
                    continue;
                }
                p.groups[*g] = read_score(*groups, here, it.key().c_str(), check);
            }
        }
    }
    if (const Json* total = check.member(v, at, "total", false); total && !total->is_null())
        p.total = read_score(v, at, "total", check);
    if (const Json* details = check.member(v, at, "details", false)) {
        const PathNode here = at.child("details");
        if (check.is_object(*details, here)) {
            for (auto it = details->begin(); it != details->end(); ++it) {
                const PathNode item = here.child(it.key());
                const auto g = group_of(rubric, it.key());
                if (!g) {
                    check.error(item, "không có nhóm \"" + it.key() + "\" trong bộ " + rubric.id + " (các nhóm: " +
                                          group_codes(rubric) + ")");
                    continue;
                }
                if (!check.is_object(*it, item)) continue;
                check.only_known(*it, item, {"score", "source"});
                const auto score = read_score(*it, item, "score", check);
                const auto source = check.string(*it, item, "source", true);
                if (score && source) p.details[*g] = PublishedScore{*score, *source};
            }
        }
    }
    out.published = std::move(p);
}

void read_not_scored(const Json& v, const PathNode& at, const Rubric& rubric, JsonChecker& check, PortalData& out) {
    if (!check.is_object(v, at)) return;
    std::vector<std::optional<Entry>> by_criterion(rubric.criteria.size());
    for (auto it = v.begin(); it != v.end(); ++it) {
        const PathNode here = at.child(it.key());
        const auto index = rubric.find_criterion(it.key());
        if (!index) {
            check.error(here, "không có chỉ tiêu mã \"" + it.key() + "\" trong bộ " + rubric.id);
            continue;
        }
        by_criterion[*index] = read_entry_json(*it, here, rubric.criteria[*index], check, false);
    }
    for (std::size_t c = 0; c < by_criterion.size(); ++c)
        if (by_criterion[c]) out.not_scored.push_back(NotScored{c, *by_criterion[c]});
}

}  // namespace

OrderedJson entry_json(const Entry& entry) { return entry_as<OrderedJson>(entry); }

void put_portal_fields(OrderedJson& object, const Rubric& rubric, const PortalData& portal) {
    put_fields(object, rubric, portal);
}

void put_portal_fields(Json& object, const Rubric& rubric, const PortalData& portal) {
    put_fields(object, rubric, portal);
}

std::optional<Entry> read_entry_json(const Json& v, const PathNode& at, const Criterion& criterion, JsonChecker& check,
                                     bool scored) {
    if (!check.is_object(v, at)) return std::nullopt;
    const std::size_t errors_before = check.error_count();
    check.only_known(v, at, {"numerator", "denominator", "percent", "value", "inherited"});
    const bool counts = v.contains("numerator") || v.contains("denominator");
    const bool percent = v.contains("percent");
    const bool value = v.contains("value");
    if (int(counts) + int(percent) + int(value) != 1) {
        check.error(at, counts + percent + value == 0 ? "cần {\"numerator\", \"denominator\"}, {\"percent\"} hoặc {\"value\"}"
                                                      : "chỉ dùng một dạng: tử số/mẫu số, percent hoặc value");
        return std::nullopt;
    }
    Entry e;
    if (counts) {
        const auto n = check.number(v, at, "numerator", true);
        const auto d = check.number(v, at, "denominator", true);
        if (!n || !d) return std::nullopt;
        e = Entry::counts(*n, *d);
    } else if (percent) {
        const auto p = check.number(v, at, "percent", true);
        if (!p) return std::nullopt;
        e = Entry::of_percent(*p);
    } else {
        const auto x = check.number(v, at, "value", true);
        if (!x) return std::nullopt;
        e = Entry::of_value(*x);
    }
    e.inherited = check.boolean(v, at, "inherited", false).value_or(false);
    const auto problem = scored ? check_entry(criterion, e) : check_entry_figures(criterion, e);
    if (problem) {
        check.error(v.contains(problem->field) ? at.child(problem->field) : at, problem->message);
        return std::nullopt;
    }
    if (!scored && !check_entry(criterion, e)) {
        check.error(at, "số liệu này tính điểm được: ghi vào \"values\", không phải \"not_scored\"");
        return std::nullopt;
    }
    if (check.error_count() != errors_before) return std::nullopt;
    return e;
}

void read_portal_fields(const Json& object, const PathNode& at, const Rubric& rubric, JsonChecker& check,
                        PortalData& out) {
    out.unit_code = check.string(object, at, "unit_code", false).value_or("");
    out.level = check.string(object, at, "level", false).value_or("");
    if (const Json* published = check.member(object, at, "published", false))
        read_published(*published, at.child("published"), rubric, check, out);
    if (const Json* not_scored = check.member(object, at, "not_scored", false))
        read_not_scored(*not_scored, at.child("not_scored"), rubric, check, out);
}

Diagnostics read_portal_fields(const Json& object, const PathNode& at, const Rubric& rubric, PortalData& out) {
    Diagnostics errors;
    JsonChecker check({}, {}, 1, errors);
    read_portal_fields(object, at, rubric, check, out);
    for (Diagnostic& d : errors) d.line = 0;
    return errors;
}

}  // namespace dvcscore
