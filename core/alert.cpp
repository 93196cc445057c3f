#include "alert.h"

#include "errors.h"
#include "translate.h"

namespace relief {

std::string_view to_string(AlertSeverity s) {
    switch (s) {
        case AlertSeverity::info: return "info";
        case AlertSeverity::warning: return "warning";
        case AlertSeverity::urgent: return "urgent";
    }
    return "info";
}

AlertSeverity parse_alert_severity(std::string_view text) {
    if (text == "info") return AlertSeverity::info;
    if (text == "warning") return AlertSeverity::warning;
    if (text == "urgent") return AlertSeverity::urgent;
    throw InputError("severity", std::string(text), translate("relief::core::alert", "'info', 'warning' or 'urgent'"));
}

}  // namespace relief
