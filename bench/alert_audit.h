#pragma once

#include "storage/journal.h"

#include <map>
#include <string>
#include <vector>

namespace relief::bench {

// One alert as the person met it: on `day` it was current and had not been the day
// before (a new alert, or one raised again), or its severity rose.
struct RaisedAlert {
    LocalDay day{};
    std::string rule_id;
    AlertSeverity severity = AlertSeverity::info;
    std::string subject;
    std::string title;
};

struct AlertAudit {
    int days = 0;
    std::vector<RaisedAlert> raised;
    // Per rule id and severity: how many times it was raised.
    std::map<std::string, std::map<AlertSeverity, int>> by_rule() const;
    int count(AlertSeverity at_least) const;
    // Per 365 days, rounded to one decimal in docs.
    double per_year(AlertSeverity at_least) const;
};

// Opens the journal every morning from `first` to `last`, as a patient would (the
// alerts are reviewed and recorded as the app does), and lists what was raised.
AlertAudit audit_alerts(storage::Journal& journal, LocalDay first, LocalDay last);

}  // namespace relief::bench
