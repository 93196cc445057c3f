#pragma once

#include "calendar.h"

#include <string>
#include <optional>
#include <string_view>

namespace date {
class time_zone;
}

namespace relief {

// An IANA time zone. Every local day and wall-clock time in the journal goes through it,
// so that DST changes and travel are handled in one place.
class Zone {
public:
    // Throws InputError naming the zone when it is not a known IANA name.
    static Zone locate(std::string_view name);

    std::string_view name() const;
    LocalDay day_of(Instant at) const;
    date::local_seconds local_time(Instant at) const;

    // A time the person typed: one that does not exist (skipped by a DST change) is
    // refused; one that happens twice (clocks go back) means the first of the two.
    Instant resolve_typed(date::local_seconds local, const std::string& field) const;
    // A scheduled time: one that does not exist moves forward by the gap (02:30 on a
    // spring-forward night becomes 03:30), one that happens twice counts once (the first).
    Instant resolve_scheduled(date::local_seconds local) const;

    bool operator==(const Zone& other) const { return tz_ == other.tz_; }

private:
    explicit Zone(const date::time_zone* tz) : tz_(tz) {}
    const date::time_zone* tz_;
};

// "YYYY-MM-DDTHH:MM" (optionally ":SS") in `zone`, or with an explicit offset
// ("...+02:00", "...Z"), which then wins over the zone.
Instant parse_when(std::string_view text, const Zone& zone, const std::string& field = "time");
// Throws InputError unless `at` and its local day in `zone` both fall in the years 1900 to
// 9999: the journal keeps both as text (the UTC time in exports, the local day in the file)
// and reads them back as strictly as any date, so a moment outside would be unreadable.
void check_storable_moment(Instant at, const Zone& zone, const std::string& field, const std::string& value);
// The zone this computer's clock is set to: $TZ (":Europe/Berlin" too) as the C library
// reads it, else /etc/localtime; nothing when neither names a known zone (a POSIX TZ
// string such as "EST5EDT,M3.2.0").
std::optional<Zone> system_zone();

// "YYYY-MM-DD HH:MM" on the local clock of `zone`.
std::string format_local(Instant at, const Zone& zone);
// ISO 8601 in UTC, "2026-03-01T08:00:00Z".
std::string format_utc(Instant at);
Instant parse_utc(std::string_view text, const std::string& field = "UTC time");

}  // namespace relief
