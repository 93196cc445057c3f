#pragma once

#include "core/alert.h"
#include "core/journal_snapshot.h"
#include "core/thresholds.h"

#include <cstdint>
#include <string>
#include <vector>

namespace relief {

// What the dose.daily-maximum rule says about one dose as it is logged, so that the CLI and
// the app can say it at once: for each ingredient in the dose (and a combination product
// itself), the worst calendar day or 24 hours holding the dose that is above a maximum, in
// the sentence the alert will carry. Empty when the dose keeps every total within its
// maximum, or is not a taken dose.
struct DoseWarning {
    AlertSeverity severity = AlertSeverity::warning;
    std::string ingredient;
    std::string message;
    bool operator==(const DoseWarning&) const = default;
};

// `entry_id` is a dose entry of `journal`; `today` (the caller's, in the home zone) words
// the message ("Today's total ..."). Urgent warnings first. Reads no clock.
std::vector<DoseWarning> dose_warnings(const JournalSnapshot& journal, std::int64_t entry_id, LocalDay today,
                                       const Thresholds& thresholds = {});

}  // namespace relief
