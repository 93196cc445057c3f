#pragma once

#include "calendar.h"
#include "zone.h"

#include <optional>
#include <string_view>
#include <vector>

namespace relief {

// When a drug is meant to be taken: fixed local wall-clock times in the journal's home
// zone, as-needed, or both (scheduled doses plus as-needed extras).
struct Schedule {
    std::vector<TimeOfDay> times;  // sorted, no duplicates
    bool as_needed = false;

    bool is_scheduled() const { return !times.empty(); }
    bool operator==(const Schedule&) const = default;
};

// "08:00,14:00,20:00": sorted, duplicates refused.
std::vector<TimeOfDay> parse_times(std::string_view text, const std::string& field = "times");
std::string format_times(const std::vector<TimeOfDay>& times);

// The instants at which doses are expected on `day`: each time exactly once, even on a
// DST change (a time skipped by the change moves forward; a repeated one counts once).
// The result has one instant per listed time, in order.
std::vector<Instant> expected_doses(const Schedule& schedule, LocalDay day, const Zone& home);

}  // namespace relief
