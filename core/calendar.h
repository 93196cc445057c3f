#pragma once

#include <date/date.h>

#include <chrono>
#include <string>
#include <string_view>

namespace relief {

// A calendar day on the local wall clock of the journal's zone.
using LocalDay = date::local_days;
// An absolute moment, stored as UTC seconds.
using Instant = date::sys_seconds;

// Strict YYYY-MM-DD; rejects impossible dates such as 2026-02-30.
LocalDay parse_day(std::string_view text, const std::string& field = "date");
std::string format_day(LocalDay day);
// The day as the current language writes it, for text meant for people (translate.h).
std::string display_day(LocalDay day);

// A wall-clock time of day, minutes after midnight (0..1439).
struct TimeOfDay {
    int minutes = 0;
    auto operator<=>(const TimeOfDay&) const = default;
};

// H:MM or HH:MM, 00:00 to 23:59; spaces around it are ignored ("8:00", " 20:00").
TimeOfDay parse_time_of_day(std::string_view text, const std::string& field = "time");
std::string format_time_of_day(TimeOfDay time);

// Whole number within [low, high]; the message names the field and the range.
int parse_int_in_range(std::string_view text, int low, int high, const std::string& field);

}  // namespace relief
