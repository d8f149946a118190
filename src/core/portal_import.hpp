#pragma once
// The national portal's dashboard data (dichvucong.gov.vn, "Đánh giá chất lượng phục vụ")
// turned into assessments: one per unit found, its figures mapped to the rubric's criteria,
// with what the portal published for it (docs/portal-import.md has the mapping).
//
// Input files: one response of a dashboard endpoint (service-results, transparency,
// dvc-progress-tree, provide-online-tree, formality-online-payment-tree, dossier-digitized,
// handling-satisfaction); several in a JSON array, or in an object whose keys name the
// endpoint (there a value may also be a single data.evaluation[] element); or a HAR file of
// a dashboard session, whose requests also give the period.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "assessment.hpp"
#include "diagnostic.hpp"
#include "rubric.hpp"

namespace dvcscore {

enum class Endpoint {
    ServiceResults,
    Transparency,
    DvcProgressTree,
    ProvideOnlineTree,
    FormalityOnlinePaymentTree,
    DossierDigitized,
    HandlingSatisfaction,
};

// The endpoint's name as in its URL: "dvc-progress-tree".
const char* endpoint_name(Endpoint endpoint);

// The endpoint a request URL calls (its path ends in the endpoint's name), if any.
std::optional<Endpoint> endpoint_of_url(std::string_view url);

// The source every headline score has: the ranking of service-results.
constexpr const char* kHeadlineSource = "service-results";

struct PortalFile {
    std::string_view source;  // the file name, for messages
    std::string_view text;
};

struct PortalImport {
    // One per unit, in the order the units first appear; empty when there are errors.
    std::vector<Assessment> assessments;
    Diagnostics errors;
    // What was read but not scored or not understood: counts the portal got wrong (kept in
    // not_scored), metrics the rubric does not have, scores published as null, responses
    // filtered to one procedure. They do not stop the import.
    Diagnostics warnings;
    std::size_t responses = 0;  // how many endpoint responses were read
};

// Reads every file and merges the units across them by departmentCode or departmentId.
// Every unit gets the one period the requests name (refused when they name different
// periods); without requests (plain response files) the period is left empty.
PortalImport import_portal(const std::vector<PortalFile>& files, const Rubric& rubric);

// Whether `text` is meant as portal data rather than an assessment file: a JSON document
// (not JSON Lines, not CSV) that is not a dvcscore assessment or a batch of them.
bool looks_like_portal_data(std::string_view text);

}  // namespace dvcscore
