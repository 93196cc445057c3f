#pragma once

#include "core/zone.h"
#include "storage/journal.h"

#include <filesystem>
#include <iosfwd>
#include <optional>

namespace relief::cli {

// What every command needs: where the journal is, what day it is, where to print.
class Context {
public:
    Context(std::ostream& output, std::ostream& errors) : out(output), err(errors) {}

    std::ostream& out;
    std::ostream& err;
    std::optional<std::filesystem::path> journal_flag;
    std::optional<std::string> today_flag;
    bool read_only = false;

    // --journal, else $RELIEF_JOURNAL, else $XDG_DATA_HOME/relief-journal/journal.db
    // (with XDG_DATA_HOME defaulting to ~/.local/share).
    std::filesystem::path journal_path() const;
    storage::Journal open_journal() const;
    storage::Journal open_journal_for_writing() const;
    storage::Journal create_journal(const std::filesystem::path& path, const Zone& home) const;
    // What storage's messages tell a person to do, in the command line's words.
    static const storage::Advice& advice();

    LocalDay today(const Zone& zone) const;
    // The moment to stamp an entry logged without --at: now; with --today DAY, the current
    // time of day on that date; with --today DAYTHH:MM, that very minute (a clock that does
    // not move, for scripts and tests that must not depend on the hour they run at).
    Instant now(const Zone& zone) const;
    // Refuses a --today that is neither YYYY-MM-DD nor YYYY-MM-DDTHH:MM.
    static void check_today_flag(const std::string& value);
    // The zone of this computer, for a new journal: /etc/localtime or $TZ, else UTC.
    static std::string system_zone_name();
};

// "YYYY-MM-DD HH:MM" in English (as format_local), the day as the current language writes it.
std::string display_local(Instant at, const Zone& zone);

}  // namespace relief::cli
