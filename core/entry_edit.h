#pragma once

#include "entry.h"

#include <map>
#include <string>

namespace relief {

// An entry's fields as text, the way an edit form shows them and hands them back. The
// keys, by kind: every kind has "time" (HH:MM) and "day" (YYYY-MM-DD), on the clock of
// the zone it was logged in; pain "score", "locations", "qualities" (comma-separated
// vocabulary names); dose "amount" ("5 mg") and "status" (taken, skipped); side-effect
// "name", "severity"; cramp "location", "minutes", "severity"; measure "name",
// "minutes"; fluids and alcohol "count"; symptom "name"; note "text". An optional number
// or place left empty means "not given".
using EntryFields = std::map<std::string, std::string>;
EntryFields entry_fields(const Entry& entry);

// A copy of `entry` with `changes` (any subset of its kind's keys) parsed and applied, as
// strictly as logging it anew would be; throws InputError naming the field, the value
// and what is allowed. The entry's id is kept: storing the edit is the caller's.
Entry edited_entry(const Entry& entry, const EntryFields& changes);

}  // namespace relief
