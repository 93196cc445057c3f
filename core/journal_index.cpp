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
    entries_.reserve(snapshot_.entries.size());
    for (const auto& e : snapshot_.entries) {
        if (e.day > as_of_) continue;
        entries_.push_back(&e);
    }
    // A snapshot comes in time order (storage reads it so); one that does not is sorted.
    const auto by_time = [](const Entry* a, const Entry* b) { return a->at < b->at; };
    if (!std::is_sorted(entries_.begin(), entries_.end(), by_time)) std::stable_sort(entries_.begin(), entries_.end(), by_time);
    by_day_ = entries_;
    const auto by_local_day = [](const Entry* a, const Entry* b) { return a->day < b->day; };
    if (!std::is_sorted(by_day_.begin(), by_day_.end(), by_local_day))
        std::stable_sort(by_day_.begin(), by_day_.end(), by_local_day);
    for (std::size_t i = 0; i < by_day_.size(); ++i)
        if (day_starts_.empty() || day_starts_.back().first != by_day_[i]->day) day_starts_.emplace_back(by_day_[i]->day, i);
    for (const Entry* e : entries_)
        if (const auto* d = std::get_if<DoseEntry>(&e->data)) first_dose_.try_emplace(d->medication_id, e);
    for (const auto& m : snapshot_.medications) meds_[m.id] = &m;
    day_zones_ = DayZones(home_, by_day_);
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

std::span<const Entry* const> JournalIndex::entries_on(LocalDay day) const {
    const auto it = std::lower_bound(day_starts_.begin(), day_starts_.end(), day,
                                     [](const std::pair<LocalDay, std::size_t>& s, LocalDay d) { return s.first < d; });
    if (it == day_starts_.end() || it->first != day) return {};
    const std::size_t end = std::next(it) == day_starts_.end() ? by_day_.size() : std::next(it)->second;
    return {by_day_.data() + it->second, end - it->second};
}

std::span<const Entry* const> JournalIndex::entries_from(LocalDay first) const {
    // No zone is more than a day from another: two days before `first` in the home zone is
    // before every entry of `first`.
    const Instant from = home_.resolve_scheduled(first - date::days{2});
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), from,
                                     [](const Entry* e, Instant at) { return e->at < at; });
    return {it, entries_.end()};
}

std::optional<LocalDay> JournalIndex::first_day() const {
    if (day_starts_.empty()) return std::nullopt;
    return day_starts_.front().first;
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
