#include "schedule.h"

#include "errors.h"
#include "translate.h"

#include <algorithm>

namespace relief {

std::vector<TimeOfDay> parse_times(std::string_view text, const std::string& field) {
    std::vector<TimeOfDay> times;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::size_t end = comma == std::string_view::npos ? text.size() : comma;
        std::string_view piece = text.substr(start, end - start);
        while (!piece.empty() && piece.front() == ' ') piece.remove_prefix(1);
        while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
        times.push_back(parse_time_of_day(piece, field));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    std::sort(times.begin(), times.end());
    if (std::adjacent_find(times.begin(), times.end()) != times.end())
        throw InputError(field, std::string(text), translate("relief::core::schedule", "each time once, such as 08:00,14:00,20:00"));
    if (times.size() > 24) throw InputError(field, std::string(text), translate("relief::core::schedule", "at most 24 times a day"));
    return times;
}

std::string format_times(const std::vector<TimeOfDay>& times) {
    std::string out;
    for (const auto& t : times) {
        if (!out.empty()) out += ',';
        out += format_time_of_day(t);
    }
    return out;
}

std::vector<Instant> expected_doses(const Schedule& schedule, LocalDay day, const Zone& home) {
    std::vector<Instant> out;
    out.reserve(schedule.times.size());
    for (const auto& t : schedule.times) {
        // Every listed time is one dose, even when a DST gap moves two onto one instant.
        out.push_back(home.resolve_scheduled(day + std::chrono::minutes{t.minutes}));
    }
    return out;
}

}  // namespace relief
