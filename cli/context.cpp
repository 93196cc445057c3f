#include "context.h"

#include "command.h"
#include "core/errors.h"
#include "core/translate.h"
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

namespace {
constexpr const char* context = "relief::cli::context";
}  // namespace

// Read once, after main() has chosen the language.
const storage::Advice& Context::advice() {
    static const storage::Advice words{
        .look_only = translate("relief::cli::context", "use --read-only"),
        .open_writable = translate("relief::cli::context", "open it once without --read-only"),
        .create_or_open = translate("relief::cli::context", "Create one with 'relief init', or name another with --journal FILE"),
        .restore_backup = translate("relief::cli::context", "Restore your latest backup (made with 'relief backup -o FILE')"),
        .list_alerts = translate("relief::cli::context", "'relief alerts' lists them")};
    return words;
}

storage::Journal Context::open_journal() const {
    return storage::Journal::open(journal_path(),
                                  read_only ? storage::OpenMode::read_only : storage::OpenMode::read_write,
                                  storage::system_now, advice());
}

storage::Journal Context::open_journal_for_writing() const {
    if (read_only)
        throw storage::ReadOnlyError(translate("relief::cli::context", "--read-only was given, and this command changes the journal"));
    return storage::Journal::open(journal_path(), storage::OpenMode::read_write, storage::system_now, advice());
}

storage::Journal Context::create_journal(const std::filesystem::path& path, const Zone& home) const {
    return storage::Journal::create(path, home, storage::system_now, advice());
}

namespace {
bool has_time(const std::string& flag) { return flag.size() > 10; }
}  // namespace

void Context::check_today_flag(const std::string& value) {
    LocalDay day{};
    try {
        if (has_time(value))
            parse_when(value, Zone::locate("UTC"), "--today");
        day = parse_day(value.substr(0, 10), "--today");
    } catch (const InputError&) {
        throw InputError("--today", value, translate("relief::cli::context", "a date as YYYY-MM-DD, or a date and time as YYYY-MM-DDTHH:MM"));
    }
    // --today looks back, never ahead: a journal must not hold entries, visits or alerts
    // from days that have not come. Today is the latest date anywhere on Earth (UTC+14).
    const LocalDay latest = Zone::locate("Pacific/Kiritimati").day_of(storage::system_now());
    if (day > latest)
        throw InputError("--today", value,
                         fill(translate("relief::cli::context", "a day up to today (%1): --today can look back, not ahead"), {display_day(latest)}));
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

std::string display_local(Instant at, const Zone& zone) {
    const std::string iso = format_local(at, zone);  // "YYYY-MM-DD HH:MM"
    //: A day and a time of day: %1 the day (as the language writes it), %2 the time (HH:MM).
    return fill(translate("relief::cli::context", "%1 %2"), {display_day(zone.day_of(at)), iso.substr(11)});
}

}  // namespace relief::cli
