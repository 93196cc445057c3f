#pragma once

#include "report_model.h"
#include "storage/journal.h"

#include <memory>

namespace relief::reports {

// The period a report covers when none is given: from the last visit (if it was within
// a year) to `today`, else the last 30 days.
ReportPeriod default_report_period(const storage::Journal& journal, LocalDay today);

// Everything a visit report needs from a journal: the snapshot, the thresholds, the last
// visit and the alerts of the period (those recorded, and those the analyser raises as of
// the period's end), so the app and the command line build the same report.
struct ReportSource {
    JournalSnapshot snapshot;  // empty when the source reads the caller's snapshot
    ReportInput input;         // input.journal points into `snapshot`, or to the caller's
};
std::unique_ptr<ReportSource> report_source(storage::Journal& journal, ReportPeriod period, LocalDay generated_on,
                                            std::optional<Instant> now = std::nullopt);
// Whether the source analyses the journal for the alerts current at the period's end: the
// Trends page shows no alerts and spares the analysis.
enum class WithAlerts : bool { no, yes };
// The same from a snapshot the caller already holds (the app's), read in place, not copied
// (ten years of entries copied twice made each log in the window slow): the snapshot must
// outlive the source, which is for building a report at once, not for keeping.
std::unique_ptr<ReportSource> report_source(storage::Journal& journal, const JournalSnapshot& snapshot,
                                            ReportPeriod period, LocalDay generated_on,
                                            std::optional<Instant> now = std::nullopt,
                                            WithAlerts with_alerts = WithAlerts::yes);

}  // namespace relief::reports
