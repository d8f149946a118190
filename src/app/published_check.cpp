#include "published_check.hpp"

#include <string>

#include "core/portal_import.hpp"

namespace dvcscore::app {

PublishedCheck check_published(const Rubric& rubric, const Assessment& assessment) {
    PublishedCheck out;
    if (!assessment.portal.published || assessment.portal.published->empty()) return out;
    const Reconciliation r = reconcile(rubric, {assessment});
    out.matches = r.matches;
    out.differences = r.differences;
    out.not_checkable = r.not_checkable;
    // reconcile() puts differences first; a unit's own list reads in rubric order: each
    // group (the total last), the headline before a detail page.
    for (std::size_t group = 0; group <= rubric.groups.size(); ++group)
        for (const bool headline : {true, false})
            for (const ReconcileRow& row : r.rows) {
                const std::size_t of = row.group ? *row.group : rubric.groups.size();
                if (of == group && (row.source == kHeadlineSource) == headline) out.rows.push_back(row);
            }
    for (const ReconcileRow& row : out.rows) {
        if (row.group || row.source != kHeadlineSource) continue;
        out.total = row.published;
        out.total_status = row.status;
    }
    return out;
}

const char* status_label(ReconcileStatus status) {
    switch (status) {
        case ReconcileStatus::Match: return "✓ khớp";
        case ReconcileStatus::Differs: return "≠ lệch";
        case ReconcileStatus::NotCheckable: return "? không kiểm được";
    }
    return "";
}

std::string check_summary(const PublishedCheck& check) {
    if (check.empty()) return {};
    if (check.differences > 0) return "≠ lệch " + std::to_string(check.differences);
    if (check.matches == 0) return status_label(ReconcileStatus::NotCheckable);
    if (check.not_checkable == 0) return status_label(ReconcileStatus::Match);
    return std::string(status_label(ReconcileStatus::Match)) + " " + std::to_string(check.matches) + " · " +
           std::to_string(check.not_checkable) + " không kiểm được";
}

std::string source_label(const std::string& source) {
    static const char* const labels[][2] = {
        {"service-results", "Bảng xếp hạng"},
        {"transparency", "Công khai, minh bạch"},
        {"dvc-progress-tree", "Tiến độ giải quyết"},
        {"provide-online-tree", "Dịch vụ công trực tuyến"},
        {"formality-online-payment-tree", "Thanh toán trực tuyến"},
        {"dossier-digitized", "Số hóa hồ sơ"},
        {"handling-satisfaction", "Mức độ hài lòng"},
    };
    for (const auto& [name, label] : labels)
        if (source == name) return label;
    return source;
}

std::string missing_numbers(const Rubric& rubric, const ReconcileRow& row) {
    std::string text;
    for (std::size_t c : row.missing) text += (text.empty() ? "" : ", ") + rubric.criteria[c].number;
    return text;
}

}  // namespace dvcscore::app
