#pragma once

#include "entry.h"
#include "medication.h"
#include "reminder_plan.h"
#include "reminder_text.h"
#include "zone.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace relief {

// A caregiver following a shared journal read-only (docs/sharing.md) may ask to be told
// when a scheduled dose has not been logged (taken or skipped) an hour after its time.
inline constexpr std::chrono::minutes unlogged_after{60};
// The person's consent, a journal setting shared with every device: "yes" lets a caregiver
// who follows the journal be told. The caregiver's own switch is on their device.
inline constexpr const char* tell_caregivers_setting = "share.tell-caregivers";

// The scheduled doses of the last day, on the clock of the journal's home zone, that
// nobody answered by `unlogged_after` past their time, oldest first. A dose older than a
// day is no longer news; one logged late stops being unlogged.
std::vector<ReminderDose> unlogged_doses(const std::vector<Medication>& meds, const std::vector<Entry>& entries,
                                         const Zone& home, Instant now);

// The caregiver's notification: "Not logged: Flexeril 5 mg at 08:00", naming the person
// when the profile has a name. Times on the clock of `here` (the caregiver's). No answers:
// the caregiver cannot log for the person.
ReminderText unlogged_text(const std::vector<ReminderDose>& doses, const std::vector<Medication>& meds,
                           const Zone& here, const std::optional<std::string>& person, bool hide_names);

}  // namespace relief
