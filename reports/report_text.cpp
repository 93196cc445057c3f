#include "report_text.h"

#include "core/metrics/pain.h"

#include <algorithm>
#include <cmath>

namespace relief::reports {

std::string day_text(LocalDay day) {
    const date::year_month_day ymd{day};
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::to_string(unsigned(ymd.day())) + " " + months[unsigned(ymd.month()) - 1] + " " +
           std::to_string(int(ymd.year()));
}

std::string period_text(const ReportPeriod& period) {
    return day_text(period.from) + " to " + day_text(period.to) + " (" + std::to_string(period.days()) +
           (period.days() == 1 ? " day)" : " days)");
}

std::string mean_text(const std::optional<double>& mean) { return mean ? format_mean(*mean) : "-"; }

std::string adherence_text(const MedicationSummary& med) {
    if (!med.adherence) return "as needed";
    const Adherence& a = *med.adherence;
    if (a.scheduled == 0) return "no doses due yet";
    std::string out = std::to_string(a.percent()) + " % (" + std::to_string(a.taken) + " of " +
                      std::to_string(a.scheduled) + ")";
    if (a.late) out += ", " + std::to_string(a.late) + " late";
    return out;
}

std::string pain_change_text(const PainTrend& pain) {
    if (!pain.change) {
        return pain.days_logged == 0 ? "no pain scores logged"
                                     : "not enough scores to compare (" + std::to_string(pain.days_logged) +
                                           " days logged)";
    }
    const double change = std::round(*pain.change * 10) / 10;
    std::string out = change < 0   ? "down " + format_mean(-change)
                      : change > 0 ? "up " + format_mean(change)
                                   : "unchanged";
    out += " from " + format_mean(*pain.baseline) + " to " + format_mean(*pain.latest);
    if (pain.clinically_important_improvement) out += " (a clinically important improvement)";
    return out;
}

std::string severity_label(AlertSeverity severity) {
    switch (severity) {
        case AlertSeverity::urgent: return "Urgent";
        case AlertSeverity::warning: return "Warning";
        case AlertSeverity::info: return "Info";
    }
    return "Info";
}

std::string count_text(int n, const std::string& noun) {
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

}  // namespace relief::reports
