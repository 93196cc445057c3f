#include "journal_index.h"

#include <algorithm>

namespace relief {

JournalIndex::JournalIndex(const JournalSnapshot& snapshot, LocalDay as_of, Thresholds thresholds,
                           std::optional<Instant> now)
    : snapshot_(snapshot),
      home_(Zone::locate(snapshot.profile.zone.empty() ? "UTC" : snapshot.profile.zone)),
      as_of_(as_of),
      thresholds_(std::move(thresholds)),
      now_(now),
      day_zones_(home_) {
    for (const auto& e : snapshot_.entries) {
        if (e.day > as_of_) continue;
        entries_.push_back(&e);
    }
    std::stable_sort(entries_.begin(), entries_.end(), [](const Entry* a, const Entry* b) { return a->at < b->at; });
    for (const Entry* e : entries_) {
        by_day_[e->day].push_back(e);
        if (const auto* d = std::get_if<DoseEntry>(&e->data)) first_dose_.try_emplace(d->medication_id, e);
    }
    for (const auto& m : snapshot_.medications) meds_[m.id] = &m;
    day_zones_ = DayZones(home_, entries_);
}

std::optional<Instant> JournalIndex::logging_began(const Medication& med) const {
    if (!med.entered) return std::nullopt;
    Instant began = *med.entered;
    if (auto it = first_dose_.find(med.id); it != first_dose_.end()) began = std::min(began, it->second->at);
    return began;
}

LocalDay JournalIndex::expected_from(const Medication& med) const {
    const auto began = logging_began(med);
    return began ? std::max(med.start, home_.day_of(*began)) : med.start;
}

Instant JournalIndex::end_of_as_of() const {
    const Instant end = home_.resolve_scheduled(as_of_ + date::days{1});
    return now_ && *now_ < end ? *now_ : end;
}

bool JournalIndex::day_complete(LocalDay day) const {
    return home_.resolve_scheduled(day + date::days{1}) <= end_of_as_of();
}

const std::vector<const Entry*>& JournalIndex::entries_on(LocalDay day) const {
    static const std::vector<const Entry*> none;
    auto it = by_day_.find(day);
    return it == by_day_.end() ? none : it->second;
}

std::optional<LocalDay> JournalIndex::first_day() const {
    if (by_day_.empty()) return std::nullopt;
    return by_day_.begin()->first;
}

const Medication* JournalIndex::medication(std::int64_t id) const {
    auto it = meds_.find(id);
    return it == meds_.end() ? nullptr : it->second;
}

ClassSet JournalIndex::classes_of_medication(std::int64_t id) const {
    const Medication* m = medication(id);
    return m ? classes_of(*m) : ClassSet{};
}

}  // namespace relief
