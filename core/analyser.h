#pragma once

#include "alert.h"
#include "journal_snapshot.h"
#include "thresholds.h"

#include <optional>
#include <vector>

namespace relief {

// Applies every rule of RULES.md to the journal as of one local day. Pure: it never reads
// the clock, so the same journal and day always give the same alerts, ordered by
// severity (urgent first), then the day raised (newest first), then rule id and subject.
// `now` is for an analysis of today: the caller passes the current moment so that doses
// due later today are not yet missed and today is not yet a day without a dose.
std::vector<Alert> analyse(const JournalSnapshot& journal, LocalDay as_of, const Thresholds& thresholds = {},
                           std::optional<Instant> now = std::nullopt);

}  // namespace relief
