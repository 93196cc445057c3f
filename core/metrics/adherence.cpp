#include "adherence.h"

#include <algorithm>

namespace relief {

std::vector<SlotStatus> settled_slots(const JournalIndex& index, const Medication& med, LocalDay first,
                                      LocalDay last) {
    std::vector<SlotStatus> out;
    if (!med.ever_scheduled()) return out;
    first = std::max(first, index.expected_from(med));
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

    // A day's slots can only be answered by doses scheduled within slot_window of them, so
    // each day is given just those (in their original order, which breaks ties between
    // equally near doses): handing every day all the doses made years of history quadratic.
    std::vector<std::size_t> by_scheduled;
    for (std::size_t i = 0; i < doses.size(); ++i)
        if (std::get<DoseEntry>(doses[i].data).scheduled) by_scheduled.push_back(i);
    const auto scheduled_of = [&](std::size_t i) { return *std::get<DoseEntry>(doses[i].data).scheduled; };
    std::stable_sort(by_scheduled.begin(), by_scheduled.end(),
                     [&](std::size_t a, std::size_t b) { return scheduled_of(a) < scheduled_of(b); });

    const std::vector<Medication> only{med};
    const auto began = index.logging_began(med);
    const Instant now = index.end_of_as_of();
    std::vector<std::size_t> chosen;
    std::vector<Entry> nearby;
    for (LocalDay d = first; d <= last; d += date::days{1}) {
        const Zone& zone = index.day_zones().on(d);
        const Instant from = zone.resolve_scheduled(d) - slot_window - std::chrono::hours{24};
        const Instant to = zone.resolve_scheduled(d + date::days{1}) + slot_window + std::chrono::hours{24};
        auto it = std::lower_bound(by_scheduled.begin(), by_scheduled.end(), from,
                                   [&](std::size_t i, Instant at) { return scheduled_of(i) < at; });
        chosen.clear();
        for (; it != by_scheduled.end() && scheduled_of(*it) <= to; ++it) chosen.push_back(*it);
        std::sort(chosen.begin(), chosen.end());
        nearby.clear();
        for (const std::size_t i : chosen) nearby.push_back(doses[i]);
        for (const auto& s : day_slots(only, nearby, d, zone, now)) {
            if (s.state == SlotState::overdue || s.state == SlotState::upcoming) continue;
            // Before the medication was entered nobody was logging it: not missed.
            if (s.state == SlotState::missed && began && s.scheduled < *began) continue;
            out.push_back(s);
        }
    }
    return out;
}

namespace {

// Days read before the first one returned: a dose logged the evening before can answer a
// slot (settled_slots reads one day on each side), and the judgement of a day never
// depends on doses further away.
constexpr int margin_days = 3;

}  // namespace

bool SlotHistory::complete_from(LocalDay from) const {
    return from - date::days{margin_days} <= index_.expected_from(med_);
}

std::vector<SlotStatus> SlotHistory::from(LocalDay from) const {
    if (complete_from(from)) return settled_slots(index_, med_, med_.start, index_.as_of());
    const LocalDay start = from - date::days{margin_days};
    auto slots = settled_slots(index_, med_, start, index_.as_of());
    // The margin days' slots go; how many there are does not depend on the doses.
    const auto before = std::min(slots.size(), settled_slots(index_, med_, start, from - date::days{1}).size());
    slots.erase(slots.begin(), slots.begin() + static_cast<std::ptrdiff_t>(before));
    return slots;
}

Instant SlotHistory::first_instant(LocalDay from) const {
    return index_.day_zones().on(from).resolve_scheduled(from) - std::chrono::hours{24};
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
