#pragma once

#include "medication.h"
#include "reminder_plan.h"
#include "zone.h"

#include <string>
#include <vector>

namespace relief {

// What a reminder notification says, and the answers it offers. Plain text: the
// notification body is not trusted to render markup on every desktop.
struct ReminderText {
    std::string summary;                                        // "Time for Flexeril 5 mg"
    std::string body;                                           // one line a dose, then the question
    std::vector<std::pair<std::string, std::string>> actions;  // key, label: "taken", "Taken"
};

// `hide_names` (reminders.hide-names) says "a dose" instead of the medication, for a
// screen others see. Times are on the clock of `here`.
ReminderText reminder_text(const Reminder& reminder, const std::vector<Medication>& meds, const Zone& here,
                           const ReminderSettings& settings);

// One line for `relief reminders status`: "20:00 today: Flexeril 5 mg is due" (with why,
// when quiet hours or a snooze moved it).
std::string next_reminder_text(const NextReminder& next, const std::vector<Medication>& meds, const Zone& here,
                               Instant now);

// For the tray: "Flexeril 5 mg (08:00)", "A dose (08:00)" with names hidden.
std::string dose_label(const ReminderDose& dose, const std::vector<Medication>& meds, const Zone& here, bool hide_names);
// For the tray: "20:00 today: Flexeril 5 mg", "08:00 tomorrow: a dose".
std::string next_dose_text(const NextReminder& next, const std::vector<Medication>& meds, const Zone& here,
                           Instant now, bool hide_names);

}  // namespace relief
