#include "zone.h"

#include "suggest.h"
#include "zone_search.h"

#include "errors.h"
#include "translate.h"

#include <date/tz.h>

#include <cctype>
#include <cstdlib>

namespace relief {

namespace {

std::string when_allowed() {
    return translate("relief::core::zone", "a local time as YYYY-MM-DDTHH:MM, such as 2026-03-01T08:30 (or with an offset, "
                          "such as 2026-03-01T08:30+01:00)");
}

bool digits_at(std::string_view s, std::size_t pos, std::size_t count) {
    if (pos + count > s.size()) return false;
    for (std::size_t i = pos; i < pos + count; ++i)
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

int number_at(std::string_view s, std::size_t pos, std::size_t count) {
    int v = 0;
    for (std::size_t i = pos; i < pos + count; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

}  // namespace

Zone Zone::locate(std::string_view name) {
    try {
        return Zone(date::locate_zone(name));
    } catch (const std::runtime_error&) {
        const auto near = zone_suggestions(name, 3);
        throw InputError("time zone", std::string(name),
                         near.empty()
                             ? translate("relief::core::zone", "a time zone such as Europe/London or America/New_York")
                             //: %1: the zone names nearest to what was typed.
                             : fill(translate("relief::core::zone", "a time zone such as Europe/London or America/New_York (did you mean %1?)"),
                                    {join_choices(near)}));
    }
}

std::string_view Zone::name() const { return tz_->name(); }

date::local_seconds Zone::local_time(Instant at) const { return tz_->to_local(at); }

LocalDay Zone::day_of(Instant at) const { return date::floor<date::days>(local_time(at)); }

Instant Zone::resolve_typed(date::local_seconds local, const std::string& field) const {
    const auto info = tz_->get_info(local);
    if (info.result == date::local_info::nonexistent) {
        throw InputError(field, date::format("%FT%R", local),
                         //: %1: the time zone, such as Europe/Berlin.
                         fill(translate("relief::core::zone", "a time that exists in %1 (the clocks skip it on that day for daylight saving time)"),
                              {name()}));
    }
    return Instant{local.time_since_epoch()} - info.first.offset;
}

Instant Zone::resolve_scheduled(date::local_seconds local) const {
    // In a gap, the offset from before the change lands the same distance after it.
    const auto info = tz_->get_info(local);
    return Instant{local.time_since_epoch()} - info.first.offset;
}

Instant parse_when(std::string_view text, const Zone& zone, const std::string& field) {
    const std::string value(text);
    if (text.size() < 16 || !digits_at(text, 11, 2) || text[10] != 'T' || text[13] != ':' ||
        !digits_at(text, 14, 2))
        throw InputError(field, value, when_allowed());
    LocalDay day;
    try {
        day = parse_day(text.substr(0, 10), field);
    } catch (const InputError& e) {
        throw InputError(field, value, e.allowed());
    }
    const int hour = number_at(text, 11, 2);
    const int minute = number_at(text, 14, 2);
    std::size_t pos = 16;
    int second = 0;
    if (pos < text.size() && text[pos] == ':') {
        if (!digits_at(text, pos + 1, 2)) throw InputError(field, value, when_allowed());
        second = number_at(text, pos + 1, 2);
        pos += 3;
    }
    if (hour > 23 || minute > 59 || second > 59) throw InputError(field, value, when_allowed());
    const date::local_seconds local =
        day + std::chrono::hours{hour} + std::chrono::minutes{minute} + std::chrono::seconds{second};

    const auto storable = [&](Instant at) {
        check_storable_moment(at, zone, field, value);
        return at;
    };
    if (pos == text.size()) return storable(zone.resolve_typed(local, field));
    if (text.substr(pos) == "Z") return storable(Instant{local.time_since_epoch()});
    if ((text[pos] == '+' || text[pos] == '-') && text.size() == pos + 6 && text[pos + 3] == ':' &&
        digits_at(text, pos + 1, 2) && digits_at(text, pos + 4, 2)) {
        const int oh = number_at(text, pos + 1, 2);
        const int om = number_at(text, pos + 4, 2);
        if (oh > 14 || om > 59) throw InputError(field, value, when_allowed());
        const std::chrono::seconds offset{(oh * 60 + om) * 60 * (text[pos] == '-' ? -1 : 1)};
        return storable(Instant{local.time_since_epoch()} - offset);
    }
    throw InputError(field, value, when_allowed());
}

void check_storable_moment(Instant at, const Zone& zone, const std::string& field, const std::string& value) {
    const auto first = date::sys_days{date::year{1900} / 1 / 1};
    const auto end = date::sys_days{date::year{10000} / 1 / 1};
    const LocalDay day = zone.day_of(at);
    if (at < first || at >= end || day < LocalDay{first.time_since_epoch()} || day >= LocalDay{end.time_since_epoch()})
        throw InputError(field, value,
                         fill(translate("relief::core::zone", "a time from 1900 to 9999, both in UTC and on the clock of %1"), {zone.name()}));
}

namespace {

// Digits written by hand: date::format goes through an ostringstream, which an export of
// every row of ten years spent most of its time in.
void put_digits(char* p, unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10) p[i] = static_cast<char>('0' + value % 10);
}

// "YYYY-MM-DD" then `separator`, "HH:MM" and, with seconds, ":SS"; false for a year
// outside 0..9999, which date::format writes instead.
bool put_moment(char* out, date::sys_seconds at, char separator, bool seconds) {
    const auto day = date::floor<date::days>(at);
    const date::year_month_day ymd{day};
    const int year = int(ymd.year());
    if (year < 0 || year > 9999) return false;
    const date::hh_mm_ss time{at - day};
    put_digits(out, unsigned(year), 4);
    out[4] = '-';
    put_digits(out + 5, unsigned(ymd.month()), 2);
    out[7] = '-';
    put_digits(out + 8, unsigned(ymd.day()), 2);
    out[10] = separator;
    put_digits(out + 11, unsigned(time.hours().count()), 2);
    out[13] = ':';
    put_digits(out + 14, unsigned(time.minutes().count()), 2);
    if (seconds) {
        out[16] = ':';
        put_digits(out + 17, unsigned(time.seconds().count()), 2);
    }
    return true;
}

}  // namespace

std::string format_local(Instant at, const Zone& zone) {
    const date::local_seconds local = zone.local_time(at);
    char buf[16];
    if (!put_moment(buf, date::sys_seconds{local.time_since_epoch()}, ' ', false)) return date::format("%F %R", local);
    return std::string(buf, 16);
}

std::string format_utc(Instant at) {
    char buf[20];
    if (!put_moment(buf, date::sys_seconds{at.time_since_epoch()}, 'T', true)) return date::format("%FT%TZ", at);
    buf[19] = 'Z';
    return std::string(buf, 20);
}

namespace {

// "2026-03-05T14:10:00Z" read by hand, for the moments of every row of an import; nullopt
// for anything unusual, which the general reader then accepts or refuses with its words.
std::optional<Instant> plain_utc(std::string_view t) {
    const auto digits = [&](std::size_t at, std::size_t n) -> int {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (t[i] < '0' || t[i] > '9') return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    if (t.size() != 20 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z')
        return std::nullopt;
    const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2), h = digits(11, 2), mi = digits(14, 2), s = digits(17, 2);
    if (y < 1900 || mo < 1 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return std::nullopt;
    const date::year_month_day ymd{date::year{y}, date::month{unsigned(mo)}, date::day{unsigned(d)}};
    if (!ymd.ok()) return std::nullopt;
    return Instant{date::sys_days{ymd}} + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{s};
}

}  // namespace

Instant parse_utc(std::string_view text, const std::string& field) {
    if (const auto plain = plain_utc(text)) return *plain;
    const std::string allowed = translate("relief::core::zone", "a UTC time as YYYY-MM-DDTHH:MM:SSZ");
    if (text.size() != 20 || text.back() != 'Z' || text[16] != ':')
        throw InputError(field, std::string(text), allowed);
    static const Zone utc = Zone::locate("UTC");
    try {
        return parse_when(text, utc, field);
    } catch (const InputError&) {
        throw InputError(field, std::string(text), allowed);
    }
}

std::optional<Zone> system_zone() {
    if (const char* tz = std::getenv("TZ"); tz && *tz) {
        try {
            return Zone::locate(tz[0] == ':' ? tz + 1 : tz);
        } catch (const std::exception&) {  // a POSIX TZ string: fall through
        }
    }
    try {
        return Zone::locate(date::current_zone()->name());
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace relief
