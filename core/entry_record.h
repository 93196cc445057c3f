#pragma once

#include "entry.h"

#include <cstdint>
#include <optional>
#include <string>

namespace relief {

// The flat, column-per-field form of an entry's data that storage rows and CSV lines
// share, so that the mapping between the typed entry and its columns exists once.
struct EntryRecord {
    std::string kind;
    std::optional<std::int64_t> medication_id;
    std::optional<std::int64_t> amount_ug;
    std::optional<std::string> status;
    std::optional<std::int64_t> scheduled_utc;
    std::optional<std::int64_t> score;
    std::optional<std::string> severity;
    std::optional<std::int64_t> minutes;
    std::optional<std::int64_t> quantity;
    std::optional<std::string> name;
    std::optional<std::string> locations;  // comma-separated canonical names
    std::optional<std::string> qualities;
    std::optional<std::string> text;
    std::optional<std::int64_t> enjoyment;  // the PEG's second and third answers (schema 6)
    std::optional<std::int64_t> activity;
    bool operator==(const EntryRecord&) const = default;
};

EntryRecord to_record(const EntryData& data);
// Validates as it converts, as a stored entry (validate_stored: tolerant of text rules
// added since it was written), with its text in NFC; throws InputError naming the column
// at fault. A file brought in is new text: its reader calls validate() as well.
EntryData from_record(const EntryRecord& record);

}  // namespace relief
