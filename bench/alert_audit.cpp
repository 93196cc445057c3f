#include "alert_audit.h"

#include "storage/alert_review.h"

#include <algorithm>

namespace relief::bench {

std::map<std::string, std::map<AlertSeverity, int>> AlertAudit::by_rule() const {
    std::map<std::string, std::map<AlertSeverity, int>> out;
    for (const auto& r : raised) ++out[r.rule_id][r.severity];
    return out;
}

int AlertAudit::count(AlertSeverity at_least) const {
    return static_cast<int>(std::count_if(raised.begin(), raised.end(), [&](const RaisedAlert& r) { return r.severity >= at_least; }));
}

double AlertAudit::per_year(AlertSeverity at_least) const { return days == 0 ? 0 : count(at_least) * 365.0 / days; }

AlertAudit audit_alerts(storage::Journal& journal, LocalDay first, LocalDay last) {
    AlertAudit audit;
    const auto snapshot = journal.snapshot();
    std::map<std::pair<std::string, std::string>, AlertSeverity> yesterday;
    for (LocalDay day = first; day <= last; day += date::days{1}) {
        ++audit.days;
        const auto review = storage::review_alerts(journal, snapshot, day);
        std::map<std::pair<std::string, std::string>, AlertSeverity> today;
        for (const auto& r : review.current) {
            const Alert& a = r.stored.alert;
            // A discussed alert is shown, marked, but not raised again unless it got worse.
            if (r.stored.discussed) continue;
            const auto key = std::make_pair(a.rule_id, a.subject);
            today[key] = a.severity;
            const auto before = yesterday.find(key);
            if (before == yesterday.end() || a.severity > before->second)
                audit.raised.push_back({day, a.rule_id, a.severity, a.subject, a.title});
        }
        yesterday = std::move(today);
    }
    return audit;
}

}  // namespace relief::bench
