#pragma once
// An assessment as a short text to pass on (in a link's #fragment, a chat message): a
// versioned binary encoding, checked by a CRC-32, written in base64url without padding.
//
// Payload (version 1): the version byte; the rubric id, unit and period (each a varint
// byte length and UTF-8); the number of criteria (varint); then per criterion, in rubric
// order, a tag byte and its figures:
//   0 not entered
//   1 counts: numerator, denominator as varints
//   2 percent, 3 value: the shortest decimal text that reads back as the same double
//     (varint length and ASCII), so 93.245 stays 93.245
//   4 counts that are not whole numbers up to 2^53, as two decimal texts (only from an
//     assessment that would fail check_entry(); decoding reports them)
// Version 2, written only when the assessment carries what version 1 cannot say (an
// inherited entry or PortalData), so plain assessments keep their version 1 codes: as
// version 1, with 0x40 added to an inherited entry's tag; then the unit code and level
// (texts); a byte 1 when something was published, followed by a byte 1 and the total's
// decimal text when the total was, the number of groups, and per group a byte (1: the
// headline score follows, 2: a detail score and its source follow; both: 3); then the
// number of figures not scored, each as its criterion index (varint, rubric order) and a
// tagged entry.
// Envelope (every version): base64url(payload + CRC-32 of the payload, little-endian).
#include <optional>
#include <string>
#include <string_view>

#include "assessment.hpp"
#include "diagnostic.hpp"
#include "plan_scenario.hpp"
#include "rubric.hpp"

namespace dvcscore {

// The code for `assessment`, entries laid out in `rubric`'s order under its id. Text that
// is not UTF-8 is repaired (U+FFFD) on the way. A full QĐ 766 assessment stays well under
// 2,000 characters.
std::string share_code(const Rubric& rubric, const Assessment& assessment);

struct ShareDecode {
    std::optional<Assessment> assessment;  // set exactly when errors is empty
    Diagnostics errors;                    // Vietnamese; path "chỉ tiêu 3.1" for an entry
    // The rubric id the code names, once it could be read (set also when it is another
    // rubric's: the page says which one to open instead of scoring with the wrong one).
    std::string rubric_id;
};

// Reads a code made by share_code() for the same rubric. Surrounding whitespace is
// ignored. Everything is checked — characters, checksum, version, rubric id, lengths,
// truncation, trailing bytes, number of criteria, and check_entry() on every entry — and
// nothing is returned unless all of it is right. Any bytes at all are safe to pass.
ShareDecode decode_share_code(std::string_view code, const Rubric& rubric);

// A target scenario as a code of its own, sealed like an assessment's, for a link's
// fragment beside it (#a=…&t=…): old links, without one, open as they always did.
// Payload (version 1): the version byte; the target's kind (0 the next band, 1 a band, 2 a
// total) and, for a band its id, for a total its text; the number of criteria (varint, the
// rubric's); then per criterion, in rubric order, a byte of flags — 1 locked, 2 a weight
// follows (shortest decimal text), 4 a ceiling follows (text), 8 a target follows (text).
std::string scenario_code(const Rubric& rubric, const PlanScenario& scenario);

struct ScenarioDecode {
    std::optional<PlanScenario> scenario;  // set exactly when errors is empty
    Diagnostics errors;
};

// Reads a code made by scenario_code() for the same rubric, checked as strictly as an
// assessment's (weights must be numbers > 0; the texts are checked when the page reads them).
ScenarioDecode decode_scenario_code(std::string_view code, const Rubric& rubric);

// The envelope alone, for tests and fuzzing: the code carrying `payload` as it is.
std::string seal_share_payload(std::string_view payload);

}  // namespace dvcscore
