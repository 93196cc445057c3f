#pragma once

#include "journal.h"

#include <vector>

namespace relief::storage {

// An alert about events (a dose above the maximum, a red flag, an interaction) stays
// current while its latest event is within this many days of the as-of day; an alert
// about a condition (a stop, a pattern) is current only while the condition holds.
inline constexpr int current_alert_days = 14;

struct ReviewedAlert {
    StoredAlert stored;  // id 0 when the journal is read-only and it was never recorded
    bool current = false;
};

struct AlertReview {
    LocalDay as_of{};
    std::vector<ReviewedAlert> current;  // the analyser's order: by severity, newest first
    std::vector<ReviewedAlert> earlier;  // resolved: recorded before and no longer current, newest first
};

// Runs the analyser on the journal as of `as_of` with the journal's thresholds, records
// the alerts (unless the journal is read-only) and returns them with their history.
// Shared by the command line and the app, so both show the same alerts.
// `now` is the current moment when `as_of` is today (see relief::analyse).
AlertReview review_alerts(Journal& journal, LocalDay as_of, std::optional<Instant> now = std::nullopt);
// The same over a snapshot the caller keeps (SnapshotCache), so that an analysis after
// logging one entry does not read the whole journal again.
AlertReview review_alerts(Journal& journal, const JournalSnapshot& snapshot, LocalDay as_of,
                          std::optional<Instant> now = std::nullopt);

// Of what the analyser raised as of `as_of`, what is current: an event's alert while its
// latest event is within its rule's stays_current_days, a condition's while it holds, or
// held within its rule's stays_current_days (kept as `stored` recorded it).
std::vector<Alert> current_alerts(std::vector<Alert> analysed, const std::vector<StoredAlert>& stored, LocalDay as_of);

// Records the alerts the analyser would have raised on each day from `first` to `last`,
// as if the journal had been opened daily (weekly before the last 12 weeks, where
// event rules still see every event). Used after an import or a demo story so that the
// alert history is complete. Returns how many alerts are stored.
std::size_t replay_alerts(Journal& journal, LocalDay first, LocalDay last, std::optional<Instant> now = std::nullopt);

}  // namespace relief::storage
