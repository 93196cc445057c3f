#include "context.h"

#include "command.h"
#include "core/errors.h"
#include "core/zone.h"
#include "storage/errors.h"

#include <date/tz.h>

#include <cstdlib>

namespace relief::cli {

namespace fs = std::filesystem;

fs::path Context::journal_path() const {
    if (journal_flag) return *journal_flag;
    if (const char* env = std::getenv("RELIEF_JOURNAL"); env && *env) return env;
    fs::path data;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) data = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home) data = fs::path(home) / ".local/share";
    else data = ".";
    return data / "relief-journal" / "journal.db";
}

const storage::Advice& Context::advice() {
    static const storage::Advice words{
        .look_only = "use --read-only",
        .open_writable = "open it once without --read-only",
        .create_or_open = "Create one with 'relief init', or name another with --journal FILE",
        .restore_backup = "Restore your latest backup (made with 'relief backup -o FILE')",
        .list_alerts = "'relief alerts' lists them"};
    return words;
}

storage::Journal Context::open_journal() const {
    return storage::Journal::open(journal_path(),
                                  read_only ? storage::OpenMode::read_only : storage::OpenMode::read_write,
                                  storage::system_now, advice());
}

storage::Journal Context::open_journal_for_writing() const {
    if (read_only)
        throw storage::ReadOnlyError("--read-only was given, and this command changes the journal");
    return storage::Journal::open(journal_path(), storage::OpenMode::read_write, storage::system_now, advice());
}

storage::Journal Context::create_journal(const std::filesystem::path& path, const Zone& home) const {
    return storage::Journal::create(path, home, storage::system_now, advice());
}

namespace {
constexpr const char* today_allowed = "a date as YYYY-MM-DD, or a date and time as YYYY-MM-DDTHH:MM";
bool has_time(const std::string& flag) { return flag.size() > 10; }
}  // namespace

void Context::check_today_flag(const std::string& value) {
    LocalDay day{};
    try {
        if (has_time(value))
            parse_when(value, Zone::locate("UTC"), "--today");
        day = parse_day(value.substr(0, 10), "--today");
    } catch (const InputError&) {
        throw InputError("--today", value, today_allowed);
    }
    // --today looks back, never ahead: a journal must not hold entries, visits or alerts
    // from days that have not come. Today is the latest date anywhere on Earth (UTC+14).
    const LocalDay latest = Zone::locate("Pacific/Kiritimati").day_of(storage::system_now());
    if (day > latest)
        throw InputError("--today", value, "a day up to today (" + format_day(latest) + "): --today can look back, not ahead");
}

LocalDay Context::today(const Zone& zone) const {
    if (today_flag) return parse_day(today_flag->substr(0, 10), "--today");
    return zone.day_of(storage::system_now());
}

Instant Context::now(const Zone& zone) const {
    const Instant clock = storage::system_now();
    if (!today_flag) return clock;
    if (has_time(*today_flag)) return parse_when(*today_flag, zone, "--today");
    const auto time_of_day = zone.local_time(clock) - date::floor<date::days>(zone.local_time(clock));
    return zone.resolve_scheduled(today(zone) + time_of_day);
}

std::string Context::system_zone_name() {
    const auto zone = system_zone();
    return zone ? std::string(zone->name()) : "UTC";
}

}  // namespace relief::cli
