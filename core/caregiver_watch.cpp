#include "caregiver_watch.h"

#include "dose_slot.h"
#include "translate.h"

#include <algorithm>

namespace relief {

std::vector<ReminderDose> unlogged_doses(const std::vector<Medication>& meds, const std::vector<Entry>& entries,
                                         const Zone& home, Instant now) {
    std::vector<ReminderDose> out;
    const LocalDay today = home.day_of(now);
    for (const LocalDay day : {today - date::days{1}, today})
        for (const auto& slot : day_slots(meds, entries, day, home, now)) {
            const bool unanswered = slot.state == SlotState::overdue || slot.state == SlotState::missed;
            if (unanswered && slot.scheduled + unlogged_after <= now && slot.scheduled > now - date::days{1})
                out.push_back({slot.medication_id, slot.scheduled});
        }
    std::sort(out.begin(), out.end());
    return out;
}

ReminderText unlogged_text(const std::vector<ReminderDose>& doses, const std::vector<Medication>& meds,
                           const Zone& here, const std::optional<std::string>& person, bool hide_names) {
    ReminderText t;
    const int n = static_cast<int>(doses.size());
    if (person && !person->empty())
        //: %1: the person's name (from the profile). The caregiver's notification.
        t.summary = fill(n == 1 ? translate("relief::core::caregiver_watch", "%1: a dose not logged")
                                : translate("relief::core::caregiver_watch", "%1: doses not logged"),
                         {*person});
    else
        t.summary = n == 1 ? translate("relief::core::caregiver_watch", "A dose not logged")
                           : translate("relief::core::caregiver_watch", "Doses not logged");
    for (const auto& d : doses) {
        if (!t.body.empty()) t.body += "\n";
        t.body += dose_label(d, meds, here, hide_names);
    }
    //: Below the doses in the caregiver's notification.
    t.body += "\n" + translate("relief::core::caregiver_watch", "Not logged an hour after their time. Perhaps ask how things are.");
    return t;
}

}  // namespace relief
