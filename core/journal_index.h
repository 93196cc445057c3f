#pragma once

#include "day_zones.h"
#include "journal_snapshot.h"
#include "thresholds.h"
#include "zone.h"

#include <map>
#include <optional>
#include <span>
#include <vector>

namespace relief {

// A snapshot arranged for analysis: entries by local day, medications by id, and the
// as-of day. Built once per analysis so every rule reads the same prepared data.
class JournalIndex {
public:
    // `now`, when the caller knows it (an analysis of today), is the moment of analysis:
    // the as-of day is then judged only up to it. Without it the day is judged complete.
    JournalIndex(const JournalSnapshot& snapshot, LocalDay as_of, Thresholds thresholds,
                 std::optional<Instant> now = std::nullopt);

    const JournalSnapshot& snapshot() const { return snapshot_; }
    const Profile& profile() const { return snapshot_.profile; }
    const Zone& home() const { return home_; }
    // Where the person was each day: scheduled doses run on that day's local clock.
    const DayZones& day_zones() const { return day_zones_; }
    LocalDay as_of() const { return as_of_; }
    // "Now" for the analysis, which never reads the clock: the end of the as-of day, or
    // the moment given to the constructor if that is earlier.
    Instant end_of_as_of() const;
    // Whether `day` was over by then (a day without a dose only counts once it is over).
    bool day_complete(LocalDay day) const;
    const Thresholds& thresholds() const { return thresholds_; }

    // Entries of one local day (up to as_of), in time order. Empty for other days.
    std::span<const Entry* const> entries_on(LocalDay day) const;
    // Every entry up to as_of by local day, each day's in time order: for metrics kept per
    // day, which then meet the days in order.
    const std::vector<const Entry*>& entries_by_day() const { return by_day_; }
    // Every entry up to the end of as_of, in time order.
    const std::vector<const Entry*>& entries() const { return entries_; }
    // The entries of `first` and later days (up to as_of), in time order, for rules that
    // look back a bounded number of days. Local days and instants do not sort alike across
    // zones, so a few entries of the day or two before `first` may lead: check e->day.
    std::span<const Entry* const> entries_from(LocalDay first) const;
    std::optional<LocalDay> first_day() const;

    const Medication* medication(std::int64_t id) const;
    // The day scheduled doses of a medication are first expected: when logging it began,
    // that is the earlier of the day it was entered and its first logged dose. A medicine
    // taken for years and entered today with its true start date misses nothing before.
    LocalDay expected_from(const Medication& med) const;
    // The moment logging of it began: the earlier of its entry and its first logged dose;
    // nothing when its entry moment is unknown. Scheduled doses before it are not missed.
    std::optional<Instant> logging_began(const Medication& med) const;
    const std::vector<Medication>& medications() const { return snapshot_.medications; }
    ClassSet classes_of_medication(std::int64_t id) const;

private:
    const JournalSnapshot& snapshot_;
    Zone home_;
    LocalDay as_of_;
    Thresholds thresholds_;
    std::optional<Instant> now_;
    std::vector<const Entry*> entries_;
    DayZones day_zones_;
    std::vector<const Entry*> by_day_;
    std::vector<std::pair<LocalDay, std::size_t>> day_starts_;  // each day's first index in by_day_
    std::map<std::int64_t, const Medication*> meds_;
    std::map<std::int64_t, const Entry*> first_dose_;
};

}  // namespace relief
