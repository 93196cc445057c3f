// Dates and moments: YYYY-MM-DD (--on, --from, the CSV's days), YYYY-MM-DDTHH:MM[:SS][offset]
// (--at) in a few zones with DST changes, and the CSV's UTC times.
#include "check.h"
#include "core/calendar.h"
#include "core/errors.h"
#include "core/zone.h"

#include <date/date.h>

#include <array>

using namespace relief;
using relief::fuzz::require;

namespace {

const std::array<Zone, 4>& zones() {
    // Southern and northern DST, a zone that never had it, and one with a 30-minute offset.
    static const std::array<Zone, 4> list{Zone::locate("Europe/Berlin"), Zone::locate("Australia/Sydney"),
                                          Zone::locate("UTC"), Zone::locate("Asia/Kolkata")};
    return list;
}

void check_day(const std::string& text) {
    LocalDay day;
    try {
        day = parse_day(text);
    } catch (const InputError&) {
        return;
    }
    // The format is strict, so whatever is accepted is already in its one spelling.
    require(format_day(day) == text, "format_day(parse_day(s)) == s", text);
}

void check_utc(const std::string& text) {
    Instant at;
    try {
        at = parse_utc(text);
    } catch (const InputError&) {
        return;
    }
    require(format_utc(at) == text, "format_utc(parse_utc(s)) == s", text);
}

void check_when(const std::string& text, const Zone& zone) {
    Instant at;
    try {
        at = parse_when(text, zone);
    } catch (const InputError& e) {
        require(e.field() == "time", "a time error names the field it was given");
        return;
    }
    // An instant the journal accepts is written to the CSV export as UTC; it has to
    // import again, or an export of the journal could not be restored.
    const std::string utc = format_utc(at);
    try {
        require(parse_utc(utc) == at, "parse_utc(format_utc(t)) == t", utc);
    } catch (const InputError&) {
        fuzz::fail("a moment parse_when accepts has a UTC form parse_utc refuses", text + " -> " + utc);
    }
    if (text.size() == 16 || text.size() == 19) {
        // No offset: the moment is on the zone's wall clock at the time typed (for a time
        // that happens twice, the first, which still shows the same wall-clock time).
        const auto local = zone.local_time(at);
        const std::string shown = date::format(text.size() == 16 ? "%FT%R" : "%FT%T", local);
        require(shown == text, "a local time reads back on the zone's clock as typed",
                text + " in " + std::string(zone.name()) + " -> " + shown);
        require(parse_when(shown, zone) == at, "parse_when is stable", text);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(fuzz::text_of(data, size));
    check_day(text);
    check_utc(text);
    for (const auto& zone : zones()) check_when(text, zone);
    return 0;
}
