#pragma once

#include "calendar.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace relief {

enum class AlertSeverity : std::uint8_t { info, warning, urgent };
std::string_view to_string(AlertSeverity s);
AlertSeverity parse_alert_severity(std::string_view text);

// One fact behind an alert, as a clinician would check it: "Course day" = "22 (from 2026-03-04)".
struct Evidence {
    std::string label;
    std::string value;
    bool operator==(const Evidence&) const = default;
};

// What the analyser raises. Identity is rule_id + subject: running the analysis again
// updates an alert (its severity may step up) but never duplicates it.
struct Alert {
    std::string rule_id;  // stable, from RULES.md: "duration.short-term-limit"
    AlertSeverity severity = AlertSeverity::info;
    // What it is about, in words: "cyclobenzaprine", "baclofen with alcohol", "nerve-type
    // pain". A pattern that comes back keeps its subject, so it stays one alert.
    std::string subject;
    // The ingredients it is about, for whoever needs them (the report's questions, FHIR):
    // structured, so that nothing parses the subject's prose. Empty for pain patterns.
    std::vector<std::string> drugs;
    // The rest of the subject in words, for questions and reports: "with heart failure",
    // "at 65 or over", "saddle numbness". Empty when the drugs say it all.
    std::string topic;
    std::string title;    // a short line: "Cyclobenzaprine beyond 3 weeks"
    std::string message;  // the plain-language message; ends by sending to the clinician
    std::vector<Evidence> evidence;
    std::vector<std::string> sources;
    LocalDay raised_on{};  // the day the triggering fact happened or the condition began
    // The latest day the facts held: an event's (latest) day, or the as-of day for a
    // condition that still holds. Rules may leave it unset; the analyser then fills it.
    LocalDay last_seen{};
    bool operator==(const Alert&) const = default;
};

}  // namespace relief
