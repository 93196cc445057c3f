#pragma once

#include "journal.h"

#include <string>
#include <string_view>

namespace relief::storage {

// The journal as one CSV file (docs/csv-format.md): settings, medications, every
// prescription change and every entry row ever written, history included, so that export
// then import is exact.
std::string export_csv(const Journal& journal);

struct ImportSummary {
    int settings_applied = 0;
    int medications_added = 0;
    int prescription_changes_added = 0;
    int entries_added = 0;
    int entries_already_present = 0;
    int changes_merged = 0;  // later edits and deletions of entries already present
};

// All or nothing: any bad line throws FileFormatError with its line number and the
// journal is unchanged. Rows already in the journal are recognised and not doubled, so
// importing the same file twice adds nothing; a later edit or deletion the file records of
// one of them is merged as sharing merges (docs/sharing.md). Settings only fill values the
// journal lacks.
ImportSummary import_csv(Journal& journal, std::string_view text, const std::string& file_name);


// The home zone a CSV export was made in, so that a new journal can be created for it.
std::optional<std::string> csv_home_zone(std::string_view text, const std::string& file_name);

}  // namespace relief::storage
