#include "day_zones.h"

#include <algorithm>
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

void DayZones::build(const std::vector<const Entry*>& given) {
    // JournalIndex gives them by day already; others are sorted here, in a copy.
    const auto by_day = [](const Entry* a, const Entry* b) { return a->day < b->day; };
    std::vector<const Entry*> sorted;
    if (!std::is_sorted(given.begin(), given.end(), by_day)) {
        sorted = given;
        std::stable_sort(sorted.begin(), sorted.end(), by_day);
    }
    const std::vector<const Entry*>& entries = sorted.empty() ? given : sorted;
    const std::string_view home_name = home_.name();
    std::vector<std::pair<std::string_view, int>> count;  // the day's zones: a handful at most
    for (std::size_t i = 0; i < entries.size();) {
        const LocalDay day = entries[i]->day;
        const Entry* last = nullptr;
        count.clear();
        bool all_home = true;
        for (; i < entries.size() && entries[i]->day == day; ++i) {
            const Entry* e = entries[i];
            if (!last || e->at >= last->at) last = e;
            all_home = all_home && e->zone == home_name;
            auto it = std::find_if(count.begin(), count.end(), [&](const auto& c) { return c.first == e->zone; });
            if (it == count.end()) count.emplace_back(e->zone, 1);
            else ++it->second;
        }
        Zone zone = home_;
        if (!all_home) {
            // The zone most entries were logged in; a tie goes to the day's last entry's.
            std::string_view best = last->zone;
            const auto count_of = [&](std::string_view z) {
                return std::find_if(count.begin(), count.end(), [&](const auto& c) { return c.first == z; })->second;
            };
            std::sort(count.begin(), count.end());
            for (const auto& [name, n] : count)
                if (n > count_of(best)) best = name;
            if (best != home_name) zone = Zone::locate(best);
        }
        if (!any_) first_ = day;
        last_ = day;
        if (changes_.empty() ? !(zone == home_) || !any_ : !(changes_.back().second == zone)) changes_.emplace_back(day, zone);
        any_ = true;
    }
}

const Zone& DayZones::on(LocalDay day) const {
    if (!any_ || day < first_ || day > last_) return home_;
    auto after = std::upper_bound(changes_.begin(), changes_.end(), day,
                                  [](LocalDay d, const std::pair<LocalDay, Zone>& c) { return d < c.first; });
    if (after == changes_.begin()) return home_;
    return std::prev(after)->second;
}

bool DayZones::ever_away() const {
    for (const auto& [day, zone] : changes_)
        if (!(zone == home_)) return true;
    return false;
}

}  // namespace relief
