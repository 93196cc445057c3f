#pragma once

#include "entry.h"
#include "zone.h"

#include <utility>
#include <vector>

namespace relief {

// Where the person was on each day, as their entries say, so that a day's scheduled doses
// run on the local clock there: "08:00" in Tokyo is 08:00 in Tokyo, not New York's 08:00
// (13 hours away, where every dose would look late or missed).
// - A day with entries: the zone most of them were logged in (a tie: the zone of the
//   day's last entry, where the person arrived).
// - A day without entries between two that have some: the earlier one's zone (still there).
// - Before the first entry and after the last: the home zone (the journal's own clock,
//   which the person sets when they move).
class DayZones {
public:
    explicit DayZones(const Zone& home) : home_(home) {}
    // `entries` in any order; each keeps the zone it was logged in and its day there.
    DayZones(const Zone& home, const std::vector<const Entry*>& entries);
    DayZones(const Zone& home, const std::vector<Entry>& entries);

    const Zone& home() const { return home_; }
    const Zone& on(LocalDay day) const;
    // Whether any day is away from home (most journals: none, and every day is home).
    bool ever_away() const;

private:
    void build(const std::vector<const Entry*>& entries);

    Zone home_;
    // The zone of each day with entries, kept only where it changes from the day with
    // entries before (most journals: one stretch at home): on() reads the latest at or before.
    std::vector<std::pair<LocalDay, Zone>> changes_;
    LocalDay first_{}, last_{};  // the first and last days with entries
    bool any_ = false;
};

}  // namespace relief
