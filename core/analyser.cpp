#include "analyser.h"

#include "rules/rule_families.h"
#include "rules/rule_specs.h"

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>

namespace relief {

namespace {

// Rules about things that happened on a day; the others describe a condition that holds
// as of the analysis day.
bool is_event_rule(const std::string& id) {
    const RuleSpec* spec = rule_spec(id);
    return spec && spec->kind == RuleKind::event;
}

}  // namespace

std::vector<Alert> analyse(const JournalSnapshot& journal, LocalDay as_of, const Thresholds& thresholds,
                           std::optional<Instant> now) {
    const JournalIndex index(journal, as_of, thresholds, now);
    const AnalysisContext ctx(index);
    std::vector<Alert> alerts;
    for (auto family : {check_red_flags, check_dose_maximum, check_interactions, check_withdrawal,
                        check_duration, check_response, check_reassessment, check_conditions,
                        check_adherence, check_tolerance, check_pain_patterns, check_cramps, check_treatment, check_function})
        family(ctx, alerts);
    for (auto& a : alerts)
        if (a.last_seen == LocalDay{}) a.last_seen = is_event_rule(a.rule_id) ? a.raised_on : as_of;
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
        return std::tie(b.severity, b.raised_on, a.rule_id, a.subject) <
               std::tie(a.severity, a.raised_on, b.rule_id, b.subject);
    });
    return alerts;
}

}  // namespace relief
