#pragma once
// An assessment's optional portal members as JSON — unit_code, level, published,
// not_scored, and "inherited" on an entry — read and written in one place for the
// assessment file, `dvcscore import` and the page's autosave:
//
//   "unit_code": "H44.100", "level": "COMMUNE",
//   "values": {"PUBLISH_ON_TIME": {"numerator": 1, "denominator": 47, "inherited": true}, …},
//   "not_scored": {"ON_TIME": {"numerator": 60, "denominator": 50}},
//   "published": {"groups": {"CKMB": 8.1, …}, "total": 63.97,
//                 "details": {"CKMB": {"score": 8.11, "source": "transparency"}}}
#include <optional>

#include <nlohmann/json.hpp>

#include "assessment.hpp"
#include "diagnostic.hpp"
#include "json_checks.hpp"
#include "json_path.hpp"
#include "rubric.hpp"

namespace dvcscore {

using OrderedJson = nlohmann::ordered_json;

// An entry as JSON: {"numerator", "denominator"}, {"percent"} or {"value"}, and
// "inherited": true when set.
OrderedJson entry_json(const Entry& entry);

// Adds the portal members that are set to `object`, in the order above.
void put_portal_fields(OrderedJson& object, const Rubric& rubric, const PortalData& portal);
void put_portal_fields(Json& object, const Rubric& rubric, const PortalData& portal);

// One entry of `values` (scored: check_entry()) or of `not_scored` (check_entry_figures()
// only; figures that could be scored are refused there).
std::optional<Entry> read_entry_json(const Json& v, const PathNode& at, const Criterion& criterion, JsonChecker& check,
                                     bool scored);

// The portal members of the assessment object `object` at `at` (other members are left to
// the caller). Problems go to `check`.
void read_portal_fields(const Json& object, const PathNode& at, const Rubric& rubric, JsonChecker& check,
                        PortalData& out);

// The same for a document whose text is not at hand (the page's autosave): errors carry
// the JSON path but no line.
Diagnostics read_portal_fields(const Json& object, const PathNode& at, const Rubric& rubric, PortalData& out);

}  // namespace dvcscore
