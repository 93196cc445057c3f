#pragma once

#include "core/entry_text.h"
#include "report_model.h"

#include <string>

namespace relief::reports {

// Words shared by every renderer, so the PDF, HTML and app say the same thing.
std::string period_text(const ReportPeriod& period);         // "1 Mar 2026 to 30 Mar 2026 (30 days)"
std::string day_text(LocalDay day);                          // "1 Mar 2026"
std::string mean_text(const std::optional<double>& mean);    // "4.3" or "-"
std::string adherence_text(const MedicationSummary& med);    // "85 % (51 of 60)" or "as needed"
std::string pain_change_text(const PainTrend& pain);         // "down 2.4 from 7.0 (clinically important)"
std::string severity_label(AlertSeverity severity);          // "Urgent", "Warning", "Info"
std::string count_text(int n, const std::string& noun);        // "1 day", "2 days"

}  // namespace relief::reports
