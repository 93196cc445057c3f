#pragma once

#include "report_model.h"

#include <string>

namespace relief::reports {

// One row per logged event, plus one per scheduled dose that was never logged (status
// "missed"), in time order. Columns: date, local_time, zone, kind, name, drug, ingredient,
// amount, unit, status, scheduled_time, actual_time, score, location, quality, severity,
// minutes, quantity, note. Text that a spreadsheet would run as a formula is prefixed
// with an apostrophe. Documented in docs/report-formats.md.
std::string render_csv(const VisitReport& report);

}  // namespace relief::reports
