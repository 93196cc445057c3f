#include "adherence.h"

#include <algorithm>

namespace relief {

std::vector<SlotStatus> settled_slots(const JournalIndex& index, const Medication& med, LocalDay first,
                                      LocalDay last) {
    std::vector<SlotStatus> out;
    if (!med.schedule.is_scheduled()) return out;
    first = std::max(first, med.start);
    last = std::min(last, index.as_of());
    if (med.stop) last = std::min(last, *med.stop);
    if (first > last) return out;

    // A late dose after midnight answers the previous evening's slot: read one day more
    // on each side.
    std::vector<Entry> doses;
    for (LocalDay d = first - date::days{1}; d <= last + date::days{1}; d += date::days{1})
        for (const Entry* e : index.entries_on(d))
            if (const auto* dose = std::get_if<DoseEntry>(&e->data); dose && dose->medication_id == med.id)
                doses.push_back(*e);

    const std::vector<Medication> only{med};
    const Instant now = index.end_of_as_of();
    for (LocalDay d = first; d <= last; d += date::days{1})
        for (const auto& s : day_slots(only, doses, d, index.home(), now))
            if (s.state != SlotState::overdue && s.state != SlotState::upcoming) out.push_back(s);
    return out;
}

Adherence adherence(const JournalIndex& index, const Medication& med, LocalDay first, LocalDay last) {
    Adherence a;
    a.first = first;
    a.last = last;
    for (const auto& s : settled_slots(index, med, first, last)) {
        ++a.scheduled;
        switch (s.state) {
            case SlotState::taken: ++a.taken; break;
            case SlotState::taken_late: ++a.taken, ++a.late; break;
            case SlotState::skipped: ++a.skipped; break;
            case SlotState::missed: ++a.missed; break;
            default: break;
        }
    }
    return a;
}

MissedRun longest_missed_run(const std::vector<SlotStatus>& slots) {
    MissedRun best, current;
    for (const auto& s : slots) {
        if (s.state == SlotState::skipped || s.state == SlotState::missed) {
            if (current.length == 0) current.first_slot = s.scheduled;
            current.last_slot = s.scheduled;
            ++current.length;
            if (current.length >= best.length) best = current;  // ties: the later run
        } else {
            current = MissedRun{};
        }
    }
    return best;
}

}  // namespace relief
