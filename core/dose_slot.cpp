#include "dose_slot.h"

#include "translate.h"

#include <algorithm>

namespace relief {

std::optional<Instant> matching_slot(const Medication& med, Instant at, const Zone& logged_in, const Zone& home,
                                     const std::vector<Entry>& logged) {
    const LocalDay day = logged_in.day_of(at);
    // Where the person was: the logged entries and this dose, which says where it is taken.
    const Entry here{0, at, std::string(logged_in.name()), day, NoteEntry{}};
    std::vector<const Entry*> around;
    for (const auto& e : logged) around.push_back(&e);
    around.push_back(&here);
    const DayZones zones(home, around);
    std::optional<Instant> best;
    for (auto d = day - date::days{1}; d <= day + date::days{1}; d += date::days{1}) {
        if (!med.active_on(d)) continue;
        for (const Instant slot : expected_doses(med.schedule_on(d), d, zones.on(d))) {
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

bool expected_unanswered(const Medication& med, Instant slot, const Zone& home) {
    return !med.entered || slot >= *med.entered || home.day_of(*med.entered) != med.start ||
           home.day_of(slot) != med.start;
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

std::string display_state(SlotState state) {
    //: What became of a scheduled dose.
    switch (state) {
        case SlotState::taken: return translate("relief::core::dose_slot", "taken");
        case SlotState::taken_late: return translate("relief::core::dose_slot", "taken late");
        case SlotState::skipped: return translate("relief::core::dose_slot", "skipped");
        case SlotState::missed: return translate("relief::core::dose_slot", "missed");
        case SlotState::overdue: return translate("relief::core::dose_slot", "overdue");
        case SlotState::upcoming: return translate("relief::core::dose_slot", "upcoming");
    }
    return translate("relief::core::dose_slot", "upcoming");
}

std::vector<SlotStatus> day_slots(const std::vector<Medication>& meds, const std::vector<Entry>& entries,
                                  LocalDay day, const Zone& zone, Instant now) {
    std::vector<SlotStatus> out;
    for (const auto& med : meds) {
        if (!med.active_on(day)) continue;
        // The doses that answered a scheduled time, matched to today's slots by the nearest
        // time rather than the exact instant: after a schedule or home-zone change the
        // slots move, and the doses logged against the old ones must still count.
        std::vector<const Entry*> answers;
        for (const auto& e : entries)
            if (const auto* dose = std::get_if<DoseEntry>(&e.data); dose && dose->medication_id == med.id && dose->scheduled)
                answers.push_back(&e);
        const auto slots = expected_doses(med.schedule_on(day), day, zone);
        // Nearest pairs first, across the whole day, so a dose is never taken by a farther slot.
        struct Pair {
            std::chrono::seconds distance;
            std::size_t slot, answer;
        };
        std::vector<Pair> pairs;
        for (std::size_t i = 0; i < slots.size(); ++i)
            for (std::size_t j = 0; j < answers.size(); ++j) {
                const Instant at = *std::get<DoseEntry>(answers[j]->data).scheduled;
                const auto d = at > slots[i] ? at - slots[i] : slots[i] - at;
                if (d <= slot_window) pairs.push_back({d, i, j});
            }
        std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.distance < b.distance; });
        std::vector<std::optional<std::size_t>> answer_of(slots.size());
        std::vector<bool> used(answers.size(), false);
        for (const auto& p : pairs) {
            if (answer_of[p.slot] || used[p.answer]) continue;
            answer_of[p.slot] = p.answer;
            used[p.answer] = true;
        }
        for (std::size_t i = 0; i < slots.size(); ++i) {
            const Instant slot = slots[i];
            SlotStatus status{med.id, slot, SlotState::upcoming, std::nullopt, std::nullopt};
            if (answer_of[i]) {
                const Entry& e = *answers[*answer_of[i]];
                const auto& dose = std::get<DoseEntry>(e.data);
                status.entry_id = e.id;
                status.logged_at = e.at;
                status.state = dose.status == DoseStatus::skipped ? SlotState::skipped
                               : e.at - slot > late_after         ? SlotState::taken_late
                                                                  : SlotState::taken;
            } else if (!expected_unanswered(med, slot, zone)) {
                continue;
            } else if (now >= slot) {
                status.state = now - slot > slot_window ? SlotState::missed : SlotState::overdue;
            }
            out.push_back(status);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SlotStatus& a, const SlotStatus& b) { return a.scheduled < b.scheduled; });
    return out;
}

}  // namespace relief
