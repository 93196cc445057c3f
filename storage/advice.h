#pragma once

#include "core/translate.h"

#include <string>

namespace relief::storage {

// How a person does, in the program that opened the journal, what storage's messages
// advise: the command line names its commands and options, the app its pages. The
// defaults are the app's words; the command line passes its own.
struct Advice {
    // Ends "... To look without changing anything, <look_only>".
    std::string look_only = RELIEF_TRANSLATE_NOOP("relief::storage::advice", "open it read-only");
    // Ends "... must be upgraded before it can be read; <open_writable>".
    std::string open_writable = RELIEF_TRANSLATE_NOOP("relief::storage::advice", "open it once for writing, not read-only");
    // Follows "no journal at FILE.".
    std::string create_or_open = RELIEF_TRANSLATE_NOOP("relief::storage::advice", "Create a new journal, or open another file");
    // Follows "the file is damaged.".
    std::string restore_backup = RELIEF_TRANSLATE_NOOP("relief::storage::advice", "Restore your latest backup copy of the journal");
    // Follows "there is no alert with id N;".
    std::string list_alerts = RELIEF_TRANSLATE_NOOP("relief::storage::advice", "the Alerts page lists them");
};

// A piece of advice in the current language: the app's defaults are translated here; the
// command line's own words are translated where it writes them, and pass through unchanged.
inline std::string advice_text(const std::string& advice) { return translate("relief::storage::advice", advice.c_str()); }

}  // namespace relief::storage
