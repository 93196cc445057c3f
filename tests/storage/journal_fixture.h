#pragma once

#include "core/errors.h"
#include "core/medication.h"
#include "storage/journal.h"

#include <chrono>

namespace relief::testing {

// A clock that only moves when told, so history timestamps are exact in assertions.
struct FakeClock {
    Instant now = Instant{std::chrono::seconds{1'780'000'000}};
    storage::Clock clock() {
        return [this] { return now; };
    }
};

inline Medication sample_medication() {
    Medication m;
    m.name = "Flexeril";
    m.ingredient = "cyclobenzaprine";
    m.dose = Amount::milligrams(5);
    m.schedule = Schedule{parse_times("08:00,14:00,20:00"), false};
    m.start = parse_day("2026-03-01");
    return m;
}

inline Entry pain_at(const char* when, int score, const char* zone = "Europe/Berlin") {
    return Entry{0, parse_when(when, Zone::locate(zone)), zone, {}, PainEntry{score, {"lower-back"}, {"spasm"}}};
}

}  // namespace relief::testing
