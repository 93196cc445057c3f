#include "dose_slot.h"

#include <algorithm>

namespace relief {

std::optional<Instant> matching_slot(const Medication& med, Instant at, const Zone& home,
                                     const std::vector<Entry>& logged) {
    if (!med.schedule.is_scheduled()) return std::nullopt;
    const LocalDay day = home.day_of(at);
    std::optional<Instant> best;
    for (auto d = day - date::days{1}; d <= day + date::days{1}; d += date::days{1}) {
        if (!med.active_on(d)) continue;
        for (const Instant slot : expected_doses(med.schedule, d, home)) {
            const auto distance = slot > at ? slot - at : at - slot;
            if (distance > slot_window) continue;
            bool answered = false;
            for (const auto& e : logged)
                if (const auto* dose = std::get_if<DoseEntry>(&e.data))
                    answered |= dose->medication_id == med.id && dose->scheduled == slot;
            if (answered) continue;
            const auto best_distance = best ? (*best > at ? *best - at : at - *best) : distance;
            if (!best || distance < best_distance) best = slot;
        }
    }
    return best;
}

bool is_late(const DoseEntry& dose, Instant at) {
    return dose.status == DoseStatus::taken && dose.scheduled && at - *dose.scheduled > late_after;
}

std::string_view to_string(SlotState state) {
    switch (state) {
        case SlotState::taken: return "taken";
        case SlotState::taken_late: return "taken late";
        case SlotState::skipped: return "skipped";
        case SlotState::missed: return "missed";
        case SlotState::overdue: return "overdue";
        case SlotState::upcoming: return "upcoming";
    }
    return "upcoming";
}

std::vector<SlotStatus> day_slots(const std::vector<Medication>& meds, const std::vector<Entry>& entries,
                                  LocalDay day, const Zone& home, Instant now) {
    std::vector<SlotStatus> out;
    for (const auto& med : meds) {
        if (!med.active_on(day)) continue;
        for (const Instant slot : expected_doses(med.schedule, day, home)) {
            SlotStatus status{med.id, slot, SlotState::upcoming, std::nullopt, std::nullopt};
            for (const auto& e : entries) {
                const auto* dose = std::get_if<DoseEntry>(&e.data);
                if (!dose || dose->medication_id != med.id || dose->scheduled != slot) continue;
                status.entry_id = e.id;
                status.logged_at = e.at;
                status.state = dose->status == DoseStatus::skipped ? SlotState::skipped
                               : is_late(*dose, e.at)              ? SlotState::taken_late
                                                                   : SlotState::taken;
            }
            if (!status.entry_id && now > slot)
                status.state = now - slot > slot_window ? SlotState::missed : SlotState::overdue;
            out.push_back(status);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SlotStatus& a, const SlotStatus& b) { return a.scheduled < b.scheduled; });
    return out;
}

}  // namespace relief
