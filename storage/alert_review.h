#pragma once

#include "journal.h"

#include <vector>

namespace relief::storage {

// An alert counts as current while its facts were seen within this many days of the
// as-of day (design default); older ones are history.
inline constexpr int current_alert_days = 14;

struct ReviewedAlert {
    StoredAlert stored;  // id 0 when the journal is read-only and it was never recorded
    bool current = false;
};

struct AlertReview {
    LocalDay as_of{};
    std::vector<ReviewedAlert> current;  // the analyser's order: by severity, newest first
    std::vector<ReviewedAlert> earlier;  // recorded before and no longer current, newest first
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

// Records the alerts the analyser would have raised on each day from `first` to `last`,
// as if the journal had been opened daily (weekly before the last 12 weeks, where
// event rules still see every event). Used after an import or a demo story so that the
// alert history is complete. Returns how many alerts are stored.
std::size_t replay_alerts(Journal& journal, LocalDay first, LocalDay last, std::optional<Instant> now = std::nullopt);

}  // namespace relief::storage
