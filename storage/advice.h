#pragma once

#include <string>

namespace relief::storage {

// How a person does, in the program that opened the journal, what storage's messages
// advise: the command line names its commands and options, the app its pages. The
// defaults are the app's words; the command line passes its own.
struct Advice {
    // Ends "... To look without changing anything, <look_only>".
    std::string look_only = "open it read-only";
    // Ends "... must be upgraded before it can be read; <open_writable>".
    std::string open_writable = "open it once for writing, not read-only";
    // Follows "no journal at FILE.".
    std::string create_or_open = "Create a new journal, or open another file";
    // Follows "the file is damaged.".
    std::string restore_backup = "Restore your latest backup copy of the journal";
    // Follows "there is no alert with id N;".
    std::string list_alerts = "the Alerts page lists them";
};

}  // namespace relief::storage
