// Wall-clock times of day (H:MM or HH:MM) and schedules (--times 08:00,14:00,20:00), as
// typed and as the CSV import reads a medication's times.
#include "check.h"
#include "core/calendar.h"
#include "core/errors.h"
#include "core/schedule.h"

#include <algorithm>

using namespace relief;
using relief::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(fuzz::text_of(data, size));

    try {
        const TimeOfDay t = parse_time_of_day(text);
        require(t.minutes >= 0 && t.minutes < 24 * 60, "a time of day is within the day", text);
        // "8:00" and " 08:00 " are read too; what is stored is the HH:MM form, which reads back
        // as the same time and is the only spelling that formats back to itself.
        require(parse_time_of_day(format_time_of_day(t)) == t, "parse(format(t)) == t", text);
        const auto digit = [](char c) { return c >= '0' && c <= '9'; };
        if (text.size() == 5 && digit(text[0]) && digit(text[1]) && text[2] == ':')
            require(format_time_of_day(t) == text, "format_time_of_day(parse_time_of_day(s)) == s for HH:MM", text);
    } catch (const InputError&) {
    }

    std::vector<TimeOfDay> times;
    try {
        times = parse_times(text);
    } catch (const InputError& e) {
        require(e.field() == "times", "a times error names the field it was given");
        return 0;
    }
    require(!times.empty() && times.size() <= 24, "a schedule has 1 to 24 times", text);
    require(std::is_sorted(times.begin(), times.end()), "a schedule is sorted", text);
    require(std::adjacent_find(times.begin(), times.end()) == times.end(), "a schedule lists each time once", text);
    for (const auto& t : times) require(t.minutes >= 0 && t.minutes < 24 * 60, "each time is within the day", text);
    // The journal stores format_times(); reading it back must give the same schedule.
    const std::string stored = format_times(times);
    require(parse_times(stored) == times, "parse_times(format_times(t)) == t", stored);
    return 0;
}
