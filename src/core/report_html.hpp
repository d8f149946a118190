#pragma once
// A printable report: one self-contained HTML document (Vietnamese, A4), one page per
// unit, with the group scores as inline SVG charts, every criterion's figures and points,
// the target plan (current → target, step by step) and the improvement plan. No scripts and no external resources; its Content-Security-
// Policy allows only inline styles and data: images. Every figure is score()'s or
// plan_improvements()'s, shown as the text report shows it.
#include <string>
#include <vector>

#include <optional>

#include "assessment.hpp"
#include "rubric.hpp"
#include "target_plan.hpp"

namespace dvcscore {

struct ReportOptions {
    std::string date;       // e.g. "28/11/2026", shown as the report's date
    std::string generator;  // e.g. "dvcscore 0.1.0"
    PlanRequest plan;       // the target each unit's plan aims at (by default the next band)
    // Plans already made, by assessment index (the page's what-if, with the targets a person
    // typed); a unit without one gets plan_target() under `plan`.
    std::vector<std::optional<TargetPlan>> plans;
};

// The whole document; a batch gives one unit per page (page breaks between units).
std::string report_html(const Rubric& rubric, const std::vector<Assessment>& assessments, const ReportOptions& options);

}  // namespace dvcscore
