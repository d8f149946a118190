#include "workspace.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/json_text.hpp"
#include "core/portal_fields.hpp"

namespace dvcscore::app {
namespace {

constexpr const char* kWorkspaceFormat = "dvcscore-workspace/1";

const char* mode_name(InputMode mode) {
    switch (mode) {
        case InputMode::Counts: return "counts";
        case InputMode::Percent: return "percent";
        case InputMode::Value: return "value";
    }
    return "counts";
}

std::optional<InputMode> mode_of(const std::string& name) {
    if (name == "counts") return InputMode::Counts;
    if (name == "percent") return InputMode::Percent;
    if (name == "value") return InputMode::Value;
    return std::nullopt;
}

// The draft's what-if as the autosave keeps it: only what differs from the defaults.
// {"target": "next" | {"band": id} | {"total": text}, "criteria": {CODE: {"locked",
// "weight", "ceiling", "target"}}}; absent (old autosaves) means the defaults.
Json scenario_json(const Rubric& rubric, const PlanScenario& s) {
    Json out = Json::object();
    switch (s.kind) {
        case PlanTarget::Kind::NextBand: out["target"] = "next"; break;
        case PlanTarget::Kind::Band: out["target"] = {{"band", s.band}}; break;
        case PlanTarget::Kind::Total: out["target"] = {{"total", s.total}}; break;
    }
    Json criteria = Json::object();
    for (std::size_t c = 0; c < s.criteria.size() && c < rubric.criteria.size(); ++c) {
        const ScenarioCriterion& sc = s.criteria[c];
        if (sc.is_default()) continue;
        Json item = Json::object();
        if (sc.locked) item["locked"] = true;
        if (sc.weight != 1) item["weight"] = sc.weight;
        if (!sc.ceiling.empty()) item["ceiling"] = sc.ceiling;
        if (!sc.target.empty()) item["target"] = sc.target;
        criteria[rubric.criteria[c].code] = std::move(item);
    }
    if (!criteria.empty()) out["criteria"] = std::move(criteria);
    return out;
}

// The string member `key` of `object`, or "" (the saved file is ours; odd members are ignored).
std::string text_of(const Json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Whether a person typed anything for a criterion (a mode switched alone is nothing).
bool typed_anything(const CriterionInput& in) {
    return !in.numerator.empty() || !in.denominator.empty() || !in.percent.empty() || !in.value.empty() || in.inherited;
}

// Whether texts typed in this mode can go on being a criterion's: a value stays a value.
bool fits(const Criterion& criterion, const CriterionInput& in) {
    return (in.mode == InputMode::Value) == (criterion.measure == Measure::Value);
}

// A criterion's texts read back from the autosave (the mode already checked).
CriterionInput input_of(const Json& item, InputMode mode) {
    CriterionInput in;
    in.mode = mode;
    in.numerator = text_of(item, "numerator");
    in.denominator = text_of(item, "denominator");
    in.percent = text_of(item, "percent");
    in.value = text_of(item, "value");
    const auto inherited = item.find("inherited");
    in.inherited = inherited != item.end() && inherited->is_boolean() && inherited->get<bool>();
    return in;
}

// A criterion's texts as the autosave keeps them.
Json input_json(const CriterionInput& in) {
    Json item = {{"mode", mode_name(in.mode)}};
    if (!in.numerator.empty()) item["numerator"] = in.numerator;
    if (!in.denominator.empty()) item["denominator"] = in.denominator;
    if (!in.percent.empty()) item["percent"] = in.percent;
    if (!in.value.empty()) item["value"] = in.value;
    if (in.inherited) item["inherited"] = true;
    return item;
}

}  // namespace

Draft Draft::blank(const Rubric& rubric) {
    Draft d;
    d.inputs.resize(rubric.criteria.size());
    for (std::size_t c = 0; c < d.inputs.size(); ++c) d.inputs[c].mode = Form::default_mode(rubric.criteria[c]);
    return d;
}

Draft Draft::of_form(const Form& form) { return Draft{form.unit, form.period, form.inputs, form.portal, form.scenario, {}}; }

Draft Draft::for_rubric(const Rubric& from, const Rubric& to) const {
    Draft out = blank(to);
    out.unit = unit;
    out.period = period;
    out.set_aside = set_aside;
    for (std::size_t c = 0; c < from.criteria.size() && c < inputs.size(); ++c) {
        if (!typed_anything(inputs[c])) continue;
        const auto t = to.find_criterion(from.criteria[c].code);
        if (t && fits(to.criteria[*t], inputs[c])) out.inputs[*t] = inputs[c];
        else out.set_aside[from.criteria[c].code] = inputs[c];
    }
    for (auto it = out.set_aside.begin(); it != out.set_aside.end();) {
        const auto t = to.find_criterion(it->first);
        if (t && fits(to.criteria[*t], it->second) && !typed_anything(out.inputs[*t])) {
            out.inputs[*t] = it->second;
            it = out.set_aside.erase(it);
        } else {
            ++it;
        }
    }

    out.scenario.kind = scenario.kind;
    out.scenario.band = scenario.band;
    out.scenario.total = scenario.total;
    if (scenario.kind == PlanTarget::Kind::Band) {
        bool known = false;
        for (const RatingBand& b : to.ratings) known = known || b.id == scenario.band;
        if (!known) out.scenario = PlanScenario{};  // a band this rubric lacks: the next one
    }
    if (!scenario.criteria.empty()) {
        out.scenario.criteria.assign(to.criteria.size(), ScenarioCriterion{});
        for (std::size_t c = 0; c < from.criteria.size() && c < scenario.criteria.size(); ++c)
            if (const auto t = to.find_criterion(from.criteria[c].code)) out.scenario.criteria[*t] = scenario.criteria[c];
    }

    out.portal.unit_code = portal.unit_code;
    out.portal.level = portal.level;
    if (portal.published) {
        Published p = Published::none(to);
        p.total = portal.published->total;
        for (std::size_t g = 0; g < from.groups.size(); ++g)
            for (std::size_t h = 0; h < to.groups.size(); ++h) {
                if (to.groups[h].code != from.groups[g].code) continue;
                if (g < portal.published->groups.size()) p.groups[h] = portal.published->groups[g];
                if (g < portal.published->details.size()) p.details[h] = portal.published->details[g];
            }
        if (!p.empty()) out.portal.published = std::move(p);
    }
    for (const NotScored& n : portal.not_scored) {
        if (n.criterion >= from.criteria.size()) continue;
        const auto t = to.find_criterion(from.criteria[n.criterion].code);
        if (t && !check_entry_figures(to.criteria[*t], n.entry)) out.portal.not_scored.push_back({*t, n.entry});
    }
    std::sort(out.portal.not_scored.begin(), out.portal.not_scored.end(),
              [](const NotScored& a, const NotScored& b) { return a.criterion < b.criterion; });
    return out;
}

void Draft::into_form(Form& form) const {
    form.unit = unit;
    form.period = period;
    form.inputs = inputs;
    form.portal = portal;
    form.scenario = scenario;
    form.recompute();
}

std::string Draft::title() const {
    if (unit.empty() && period.empty()) return "(chưa đặt tên)";
    if (period.empty()) return unit;
    if (unit.empty()) return "(chưa ghi đơn vị) — " + period;
    return unit + " — " + period;
}

Workspace::Workspace(const Rubric& rubric) : rubric_(&rubric) { drafts.push_back(Draft::blank(rubric)); }

std::size_t Workspace::add(Draft draft) {
    drafts.push_back(std::move(draft));
    return drafts.size() - 1;
}

std::size_t Workspace::duplicate(std::size_t index) {
    if (index >= drafts.size()) return current;
    Draft copy = drafts[index];
    copy.period = copy.period.empty() ? "(bản sao)" : copy.period + " (bản sao)";
    drafts.insert(drafts.begin() + static_cast<std::ptrdiff_t>(index) + 1, std::move(copy));
    if (current > index) ++current;
    return index + 1;
}

void Workspace::remove(std::size_t index) {
    if (index >= drafts.size()) return;
    removed_ = Removed{drafts[index], index};
    drafts.erase(drafts.begin() + static_cast<std::ptrdiff_t>(index));
    if (drafts.empty()) drafts.push_back(Draft::blank(*rubric_));
    if (current > index || current >= drafts.size()) current = current > 0 ? current - 1 : 0;
}

std::string Workspace::removed_title() const { return removed_ ? removed_->draft.title() : std::string(); }

bool Workspace::undo_remove() {
    if (!removed_) return false;
    const std::size_t at = std::min(removed_->index, drafts.size());
    drafts.insert(drafts.begin() + static_cast<std::ptrdiff_t>(at), std::move(removed_->draft));
    if (current >= at && drafts.size() > 1) ++current;
    current = at;
    removed_.reset();
    return true;
}

std::string Workspace::to_json() const {
    Json doc;
    doc["format"] = kWorkspaceFormat;
    doc["rubric"] = rubric_->id;
    if (rubric_file) doc["rubric_file"] = {{"name", rubric_file->name}, {"text", rubric_file->text}};
    doc["current"] = current;
    Json list = Json::array();
    for (const Draft& d : drafts) {
        Json inputs = Json::object();
        for (std::size_t c = 0; c < d.inputs.size() && c < rubric_->criteria.size(); ++c) {
            const CriterionInput& in = d.inputs[c];
            const bool default_mode = in.mode == Form::default_mode(rubric_->criteria[c]);
            if (default_mode && in.numerator.empty() && in.denominator.empty() && in.percent.empty() && in.value.empty() &&
                !in.inherited)
                continue;
            inputs[rubric_->criteria[c].code] = input_json(in);
        }
        Json item = {{"unit", d.unit}, {"period", d.period}, {"inputs", std::move(inputs)}};
        if (!d.set_aside.empty()) {
            Json aside = Json::object();
            for (const auto& [code, in] : d.set_aside) aside[code] = input_json(in);
            item["set_aside"] = std::move(aside);
        }
        put_portal_fields(item, *rubric_, d.portal);
        if (!d.scenario.is_default()) item["scenario"] = scenario_json(*rubric_, d.scenario);
        list.push_back(std::move(item));
    }
    doc["drafts"] = std::move(list);
    return doc.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Diagnostics Workspace::read_scenario(const Json& item, const std::string& at, PlanScenario& out) const {
    auto problem = [&](const std::string& path, const std::string& message) {
        Diagnostic d;
        d.path = at + ".scenario" + path;
        d.message = message;
        return Diagnostics{d};
    };
    out = PlanScenario{};
    const auto found = item.find("scenario");
    if (found == item.end()) return {};  // saved before the what-if: the defaults
    const Json& s = *found;
    if (!s.is_object()) return problem("", "phải là một đối tượng");
    if (const auto target = s.find("target"); target != s.end()) {
        if (target->is_string() && target->get<std::string>() == "next") {
            out.kind = PlanTarget::Kind::NextBand;
        } else if (target->is_object() && target->contains("band") && target->at("band").is_string()) {
            out.kind = PlanTarget::Kind::Band;
            out.band = target->at("band").get<std::string>();
        } else if (target->is_object() && target->contains("total") && target->at("total").is_string()) {
            out.kind = PlanTarget::Kind::Total;
            out.total = target->at("total").get<std::string>();
        } else {
            return problem(".target", "mục tiêu không hợp lệ");
        }
    }
    out.criteria.assign(rubric_->criteria.size(), ScenarioCriterion{});
    if (const auto criteria = s.find("criteria"); criteria != s.end()) {
        if (!criteria->is_object()) return problem(".criteria", "phải là một đối tượng");
        for (auto it = criteria->begin(); it != criteria->end(); ++it) {
            const auto c = rubric_->find_criterion(it.key());
            if (!c || !it->is_object()) return problem(".criteria." + it.key(), "chỉ tiêu không có trong bộ tiêu chí");
            ScenarioCriterion& sc = out.criteria[*c];
            if (const auto locked = it->find("locked"); locked != it->end() && locked->is_boolean()) sc.locked = locked->get<bool>();
            if (const auto weight = it->find("weight"); weight != it->end()) {
                if (!weight->is_number() || !(weight->get<double>() > 0))
                    return problem(".criteria." + it.key() + ".weight", "trọng số phải là số lớn hơn 0");
                sc.weight = weight->get<double>();
            }
            sc.ceiling = text_of(*it, "ceiling");
            sc.target = text_of(*it, "target");
        }
    }
    return {};
}

Diagnostics Workspace::load_json(std::string_view text) {
    auto problem = [](std::string path, std::string message) {
        Diagnostic d;
        d.path = std::move(path);
        d.message = std::move(message);
        return Diagnostics{d};
    };
    JsonRead read = read_json(text);
    if (read.error) return {*read.error};
    const Json& doc = read.value;
    if (!doc.is_object()) return problem("$", "không phải dữ liệu lưu của dvcscore");
    if (text_of(doc, "format") != kWorkspaceFormat)
        return problem("$.format", "phiên bản dữ liệu lưu \"" + text_of(doc, "format") + "\" không được hỗ trợ (cần \"" +
                                       kWorkspaceFormat + "\")");
    if (text_of(doc, "rubric") != rubric_->id)
        return problem("$.rubric", "dữ liệu lưu theo bộ tiêu chí \"" + text_of(doc, "rubric") + "\", không phải \"" +
                                       rubric_->id + "\"");
    const auto list = doc.find("drafts");
    if (list == doc.end() || !list->is_array() || list->empty()) return problem("$.drafts", "không có đánh giá nào");

    std::vector<Draft> loaded;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        const std::string at = "$.drafts[" + std::to_string(i) + "]";
        if (!item.is_object()) return problem(at, "phải là một đối tượng");
        Draft d = Draft::blank(*rubric_);
        d.unit = text_of(item, "unit");
        d.period = text_of(item, "period");
        const auto inputs = item.find("inputs");
        if (inputs != item.end() && inputs->is_object()) {
            for (auto it = inputs->begin(); it != inputs->end(); ++it) {
                const auto c = rubric_->find_criterion(it.key());
                if (!c || !it->is_object()) return problem(at + ".inputs." + it.key(), "chỉ tiêu không có trong bộ tiêu chí");
                CriterionInput& in = d.inputs[*c];
                const auto mode = mode_of(text_of(*it, "mode"));
                if (!mode) return problem(at + ".inputs." + it.key() + ".mode", "cách nhập không hợp lệ");
                const bool value_criterion = rubric_->criteria[*c].measure == Measure::Value;
                if ((*mode == InputMode::Value) != value_criterion)
                    return problem(at + ".inputs." + it.key() + ".mode", "cách nhập không hợp với chỉ tiêu");
                in = input_of(*it, *mode);
            }
        }
        if (const auto aside = item.find("set_aside"); aside != item.end() && aside->is_object()) {
            for (auto it = aside->begin(); it != aside->end(); ++it) {
                const auto mode = it->is_object() ? mode_of(text_of(*it, "mode")) : std::nullopt;
                if (!mode) return problem(at + ".set_aside." + it.key() + ".mode", "cách nhập không hợp lệ");
                CriterionInput& in = d.set_aside[it.key()];
                in = input_of(*it, *mode);
            }
        }
        if (Diagnostics errors = read_scenario(item, at, d.scenario); !errors.empty()) return errors;
        const PathNode root, drafts_at = root.child("drafts"), item_at = drafts_at.item(i);
        if (Diagnostics errors = read_portal_fields(item, item_at, *rubric_, d.portal); !errors.empty()) return errors;
        loaded.push_back(std::move(d));
    }
    std::size_t chosen = 0;
    const auto cur = doc.find("current");
    if (cur != doc.end() && cur->is_number_unsigned()) chosen = cur->get<std::size_t>();
    drafts = std::move(loaded);
    current = chosen < drafts.size() ? chosen : 0;
    removed_.reset();
    return {};
}

}  // namespace dvcscore::app
