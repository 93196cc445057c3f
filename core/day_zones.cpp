#include "day_zones.h"

#include <iterator>
#include <string_view>

namespace relief {

DayZones::DayZones(const Zone& home, const std::vector<const Entry*>& entries) : home_(home) { build(entries); }

DayZones::DayZones(const Zone& home, const std::vector<Entry>& entries) : home_(home) {
    std::vector<const Entry*> pointers;
    pointers.reserve(entries.size());
    for (const auto& e : entries) pointers.push_back(&e);
    build(pointers);
}

void DayZones::build(const std::vector<const Entry*>& entries) {
    struct Tally {
        std::map<std::string_view, int> count;
        const Entry* last = nullptr;
    };
    std::map<LocalDay, Tally> days;
    for (const Entry* e : entries) {
        auto& t = days[e->day];
        ++t.count[e->zone];
        if (!t.last || e->at >= t.last->at) t.last = e;
    }
    for (const auto& [day, t] : days) {
        std::string_view best = t.last->zone;
        for (const auto& [zone, n] : t.count)
            if (n > t.count.at(best)) best = zone;
        known_.emplace(day, best == home_.name() ? home_ : Zone::locate(best));
    }
}

const Zone& DayZones::on(LocalDay day) const {
    auto after = known_.upper_bound(day);
    if (after == known_.begin()) return home_;
    const auto at_or_before = std::prev(after);
    if (at_or_before->first != day && after == known_.end()) return home_;
    return at_or_before->second;
}

bool DayZones::ever_away() const {
    for (const auto& [day, zone] : known_)
        if (!(zone == home_)) return true;
    return false;
}

}  // namespace relief
