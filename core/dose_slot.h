#pragma once

#include "day_zones.h"
#include "entry.h"
#include "medication.h"
#include "zone.h"

#include <chrono>
#include <cstdint>
#include <string_view>
#include <optional>
#include <vector>

namespace relief {

// How far from a scheduled time a logged dose may be and still answer it.
inline constexpr std::chrono::hours slot_window{6};
// A taken dose more than this after its scheduled time counts as late.
inline constexpr std::chrono::minutes late_after{60};

// The scheduled dose time that a dose logged at `at` in `logged_in` answers: the nearest
// expected dose of `med` within slot_window that no entry in `logged` has answered yet.
// Each day's times are on the clock where the person was that day (DayZones over `logged`
// and this dose), so a dose taken at 08:00 in Tokyo answers Tokyo's 08:00.
std::optional<Instant> matching_slot(const Medication& med, Instant at, const Zone& logged_in, const Zone& home,
                                     const std::vector<Entry>& logged);

bool is_late(const DoseEntry& dose, Instant at);

// Whether a scheduled dose nobody answered counts as expected: on the day a medication
// was entered (its start day, when it was added that day), a time already past at the
// moment of entry was never expected. A dose that answered such a time counts as usual.
// (A medication entered after its start: the Today page still offers the day's earlier
// times, but the analysis does not count them as missed: settled_slots.)
bool expected_unanswered(const Medication& med, Instant slot, const Zone& home);

enum class SlotState : std::uint8_t { taken, taken_late, skipped, missed, overdue, upcoming };
std::string_view to_string(SlotState state);
// The state in the current language, for people ("taken late"); to_string is the word
// views and scripts compare.
std::string display_state(SlotState state);

// One scheduled dose and what became of it.
struct SlotStatus {
    std::int64_t medication_id = 0;
    Instant scheduled{};
    SlotState state = SlotState::upcoming;
    std::optional<std::int64_t> entry_id;  // the dose entry that answered it
    std::optional<Instant> logged_at;
};

// Every scheduled dose of `day` on the clock of `zone` (where the person was that day:
// DayZones) for the medications active that day, on the
// schedule of that day's prescription, in time order; unanswered slots that were not
// expected (expected_unanswered) are left out. `entries` must include the neighbouring
// days, because a late dose after midnight answers the previous evening's slot. A slot
// nobody answered is missed once slot_window has passed at `now`, overdue once its time
// has passed, upcoming before.
std::vector<SlotStatus> day_slots(const std::vector<Medication>& meds, const std::vector<Entry>& entries,
                                  LocalDay day, const Zone& zone, Instant now);

}  // namespace relief
